import Foundation
import SeamsAnalyzer
import SeamsModel
import Testing
import SeamsTestSupport

/// Small documents of the test target's own (not Samples/, which change), scored with the
/// built-in catalog.
enum RenderFixture {
    /// Three modules: a human gate, an irreversible effect, a share-context pair (a shared write),
    /// one written interface and implied ones.
    static let small = """
    seams: 1
    name: tiny-refunds
    budget: { attention: 3 }
    defaults: { required: true }
    artifacts:
      claim:
        fields:
          amount: { type: number }
          filed_at: { type: string, format: date-time }
      verdict:
        fields:
          outcome: { type: string, values: [pay, deny] }
      ledger:
        fields:
          balance: { type: number, unit: EUR }
    concerns:
      take-claim: { does: Record the claim., writes: [claim, ledger] }
      judge: { reads: [claim], writes: [verdict], gate: human }
      pay: { reads: [verdict, claim], writes: [ledger], effect: irreversible }
    modules:
      intake: { concerns: [take-claim], objective: Record claims., output: claim, tools: [form], boundaries: none }
      review: { concerns: [judge] }
      payout: { concerns: [pay], objective: Pay approved claims. }
    interfaces:
      - { from: intake, to: review, carries: [claim], on-error: fail, done: schema-valid }
    """

    /// Ids built to break DOT, HTML and Markdown if anything is left unescaped (the loader
    /// refuses line breaks in ids; they go into the prose instead).
    static let hostileIDs = [
        "q\"uote", "br{ace}", "<script>alert(1)</script>", "amp&amp;", "pipe|`tick`", "ünï→漢字", "back\\", "-->x", "]]>",
        // Graphviz escapes inside a quoted label: a line end, a left-justified line end, the node's name.
        "l\\l\\N\\n",
    ]

    static var hostile: String {
        let modules = hostileIDs.enumerated().map { index, id in
            "  \(yamlString(id)): { objective: \(yamlString("obj \(id)\nline two \\N <b>")), concerns: [\(yamlString("c\(index) \(id)"))] }"
        }.joined(separator: "\n")
        let concerns = hostileIDs.enumerated().map { index, id in
            "  \(yamlString("c\(index) \(id)")): { does: \(yamlString("does \(id)\n\\\"}\\")), reads: [\(yamlString("a\(index) \(id)"))], writes: [\(yamlString("a\(index + 1) \(id)"))]"
                + (index == 2 ? ", gate: human" : "") + (index == 4 ? ", effect: irreversible" : "") + " }"
        }.joined(separator: "\n")
        let interfaces = zip(hostileIDs, hostileIDs.dropFirst()).map { from, to in
            "  - { from: \(yamlString(from)), to: \(yamlString(to)), payload: { prose: \(yamlString("some \(from) & <i>etc.</i>")) } }"
        }.joined(separator: "\n")
        return "seams: 1\nname: \(yamlString("hostile \"<&>\" {}\n"))\ninputs: [\(hostileIDs.enumerated().map { yamlString("a\($0) \($1)") }.joined(separator: ", "))]\nmodules:\n\(modules)\nconcerns:\n\(concerns)\ninterfaces:\n\(interfaces)\n"
    }

    /// A double-quoted YAML scalar (the writer's own quoting, which YAML reads back as `text`).
    static func yamlString(_ text: String) -> String { JSONWriter.quoted(text) }

    static func score(_ yaml: String, file: String = "fixture.yaml") throws -> (Document, DocumentScore) {
        let document = try DocumentLoader().load(text: yaml, file: file)
        return (document, try Scoring.score(document))
    }

    /// A generated hand-written decomposition: `count` modules in a chain with a few skips.
    static func chain(_ count: Int) -> String {
        var lines = ["seams: 1", "name: chain-\(count)", "defaults: { required: true }", "modules:"]
        for index in 0..<count { lines.append("  m\(index): { objective: step \(index) }") }
        lines.append("interfaces:")
        for index in 0..<(count - 1) {
            lines.append("  - { from: m\(index), to: m\(index + 1), payload: { fields: { id: { type: string }, at: { type: string } } } }")
            if index % 7 == 0 && index + 5 < count { lines.append("  - { from: m\(index), to: m\(index + 5), on-error: fail }") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// This target's golden files under `__Golden__/` (see `GoldenComparison`).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__")

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let mismatch = try GoldenComparison.mismatch(actual, in: directory, named: name)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""), sourceLocation: sourceLocation)
    }
}
