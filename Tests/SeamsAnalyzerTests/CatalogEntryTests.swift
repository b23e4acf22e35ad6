import Foundation
import OrderedCollections
import SeamsAnalyzer
import SeamsModel
import Testing

/// One case per catalog entry: a minimal document where the decision is open, the same document
/// with it closed, the exact bits, and the line and column the finding must point at.
struct CatalogCase: CustomTestStringConvertible, Sendable {
    var id: String
    var open: String
    var closed: String
    var bits: Double
    var line: Int
    var column: Int
    var testDescription: String { id }
}

/// The documents of the three entries that need concerns rather than an inline payload.
enum ConcernDocuments {
    static func delivery(_ clause: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        artifacts:
          x: { fields: { note: { type: string } } }
        concerns:
          produce: { writes: [x] }
          consume: { reads: [x], effect: reversible }
        modules:
          a: { concerns: [produce] }
          b: { concerns: [consume] }
        interfaces:
          - { from: a, to: b, carries: [x], on-error: fail, done: schema-valid\(clause) }
        """
    }

    static func owner(_ rule: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        artifacts:
          ledger: { fields: { note: { type: string } }\(rule) }
        concerns:
          first: { writes: [ledger] }
          second: { writes: [ledger] }
        modules:
          a: { concerns: [first] }
          b: { concerns: [second] }
        """
    }

    static func gate(_ upstream: String) -> String {
        """
        seams: 1
        concerns:
          decide: { writes: [verdict]\(upstream) }
          pay: { reads: [verdict], effect: irreversible }
        """
    }
}

let catalogCases: [CatalogCase] = [
    CatalogCase(id: "field.type", open: ScoringFixture.payload("note: {}"),
                closed: ScoringFixture.payload("note: { type: string }"), bits: 2.81, line: 11, column: 9),
    CatalogCase(id: "field.items", open: ScoringFixture.payload("tags: { type: array, ordering: unordered }"),
                closed: ScoringFixture.payload("tags: { type: array, ordering: unordered, items: { type: string } }"),
                bits: 2.81, line: 11, column: 9),
    CatalogCase(id: "field.shape", open: ScoringFixture.payload("meta: { type: object }"),
                closed: ScoringFixture.payload("meta: { type: object, fields: { k: { type: string } } }"), bits: 1.58, line: 11, column: 9),
    CatalogCase(id: "field.presence", open: ScoringFixture.payload("note: { type: string }", defaults: false),
                closed: ScoringFixture.payload("note: { type: string, required: false }", defaults: false), bits: 1, line: 11, column: 9),
    CatalogCase(id: "field.format.time", open: ScoringFixture.payload("created_at: { type: string }"),
                closed: ScoringFixture.payload("created_at: { type: string, format: date-time }"), bits: 2.58, line: 11, column: 9),
    CatalogCase(id: "field.format.id", open: ScoringFixture.payload("user_id: { type: string }"),
                closed: ScoringFixture.payload("user_id: { type: string, format: uuid }"), bits: 1.58, line: 11, column: 9),
    CatalogCase(id: "field.unit.money", open: ScoringFixture.payload("price: { type: number }"),
                closed: ScoringFixture.payload("price: { type: number, unit: EUR }"), bits: 2, line: 11, column: 9),
    CatalogCase(id: "field.unit.duration", open: ScoringFixture.payload("timeout: { type: integer }"),
                closed: ScoringFixture.payload("timeout: { type: integer, unit: s }"), bits: 2.58, line: 11, column: 9),
    CatalogCase(id: "field.unit.size", open: ScoringFixture.payload("file_size: { type: integer }"),
                closed: ScoringFixture.payload("file_size: { type: integer, unit: B }"), bits: 2.32, line: 11, column: 9),
    CatalogCase(id: "field.range", open: ScoringFixture.payload("confidence: { type: number }"),
                closed: ScoringFixture.payload("confidence: { type: number, range: [0, 1] }"), bits: 2.32, line: 11, column: 9),
    CatalogCase(id: "field.values", open: ScoringFixture.payload("status: { type: string }"),
                closed: ScoringFixture.payload("status: { type: string, values: [open, closed] }"), bits: 2, line: 11, column: 9),
    CatalogCase(id: "field.ordering", open: ScoringFixture.payload("tags: { type: array, items: { type: string } }"),
                closed: ScoringFixture.payload("tags: { type: array, items: { type: string }, ordering: unordered }"),
                bits: 1, line: 11, column: 9),
    CatalogCase(id: "interface.payload", open: ScoringFixture.interface("on-error: fail\ndone: schema-valid"),
                closed: ScoringFixture.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { note: { type: string } } }"),
                bits: 8, line: 5, column: 5),
    CatalogCase(id: "interface.prose", open: ScoringFixture.interface("on-error: fail\ndone: schema-valid\npayload: { prose: A summary. }"),
                closed: ScoringFixture.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { summary: { type: string } } }"),
                bits: 8, line: 9, column: 23),
    CatalogCase(id: "interface.on-error", open: ScoringFixture.interface("done: schema-valid\npayload: { fields: { note: string } }"),
                closed: ScoringFixture.interface("done: schema-valid\npayload: { fields: { note: string } }\non-error: retry"),
                bits: 2.32, line: 5, column: 5),
    CatalogCase(id: "interface.done", open: ScoringFixture.interface("on-error: fail\npayload: { fields: { note: string } }"),
                closed: ScoringFixture.interface("on-error: fail\npayload: { fields: { note: string } }\ndone: schema-valid"),
                bits: 2, line: 5, column: 5),
    CatalogCase(id: "interface.delivery", open: ConcernDocuments.delivery(""),
                closed: ConcernDocuments.delivery(", delivery: at-least-once"), bits: 1.58, line: 12, column: 5),
    CatalogCase(id: "artifact.owner", open: ConcernDocuments.owner(""),
                closed: ConcernDocuments.owner(", on-conflict: reject"), bits: 2, line: 4, column: 3),
    CatalogCase(id: "flow.gate", open: ConcernDocuments.gate(""),
                closed: ConcernDocuments.gate(", gate: human"), bits: 1, line: 4, column: 36),
    CatalogCase(id: "text.vague", open: ScoringFixture.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { note: string } }\nabout: Send the relevant notes."),
                closed: ScoringFixture.interface("on-error: fail\ndone: schema-valid\npayload: { fields: { note: string } }\nabout: Send the notes."),
                bits: 1, line: 10, column: 12),
]

@Suite("Catalog entries")
struct CatalogEntryTests {
    @Test("every catalog entry has a case")
    func everyEntryIsCovered() throws {
        let catalog = try Catalog.builtIn()
        #expect(Set(catalogCases.map(\.id)) == Set(catalog.entries.keys))
        #expect(catalog.entries.count == 20)
    }

    @Test("bits are log2 of the listed alternatives", arguments: catalogCases)
    func exactBitsAndLocation(_ entry: CatalogCase) throws {
        let score = try ScoringFixture.score(entry.open)
        let found = score.decisions(entry.id)
        try #require(found.count == 1, "expected exactly one \(entry.id), found \(found.map(\.subject))")
        let decision = found[0]
        #expect(NumberText.rounded(decision.bits) == entry.bits)
        #expect(decision.location.line == entry.line)
        #expect(decision.location.column == entry.column)
        #expect(!decision.fix.isEmpty)
        #expect(!decision.alternatives.isEmpty)
    }

    @Test("closing the decision removes exactly its bits", arguments: catalogCases)
    func closingRemovesTheBits(_ entry: CatalogCase) throws {
        let open = try ScoringFixture.score(entry.open)
        let closed = try ScoringFixture.score(entry.closed)
        #expect(closed.decisions(entry.id).isEmpty)
        #expect(NumberText.rounded(open.totals.openBits - closed.totals.openBits) == entry.bits)
    }

    @Test("the closed documents leave 0.00 open bits", arguments: catalogCases)
    func fullySpecifiedScoresZero(_ entry: CatalogCase) throws {
        let closed = try ScoringFixture.score(entry.closed)
        let open = closed.allDecisions.filter { $0.id != DecisionID.fieldPresence || entry.id != DecisionID.fieldPresence }
        #expect(NumberText.decimal(closed.totals.openBits) == "0", "left open: \(open.map { "\($0.id) \($0.subject)" })")
        for interface in closed.interfaces {
            #expect(interface.openBits == 0)
            #expect(interface.coverage == 1)
        }
    }
}
