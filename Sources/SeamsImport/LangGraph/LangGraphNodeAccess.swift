import Foundation
import SeamsModel

/// What one node (or router) function does with the graph state, read from its body: the keys
/// it reads (`state["k"]`, `state.k`, `state.get("k")`), the keys it writes (keys of a returned
/// dict, `Command(update={...})`, the payload of a `Send`), where it routes (`Command(goto=...)`,
/// `Send("node", ...)`, returned node names, a `Literal[...]` return annotation) and where it
/// waits for a person (`interrupt(...)`). A use of the state it cannot follow is recorded, so the
/// importer can count the node as reading the whole state instead of reading nothing.
struct LangGraphNodeAccess {
    var reads: [Located<String>] = []
    var writes: [Located<String>] = []
    var routes: [Located<String>] = []
    /// Keys of `Send(node, {...})` payloads: the target's private input, not state updates.
    var sends: [Located<String>] = []
    var interrupts: [SourceLocation] = []
    /// Where the state is used in a way that names no key (passed on, iterated, indexed by a variable).
    var unresolvedRead: SourceLocation?
    /// Where a return value is not a dict, `Command` or variable holding one.
    var unresolvedWrite: SourceLocation?

    static let loggers: Set<String> = ["print", "pprint", "debug", "info", "warning", "error", "exception", "log"]
    /// Methods that change a list, dict or set in place.
    static let mutators: Set<String> = ["append", "extend", "insert", "update", "add", "pop", "remove", "clear", "setdefault"]
    static let stateMethods: Set<String> = ["items", "keys", "values", "copy", "model_dump", "dict", "get", "model_copy"]

    init() {}

    /// Reads a node or router function; `isRouter` takes returned strings as route targets instead of writes.
    init(function: PythonFunction, isRouter: Bool = false) {
        let stateName = function.parameters.first { $0 != "self" && $0 != "cls" }
        let statements = function.body.flattened
        for statement in statements {
            var expressions = statement.expressions
            if let stateName {
                switch statement {
                case .assignment(let targets, _, _, let value, let op, _):
                    // `state["k"] = v` / `state.k = v` write k (`+=` reads it too); `return state` then returns them.
                    expressions = (value.map { [$0] } ?? [])
                    for target in targets {
                        if let key = Self.stateKey(target, state: stateName) {
                            add(&writes, key)
                            if op != "=" { add(&reads, key) }
                        } else {
                            expressions.append(target)
                        }
                    }
                case .return(.name(stateName, _)?, _):
                    expressions = []
                default: break
                }
            }
            for expression in expressions {
                if let stateName { visit(expression, state: stateName) }
                for call in expression.calls { readCall(call) }
            }
        }
        for case .return(let value?, let location) in statements {
            readReturn(value, at: location, in: statements, isRouter: isRouter, stateName: stateName)
        }
        if let annotation = function.returnAnnotation {
            for target in Self.literalValues(in: annotation) { add(&routes, Located(target, at: function.location)) }
        }
    }

    /// The key of `state["k"]` or `state.k`.
    private static func stateKey(_ expression: PythonExpression, state: String) -> Located<String>? {
        switch expression {
        case .subscription(.name(state, _), let indices, _) where indices.count == 1:
            return indices[0].stringValue.map { Located($0, at: indices[0].location) }
        case .attribute(.name(state, _), let attribute, let location) where !stateMethods.contains(attribute):
            return Located(attribute, at: location)
        default:
            return nil
        }
    }

    mutating func merge(_ other: LangGraphNodeAccess) {
        for read in other.reads { add(&reads, read) }
        for write in other.writes { add(&writes, write) }
        for route in other.routes { add(&routes, route) }
        for send in other.sends { add(&sends, send) }
        interrupts += other.interrupts
        unresolvedRead = unresolvedRead ?? other.unresolvedRead
        unresolvedWrite = unresolvedWrite ?? other.unresolvedWrite
    }

    private func add(_ list: inout [Located<String>], _ item: Located<String>) {
        if !list.contains(where: { $0.value == item.value }) { list.append(item) }
    }

    private mutating func visit(_ expression: PythonExpression, state: String) {
        switch expression {
        case .subscription(.name(state, _), let indices, let location):
            if indices.count == 1, let key = indices[0].stringValue { add(&reads, Located(key, at: indices[0].location)) } else { unresolved(location) }
            return
        case .call(.attribute(let target, let method, _), let arguments, _)
            where Self.mutators.contains(method) && Self.stateKey(target, state: state) != nil:
            // `state["k"].append(x)` changes k in place: a read and a write.
            if let key = Self.stateKey(target, state: state) {
                add(&reads, key)
                add(&writes, key)
            }
            for argument in arguments { visit(argument.value, state: state) }
            return
        case .call(let callee, let arguments, _) where Self.loggers.contains(callee.lastName ?? ""):
            // Printing or logging the whole state does not make the node depend on it.
            for argument in arguments {
                if case .name(state, _) = argument.value { continue }
                visit(argument.value, state: state)
            }
            return
        case .call(.attribute(.name(state, _), "get", _), let arguments, let location):
            if let key = arguments.positional.first?.stringValue, let first = arguments.positional.first {
                add(&reads, Located(key, at: first.location))
            } else {
                unresolved(location)
            }
            for argument in arguments.dropFirst() { visit(argument.value, state: state) }
            return
        case .attribute(.name(state, _), let attribute, let location):
            if Self.stateMethods.contains(attribute) { unresolved(location) } else { add(&reads, Located(attribute, at: location)) }
            return
        case .name(state, let location):
            unresolved(location)
            return
        case .string(let text, true, let location):
            // An f-string's replacement fields are not parsed: find the state accesses in its text.
            let pattern = "\\b\(state)(?:\\[[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\\]|\\.get\\([\"']([A-Za-z_][A-Za-z0-9_]*)[\"']|\\.([A-Za-z_][A-Za-z0-9_]*))"
            guard let regex = try? Regex(pattern) else { return }
            for match in text.matches(of: regex) {
                let key = (1...3).lazy.compactMap { match.output[$0].substring.map(String.init) }.first
                if let key, !Self.stateMethods.contains(key) { add(&reads, Located(key, at: location)) }
            }
            return
        default:
            for child in expression.children { visit(child, state: state) }
        }
    }

    private mutating func unresolved(_ location: SourceLocation) {
        if unresolvedRead == nil { unresolvedRead = location }
    }

    private mutating func readCall(_ call: PythonExpression) {
        guard let (callee, arguments) = call.asCall else { return }
        switch callee.lastName {
        case "interrupt": interrupts.append(call.location)
        case "Send":
            if let target = arguments.positional.first?.referenceName { add(&routes, Located(Self.nodeName(target), at: call.location)) }
            if let payload = arguments.positional.dropFirst().first {
                let before = writes
                readDict(payload)
                for key in writes where !before.contains(where: { $0.value == key.value }) { add(&sends, key) }
                writes = before
            }
        case "Command":
            if let update = arguments.keyword("update")?.value { readDict(update) }
            if let goto = arguments.keyword("goto")?.value {
                for target in goto.elements ?? [goto] where target.asCall == nil {
                    if let name = target.referenceName { add(&routes, Located(Self.nodeName(name), at: target.location)) }
                }
            }
        default: break
        }
    }

    private mutating func readDict(_ expression: PythonExpression) {
        guard case .dict(let entries, let location) = expression else {
            if unresolvedWrite == nil { unresolvedWrite = expression.location }
            return
        }
        for entry in entries {
            if let key = entry.key?.stringValue, let keyExpression = entry.key {
                add(&writes, Located(key, at: keyExpression.location))
            } else if unresolvedWrite == nil {
                unresolvedWrite = entry.key?.location ?? location
            }
        }
    }

    private mutating func readReturn(_ value: PythonExpression, at location: SourceLocation, in statements: [PythonStatement], isRouter: Bool,
                                     stateName: String? = nil) {
        switch value {
        case .dict where !isRouter:
            readDict(value)
        case .call(let callee, _, _) where callee.lastName == "Command" || callee.lastName == "Send":
            break  // read with every other call
        case .name("None", _):
            break
        case .string(let target, _, let location) where isRouter:
            add(&routes, Located(Self.nodeName(target), at: location))
        case .name(let target, let location) where isRouter && (target == "END" || target == "START"):
            add(&routes, Located(Self.nodeName(target), at: location))
        case .list(let items, _) where isRouter:
            for item in items { readReturn(item, at: item.location, in: statements, isRouter: true) }
        case .operation(let operands, _, _) where isRouter:
            // `"a" if x else "b"`, `[Send(...) for s in ...]`
            for operand in operands { readReturn(operand, at: operand.location, in: statements, isRouter: true) }
        case .name(let variable, _) where !isRouter && variable == stateName:
            break
        case .name(let variable, _) where !isRouter:
            var found = false
            for statement in statements {
                guard case .assignment(let targets, _, _, let assigned, _, _) = statement else { continue }
                for target in targets {
                    if case .name(variable, _) = target, let assigned, case .dict = assigned {
                        readDict(assigned)
                        found = true
                    }
                    if case .subscription(.name(variable, _), let indices, _) = target, indices.count == 1, let key = indices[0].stringValue {
                        add(&writes, Located(key, at: indices[0].location))
                        found = true
                    }
                }
            }
            if !found, unresolvedWrite == nil { unresolvedWrite = location }
        default:
            if !isRouter, unresolvedWrite == nil { unresolvedWrite = location }
        }
    }

    /// `START`/`END` as LangGraph names them.
    static func nodeName(_ reference: String) -> String {
        switch reference {
        case "END": "__end__"
        case "START": "__start__"
        default: reference
        }
    }

    /// The quoted values of every `Literal[...]` in an annotation (`Command[Literal["a", "b"]]`).
    static func literalValues(in annotation: String) -> [String] {
        var values: [String] = []
        var rest = Substring(annotation)
        while let start = rest.range(of: "Literal[") {
            let body = rest[start.upperBound...].prefix { $0 != "]" }
            values += body.split(separator: ",").map { $0.trimmed.trimmingQuotes }.filter { !$0.isEmpty }
            rest = rest[body.endIndex...]
        }
        return values.map(nodeName)
    }
}
