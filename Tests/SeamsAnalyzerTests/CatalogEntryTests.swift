import Foundation
import OrderedCollections
import SeamsAnalyzer
import SeamsModel
import Testing

/// One example of one rule, as a test argument.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
    var id: String
    var example: RuleExample
    var isOpen: Bool
    var testDescription: String { "\(id) \(isOpen ? "open" : "closed"): \(example.snippet.prefix(60))" }

    /// Every example of every registered rule.
    static let all: [RuleExampleCase] = DecisionRules.all.flatMap { rule in
        rule.examples.open.map { RuleExampleCase(id: rule.id, example: $0, isOpen: true) }
            + rule.examples.closed.map { RuleExampleCase(id: rule.id, example: $0, isOpen: false) }
    }
}

/// The bits of each built-in entry, written out so a change to `catalog.yml` shows up here; a
/// rule added later is checked against its catalog entry's alternatives.
let builtInBits: [String: Double] = [
    "field.type": 2.81, "field.items": 2.81, "field.shape": 1.58, "field.presence": 1, "field.format.time": 2.58,
    "field.format.id": 1.58, "field.unit.money": 2, "field.unit.duration": 2.58, "field.unit.size": 2.32, "field.range": 2.32,
    "field.values": 2, "field.ordering": 1, "interface.payload": 8, "interface.prose": 8, "interface.on-error": 2.32,
    "interface.done": 2, "interface.delivery": 1.58, "artifact.owner": 2, "flow.gate": 1, "text.vague": 1,
]

@Suite("Catalog entries")
struct CatalogEntryTests {
    @Test("the registry and the catalog file hold the same ids, each rule with open and closed examples")
    func registryMatchesCatalog() throws {
        let catalog = try Catalog.builtIn()
        #expect(DecisionRules.ids.sorted() == catalog.entries.keys.sorted())
        #expect(Set(DecisionRules.ids).count == DecisionRules.ids.count)
        #expect(Set(builtInBits.keys).isSubset(of: Set(DecisionRules.ids)))
        for rule in DecisionRules.all {
            #expect(!rule.examples.open.isEmpty && !rule.examples.closed.isEmpty, "\(rule.id) needs examples")
            #expect(!rule.fires.isEmpty)
        }
    }

    @Test("open examples raise exactly their decision with its bits; closed ones do not", arguments: RuleExampleCase.all)
    func examples(_ entry: RuleExampleCase) throws {
        let score = try ScoringFixture.score(entry.example.document)
        let found = score.decisions(entry.id)
        if entry.isOpen {
            try #require(found.count == 1, "expected exactly one \(entry.id), found \(found.map(\.subject))")
            let expected = try builtInBits[entry.id] ?? #require(try Catalog.builtIn().entries[entry.id]).bits
            #expect(NumberText.rounded(found[0].bits) == NumberText.rounded(expected))
            #expect(!found[0].fix.isEmpty)
            #expect(!found[0].alternatives.isEmpty)
        } else {
            #expect(found.isEmpty, "closed example raised \(found.map(\.subject))")
        }
    }

    @Test("closing a structural decision removes exactly its bits and leaves 0.00",
          arguments: DecisionRules.all.filter { $0.nameTrigger == nil })
    func closingRemovesTheBits(_ rule: DecisionRule) throws {
        let openExample = try #require(rule.examples.open.first)
        let closedExample = try #require(rule.examples.closed.first)
        let open = try ScoringFixture.score(openExample.document)
        let closed = try ScoringFixture.score(closedExample.document)
        #expect(NumberText.rounded(open.totals.openBits - closed.totals.openBits) == (builtInBits[rule.id] ?? -1))
        #expect(NumberText.decimal(closed.totals.openBits) == "0", "left open: \(closed.allDecisions.map { "\($0.id) \($0.subject)" })")
    }

    @Test("findings point at the field, the interface or the concern", arguments: [
        ("field.format.time", 11, 9), ("interface.payload", 5, 5), ("interface.prose", 9, 23), ("interface.delivery", 12, 5),
        ("artifact.owner", 4, 3), ("flow.gate", 4, 36), ("text.vague", 10, 12),
    ])
    func locations(_ id: String, _ line: Int, _ column: Int) throws {
        let rule = try #require(DecisionRules.rule(id))
        let example = try #require(rule.examples.open.first)
        let decision = try #require(try ScoringFixture.score(example.document).decisions(id).first)
        #expect(decision.location.line == line)
        #expect(decision.location.column == column)
    }
}
