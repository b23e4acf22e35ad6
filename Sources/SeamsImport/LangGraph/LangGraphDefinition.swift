import Foundation
import OrderedCollections
import SeamsModel

/// One `StateGraph` as its builder calls describe it, read statically: the state schema and its
/// input/output boundary, the nodes with their actions, the edges (plain, conditional, sequences,
/// entry and finish points) and the human gates set at `compile(...)`.
struct LangGraphDefinition {
    struct Node {
        var name: String
        /// The action: a function, a compiled subgraph, a prebuilt agent; nil when `add_node` names none.
        var action: PythonExpression?
        var location: SourceLocation
    }

    struct Edge {
        var from: String
        var to: String
        var location: SourceLocation
        /// A branch chosen at run time (conditional edge, `Command(goto=...)`, `Send`).
        var isBranch: Bool
    }

    struct Router {
        var source: String
        var function: PythonExpression
        /// Targets from the path map, if one is given (label → node).
        var targets: [Located<String>]?
        var location: SourceLocation
    }

    var builder: String
    var location: SourceLocation
    var state: PythonExpression?
    var input: PythonExpression?
    var output: PythonExpression?
    var nodes: OrderedDictionary<String, Node> = [:]
    var edges: [Edge] = []
    var routers: [Router] = []
    var interruptBefore: [Located<String>] = []
    var interruptAfter: [Located<String>] = []
    /// Variables that hold this graph compiled (`graph = builder.compile()`).
    var compiled: [String] = []

    static let start = "__start__"
    static let end = "__end__"

    /// Every `StateGraph(...)` in the project with the calls made on its builder variable, in source order.
    static func read(_ sources: PythonProjectSources) -> [LangGraphDefinition] {
        var definitions: [LangGraphDefinition] = []
        var current: [String: Int] = [:]
        for statement in sources.allStatements {
            if case .assignment(let targets, _, _, let value?, "=", _) = statement, let call = value.asCall,
               call.callee.lastName == "StateGraph", let variable = targets.first?.dottedName {
                var definition = LangGraphDefinition(builder: variable, location: value.location)
                definition.state = value.argument("state_schema", position: 0)
                definition.input = value.argument("input_schema") ?? value.argument("input")
                definition.output = value.argument("output_schema") ?? value.argument("output")
                current[variable] = definitions.count
                definitions.append(definition)
                continue
            }
            for call in statement.expressions.flatMap(\.calls) {
                guard case .call(.attribute(let base, let method, _), _, _) = call, let variable = base.dottedName,
                      let index = current[variable] else { continue }
                definitions[index].apply(method, call)
                if method == "compile", case .assignment(let targets, _, _, let value?, _, _) = statement,
                   value.asCall != nil, let name = targets.first?.dottedName {
                    definitions[index].compiled.append(name)
                }
            }
        }
        return definitions
    }

    private mutating func apply(_ method: String, _ call: PythonExpression) {
        guard let arguments = call.asCall?.arguments else { return }
        let positional = arguments.positional
        switch method {
        case "add_node":
            if let first = positional.first, let name = first.stringValue {
                addNode(name, action: positional.count > 1 ? positional[1] : arguments.keyword("action")?.value, at: first.location)
            } else if let action = positional.first ?? arguments.keyword("node")?.value {
                let name = arguments.keyword("name")?.value.stringValue ?? action.argument("name")?.stringValue ?? action.lastName ?? "node"
                addNode(name, action: action, at: action.location)
            }
        case "add_edge":
            guard positional.count >= 2, let to = positional[1].referenceName else { return }
            for source in positional[0].elements ?? [positional[0]] {
                if let from = source.referenceName { edges.append(Edge(from: LangGraphNodeAccess.nodeName(from), to: LangGraphNodeAccess.nodeName(to), location: call.location, isBranch: false)) }
            }
        case "add_conditional_edges":
            guard let source = (arguments.keyword("source")?.value ?? positional.first)?.referenceName,
                  let path = arguments.keyword("path")?.value ?? (positional.count > 1 ? positional[1] : nil) else { return }
            routers.append(Router(source: LangGraphNodeAccess.nodeName(source), function: path,
                                  targets: Self.pathMap(arguments.keyword("path_map")?.value ?? (positional.count > 2 ? positional[2] : nil)),
                                  location: call.location))
        case "set_conditional_entry_point":
            guard let path = arguments.keyword("path")?.value ?? positional.first else { return }
            routers.append(Router(source: Self.start, function: path,
                                  targets: Self.pathMap(arguments.keyword("path_map")?.value ?? (positional.count > 1 ? positional[1] : nil)),
                                  location: call.location))
        case "add_sequence":
            var previous: String?
            for item in positional.first?.elements ?? [] {
                let pair = item.elements
                let name = pair?.first?.stringValue ?? item.lastName ?? "node"
                addNode(name, action: pair.map { $0.count > 1 ? $0[1] : $0[0] } ?? item, at: item.location)
                if let previous { edges.append(Edge(from: previous, to: name, location: item.location, isBranch: false)) }
                previous = name
            }
        case "set_entry_point":
            if let name = positional.first?.referenceName { edges.append(Edge(from: Self.start, to: name, location: call.location, isBranch: false)) }
        case "set_finish_point":
            if let name = positional.first?.referenceName { edges.append(Edge(from: name, to: Self.end, location: call.location, isBranch: false)) }
        case "compile":
            interruptBefore += Self.names(arguments.keyword("interrupt_before")?.value)
            interruptAfter += Self.names(arguments.keyword("interrupt_after")?.value)
        default: break
        }
    }

    private mutating func addNode(_ name: String, action: PythonExpression?, at location: SourceLocation) {
        if nodes[name] == nil { nodes[name] = Node(name: name, action: action, location: location) }
    }

    private static func names(_ expression: PythonExpression?) -> [Located<String>] {
        guard let expression else { return [] }
        return (expression.elements ?? [expression]).compactMap { item in item.referenceName.map { Located($0, at: item.location) } }
    }

    /// `{label: node}` or `[node, ...]`.
    private static func pathMap(_ expression: PythonExpression?) -> [Located<String>]? {
        guard let expression else { return nil }
        if case .dict(let entries, _) = expression {
            return entries.compactMap { entry in entry.value.referenceName.map { Located(LangGraphNodeAccess.nodeName($0), at: entry.value.location) } }
        }
        return expression.elements?.compactMap { item in item.referenceName.map { Located(LangGraphNodeAccess.nodeName($0), at: item.location) } }
    }
}
