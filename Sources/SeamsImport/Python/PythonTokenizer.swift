import SeamsModel

/// Splits Python source into tokens the way CPython's tokenizer does, closely enough to read
/// definitions statically: comments, all string forms (prefixes, triple quotes, f-strings with
/// nested quotes in replacement fields), explicit (`\`) and implicit (brackets) line joining,
/// and indentation as `indent`/`dedent` tokens. Unbalanced brackets, unterminated strings and
/// inconsistent dedents are syntax errors at the place Python reports them.
public struct PythonTokenizer {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var tokens: [PythonToken] = []
    private var indents: [Int] = [0]
    private var brackets: [(Unicode.Scalar, Int, Int)] = []
    private var atLineStart = true

    public static func tokenize(_ text: String, file: String) throws(PythonSyntaxError) -> [PythonToken] {
        var tokenizer = PythonTokenizer(scalars: Array(text.unicodeScalars), file: file)
        try tokenizer.run()
        return tokenizer.tokens
    }

    private init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func error(_ message: String, line: Int, column: Int) -> PythonSyntaxError {
        PythonSyntaxError(location: SourceLocation(file: file, line: line, column: column), message: message)
    }

    private mutating func emit(_ kind: PythonToken.Kind, _ text: String, line: Int, column: Int) {
        tokens.append(PythonToken(kind: kind, text: text, line: line, column: column))
    }

    private mutating func run() throws(PythonSyntaxError) {
        while index < scalars.count {
            if atLineStart && brackets.isEmpty {
                try lineStart()
                continue
            }
            let character = scalars[index]
            switch character {
            case " ", "\t", "\u{0C}", "\r":
                advance()
            case "#":
                while let next = peek(), next != "\n" { advance() }
            case "\n":
                if brackets.isEmpty {
                    emit(.newline, "\n", line: line, column: column)
                    atLineStart = true
                }
                advance()
            case "\\":
                guard peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n") else {
                    throw error("unexpected character after line continuation character", line: line, column: column)
                }
                advance()
                if peek() == "\r" { advance() }
                advance()
            default:
                try token()
            }
        }
        if let open = brackets.last {
            throw error("'\(open.0)' was never closed", line: open.1, column: open.2)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            emit(.newline, "", line: line, column: column)
        }
        while indents.count > 1 {
            indents.removeLast()
            emit(.dedent, "", line: line, column: column)
        }
        emit(.endOfFile, "", line: line, column: column)
    }

    /// Measures a line's indentation; blank and comment-only lines do not count.
    private mutating func lineStart() throws(PythonSyntaxError) {
        var width = 0
        while let next = peek(), next == " " || next == "\t" || next == "\u{0C}" {
            width = next == "\t" ? (width / 8 + 1) * 8 : width + 1
            advance()
        }
        guard let next = peek() else { return }
        if next == "\n" || next == "#" || (next == "\r" && peek(1) == "\n") {
            while let rest = peek(), rest != "\n" { advance() }
            if peek() == "\n" { advance() }
            return
        }
        if next == "\\" && (peek(1) == "\n") {
            advance(); advance()
            return
        }
        atLineStart = false
        if width > indents[indents.count - 1] {
            indents.append(width)
            emit(.indent, "", line: line, column: 1)
        } else {
            while width < indents[indents.count - 1] {
                indents.removeLast()
                emit(.dedent, "", line: line, column: column)
            }
            if width != indents[indents.count - 1] {
                throw error("unindent does not match any outer indentation level", line: line, column: column)
            }
        }
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.value < 128 ? scalar.properties.isAlphabetic : scalar.properties.isXIDStart)
    }

    private static func isNameContinue(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.value < 128 ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : scalar.properties.isXIDContinue)
    }

    private static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!=="]
    private static let operators2: Set<String> = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
                                                  "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]

    private mutating func token() throws(PythonSyntaxError) {
        let startLine = line
        let startColumn = column
        let character = scalars[index]
        // A string, possibly prefixed (r, b, u, f, rb, br, fr, rf; any case).
        if Self.isNameStart(character) {
            var length = 0
            while let next = peek(length), length < 2, "rRbBuUfF".unicodeScalars.contains(next) { length += 1 }
            if let quote = peek(length), quote == "\"" || quote == "'" {
                let prefix = String(String.UnicodeScalarView(scalars[index..<(index + length)]))
                if prefix.isEmpty || prefix.unicodeScalars.allSatisfy({ "rRbBuUfF".unicodeScalars.contains($0) }) {
                    for _ in 0..<length { advance() }
                    try string(prefix: prefix, line: startLine, column: startColumn)
                    return
                }
            }
            var text = String.UnicodeScalarView()
            while let next = peek(), Self.isNameContinue(next) {
                text.append(next)
                advance()
            }
            emit(.name, String(text), line: startLine, column: startColumn)
            return
        }
        if character == "\"" || character == "'" {
            try string(prefix: "", line: startLine, column: startColumn)
            return
        }
        if ("0"..."9").contains(character) || (character == "." && peek(1).map { ("0"..."9").contains($0) } == true) {
            var text = String.UnicodeScalarView()
            while let next = peek() {
                let isExponentSign = (next == "+" || next == "-") && (text.last == "e" || text.last == "E")
                    && !(text.first == "0" && text.count > 1 && "xX".unicodeScalars.contains(text[text.index(after: text.startIndex)]))
                guard Self.isNameContinue(next) || next == "." || isExponentSign else { break }
                text.append(next)
                advance()
            }
            emit(.number, String(text), line: startLine, column: startColumn)
            return
        }
        let three = String(String.UnicodeScalarView(scalars[index..<min(index + 3, scalars.count)]))
        let two = String(three.unicodeScalars.prefix(2))
        var text: String
        if Self.operators3.contains(three) {
            text = three
        } else if Self.operators2.contains(two) {
            text = two
        } else {
            text = String(character)
        }
        switch character {
        case "(", "[", "{":
            brackets.append((character, startLine, startColumn))
        case ")", "]", "}":
            let expected: Unicode.Scalar = character == ")" ? "(" : character == "]" ? "[" : "{"
            guard let open = brackets.popLast() else {
                throw error("unmatched '\(character)'", line: startLine, column: startColumn)
            }
            guard open.0 == expected else {
                throw error("closing parenthesis '\(character)' does not match opening parenthesis '\(open.0)' on line \(open.1)",
                            line: startLine, column: startColumn)
            }
        default:
            if text.count == 1 && !"+-*/%@&|^~<>=.,:;!".unicodeScalars.contains(character) {
                throw error("invalid character '\(character)'", line: startLine, column: startColumn)
            }
        }
        for _ in text.unicodeScalars { advance() }
        emit(.op, text, line: startLine, column: startColumn)
    }

    /// Reads a string literal whose prefix has been consumed; the quote is at `index`.
    private mutating func string(prefix: String, line startLine: Int, column startColumn: Int) throws(PythonSyntaxError) {
        let quote = scalars[index]
        let triple = peek(1) == quote && peek(2) == quote
        let isFormatted = prefix.lowercased().contains("f")
        var raw = String.UnicodeScalarView(prefix.unicodeScalars)
        var value = String.UnicodeScalarView()
        for _ in 0..<(triple ? 3 : 1) {
            raw.append(quote)
            advance()
        }
        var fieldDepth = 0
        while true {
            guard let next = peek() else {
                throw error(triple ? "unterminated triple-quoted string literal" : "unterminated string literal",
                            line: startLine, column: startColumn)
            }
            if next == "\\" {
                raw.append(next)
                value.append(next)
                advance()
                if let escaped = peek() {
                    raw.append(escaped)
                    value.append(escaped)
                    advance()
                }
                continue
            }
            if isFormatted {
                if next == "{" {
                    if peek(1) == "{" && fieldDepth == 0 {
                        raw.append(next); value.append(next); advance()
                        raw.append(next); value.append(next); advance()
                        continue
                    }
                    fieldDepth += 1
                } else if next == "}" && fieldDepth > 0 {
                    fieldDepth -= 1
                }
            }
            if next == quote && fieldDepth == 0 {
                if !triple {
                    raw.append(next)
                    advance()
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    for _ in 0..<3 {
                        raw.append(quote)
                        advance()
                    }
                    break
                }
            }
            if next == "\n" && !triple && fieldDepth == 0 {
                throw error("unterminated string literal", line: startLine, column: startColumn)
            }
            raw.append(next)
            value.append(next)
            advance()
        }
        var token = PythonToken(kind: .string, text: String(raw), line: startLine, column: startColumn)
        token.stringValue = String(value)
        token.isFormatted = isFormatted
        tokens.append(token)
    }
}
