/// Aligned columns for terminal output; widths are measured before styling is applied.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Applied to each cell after padding: (row, column, padded text) → styled text.
    var style: ((Int, Int, String) -> String)?

    init(headers: [String], alignments: [Alignment]) {
        self.headers = headers
        self.alignments = alignments
    }

    func rendered(indent: String = "  ", header: (String) -> String = { $0 }) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func pad(_ text: String, _ column: Int) -> String {
            let space = String(repeating: " ", count: max(0, widths[column] - text.count))
            return alignments[column] == .right ? space + text : text + space
        }
        func line(_ cells: [String], _ transform: (Int, String) -> String) -> String {
            let padded = cells.enumerated().map { transform($0.offset, pad($0.element, $0.offset)) }
            var text = indent + padded.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var output = [line(headers) { _, text in header(text) }]
        for (rowIndex, row) in rows.enumerated() {
            output.append(line(row) { column, text in style?(rowIndex, column, text) ?? text })
        }
        return output.joined(separator: "\n")
    }
}
