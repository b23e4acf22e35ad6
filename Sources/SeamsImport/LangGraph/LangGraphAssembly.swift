import Foundation
import OrderedCollections
import SeamsModel

/// Turns `LangGraphDefinition`s into modules, concerns and state-key artifacts: resolves each
/// node's action (function, compiled subgraph, prebuilt agent, `ToolNode`), attributes each router's reads and
/// `Send` payloads to the node it leaves, and adds the graph's boundary, gates and findings.
struct LangGraphAssembly {
    let sources: PythonProjectSources
    let definitions: [LangGraphDefinition]
    private(set) var artifacts: OrderedDictionary<String, Artifact> = [:]
    /// Prebuilt agents, tool nodes and wrapped functions assigned to variables (`agent = create_react_agent(...)`,
    /// `research_node = functools.partial(agent_node, agent=researcher)`).
    private var prebuilt: [String: PythonExpression] = [:]
    private var compiledGraphs: [String: Int] = [:]
    private(set) var hasRecursionLimit = false

    /// The module standing for whoever invokes the graph (LangGraph's START and END).
    static let caller = "caller"
    static let prebuiltAgents: Set<String> = ["create_react_agent", "create_agent", "create_supervisor", "create_swarm"]

    init(sources: PythonProjectSources, definitions: [LangGraphDefinition]) {
        self.sources = sources
        self.definitions = definitions
        for (index, definition) in definitions.enumerated() {
            for name in definition.compiled { compiledGraphs[name] = index }
        }
        for statement in sources.allStatements {
            if case .assignment(let targets, _, _, let value?, "=", _) = statement, let callee = value.asCall?.callee.lastName,
               Self.prebuiltAgents.contains(callee) || ["ToolNode", "partial", "RunnableLambda"].contains(callee),
               let name = targets.first?.dottedName {
                prebuilt[name] = value
            }
            for expression in statement.expressions where Self.mentionsRecursionLimit(expression) { hasRecursionLimit = true }
        }
    }

    private static func mentionsRecursionLimit(_ expression: PythonExpression) -> Bool {
        switch expression {
        case .dict(let entries, _) where entries.contains(where: { $0.key?.stringValue == "recursion_limit" }): return true
        case .call(_, let arguments, _) where arguments.keyword("recursion_limit") != nil: return true
        default: return expression.children.contains(where: mentionsRecursionLimit)
        }
    }

    /// Graphs used as another graph's node.
    var subgraphIndices: Set<Int> {
        var used: Set<Int> = []
        for definition in definitions {
            for node in definition.nodes.values {
                if let index = subgraph(node.action) { used.insert(index) }
            }
        }
        return used
    }

    private func subgraph(_ action: PythonExpression?) -> Int? {
        guard let action else { return nil }
        if let name = action.dottedName, let index = compiledGraphs[name] { return index }
        if case .call(.attribute(let base, "compile", _), _, _) = action, let builder = base.dottedName {
            return definitions.lastIndex { $0.builder == builder }
        }
        return nil
    }

    // MARK: Node access

    /// What a node does to the state; `depth` bounds subgraph nesting.
    private func access(of node: LangGraphDefinition.Node, depth: Int, builder: inout ImportBuilder, prefix: String) -> LangGraphNodeAccess {
        guard let action = node.action else {
            var unknown = LangGraphNodeAccess()
            unknown.unresolvedRead = node.location
            return unknown
        }
        if let index = subgraph(action), depth < 4 {
            var merged = LangGraphNodeAccess()
            for inner in definitions[index].nodes.values {
                merged.merge(access(of: inner, depth: depth + 1, builder: &builder, prefix: prefix))
            }
            merged.routes = []
            return merged
        }
        let call = action.asCall.map { _ in action } ?? action.dottedName.flatMap { prebuilt[$0] }
        if let call, let callee = call.asCall?.callee.lastName {
            if Self.prebuiltAgents.contains(callee) || callee == "ToolNode" {
                return prebuiltAccess(call, callee: callee, node: node, builder: &builder, prefix: prefix)
            }
            if callee == "partial" || callee == "RunnableLambda", let first = call.asCall?.arguments.positional.first,
               let function = sources.function(named: first) {
                return LangGraphNodeAccess(function: function)
            }
        }
        if action.asCall == nil, let function = sources.function(named: action) {
            return LangGraphNodeAccess(function: function)
        }
        var unknown = LangGraphNodeAccess()
        unknown.unresolvedRead = action.location
        unknown.unresolvedWrite = action.location
        return unknown
    }

    /// A prebuilt agent or tool node reads and appends to `messages`; `response_format=` adds a typed `structured_response`.
    private func prebuiltAccess(_ call: PythonExpression, callee: String, node: LangGraphDefinition.Node,
                                builder: inout ImportBuilder, prefix: String) -> LangGraphNodeAccess {
        var access = LangGraphNodeAccess()
        access.reads = [Located("messages", at: node.location)]
        access.writes = [Located("messages", at: node.location)]
        guard callee != "ToolNode" else { return access }
        if let format = call.argument("response_format") {
            access.writes.append(Located("structured_response", at: format.location))
        } else {
            builder.warn("langgraph.agent-output-untyped", at: call.location,
                         "agent node '\(prefix)\(node.name)' answers only in free-text messages",
                         fix: "pass \(callee)(..., response_format=MyAnswer) with a Pydantic model, so the next node reads a typed structured_response")
        }
        return access
    }

    // MARK: Assembly

    mutating func add(_ definition: LangGraphDefinition, prefix: String, into builder: inout ImportBuilder) {
        let state = stateRecord(definition.state, at: definition.location, builder: &builder)
        if let state { declare(state, builder: &builder) }
        let input = definition.input.flatMap { sources.records.record(named: $0.dottedName ?? "") }
        let output = definition.output.flatMap { sources.records.record(named: $0.dottedName ?? "") }
        for record in [input, output].compactMap({ $0 }) { declare(record, builder: &builder) }
        let declared = Set(artifacts.keys)

        var accesses: OrderedDictionary<String, LangGraphNodeAccess> = [:]
        for node in definition.nodes.values { accesses[node.name] = access(of: node, depth: 0, builder: &builder, prefix: prefix) }

        var edges = definition.edges
        for router in definition.routers {
            var routed = LangGraphNodeAccess()
            if let function = sources.function(named: router.function) {
                routed = LangGraphNodeAccess(function: function, isRouter: true)
            } else if router.function.lastName == "tools_condition" {
                routed.reads = [Located("messages", at: router.function.location)]
            } else {
                // A lambda or a router from another package: its targets count as reading the whole state.
                routed.unresolvedRead = router.function.location
            }
            let known = Set(definition.nodes.keys).union([LangGraphDefinition.end])
            let targets = router.targets ?? routed.routes.filter { known.contains($0.value) }
            if targets.isEmpty {
                builder.warn("langgraph.route-unresolved", at: router.location,
                             "cannot tell where the conditional edge from '\(prefix)\(router.source)' leads",
                             fix: "give add_conditional_edges a path map ({\"label\": \"node\"}) or annotate the router's return type with Literal[\"node\", ...]")
            }
            for target in targets { edges.append(.init(from: router.source, to: target.value, location: router.location, isBranch: true)) }
            // The routing decision gates each target: what the router reads reaches the targets it picks.
            var gate = LangGraphNodeAccess()
            gate.reads = routed.reads
            gate.unresolvedRead = routed.unresolvedRead
            for target in targets where accesses[target.value] != nil { accesses[target.value]?.merge(gate) }
            // What it sends (`Send(node, {...})`) leaves the source node.
            var sent = LangGraphNodeAccess()
            sent.sends = routed.sends
            sent.writes = routed.sends
            sent.interrupts = routed.interrupts
            if accesses[router.source] != nil { accesses[router.source]?.merge(sent) }
        }
        for (name, access) in accesses {
            for route in access.routes where definition.nodes[route.value] != nil || route.value == LangGraphDefinition.end {
                edges.append(.init(from: name, to: route.value, location: route.location, isBranch: true))
            }
        }

        let stateKeys = state.map { record in record.attributes.map(\.name) } ?? declared.sorted()
        for (name, access) in accesses {
            guard let unresolved = access.unresolvedRead else { continue }
            for key in stateKeys where !access.reads.contains(where: { $0.value == key }) {
                accesses[name]?.reads.append(Located(key, at: unresolved))
            }
        }
        let allKeys = declared.union(accesses.values.flatMap { $0.reads.map(\.value) + $0.writes.map(\.value) })
        let gates = definition.interruptBefore + definition.interruptAfter
        for (name, access) in accesses {
            let id = prefix + name
            let location = definition.nodes[name]?.location ?? definition.location
            builder.module(id, at: location) { module in module.role = Located("LangGraph node", at: location) }
            var concern = Concern(id: id, location: location)
            concern.reads = access.reads
            concern.writes = access.writes + access.sends.filter { send in !access.writes.contains { $0.value == send.value } }
            if let unresolved = access.unresolvedRead {
                builder.warn("langgraph.unresolved-read", at: unresolved,
                             "node '\(id)' uses the state in a way Seams cannot follow; it is counted as reading every state key (a lower bound on what it needs)",
                             fix: "read keys as state[\"key\"], state.key or state.get(\"key\") in the node function, or give the node its own input schema")
            }
            if let unresolved = access.unresolvedWrite {
                builder.warn("langgraph.unresolved-write", at: unresolved,
                             "cannot tell which state keys node '\(id)' writes; Seams counts none",
                             fix: "return a dict literal ({\"key\": value}) or Command(update={...}) naming the keys the node updates")
            }
            if let gate = gates.first(where: { $0.value == name || $0.value == "*" }) {
                concern.gate = Located(.human, at: gate.location)
            } else if let interrupt = access.interrupts.first {
                concern.gate = Located(.human, at: interrupt)
            }
            for key in access.reads + access.writes where !declared.contains(key.value) {
                undeclared(key, node: id, isWrite: access.writes.contains { $0.value == key.value }, state: state?.name, builder: &builder)
            }
            builder.concern(concern, in: id)
        }
        addBoundary(definition, prefix: prefix, accesses: accesses, edges: edges, input: input, output: output, allKeys: allKeys, builder: &builder)
        warnOwners(accesses: accesses, prefix: prefix, builder: &builder)
        warnLoops(edges, nodes: Array(definition.nodes.keys), prefix: prefix, builder: &builder)
    }

    private func stateRecord(_ expression: PythonExpression?, at location: SourceLocation, builder: inout ImportBuilder) -> PythonRecordTypes.Record? {
        guard let name = expression?.dottedName else {
            builder.warn("langgraph.state-untyped", at: location, "the graph's state has no schema Seams can read",
                         fix: "type the state: StateGraph(State) with class State(TypedDict) listing every key and its type")
            return nil
        }
        if let record = sources.records.record(named: name) { return record }
        if name == "MessagesState" || name.hasSuffix(".MessagesState") {
            return PythonRecordTypes.Record(name: "MessagesState", location: expression?.location ?? location, kind: "MessagesState",
                                            attributes: [.init(name: "messages", annotation: "Annotated[list[AnyMessage], add_messages]",
                                                               defaultValue: nil, location: expression?.location ?? location)],
                                            isTotal: true)
        }
        builder.warn("langgraph.state-untyped", at: expression?.location ?? location,
                     "the state schema '\(name)' is not defined in the project's Python files, so its keys are untyped",
                     fix: "define \(name) as a TypedDict, Pydantic model or dataclass in the project, with a type for every key")
        return nil
    }

    /// Each key of a state, input or output schema is an artifact holding one field.
    private mutating func declare(_ record: PythonRecordTypes.Record, builder: inout ImportBuilder) {
        for attribute in record.attributes where artifacts[attribute.name] == nil {
            var artifact = Artifact(id: attribute.name, location: attribute.location)
            let field = sources.records.field(of: attribute, in: record)
            artifact.fields = [field]
            if let reducer = PythonRecordTypes.reducer(of: attribute) {
                artifact.onConflict = Located("merge (reducer \(reducer.value))", at: reducer.location)
            }
            if field.type == nil {
                builder.warn("langgraph.untyped-field", at: attribute.location, "state key '\(attribute.name)' of \(record.name) has no type Seams can read ('\(attribute.annotation)')",
                             fix: "type the state field: \(attribute.name): str (or a TypedDict, Pydantic model or list[...] of one)")
            }
            artifacts[attribute.name] = artifact
        }
    }

    /// A key the state schema does not declare: typed from another record that declares it (a node's
    /// own input schema, a `Send` payload's type), otherwise an undeclared artifact and a warning.
    private mutating func undeclared(_ key: Located<String>, node: String, isWrite: Bool, state: String?, builder: inout ImportBuilder) {
        guard artifacts[key.value] == nil else { return }
        for record in sources.records.records.values.sorted(by: { $0.name < $1.name }) {
            guard let attribute = record.attributes.first(where: { $0.name == key.value }) else { continue }
            var artifact = Artifact(id: key.value, location: attribute.location)
            artifact.fields = [sources.records.field(of: attribute, in: record)]
            artifacts[key.value] = artifact
            return
        }
        artifacts[key.value] = Artifact(id: key.value, location: key.location, isDeclared: false)
        guard let state else { return }
        builder.warn("langgraph.unknown-key", at: key.location,
                     "node '\(node)' \(isWrite ? "writes" : "reads") '\(key.value)', which \(state) does not declare",
                     fix: "add \(key.value) with its type to \(state) (LangGraph rejects an update to a key no schema declares)")
    }

    /// `caller` (whoever runs `graph.invoke`) writes the input keys and reads the output keys.
    ///
    /// Without an input schema the input is what the first nodes read, and every key some node reads
    /// that no other node writes; without an output schema the caller receives the whole state (every key a node writes).
    private func addBoundary(_ definition: LangGraphDefinition, prefix: String, accesses: OrderedDictionary<String, LangGraphNodeAccess>,
                             edges: [LangGraphDefinition.Edge], input: PythonRecordTypes.Record?, output: PythonRecordTypes.Record?,
                             allKeys: Set<String>, builder: inout ImportBuilder) {
        let written = Set(accesses.values.flatMap { $0.writes.map(\.value) + $0.sends.map(\.value) })
        let stateWritten = Set(accesses.values.flatMap { $0.writes.map(\.value) }).subtracting(accesses.values.flatMap { $0.sends.map(\.value) })
        let read = Set(accesses.values.flatMap { $0.reads.map(\.value) })
        let first = Set(edges.filter { $0.from == LangGraphDefinition.start }.map(\.to))
        let firstReads = Set(first.flatMap { accesses[$0]?.reads.map(\.value) ?? [] })
        // A key some node reads that no other node writes can only come from the caller.
        func onlyFromCaller(_ key: String) -> Bool {
            accesses.contains { name, access in
                access.reads.contains { $0.value == key }
                    && !accesses.contains { other, writer in other != name && (writer.writes + writer.sends).contains { $0.value == key } }
            }
        }
        let inputKeys = input.map { $0.attributes.map(\.name) }
            ?? allKeys.filter { firstReads.contains($0) || (read.contains($0) && !written.contains($0)) || onlyFromCaller($0) }.sorted()
        let outputKeys = output.map { $0.attributes.map(\.name) } ?? allKeys.filter { stateWritten.contains($0) }.sorted()
        if output == nil && !outputKeys.isEmpty {
            builder.warn("langgraph.output-undeclared", at: definition.location,
                         "the graph returns its whole state to the caller (\(outputKeys.count) \(outputKeys.count == 1 ? "key" : "keys"))",
                         fix: "declare what the caller gets: StateGraph(State, output_schema=Output) with only the result keys")
        }
        guard !inputKeys.isEmpty || !outputKeys.isEmpty else { return }
        let id = prefix + (accesses[LangGraphAssembly.caller] == nil ? LangGraphAssembly.caller : "graph_caller")
        let location = input?.location ?? definition.location
        builder.module(id, at: location) { module in
            module.role = Located("the caller of graph.invoke(...): gives the input keys, reads the result", at: location)
        }
        var concern = Concern(id: id, location: location)
        concern.writes = inputKeys.map { Located($0, at: artifacts[$0]?.location ?? location) }
        concern.reads = outputKeys.map { Located($0, at: artifacts[$0]?.location ?? location) }
        builder.concern(concern, in: id)
    }
}
