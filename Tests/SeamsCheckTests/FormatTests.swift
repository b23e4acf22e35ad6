import Foundation
import SeamsAnalyzer
import SeamsWorkspace
@testable import SeamsCheck
import SeamsModel
import SeamsReports
import Testing

@Suite("Formats")
struct FormatTests {
    /// A report with one prose interface (an error), in a file whose name needs escaping.
    func report(file: String = "plans/a,b: 100%.yaml") throws -> CheckReport {
        CheckReport(documents: [try CheckFixture.check(CheckFixture.proseInterface, file: file)])
    }

    /// The SARIF of `report`, rule help from the built-in catalog, paths relative to this folder.
    func sarif(_ report: CheckReport, maxResults: Int = SARIFReport.gitHubResultLimit) throws -> String {
        SARIFReport.render(report, catalog: try Catalog.builtIn(), root: FileManager.default.currentDirectoryPath, maxResults: maxResults).rendered()
    }

    @Test func githubCommandsEscapeMessagesAndProperties() throws {
        #expect(GitHubAnnotations.message("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
        #expect(GitHubAnnotations.property("a,b: 100%\n") == "a%2Cb%3A 100%25%0A")
        let lines = GitHubAnnotations.render(try report()).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[1] == "::warning file=plans/a%2Cb%3A 100%25.yaml,line=4,col=5,title=seams interface.done (2 bits%2C does not fail the gate)"
            + "::writer->reader: When is the producer's output complete? 2 bits open on writer->reader [interface.done]"
            + "%0AFix: Add done: <criterion> to the interface writer->reader, e.g. done: schema-valid.")
        // The finding that fails the gate comes first: the runner shows only the first few.
        #expect(lines[0].hasPrefix("::error file=plans/a%2Cb%3A 100%25.yaml,line=6,col=23,title=seams interface.prose (≥8 bits%2C fails the gate)::"))
        #expect(lines[3] == "seams check: FAILED — 1 document, 1 failed; 1 finding fails the gate; open: 1 error, 2 warnings; fail on error")
    }

    @Test func junitHasACasePerInterfaceAndEscapesXML() throws {
        let xml = JUnitReport.render(try report(file: "plans/<refunds> & \"more\".yaml"))
        #expect(xml == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="seams check" tests="1" failures="1" errors="0">
          <testsuite name="plans/&lt;refunds&gt; &amp; &quot;more&quot;.yaml" tests="1" failures="1" errors="0" skipped="0">
            <testcase classname="plans/&lt;refunds&gt; &amp; &quot;more&quot;.yaml" name="writer-&gt;reader">
              <failure message="1 finding fails the gate; open bits ≥12.32" type="seams.gate">plans/&lt;refunds&gt; &amp; "more".yaml:6:23: error: payload: What structure does this prose payload have? ≥8 bits open on writer-&gt;reader [interface.prose] — Replace the prose of the payload of writer-&gt;reader with fields: { … }, each with a type.</failure>
              <system-out>plans/&lt;refunds&gt; &amp; "more".yaml:4:5: warning: writer-&gt;reader: When is the producer's output complete? 2 bits open on writer-&gt;reader [interface.done] — Add done: &lt;criterion&gt; to the interface writer-&gt;reader, e.g. done: schema-valid.
        plans/&lt;refunds&gt; &amp; "more".yaml:4:5: warning: writer-&gt;reader: What happens when the producer fails? 2.32 bits open on writer-&gt;reader [interface.on-error] — Add on-error: fail|retry|skip|partial|escalate to the interface writer-&gt;reader.</system-out>
            </testcase>
          </testsuite>
        </testsuites>

        """)
    }

    @Test func markdownCellsCannotBreakTheTable() {
        #expect(MarkdownSummary.cell("a|b\nc <d>") == "a\\|b c &lt;d&gt;")
    }

    @Test func markdownSummaryStatesTheResultAndFailingFindings() throws {
        let text = MarkdownSummary.render(try report(file: "plans/refunds.yaml"))
        #expect(text.hasPrefix("### Seams check: ❌ failed\n\n| document | result | open bits | gate | failing | open findings |\n"))
        #expect(text.contains("| plans/refunds.yaml | **failed** | ≥12.32 | fail on error | 1 | 3 |\n"))
        #expect(text.contains("| `plans/refunds.yaml:6:23` | `interface.prose` | ≥8 | payload: What structure does this prose payload have? ≥8 bits open on writer-&gt;reader [interface.prose] |"))
        #expect(text.hasSuffix("`seams check: FAILED — 1 document, 1 failed; 1 finding fails the gate; open: 1 error, 2 warnings; fail on error`\n"))
    }

    @Test func sarifFingerprintsIgnoreLinesAndRulesComeFromTheCatalog() throws {
        let moved = "# a comment that moves every line\n" + CheckFixture.proseInterface
        let firstText = try sarif(try report(file: "plans/refunds.yaml"))
        let secondText = try sarif(CheckReport(documents: [try CheckFixture.check(moved, file: "plans/refunds.yaml")]))
        #expect(firstText != secondText)
        #expect(fingerprints(firstText) == fingerprints(secondText))
        #expect(fingerprints(firstText).count == 3)
        #expect(Set(fingerprints(firstText)).count == 3)
        #expect(firstText.contains("\"ruleId\": \"interface.prose\""))
        #expect(firstText.contains("\"uri\": \"plans/refunds.yaml\""))
        #expect(firstText.contains("\"startLine\": 6"))
        #expect(secondText.contains("\"startLine\": 7"))
        #expect(firstText.contains("\"text\": \"What structure does this prose payload have?\""))
    }

    @Test func sarifStaysWithinTheResultLimitFailuresFirst() throws {
        // The fixture has 3 findings; the prose payload (≥8 bits, an error) is the one that fails.
        let capped = try sarif(try report(file: "plans/refunds.yaml"), maxResults: 1)
        #expect(fingerprints(capped).count == 1)
        #expect(capped.contains("\"ruleId\": \"interface.prose\""))
        #expect(capped.contains("\"text\": \"2 of 3 findings were left out to stay within 1 results (GitHub's limit per run); "
                                + "the gate's failures come first. Use a baseline or check documents separately.\""))
        let full = try sarif(try report(file: "plans/refunds.yaml"))
        #expect(!full.contains("toolExecutionNotifications"))
        #expect(SARIFReport.gitHubResultLimit == 25_000)
    }

    private func fingerprints(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.contains("\"seamsFinding/v1\"") }.map(String.init)
    }

    @Test func jsonReportCarriesEveryFindingWithItsStatus() throws {
        let json = CheckJSON.render(try report(file: "plans/refunds.yaml")).rendered()
        #expect(json.hasPrefix("{\n  \"seams\": 1,\n  \"passed\": false,\n  \"documents\": [\n"))
        #expect(json.contains("\"failsGate\": true"))
        #expect(json.contains("\"maxOpenBits\": null"))
        #expect(json.components(separatedBy: "\"rule\":").count - 1 == 3)
    }
}

@Suite("Diff")
struct DiffTests {
    @Test func closingTheRefundDecisionClosesTenBitsOnTwoInterfaces() throws {
        let config = ProjectConfig()
        let old = try ScoringSession.score(try DocumentLoader().load(text: try CheckFixture.sample("refund-gate-ambiguous.yaml"), file: "old.yaml"), config: config)
        let new = try ScoringSession.score(try DocumentLoader().load(text: try CheckFixture.sample("refund-gate-closed.yaml"), file: "new.yaml"), config: config)
        let diff = ScoreDiff(old: old, new: new)
        #expect(diff.changes.map(\.name) == ["eligibility->approval-desk", "eligibility->payouts"])
        #expect(diff.unchanged == 2)
        #expect(diff.changes.map(\.oldBits) == [10, 10])
        #expect(diff.changes.map(\.newBits) == [0, 0])
        #expect(diff.changes[0].closed.map(\.rule) == ["interface.prose", "text.vague", "text.vague"])
        #expect(diff.changes[0].opened.isEmpty)
        #expect(DiffText.render(diff).hasPrefix("seams diff: old.yaml -> new.yaml\n  open bits ≥10 -> 0 (-10)\n"))
        let same = ScoreDiff(old: new, new: new)
        #expect(same.changes.isEmpty)
        #expect(same.unchanged == 4)
    }
}

@Suite("Reporters")
struct ReporterRegistryTests {
    @Test func everyFormatIsOneRegisteredReporter() {
        #expect(Reporters.identifiers == ["text", "json", "sarif", "junit", "github", "markdown"])
        #expect(Set(Reporters.identifiers).count == Reporters.all.count)
        #expect(Reporters.named("sarif") == SARIFReport.self)
        #expect(Reporters.named("pdf") == nil)
        #expect(Reporters.all.filter { $0.endsWithSummary }.map { $0.identifier } == ["text", "github", "markdown"])
    }
}
