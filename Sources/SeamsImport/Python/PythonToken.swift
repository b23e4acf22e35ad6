public import SeamsModel

/// One token of Python source, as Python's own tokenizer splits it: comments are dropped,
/// strings are whole (triple-quoted, prefixed, f-strings), and the layout is explicit
/// (`newline` ends a logical line; `indent`/`dedent` open and close blocks).
public struct PythonToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case name, number, string, op, newline, indent, dedent, endOfFile
    }

    public var kind: Kind
    /// The source text (for strings: with prefix and quotes).
    public var text: String
    /// 1-based line and column (columns count Unicode scalars, as every Seams location does).
    public var line: Int
    public var column: Int
    /// For a string: its content between the quotes (escapes kept as written).
    public var stringValue: String?
    /// For a string: whether it is an f-string (its value holds `{...}` replacement fields).
    public var isFormatted: Bool = false

    public func `is`(_ op: String) -> Bool { (kind == .op || kind == .name) && text == op }
}

/// A Python file that cannot be read as Python, located where Python would complain.
public struct PythonSyntaxError: Error, Sendable, Equatable {
    public var location: SourceLocation
    public var message: String

    public var diagnostic: Diagnostic {
        Diagnostic(id: "python.syntax", location: location, message: "Python syntax error: \(message)",
                   fix: "fix the Python file (python -m py_compile names the same place); Seams reads it without running it")
    }
}
