import Foundation
@testable import SeamsModel
import SeamsArchitect
import Testing

/// The emitter writes back every key the loader reads: a document that states every declared key
/// of every place, loaded and emitted, keeps them all. A key the emitter forgets is lost silently
/// when `seams plan --keep` rewrites a user's edited plan.
@Suite("Emitter keys")
struct EmitterKeysTests {
    /// Every declared key of every place, once (`payload` has its fields form here; prose is one line).
    static let everyKey = """
        seams: 1
        name: every-key
        goal: say everything
        budget: { attention: 4, modules: 2 }
        defaults: { required: true }
        policy: { isolate-max-open-bits: 4, share-context-ratio: 1 }
        inputs: [source]
        artifacts:
          report:
            about: the report
            weight: 12
            on-conflict: last write wins
            fields:
              f:
                type: array
                items: { type: string }
                format: uuid
                unit: s
                range: [0, 1]
                values: [a, b]
                required: true
                ordering: chronological
                about: a field
                fields: { g: string }
        concerns:
          write: { does: write it, reads: [source], writes: [report], effect: reversible, actor: agent, role: work, tools: [editor], load: 1 }
          review: { does: review it, reads: [report], writes: [verdict], gate: human }
        constraints: { together: [[write]], apart: [[write, review]] }
        modules:
          writer: { concerns: [write], role: writes, objective: write, output: report, tools: [editor], boundaries: none, pinned: true }
          desk: { concerns: [review] }
        interfaces:
          - from: writer
            to: desk
            carries: [report]
            payload: { fields: { id: { type: string, format: uuid } } }
            on-error: fail
            done: schema-valid
            delivery: exactly-once by id
            about: the handoff
        """

    static func emitted() throws -> [DocumentEntry] {
        let document = try DocumentLoader().load(text: everyKey, file: "every-key.yaml")
        guard case .map(let top) = DocumentEmitter.tree(document) else { return [] }
        return top
    }

    static func keys(_ node: DocumentNode?) -> Set<String> {
        guard case .map(let entries)? = node else { return [] }
        return Set(entries.map(\.key))
    }

    static func value(_ entries: [DocumentEntry], _ path: [String]) -> DocumentNode? {
        var node: DocumentNode? = .map(entries)
        for step in path {
            switch node {
            case .map(let entries)?: node = entries.first { $0.key == step }?.value
            case .list(let items)?: node = Int(step).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return node
    }

    @Test func everyDeclaredKeyIsWrittenBack() throws {
        let top = try Self.emitted()
        let places: [(String, [String], Set<String>)] = [
            ("the document", [], Set(SeamsFileKeys.document.names).subtracting(["plan"])),
            ("budget", ["budget"], Set(SeamsFileKeys.documentBudget.names)),
            ("defaults", ["defaults"], Set(SeamsFileKeys.defaults.names)),
            ("policy", ["policy"], Set(SeamsFileKeys.policy.names)),
            ("constraints", ["constraints"], Set(SeamsFileKeys.constraints.names)),
            ("an artifact", ["artifacts", "report"], Set(SeamsFileKeys.artifact.names)),
            ("a field", ["artifacts", "report", "fields", "f"], Set(SeamsFileKeys.field.names)),
            ("a concern", ["concerns", "write"], Set(SeamsFileKeys.concern.names).subtracting(["gate"])),
            ("a module", ["modules", "writer"], Set(SeamsFileKeys.module.names)),
            ("an interface", ["interfaces", "0"], Set(SeamsFileKeys.interface.names)),
            ("a payload", ["interfaces", "0", "payload"], ["fields"]),
        ]
        for (place, path, declared) in places {
            let written = Self.keys(Self.value(top, path))
            #expect(written == declared, "\(place): declared but not written back: \(declared.subtracting(written).sorted())")
        }
        #expect(Self.keys(Self.value(top, ["concerns", "review"])).contains("gate"))
    }

    @Test func aProsePayloadIsWrittenBackAsProse() throws {
        let text = Self.everyKey.replacingOccurrences(of: "payload: { fields: { id: { type: string, format: uuid } } }",
                                                      with: "payload: the approved refund")
        let document = try DocumentLoader().load(text: text, file: "prose.yaml")
        guard case .map(let top) = DocumentEmitter.tree(document) else { return }
        #expect(Self.value(top, ["interfaces", "0", "payload"]) == .string("the approved refund"))
    }
}
