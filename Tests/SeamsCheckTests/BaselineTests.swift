import Foundation
import SeamsAnalyzer
import SeamsCheck
import SeamsModel
import SeamsReports
import Testing
import SeamsTestSupport

@Suite("Baseline")
struct BaselineTests {
    let file = "plans/refunds.yaml"
    /// Baselines are written in the folder that holds `plans/`.
    let directory = FileManager.default.currentDirectoryPath

    func checks(_ yaml: String, limits: GateLimits = GateLimits()) throws -> [DocumentCheck] {
        [try CheckFixture.check(yaml, file: file, limits: limits)]
    }

    @Test func findingsStillMatchAfterTheyMoveAndUnrelatedLinesChange() throws {
        let original = try CheckFixture.sample("refund-gate-ambiguous.yaml")
        let baseline = Baseline(recording: try checks(original), relativeTo: directory)
        #expect(baseline.entries.count == 3)

        // Three comment lines on top move every finding down; the goal, a module's brief and the
        // order of two artifacts change; nothing about the open decisions does.
        var edited = "# Reviewed by payments.\n# Owner: refunds team.\n#\n" + original
        edited = edited.replacingOccurrences(of: "within three business days", with: "within two business days")
        edited = edited.replacingOccurrences(of: "Never promise the customer a refund.", with: "Never promise a refund or a date.")
        let approval = """
          approval:
            fields:
              request_id:  { type: string, format: uuid }
              decision:    { type: string, values: [approved, rejected] }
              approver_id: { type: string, format: email }

        """
        #expect(edited.contains(approval))
        edited = edited.replacingOccurrences(of: approval, with: "")
        edited = edited.replacingOccurrences(of: "  payout_receipt:\n", with: approval + "  payout_receipt:\n")

        var after = try checks(edited)
        let lines = after[0].findings.map(\.location.line)
        #expect(lines == [23, 24, 24], "the findings moved")
        let stale = baseline.compare(&after, relativeTo: directory)
        #expect(stale.isEmpty)
        #expect(after[0].findings.allSatisfy { $0.status == .baselined })
        #expect(after[0].passed)
        #expect(CheckReport(documents: after, baselineFile: "b.json").summary
            == "seams check: passed — 1 document; 0 findings fail the gate; open: none; baseline: 0 new, 0 grown, 3 known, 0 no longer matching; fail on error")
    }

    @Test func newFindingsFailAndFixedOnesAreReportedStale() throws {
        let original = try CheckFixture.sample("refund-gate-ambiguous.yaml")
        let baseline = Baseline(recording: try checks(original), relativeTo: directory)
        // One vague term goes, another comes; a new prose artifact is carried too.
        var edited = original.replacingOccurrences(of: "The refund decision and the relevant details, amounts etc.",
                                                   with: "The refund decision and some details, amounts etc.")
        edited = edited.replacingOccurrences(of: "    carries: [approval]\n", with: "    carries: [approval, audit_note]\n")
        var after = try checks(edited)
        let stale = baseline.compare(&after, relativeTo: directory)
        #expect(stale.map(\.subject) == ["refund_decision 'relevant'"])
        let new = after[0].findings.filter { $0.status == .new }
        #expect(new.map(\.rule) == ["text.vague", "interface.payload"])
        #expect(new.map(\.subject) == ["refund_decision 'some'", "audit_note"])
        #expect(!after[0].passed)
        #expect(after[0].failing.map(\.subject) == ["audit_note"])
    }

    @Test func findingsWhoseBitsGrewFail() throws {
        let limits = GateLimits(maxInterfaceBits: 4)
        let original = try CheckFixture.sample("refund-gate-ambiguous.yaml")
        let baseline = Baseline(recording: try checks(original, limits: limits), relativeTo: directory)
        let gate = baseline.entries.filter { $0.rule == GateRule.maxInterfaceBits }
        #expect(gate.map(\.bits) == [10, 10])
        let edited = original.replacingOccurrences(of: "relevant details", with: "relevant details, as appropriate")
        var after = try checks(edited, limits: limits)
        _ = baseline.compare(&after, relativeTo: directory)
        let grown = after[0].findings.filter { $0.status == .grown }
        #expect(grown.map(\.rule) == [GateRule.maxInterfaceBits, GateRule.maxInterfaceBits])
        #expect(grown.map { NumberText.decimal($0.bits) } == ["11", "11"])
        #expect(!after[0].passed)
    }

    @Test func theFileIsSortedRelativeVersionedAndReadsBack() throws {
        let scratch = try TemporaryFolder("baseline")
        defer { scratch.remove() }
        let folder = scratch.url
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let documentPath = folder.appendingPathComponent("plans/refunds.yaml").path
        let check = try CheckFixture.check(CheckFixture.proseInterface, file: documentPath)
        let baseline = Baseline(recording: [check], relativeTo: folder.path)
        let text = baseline.json.rendered()
        #expect(text == """
        {
          "seams": 1,
          "baseline": 1,
          "findings": [
            {
              "document": "plans/refunds.yaml",
              "interface": "writer->reader",
              "rule": "interface.done",
              "subject": "writer->reader",
              "bits": 2,
              "severity": "warning"
            },
            {
              "document": "plans/refunds.yaml",
              "interface": "writer->reader",
              "rule": "interface.on-error",
              "subject": "writer->reader",
              "bits": 2.32,
              "severity": "warning"
            },
            {
              "document": "plans/refunds.yaml",
              "interface": "writer->reader",
              "rule": "interface.prose",
              "subject": "payload",
              "bits": 8,
              "severity": "error"
            }
          ]
        }

        """)
        let path = folder.appendingPathComponent("baseline.json").path
        try AtomicFile.write(text, to: path)
        #expect(try Baseline.read(path: path) == baseline)
    }

    @Test func aMalformedBaselineIsReportedWithLocations() throws {
        let folder = try TemporaryFolder("bad-baseline")
        defer { folder.remove() }
        let path = folder.appending("baseline.json").path
        try AtomicFile.write("""
        {
          "seams": 1,
          "baseline": 2,
          "findings": [
            { "document": "a.yaml", "rule": "field.type", "bits": "high" },
            { "document": "a.yaml", "rul": "field.type", "subject": "x", "bits": 1 }
          ]
        }
        """, to: path)
        do throws(DocumentError) {
            _ = try Baseline.read(path: path)
            Issue.record("the baseline should not load")
        } catch {
            #expect(error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)\($0.suggestion.map { name in "; did you mean '\(name)'?" } ?? "")" } == [
                "3:15 baseline version 2 is not supported",
                "5:5 a baseline finding lacks subject, bits",
                "5:59 bits should be a number, found the quoted text \"high\"",
                "6:5 a baseline finding lacks rule",
                "6:29 unknown key 'rul' in a baseline finding; did you mean 'rule'?",
            ])
        }
    }
}
