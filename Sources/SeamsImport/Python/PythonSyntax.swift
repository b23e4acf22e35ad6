public import SeamsModel

/// A Python expression as far as static reading needs it: names, attribute chains, calls with
/// their keyword arguments, subscripts, literals and collections. Anything else (arithmetic,
/// comparisons, lambdas, comprehensions) is an `operation` that keeps its operands, so calls
/// inside it are still found.
public indirect enum PythonExpression: Sendable {
    case name(String, SourceLocation)
    case attribute(PythonExpression, String, SourceLocation)
    case call(PythonExpression, [PythonArgument], SourceLocation)
    case subscription(PythonExpression, [PythonExpression], SourceLocation)
    case string(String, formatted: Bool, SourceLocation)
    case number(String, SourceLocation)
    /// A list, tuple or set display.
    case list([PythonExpression], SourceLocation)
    case dict([(key: PythonExpression?, value: PythonExpression)], SourceLocation)
    case operation([PythonExpression], text: String, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .name(_, let location), .attribute(_, _, let location), .call(_, _, let location),
             .subscription(_, _, let location), .string(_, _, let location), .number(_, let location),
             .list(_, let location), .dict(_, let location), .operation(_, _, let location):
            location
        }
    }

    /// `a.b.c` for a name or attribute chain (calls in the chain read as `f()`), nil otherwise.
    public var dottedName: String? {
        switch self {
        case .name(let name, _): name
        case .attribute(let base, let name, _): base.dottedName.map { "\($0).\(name)" }
        case .call(let callee, _, _): callee.dottedName.map { "\($0)()" }
        case .subscription(let base, _, _): base.dottedName
        default: nil
        }
    }

    /// The last name of a name or attribute chain (`Process.hierarchical` → `hierarchical`).
    public var lastName: String? {
        switch self {
        case .name(let name, _): name
        case .attribute(_, let name, _): name
        case .subscription(let base, _, _): base.lastName
        default: nil
        }
    }

    /// The text of a string literal (for an f-string, as written between the quotes).
    public var stringValue: String? {
        if case .string(let value, _, _) = self { return value }
        if case .operation(let operands, "f-string", _) = self { return operands.first?.stringValue }
        return nil
    }

    /// The callee and arguments when this is a call.
    public var asCall: (callee: PythonExpression, arguments: [PythonArgument])? {
        if case .call(let callee, let arguments, _) = self { return (callee, arguments) }
        return nil
    }

    public var elements: [PythonExpression]? {
        if case .list(let items, _) = self { return items }
        return nil
    }

    /// Sub-expressions, in source order.
    public var children: [PythonExpression] {
        switch self {
        case .name, .string, .number: []
        case .attribute(let base, _, _): [base]
        case .call(let callee, let arguments, _): [callee] + arguments.map(\.value)
        case .subscription(let base, let indices, _): [base] + indices
        case .list(let items, _): items
        case .dict(let entries, _): entries.flatMap { [$0.key, $0.value].compactMap { $0 } }
        case .operation(let operands, _, _): operands
        }
    }

    /// Every call in this expression, outermost first, in source order.
    public var calls: [PythonExpression] {
        var found: [PythonExpression] = []
        var stack: [PythonExpression] = [self]
        while let next = stack.popLast() {
            if next.asCall != nil { found.append(next) }
            stack.append(contentsOf: next.children.reversed())
        }
        return found
    }
}

/// One argument of a call: positional, `keyword=value`, `*args` or `**kwargs`.
public struct PythonArgument: Sendable {
    public var keyword: String?
    public var value: PythonExpression
    public var location: SourceLocation
}

extension [PythonArgument] {
    public func keyword(_ name: String) -> PythonArgument? { first { $0.keyword == name } }
    public var positional: [PythonExpression] { filter { $0.keyword == nil }.map(\.value) }
}

/// A `class` statement.
public struct PythonClass: Sendable {
    public var name: String
    public var location: SourceLocation
    public var decorators: [PythonExpression]
    public var bases: [PythonArgument]
    public var body: [PythonStatement]
    public var methods: [PythonFunction] {
        body.compactMap { if case .function(let function) = $0 { return function } else { return nil } }
    }
}

/// A `def` or `async def` statement.
public struct PythonFunction: Sendable {
    public var name: String
    public var location: SourceLocation
    public var decorators: [PythonExpression]
    public var parameters: [String]
    public var returnAnnotation: String?
    public var body: [PythonStatement]
    public var isAsync: Bool

    /// The decorator named `name` (`@task`, `@listen(...)`, `@crewai.project.task`), if any.
    public func decorator(_ name: String) -> PythonExpression? {
        decorators.first { decorator in
            let callee = decorator.asCall?.callee ?? decorator
            return callee.lastName == name
        }
    }
}

/// A statement, with what static readers use of it.
public indirect enum PythonStatement: Sendable {
    case classDef(PythonClass)
    case function(PythonFunction)
    /// `targets = value`, `target: annotation = value`, `target += value`.
    case assignment(targets: [PythonExpression], annotation: PythonExpression?, annotationText: String?, value: PythonExpression?,
                    operator: String, SourceLocation)
    case expression(PythonExpression, SourceLocation)
    case `return`(PythonExpression?, SourceLocation)
    /// `import a.b as c` / `from m import x as y`: (module, name, alias).
    case `import`(module: String, names: [(name: String, alias: String?)], SourceLocation)
    /// `if`, `for`, `while`, `with`, `try`, `match`…: the header's expressions and every body.
    case compound(keyword: String, header: [PythonExpression], body: [PythonStatement], SourceLocation)
    case other(String, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .classDef(let value): value.location
        case .function(let value): value.location
        case .assignment(_, _, _, _, _, let location), .expression(_, let location), .return(_, let location),
             .import(_, _, let location), .compound(_, _, _, let location), .other(_, let location):
            location
        }
    }

    /// The expressions of this statement (not of nested definitions), in source order.
    public var expressions: [PythonExpression] {
        switch self {
        case .assignment(let targets, _, _, let value, _, _): targets + (value.map { [$0] } ?? [])
        case .expression(let expression, _): [expression]
        case .return(let value, _): value.map { [$0] } ?? []
        case .compound(_, let header, _, _): header
        default: []
        }
    }
}

extension [PythonStatement] {
    /// Every statement, descending into compound bodies but not into nested `def`/`class`.
    public var flattened: [PythonStatement] {
        var result: [PythonStatement] = []
        for statement in self {
            result.append(statement)
            if case .compound(_, _, let body, _) = statement { result += body.flattened }
        }
        return result
    }

    /// Every call made by these statements (not by nested definitions), in source order.
    public var calls: [PythonExpression] {
        flattened.flatMap { $0.expressions.flatMap(\.calls) }
    }
}

/// A parsed Python file: its statements, and the classes and functions at any depth.
public struct PythonModule: Sendable {
    public var file: String
    public var statements: [PythonStatement]

    /// Classes defined anywhere in the file (including inside functions), in source order.
    public var classes: [PythonClass] {
        var found: [PythonClass] = []
        func visit(_ statements: [PythonStatement]) {
            for statement in statements {
                switch statement {
                case .classDef(let value):
                    found.append(value)
                    visit(value.body)
                case .function(let value): visit(value.body)
                case .compound(_, _, let body, _): visit(body)
                default: break
                }
            }
        }
        visit(statements)
        return found
    }

    /// Functions defined at the top level (or inside `if` blocks) of the module.
    public var functions: [PythonFunction] {
        statements.flattened.compactMap { if case .function(let value) = $0 { return value } else { return nil } }
    }

    /// Whether the file imports anything from `package` (e.g. `crewai`).
    public func imports(_ package: String) -> Bool {
        statements.flattened.contains { statement in
            if case .import(let module, let names, _) = statement {
                return module == package || module.hasPrefix(package + ".") || names.contains { $0.name == package || $0.name.hasPrefix(package + ".") }
            }
            return false
        }
    }

    public static func parse(_ text: String, file: String) throws(PythonSyntaxError) -> PythonModule {
        let tokens = try PythonTokenizer.tokenize(text, file: file)
        var parser = PythonParser(tokens: tokens, file: file)
        return PythonModule(file: file, statements: try parser.module())
    }
}
