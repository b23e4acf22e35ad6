import Foundation
import SeamsAnalyzer
import SeamsModel
import Testing

@Suite("Analyzer")
struct AnalyzerTests {
    /// Three modules in a line plus a shared write: every coupling kind and isolation at once.
    static let pipeline = """
    seams: 1
    defaults: { required: true }
    artifacts:
      order: { fields: { order_id: { type: string, format: uuid }, total_amount: { type: number } } }
      invoice: { fields: { note: { type: string } } }
      ledger: { fields: { entry: { type: string } } }
    concerns:
      take: { writes: [order, ledger] }
      bill: { reads: [order], writes: [invoice, ledger] }
      ship: { reads: [invoice], effect: irreversible }
    modules:
      sales: { concerns: [take] }
      billing: { concerns: [bill] }
      shipping: { concerns: [ship] }
    interfaces:
      - { from: billing, to: shipping, carries: [invoice], on-error: fail, done: schema-valid, delivery: exactly-once }
    """

    /// A chain of written interfaces handing one artifact on implies nothing beyond them: before,
    /// every producer → consumer pair was implied (n² interfaces and pairs for a chain of n).
    @Test func handingAnArtifactOnImpliesNoFurtherInterfaces() throws {
        let score = try ScoringFixture.score("""
        seams: 1
        artifacts:
          x: { fields: { note: { type: string, required: true } } }
        modules: { a: {}, b: {}, c: {}, d: {} }
        interfaces:
          - { from: a, to: b, carries: [x] }
          - { from: b, to: c, carries: [x] }
          - { from: c, to: d, carries: [x] }
        """)
        #expect(score.interfaces.map(\.name) == ["a->b", "b->c", "c->d"])
        #expect(score.pairs.map { $0.modules.joined(separator: "+") } == ["a+b", "b+c", "c+d"])
        // Each handing-on module both receives and produces x: shared writes, as before.
        #expect(score.pairs.map(\.kind) == [.sharedWrite, .sharedWrite, .oneWay])
        #expect(score.artifacts.first?.touchedBy == ["a", "b", "c", "d"])
    }

    /// A concern that reads what only written interfaces produce still gets its implied interfaces.
    @Test func aConcernReadingAHandedOnArtifactIsStillImplied() throws {
        let score = try ScoringFixture.score("""
        seams: 1
        artifacts:
          x: { fields: { note: { type: string, required: true } } }
        concerns:
          use: { reads: [x] }
        modules: { a: {}, b: {}, user: { concerns: [use] } }
        interfaces:
          - { from: a, to: b, carries: [x] }
        """)
        #expect(score.interfaces.map(\.name) == ["a->b", "a->user"])
        #expect(score.pairs.map { $0.modules.joined(separator: "+") } == ["a+b", "a+user"])
    }

    @Test func impliedAndWrittenInterfaces() throws {
        let score = try ScoringFixture.score(Self.pipeline)
        #expect(score.interfaces.map(\.name) == ["billing->shipping", "sales->billing"])
        let implied = try #require(score.interfaces.first { $0.name == "sales->billing" })
        #expect(!implied.isWritten)
        #expect(implied.carries == ["order"])
        // total_amount: unit.money 2; on-error 2.32; done 2 — all open on an implied interface.
        #expect(NumberText.rounded(implied.openBits) == 6.32)
        #expect(implied.decisions.map(\.id).sorted() == ["field.unit.money", "interface.done", "interface.on-error"])
        // Implied interfaces point at the consumer's `reads:` entry.
        #expect(implied.location.line == 9)
        let written = try #require(score.interfaces.first { $0.name == "billing->shipping" })
        #expect(written.openBits == 0)
        #expect(written.isWritten)
    }

    @Test func couplingKindsAndIsolation() throws {
        let score = try ScoringFixture.score(Self.pipeline)
        let pairs = Dictionary(uniqueKeysWithValues: score.pairs.map { ($0.modules.joined(separator: "+"), $0) })
        let shared = try #require(pairs["billing+sales"])
        #expect(shared.kind == .sharedWrite)
        #expect(shared.isolation == .shareContext)
        // order (type 2.81+presence 1 each field; id 1.58; money 2) = 11.2, ledger 3.81 × 2 for the shared write.
        let type = log2(7.0), presence = 1.0
        let order = (type + presence + log2(3.0)) + (type + presence + 2)
        let ledger = type + presence
        #expect(NumberText.rounded(shared.coupling) == NumberText.rounded(order + 2 * ledger))
        #expect(NumberText.rounded(shared.coupling) == 18.81)
        let oneWay = try #require(pairs["billing+shipping"])
        #expect(oneWay.kind == .oneWay)
        #expect(oneWay.isolation == .isolate)
        #expect(score.findings.map(\.id) == ["artifact.owner", "flow.gate"])
    }

    @Test func openBitsAboveTauHarden() throws {
        let yaml = ScoringFixture.interface("payload: { fields: { created_at: { type: string } } }")
        let score = try ScoringFixture.score(yaml)
        let pair = try #require(score.pairs.first)
        // created_at 2.58 + on-error 2.32 + done 2 = 6.9 > τ = 4.
        #expect(NumberText.rounded(pair.openBits) == NumberText.rounded(log2(6.0) + log2(5.0) + 2))
        #expect(NumberText.rounded(pair.openBits) == 6.91)
        #expect(pair.isolation == .hardenThenIsolate)
    }

    @Test func twoWayIsACycleThatSharesContext() throws {
        let yaml = """
        seams: 1
        modules: { a: {}, b: {} }
        interfaces:
          - { from: a, to: b, payload: { fields: { x: { type: string, required: true } } }, on-error: fail, done: reviewed }
          - { from: b, to: a, payload: { fields: { y: { type: string, required: true } } }, on-error: fail, done: reviewed }
        """
        let score = try ScoringFixture.score(yaml)
        let pair = try #require(score.pairs.first)
        #expect(pair.kind == .twoWay)
        #expect(pair.isCycle)
        #expect(pair.isolation == .shareContext)
        #expect(WorkflowOrder.compute(document: try DocumentLoader().load(text: yaml, file: "t.yaml"), score: score).cycles == [["a", "b"]])
    }

    @Test func specWithoutModulesIsOneModuleAndMayStaySingle() throws {
        let yaml = """
        seams: 1
        goal: Summarize a document.
        concerns:
          read: { writes: [outline] }
          write: { reads: [outline], writes: [summary] }
        """
        let score = try ScoringFixture.score(yaml)
        #expect(score.modules.map(\.id) == ["single-agent"])
        #expect(score.modules[0].concerns == ["read", "write"])
        #expect(score.interfaces.isEmpty)
        #expect(score.totals.crossingWeight == 0)
        #expect(!score.verdict.orchestrate)
        #expect(score.verdict.reason.hasPrefix("stay with a single agent"))
    }

    @Test func overBudgetModulesAreSplit() throws {
        let yaml = """
        seams: 1
        budget: { attention: 2 }
        concerns:
          a: { load: 1.5 }
          b: { load: 1 }
        modules:
          all: { concerns: [a, b] }
        """
        let score = try ScoringFixture.score(yaml)
        #expect(score.modules[0].advice == .split)
        #expect(score.modules[0].load == 2.5)
        #expect(score.verdict.orchestrate)
    }

    @Test func crossingWeightCountsModulesTouchingMinusOne() throws {
        let yaml = """
        seams: 1
        artifacts:
          x: { weight: 10 }
        concerns:
          p: { writes: [x] }
          q: { reads: [x] }
          r: { reads: [x] }
        modules: { one: { concerns: [p] }, two: { concerns: [q] }, three: { concerns: [r] } }
        """
        let score = try ScoringFixture.score(yaml)
        #expect(score.totals.crossingWeight == 20)
        #expect(score.artifacts.first { $0.id == "x" }?.touchedBy == ["one", "three", "two"])
    }

    @Test func undeclaredPayloadIsALowerBound() throws {
        let score = try ScoringFixture.score(ScoringFixture.interface("on-error: fail\ndone: reviewed"))
        #expect(score.totals.isLowerBound)
        #expect(score.interfaces[0].isLowerBound)
        #expect(score.interfaces[0].openBits == 8)
    }

    @Test func nameTokensMatchWholeWords() throws {
        // `timeout_ms` states its unit; `runtime` is no time; `createdAt` is.
        let yaml = ScoringFixture.payload("timeout_ms: { type: integer }\nruntime: { type: string }\ncreatedAt: { type: string }")
        let score = try ScoringFixture.score(yaml)
        #expect(score.allDecisions.map(\.id) == ["field.format.time"])
        #expect(score.allDecisions.map(\.subject) == ["payload.createdAt"])
    }

    @Test func vagueTermsCountOncePerPhrase() throws {
        let yaml = ScoringFixture.interface("on-error: fail\ndone: reviewed\npayload: { fields: { n: string } }\nabout: Retry as appropriate, etc.")
        let score = try ScoringFixture.score(yaml)
        #expect(score.decisions(TextRules.vague.id).map(\.subject) == ["a->b 'as appropriate'", "a->b 'etc.'"])
    }
}

@Suite("Number text")
struct NumberTextTests {
    @Test func printsEveryDoubleWithoutTrapping() {
        #expect(NumberText.decimal(12.324) == "12.32")
        #expect(NumberText.decimal(-0.0) == "0")
        #expect(NumberText.decimal(1e17) == "1e+17")
        #expect(NumberText.decimal(-1e300) == "-1e+300")
        #expect(NumberText.decimal(.nan) == "0")
        #expect(NumberText.decimal(.infinity) == "1.7976931348623157e+308")
        #expect(NumberText.fixed(9e16) == "9e+16")
        #expect(NumberText.fixed(2) == "2.00")
        #expect(NumberText.rounded(1e300) == 1e300)
        #expect(NumberText.percent(.nan) == 0)
        #expect(NumberText.percent(0.855) == 86)
    }

    @Test func saturatingIntClampsInsteadOfTrapping() {
        #expect(NumberText.saturatingInt(9.3e18) == Int.max)
        #expect(NumberText.saturatingInt(9_223_372_036_854_775_808.0) == Int.max)
        #expect(NumberText.saturatingInt(-9_223_372_036_854_775_808.0) == Int.min)
        #expect(NumberText.saturatingInt(-1e300) == Int.min)
        #expect(NumberText.saturatingInt(.nan) == 0)
        #expect(NumberText.saturatingInt(42.9) == 42)
    }
}
