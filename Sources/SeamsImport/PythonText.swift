import SeamsModel

/// A Python file held as lines, for static scanning: nothing is run or imported.
///
/// The scanners only need indentation blocks and a few regular patterns inside them, each with
/// the line and column it was found at, so findings point into the `.py` file.
struct PythonText {
    let file: String
    let lines: [Substring]

    init(text: String, file: String) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Leading spaces of a line (a tab counts as 8, as Python does).
    static func indent(of line: Substring) -> Int {
        var count = 0
        for character in line {
            if character == " " { count += 1 } else if character == "\t" { count += 8 } else { break }
        }
        return count
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } || line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#")
    }

    /// The lines after `header` indented deeper than it: a `def` or `class` body.
    func block(after header: Int) -> Block {
        let base = Self.indent(of: lines[header])
        var end = header + 1
        var last = header
        while end < lines.count {
            let line = lines[end]
            if !Self.isBlank(line) {
                if Self.indent(of: line) <= base { break }
                last = end
            }
            end += 1
        }
        return Block(python: self, first: header, last: last)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1, column: column + 1)
    }

    /// A range of lines joined into one text, mapping match positions back to lines and columns.
    struct Block {
        let python: PythonText
        let first: Int
        let last: Int
        let text: String

        init(python: PythonText, first: Int, last: Int) {
            self.python = python
            self.first = first
            self.last = last
            self.text = python.lines[first...last].joined(separator: "\n")
        }

        /// The location of a position in `text`.
        func location(of index: String.Index) -> SourceLocation {
            var line = first
            var column = 0
            for scalar in text.unicodeScalars[..<index] {
                if scalar == "\n" {
                    line += 1
                    column = 0
                } else {
                    column += 1
                }
            }
            return python.location(line: line, column: column)
        }
    }
}
