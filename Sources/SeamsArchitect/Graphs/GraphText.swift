import SeamsModel

/// Lines of a METIS or hMETIS file as integer tokens with their columns, skipping `%` comments,
/// so every error can point at the exact token.
struct GraphText {
    struct Line {
        var number: Int
        /// (value text, 1-based column)
        var tokens: [(text: Substring, column: Int)]
    }

    let file: String
    var lines: [Line] = []

    init(text: String, file: String) {
        self.file = file
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.first == "%" { continue }
            var tokens: [(text: Substring, column: Int)] = []
            var column = 1
            var index = line.startIndex
            while index < line.endIndex {
                if line[index] == " " || line[index] == "\t" {
                    index = line.index(after: index)
                    column += 1
                    continue
                }
                let start = index
                let startColumn = column
                while index < line.endIndex && line[index] != " " && line[index] != "\t" {
                    index = line.index(after: index)
                    column += 1
                }
                tokens.append((line[start..<index], startColumn))
            }
            lines.append(Line(number: number, tokens: tokens))
        }
        // Trailing empty lines carry nothing.
        while let last = lines.last, last.tokens.isEmpty { lines.removeLast() }
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

    func error(_ id: String, _ line: Int, _ column: Int, _ message: String, fix: String) -> DocumentError {
        DocumentError([Diagnostic(id: id, location: location(line, column), message: message, fix: fix)])
    }

    /// The header line and its first two counts (METIS: vertices, edges; hMETIS: hyperedges,
    /// vertices), each at most `GraphLimits.count`; a missing header is a located error showing
    /// `usage`, the header the format wants.
    func header(of format: String, usage: String, counts first: String, _ second: String) throws(DocumentError) -> (line: Line, first: Int, second: Int) {
        guard let header = lines.first, header.tokens.count >= 2 else {
            throw error("graph.header", lines.first?.number ?? 1, 1, "the \(format) header is missing", fix: "start with `\(usage)`")
        }
        return (header,
                try integer(header.tokens[0], line: header.number, what: first, atMost: GraphLimits.count),
                try integer(header.tokens[1], line: header.number, what: second, atMost: GraphLimits.count))
    }

    /// A non-negative integer token, or a located error.
    func integer(_ token: (text: Substring, column: Int), line: Int, what: String) throws(DocumentError) -> Int {
        guard let value = Int(token.text), value >= 0 else {
            throw error("graph.number", line, token.column, "\(what) '\(token.text)' is not a non-negative integer",
                        fix: "write \(what) as a whole number, 0 or more")
        }
        return value
    }

    /// `integer` at most `limit`: counts (10,000,000) and weights (1,000,000, the documents' range
    /// for loads and bits), so a header cannot ask for terabytes and the spec written always loads.
    func integer(_ token: (text: Substring, column: Int), line: Int, what: String, atMost limit: Int) throws(DocumentError) -> Int {
        let value = Int(token.text).map { $0 } ?? (token.text.allSatisfy(\.isNumber) ? Int.max : -1)
        if value > limit {
            throw error("graph.number", line, token.column, "\(what) '\(token.text)' is too large: at most \(limit)",
                        fix: "write \(what) as a whole number from 0 to \(limit)")
        }
        return try integer(token, line: line, what: what)
    }
}

/// The largest counts and weights graph files may give.
enum GraphLimits {
    static let count = 10_000_000
    static let weight = 1_000_000
}
