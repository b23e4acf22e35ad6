import Foundation
import OrderedCollections
import SeamsModel

/// The graph-level findings in LangGraph's words: a key written by several nodes without a
/// reducer, and a loop with no way out and no recursion limit.
extension LangGraphAssembly {
    /// A key two nodes write with no reducer: LangGraph raises InvalidUpdateError when both run in one step.
    func warnOwners(accesses: OrderedDictionary<String, LangGraphNodeAccess>, prefix: String, builder: inout ImportBuilder) {
        var writers: OrderedDictionary<String, [String]> = [:]
        for (name, access) in accesses {
            for write in access.writes { writers[write.value, default: []].append(prefix + name) }
        }
        for (key, nodes) in writers where nodes.count > 1 {
            guard let artifact = artifacts[key], artifact.onConflict == nil else { continue }
            builder.warn("langgraph.reducer-missing", at: artifact.location,
                         "state key '\(key)' is written by \(nodes.joined(separator: ", ")) and has no reducer: the last write wins, and writes in one step raise InvalidUpdateError",
                         fix: artifact.fields?.first?.type == .array
                            ? "add a reducer: \(key): Annotated[list[...], operator.add]"
                            : "add a reducer: \(key): Annotated[T, merge] with a function merge(old, new) that says which value wins, or write the key from one node only")
        }
    }

    /// A cycle with no conditional way out, and no `recursion_limit` anywhere, runs until LangGraph's default limit stops it.
    func warnLoops(_ edges: [LangGraphDefinition.Edge], nodes: [String], prefix: String, builder: inout ImportBuilder) {
        var successors: [String: [String]] = [:]
        for edge in edges { successors[edge.from, default: []].append(edge.to) }
        func reachable(from start: String) -> Set<String> {
            var seen: Set<String> = []
            var stack = successors[start] ?? []
            while let next = stack.popLast() {
                guard seen.insert(next).inserted else { continue }
                stack += successors[next] ?? []
            }
            return seen
        }
        let reach = Dictionary(uniqueKeysWithValues: nodes.map { ($0, reachable(from: $0)) })
        var reported: Set<String> = []
        for node in nodes where reach[node]?.contains(node) == true && !reported.contains(node) {
            let component = Set(nodes.filter { reach[$0]?.contains(node) == true && reach[node]?.contains($0) == true })
            reported.formUnion(component)
            let exits = edges.contains { component.contains($0.from) && !component.contains($0.to) && $0.isBranch }
            guard !exits && !hasRecursionLimit else { continue }
            let closing = edges.filter { component.contains($0.from) && component.contains($0.to) }.map(\.location).min() ?? SourceLocation(file: "", line: 1, column: 1)
            builder.warn("langgraph.loop-unbounded", at: closing,
                         "the loop through \(component.sorted().map { prefix + $0 }.joined(separator: ", ")) has no conditional edge out of it and no recursion limit: termination condition missing",
                         fix: "add a conditional edge that routes to END when the work is done, or invoke with config={\"recursion_limit\": N}")
        }
    }
}
