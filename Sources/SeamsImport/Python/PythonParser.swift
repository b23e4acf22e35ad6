import SeamsModel

/// A recursive-descent reader of Python statements over `PythonTokenizer`'s tokens. It knows the
/// statement structure exactly (definitions, decorators, blocks, assignments, imports) and reads
/// expressions as far as static analysis needs; an expression form it does not model is kept as an
/// `operation` of its operands rather than rejected. Structural mistakes are syntax errors.
struct PythonParser {
    private let tokens: [PythonToken]
    private let file: String
    private var position = 0

    init(tokens: [PythonToken], file: String) {
        self.tokens = tokens
        self.file = file
    }

    private var current: PythonToken { tokens[min(position, tokens.count - 1)] }
    private func token(at offset: Int) -> PythonToken { tokens[min(position + offset, tokens.count - 1)] }
    private var location: SourceLocation { locate(current) }

    private func locate(_ token: PythonToken) -> SourceLocation {
        SourceLocation(file: file, line: token.line, column: token.column)
    }

    private mutating func next() -> PythonToken {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func error(_ message: String, at token: PythonToken? = nil) -> PythonSyntaxError {
        let token = token ?? current
        let found = token.kind == .newline ? "end of line" : token.kind == .endOfFile ? "end of file" : "'\(token.text)'"
        return PythonSyntaxError(location: locate(token), message: "\(message), found \(found)")
    }

    private mutating func expect(_ op: String, _ what: String) throws(PythonSyntaxError) {
        guard current.is(op) else { throw error("expected '\(op)' \(what)") }
        _ = next()
    }

    private mutating func name(_ what: String) throws(PythonSyntaxError) -> PythonToken {
        guard current.kind == .name else { throw error("expected \(what)") }
        return next()
    }

    mutating func module() throws(PythonSyntaxError) -> [PythonStatement] {
        var statements: [PythonStatement] = []
        while current.kind != .endOfFile {
            if current.kind == .newline { _ = next(); continue }
            if current.kind == .indent { throw error("unexpected indent") }
            if current.kind == .dedent { _ = next(); continue }
            statements += try statement()
        }
        return statements
    }

    private static let compoundKeywords: Set<String> = ["if", "elif", "else", "for", "while", "with", "try", "except", "finally", "match", "case"]

    private mutating func statement() throws(PythonSyntaxError) -> [PythonStatement] {
        let token = current
        let following = self.token(at: 1)
        if token.is("@") { return [try decorated()] }
        if token.kind == .name {
            switch token.text {
            case "class": return [.classDef(try classDef(decorators: []))]
            case "def": return [.function(try functionDef(decorators: [], isAsync: false))]
            case "async" where following.is("def"):
                _ = next()
                return [.function(try functionDef(decorators: [], isAsync: true))]
            case "async" where following.is("for") || following.is("with"):
                _ = next()
                return [try compound()]
            case "match", "case":
                // Soft keywords: a compound statement only when the line ends in ':' before its block.
                if isSoftCompound() { return [try compound()] }
            default:
                if Self.compoundKeywords.contains(token.text) && token.text != "match" && token.text != "case" {
                    return [try compound()]
                }
            }
        }
        return try simpleStatements()
    }

    private func isSoftCompound() -> Bool {
        var offset = 1
        var depth = 0
        while true {
            let token = token(at: offset)
            if token.kind == .newline || token.kind == .endOfFile { return false }
            if token.kind == .op {
                if ["(", "[", "{"].contains(token.text) { depth += 1 }
                if [")", "]", "}"].contains(token.text) { depth -= 1 }
                if token.text == ":" && depth == 0 { return self.token(at: offset + 1).kind == .newline }
                if token.text == "=" && depth == 0 { return false }
            }
            offset += 1
        }
    }

    private mutating func decorated() throws(PythonSyntaxError) -> PythonStatement {
        var decorators: [PythonExpression] = []
        while current.is("@") {
            _ = next()
            decorators.append(try expression())
            guard current.kind == .newline else { throw error("expected a new line after the decorator") }
            _ = next()
        }
        if current.is("class") { return .classDef(try classDef(decorators: decorators)) }
        if current.is("def") { return .function(try functionDef(decorators: decorators, isAsync: false)) }
        if current.is("async") && token(at: 1).is("def") {
            _ = next()
            return .function(try functionDef(decorators: decorators, isAsync: true))
        }
        throw error("expected 'def' or 'class' after a decorator")
    }

    private mutating func classDef(decorators: [PythonExpression]) throws(PythonSyntaxError) -> PythonClass {
        let keyword = next()
        let nameToken = try name("a class name")
        var bases: [PythonArgument] = []
        if current.is("(") { bases = try arguments() }
        try expect(":", "after the class header")
        let body = try block()
        _ = keyword
        return PythonClass(name: nameToken.text, location: locate(nameToken), decorators: decorators, bases: bases, body: body)
    }

    private mutating func functionDef(decorators: [PythonExpression], isAsync: Bool) throws(PythonSyntaxError) -> PythonFunction {
        _ = next()
        let nameToken = try name("a function name")
        if current.is("[") { _ = try skipBracketed() }
        guard current.is("(") else { throw error("expected '(' after the function name") }
        let parameterTokens = try skipBracketed()
        // Parameter names: a name at depth 1 right after '(' or ',' (or '*', '**').
        var parameters: [String] = []
        var depth = 0
        var previous = ""
        for token in parameterTokens {
            if token.kind == .op && ["(", "[", "{"].contains(token.text) { depth += 1 }
            if token.kind == .op && [")", "]", "}"].contains(token.text) { depth -= 1 }
            if token.kind == .name && depth == 1 && ["(", ",", "*", "**"].contains(previous) { parameters.append(token.text) }
            previous = token.text
        }
        var returnAnnotation: String?
        if current.is("->") {
            _ = next()
            let start = position
            _ = try expression()
            returnAnnotation = Self.text(of: tokens[start..<position])
        }
        try expect(":", "after the function header")
        let body = try block()
        return PythonFunction(name: nameToken.text, location: locate(nameToken), decorators: decorators, parameters: parameters,
                              returnAnnotation: returnAnnotation, body: body, isAsync: isAsync)
    }

    /// Consumes a bracketed group and returns its tokens (brackets included).
    private mutating func skipBracketed() throws(PythonSyntaxError) -> ArraySlice<PythonToken> {
        let start = position
        var depth = 0
        repeat {
            let token = next()
            if token.kind == .endOfFile { throw error("unexpected end of file") }
            if token.kind == .op && ["(", "[", "{"].contains(token.text) { depth += 1 }
            if token.kind == .op && [")", "]", "}"].contains(token.text) { depth -= 1 }
        } while depth > 0
        return tokens[start..<position]
    }

    /// The body after a ':' — an indented block, or simple statements on the same line.
    private mutating func block() throws(PythonSyntaxError) -> [PythonStatement] {
        guard current.kind == .newline else { return try simpleStatements() }
        _ = next()
        guard current.kind == .indent else { throw error("expected an indented block") }
        _ = next()
        var statements: [PythonStatement] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            if current.kind == .newline { _ = next(); continue }
            if current.kind == .indent { throw error("unexpected indent") }
            statements += try statement()
        }
        if current.kind == .dedent { _ = next() }
        return statements
    }

    private mutating func compound() throws(PythonSyntaxError) -> PythonStatement {
        let keyword = next()
        var header: [PythonExpression] = []
        while !current.is(":") {
            if current.kind == .newline || current.kind == .endOfFile { throw error("expected ':'") }
            if current.is(",") || current.is("as") || current.is("in") || current.is("=") { _ = next(); continue }
            let before = position
            header.append(try expression())
            if position == before { _ = next() }
        }
        _ = next()
        let body = try block()
        return .compound(keyword: keyword.text, header: header, body: body, locate(keyword))
    }

    private static let augmented: Set<String> = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@="]

    private mutating func simpleStatements() throws(PythonSyntaxError) -> [PythonStatement] {
        var statements: [PythonStatement] = []
        while true {
            statements.append(try simpleStatement())
            if current.is(";") {
                _ = next()
                if current.kind == .newline { break }
                continue
            }
            break
        }
        guard current.kind == .newline || current.kind == .endOfFile else { throw error("invalid syntax") }
        if current.kind == .newline { _ = next() }
        return statements
    }

    private mutating func simpleStatement() throws(PythonSyntaxError) -> PythonStatement {
        let start = current
        let startLocation = location
        if start.kind == .name {
            switch start.text {
            case "import":
                _ = next()
                var names: [(name: String, alias: String?)] = []
                repeat {
                    if current.is(",") { _ = next() }
                    let dotted = try dottedName()
                    var alias: String?
                    if current.is("as") { _ = next(); alias = try name("a name after 'as'").text }
                    names.append((dotted, alias))
                } while current.is(",")
                return .import(module: "", names: names, startLocation)
            case "from":
                _ = next()
                var module = ""
                while current.is(".") || current.is("...") { module += next().text }
                if !current.is("import") { module += try dottedName() }
                try expect("import", "in a from-import")
                var names: [(name: String, alias: String?)] = []
                let parenthesised = current.is("(")
                if parenthesised { _ = next() }
                while current.kind == .name || current.is("*") || current.is(",") {
                    if current.is(",") { _ = next(); continue }
                    let imported = next().text
                    var alias: String?
                    if current.is("as") { _ = next(); alias = try name("a name after 'as'").text }
                    names.append((imported, alias))
                }
                if parenthesised { try expect(")", "to close the import list") }
                return .import(module: module, names: names, startLocation)
            case "return":
                _ = next()
                if current.kind == .newline || current.is(";") { return .return(nil, startLocation) }
                return .return(try expressionList(), startLocation)
            case "pass", "break", "continue", "global", "nonlocal", "del", "assert", "raise", "yield":
                _ = next()
                var operands: [PythonExpression] = []
                while current.kind != .newline && !current.is(";") && current.kind != .endOfFile {
                    let before = position
                    if current.is(",") || current.is("from") || current.is("=") { _ = next(); continue }
                    operands.append(try expression())
                    if position == before { _ = next() }
                }
                return operands.isEmpty ? .other(start.text, startLocation)
                    : .expression(.operation(operands, text: start.text, startLocation), startLocation)
            default: break
            }
        }
        let first = try expressionList()
        if current.is(":") {
            _ = next()
            let annotationStart = position
            let annotation = try expression()
            let annotationText = Self.text(of: tokens[annotationStart..<position])
            var value: PythonExpression?
            if current.is("=") {
                _ = next()
                value = try expressionList()
            }
            return .assignment(targets: [first], annotation: annotation, annotationText: annotationText, value: value, operator: "=", startLocation)
        }
        if current.is("=") {
            var targets = [first]
            var value: PythonExpression = first
            while current.is("=") {
                _ = next()
                value = try expressionList()
                targets.append(value)
            }
            targets.removeLast()
            return .assignment(targets: targets, annotation: nil, annotationText: nil, value: value, operator: "=", startLocation)
        }
        if current.kind == .op && Self.augmented.contains(current.text) {
            let op = next().text
            let value = try expressionList()
            return .assignment(targets: [first], annotation: nil, annotationText: nil, value: value, operator: op, startLocation)
        }
        return .expression(first, startLocation)
    }

    private mutating func dottedName() throws(PythonSyntaxError) -> String {
        var text = try name("a module name").text
        while current.is(".") {
            _ = next()
            text += "." + (try name("a name after '.'").text)
        }
        return text
    }

    /// The source text of tokens, for annotations (`Optional[list[str]]`).
    static func text(of tokens: ArraySlice<PythonToken>) -> String {
        var text = ""
        var previous: PythonToken?
        for token in tokens {
            if let previous, (previous.kind == .name || previous.kind == .number) && (token.kind == .name || token.kind == .number) {
                text += " "
            }
            text += token.text
            previous = token
        }
        return text
    }

    // MARK: Expressions

    /// `a, b, c` without brackets is a tuple.
    private mutating func expressionList() throws(PythonSyntaxError) -> PythonExpression {
        let startLocation = location
        let first = try expression()
        guard current.is(",") else { return first }
        var items = [first]
        while current.is(",") {
            _ = next()
            if isExpressionEnd { break }
            items.append(try expression())
        }
        return .list(items, startLocation)
    }

    private var isExpressionEnd: Bool {
        let token = current
        if token.kind == .newline || token.kind == .endOfFile || token.kind == .indent || token.kind == .dedent { return true }
        return token.kind == .op && [")", "]", "}", "=", ":", ";"].contains(token.text) || (token.kind == .op && Self.augmented.contains(token.text))
    }

    private static let binaryOperators: Set<String> = [
        "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "<", ">", "<=", ">=", "==", "!=", ":=",
    ]
    private static let wordOperators: Set<String> = ["and", "or", "not", "in", "is", "if", "else", "for", "async"]

    /// An expression: operands joined by binary operators (kept as an `operation`).
    mutating func expression() throws(PythonSyntaxError) -> PythonExpression {
        let startLocation = location
        var operands = [try unary()]
        var operators: [String] = []
        while true {
            let token = current
            if token.kind == .op && Self.binaryOperators.contains(token.text) {
                operators.append(next().text)
            } else if token.kind == .name && Self.wordOperators.contains(token.text) {
                operators.append(next().text)
                if token.text == "is" && current.is("not") { _ = next() }
                if token.text == "not" && current.is("in") { _ = next() }
                if token.text == "async" && current.is("for") { _ = next() }
                if token.text == "for" {
                    // comprehension target: `for x, y in ...`
                    operands.append(try target())
                    guard current.is("in") else { throw error("expected 'in' in a comprehension") }
                    _ = next()
                }
            } else {
                break
            }
            operands.append(try unary())
        }
        return operands.count == 1 ? operands[0] : .operation(operands, text: operators.joined(separator: " "), startLocation)
    }

    private mutating func target() throws(PythonSyntaxError) -> PythonExpression {
        let startLocation = location
        if current.is("*") { _ = next() }
        var items = [try primary()]
        while current.is(",") {
            _ = next()
            if current.is("*") { _ = next() }
            items.append(try primary())
        }
        return items.count == 1 ? items[0] : .list(items, startLocation)
    }

    private mutating func unary() throws(PythonSyntaxError) -> PythonExpression {
        let token = current
        if token.is("lambda") {
            _ = next()
            while !current.is(":") {
                if current.kind == .newline || current.kind == .endOfFile { throw error("expected ':' in lambda") }
                _ = next()
            }
            _ = next()
            let body = try expression()
            return .operation([body], text: "lambda", locate(token))
        }
        if token.kind == .op && ["-", "+", "~", "*", "**"].contains(token.text) || token.is("not") || token.is("await") {
            _ = next()
            let operand = try unary()
            return .operation([operand], text: token.text, locate(token))
        }
        if token.is("yield") {
            _ = next()
            if current.is("from") { _ = next() }
            if isExpressionEnd || current.is(",") { return .operation([], text: "yield", locate(token)) }
            return .operation([try expression()], text: "yield", locate(token))
        }
        return try primary()
    }

    /// An atom followed by `.name`, `(...)` and `[...]` trailers.
    private mutating func primary() throws(PythonSyntaxError) -> PythonExpression {
        let start = location
        var expression = try atom()
        while true {
            if current.is(".") {
                _ = next()
                let attribute = try name("a name after '.'")
                expression = .attribute(expression, attribute.text, locate(attribute))
            } else if current.is("(") {
                expression = .call(expression, try arguments(), start)
            } else if current.is("[") {
                _ = next()
                var indices: [PythonExpression] = []
                while !current.is("]") {
                    if current.is(",") || current.is(":") { _ = next(); continue }
                    indices.append(try self.expression())
                }
                _ = next()
                expression = .subscription(expression, indices, start)
            } else {
                return expression
            }
        }
    }

    private mutating func arguments() throws(PythonSyntaxError) -> [PythonArgument] {
        _ = next()
        var arguments: [PythonArgument] = []
        while !current.is(")") {
            if current.is(",") { _ = next(); continue }
            let argumentLocation = location
            if current.kind == .name && token(at: 1).is("=") {
                let keyword = next().text
                _ = next()
                arguments.append(PythonArgument(keyword: keyword, value: try expression(), location: argumentLocation))
            } else {
                arguments.append(PythonArgument(keyword: nil, value: try expression(), location: argumentLocation))
            }
            guard current.is(",") || current.is(")") else { throw error("expected ',' or ')' in the argument list") }
        }
        _ = next()
        return arguments
    }

    private mutating func atom() throws(PythonSyntaxError) -> PythonExpression {
        let token = current
        let tokenLocation = locate(token)
        switch token.kind {
        case .name:
            if ["def", "class", "return", "import", "from", "pass", "elif", "while", "with", "try", "except", "finally", "raise", "del", "global", "nonlocal", "assert", "break", "continue"].contains(token.text) {
                throw error("invalid syntax")
            }
            _ = next()
            return .name(token.text, tokenLocation)
        case .number:
            _ = next()
            return .number(token.text, tokenLocation)
        case .string:
            // Adjacent literals concatenate.
            var value = ""
            var formatted = false
            var fields: [PythonExpression] = []
            while current.kind == .string {
                let part = next()
                value += part.stringValue ?? ""
                formatted = formatted || part.isFormatted
                if part.isFormatted { fields += replacementFields(of: part) }
            }
            let literal = PythonExpression.string(value, formatted: formatted, tokenLocation)
            return fields.isEmpty ? literal : .operation([literal] + fields, text: "f-string", tokenLocation)
        case .op:
            switch token.text {
            case "(", "[":
                _ = next()
                let close = token.text == "(" ? ")" : "]"
                var items: [PythonExpression] = []
                while !current.is(close) {
                    if current.is(",") { _ = next(); continue }
                    items.append(try expression())
                    guard current.is(",") || current.is(close) else { throw error("expected ',' or '\(close)'") }
                }
                _ = next()
                if token.text == "(" && items.count == 1 { return items[0] }
                return .list(items, tokenLocation)
            case "{":
                _ = next()
                var entries: [(key: PythonExpression?, value: PythonExpression)] = []
                var items: [PythonExpression] = []
                while !current.is("}") {
                    if current.is(",") { _ = next(); continue }
                    if current.is("**") {
                        _ = next()
                        entries.append((nil, try expression()))
                        continue
                    }
                    let key = try expression()
                    if current.is(":") {
                        _ = next()
                        entries.append((key, try expression()))
                    } else {
                        items.append(key)
                    }
                    guard current.is(",") || current.is("}") else { throw error("expected ',' or '}'") }
                }
                _ = next()
                return items.isEmpty ? .dict(entries, tokenLocation) : .list(items, tokenLocation)
            case "...":
                _ = next()
                return .name("...", tokenLocation)
            default:
                throw error("invalid syntax")
            }
        default:
            throw error("invalid syntax")
        }
    }

    /// The expressions of an f-string's replacement fields (`{self.state.x!r:>10}` → `self.state.x`),
    /// parsed like any expression and located in the string. A field that does not parse is skipped.
    private func replacementFields(of token: PythonToken) -> [PythonExpression] {
        let scalars = Array((token.stringValue ?? "").unicodeScalars)
        let opening = token.text.unicodeScalars.count - scalars.count - (token.text.hasSuffix("\"\"\"") || token.text.hasSuffix("'''") ? 3 : 1)
        var fields: [PythonExpression] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "{" else { index += 1; continue }
            if index + 1 < scalars.count && scalars[index + 1] == "{" { index += 2; continue }
            let start = index + 1
            var depth = 0
            var end = start
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let scalar = scalars[end]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "'" || scalar == "\"" {
                    quote = scalar
                } else if "([{".unicodeScalars.contains(scalar) {
                    depth += 1
                } else if ")]".unicodeScalars.contains(scalar) || (scalar == "}" && depth > 0) {
                    depth -= 1
                } else if depth == 0 && (scalar == "}" || scalar == "!" && end + 1 < scalars.count && scalars[end + 1] != "=" || scalar == ":") {
                    break
                }
                end += 1
            }
            var text = String(String.UnicodeScalarView(scalars[start..<end]))
            if text.hasSuffix("=") && !text.hasSuffix("==") { text.removeLast() }
            if let parsed = Self.fieldExpression(text, file: file, line: token.line, column: token.column + opening + start) {
                fields.append(parsed)
            }
            // Skip the rest of the field (conversion, format spec, which may nest fields).
            var nesting = 1
            index = end
            while index < scalars.count && nesting > 0 {
                if scalars[index] == "{" { nesting += 1 }
                if scalars[index] == "}" { nesting -= 1 }
                index += 1
            }
        }
        return fields
    }

    private static func fieldExpression(_ text: String, file: String, line: Int, column: Int) -> PythonExpression? {
        guard var tokens = try? PythonTokenizer.tokenize("(" + text + ")", file: file) else { return nil }
        for index in tokens.indices {
            if tokens[index].line == 1 { tokens[index].column += column - 2 }
            tokens[index].line += line - 1
        }
        var parser = PythonParser(tokens: tokens, file: file)
        return try? parser.expression()
    }
}
