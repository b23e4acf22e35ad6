import Foundation
import SeamsAnalyzer
import SeamsWorkspace
import SeamsCheck
import SeamsModel
import Testing

@Suite("Gate")
struct GateTests {
    @Test func theAmbiguousSampleFailsOnItsProsePayloads() throws {
        let check = try CheckFixture.check(try CheckFixture.sample("refund-gate-ambiguous.yaml"), file: "Samples/refund-gate-ambiguous.yaml")
        #expect(!check.passed)
        // refund_decision reaches two interfaces: one finding at its declaration, both consumers listed.
        #expect(check.failing.map(\.rule) == ["interface.prose"])
        #expect(check.failing.map(\.interface) == [nil])
        #expect(check.failing.map { $0.consumers.map(\.interface) } == [["eligibility->approval-desk", "eligibility->payouts"]])
        #expect(check.failing.allSatisfy { $0.isLowerBound && $0.bits == 8 && $0.location.line == 20 })
        #expect(check.findings.count == 3)
        #expect(NumberText.decimal(check.openBits) == "10")
        #expect(check.isLowerBound)
    }

    @Test func theClosedSamplePassesEvenOnWarnings() throws {
        let check = try CheckFixture.check(try CheckFixture.sample("refund-gate-closed.yaml"), file: "Samples/refund-gate-closed.yaml",
                                           limits: GateLimits(maxOpenBits: 0, maxInterfaceBits: 0, failOn: .warning))
        #expect(check.passed)
        #expect(check.findings.isEmpty)
        #expect(check.interfaces.map(\.name) == ["approval-desk->payouts", "eligibility->approval-desk", "eligibility->payouts", "intake->eligibility"])
    }

    @Test func warningsFailOnlyWhenFailOnIsWarning() throws {
        let yaml = """
        seams: 1
        modules: { a: {}, b: {} }
        interfaces:
          - { from: a, to: b, payload: { fields: { note: { type: string, required: true } } } }
        """
        let lenient = try CheckFixture.check(yaml)
        #expect(lenient.passed)
        #expect(lenient.findings.map(\.rule) == ["interface.done", "interface.on-error"])
        #expect(lenient.findings.allSatisfy { $0.severity == .warning })
        let strict = try CheckFixture.check(yaml, limits: GateLimits(failOn: .warning))
        #expect(!strict.passed)
        #expect(strict.failing.count == 2)
    }

    @Test func thresholdsAddGateFindings() throws {
        let check = try CheckFixture.check(CheckFixture.proseInterface, limits: GateLimits(maxOpenBits: 12, maxInterfaceBits: 10))
        let gate = check.findings.filter { $0.rule.hasPrefix("gate.") }
        #expect(gate.map(\.rule) == [GateRule.maxOpenBits, GateRule.maxInterfaceBits])
        #expect(gate.map(\.subject) == ["document", "writer->reader"])
        #expect(gate.allSatisfy { $0.severity == .error && NumberText.decimal($0.bits) == "12.32" })
        #expect(gate[1].message == "writer->reader leaves ≥12.32 open bits, over the limit of 10 per interface")
        // At the limit is within it.
        let within = try CheckFixture.check(CheckFixture.proseInterface, limits: GateLimits(maxOpenBits: 12.32, maxInterfaceBits: 12.32))
        #expect(!within.findings.contains { $0.rule.hasPrefix("gate.") })
    }

    @Test func theProjectFileSetsSeveritiesAndThresholds() throws {
        let config = try CheckFixture.config("""
        seams: 1
        check:
          max-interface-bits: 2
          fail-on: warning
          severity:
            interface.prose: warning
            interface.on-error: note
        """)
        let limits = GateLimits.resolve(flags: .init(), project: config.check)
        #expect(limits == GateLimits(maxOpenBits: nil, maxInterfaceBits: 2, failOn: .warning))
        let check = try CheckFixture.check(CheckFixture.proseInterface, limits: limits, config: config)
        let severities = Dictionary(check.findings.map { ($0.rule, $0.severity) }, uniquingKeysWith: { first, _ in first })
        #expect(severities["interface.prose"] == .warning)
        #expect(severities["interface.on-error"] == .note)
        #expect(severities["interface.done"] == .warning)
        #expect(!check.fails(try #require(check.findings.first { $0.rule == "interface.on-error" })))
        // Flags win over the project file.
        let flagged = GateLimits.resolve(flags: .init(maxOpenBits: 30, maxInterfaceBits: 20, failOn: .error), project: config.check)
        #expect(flagged == GateLimits(maxOpenBits: 30, maxInterfaceBits: 20, failOn: .error))
    }

    @Test func aBadCheckSectionIsReportedWithLocationsAndHints() throws {
        let error = try #require(throws: DocumentError.self) {
            try CheckFixture.config("""
            seams: 1
            check:
              max-interface-bit: 2
              fail-on: warnings
              severity:
                interface.prse: error
                field.type: fatal
            """)
        }
        let lines = error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)\($0.suggestion.map { name in "; did you mean '\(name)'?" } ?? "")" }
        #expect(lines == [
            "3:3 unknown key 'max-interface-bit' in check; did you mean 'max-interface-bits'?",
            "4:12 check.fail-on 'warnings' is not one of error, warning; did you mean 'warning'?",
            "6:5 no decision point 'interface.prse'; did you mean 'interface.prose'?",
            "7:17 the severity of field.type 'fatal' is not one of error, warning, note",
        ])
    }
}
