public import SeamsModel

/// Precision and recall of the name rules on a labelled list of field names: each name,
/// declared as written, is scored alone and the name-driven decisions it raises are compared
/// with the one it should raise (`-` for none).
public struct FieldNameMeasurement: Sendable {
    /// One labelled field: `name`, its declaration as YAML, the expected decision, its source.
    public struct Row: Sendable {
        public let name: String
        public let declaration: String
        public let expected: String?
        public let source: String
        /// The name-driven decisions scoring raised, sorted.
        public var raised: [String] = []
    }

    /// True and false positives and false negatives of one decision.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// Nil when the rule raised nothing: a rule that was never tried has no precision, not a perfect one.
        public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
        /// Nil when the list expects the rule nowhere: nothing was there to find.
        public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }

        private func ratio(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
    }

    public let rows: [Row]
    /// Per name-driven decision id, in registry order.
    public let counts: [(id: String, counts: Counts)]
    public let total: Counts

    /// Reads the tab-separated list (`name`, declaration, expected or `-`, source; `#` comments).
    public static func parse(_ text: String, file: String) throws(DocumentError) -> [Row] {
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 4 else {
                throw DocumentError([Diagnostic(id: "measure.columns", location: SourceLocation(file: file, line: index + 1, column: 1),
                                                message: "expected 4 tab-separated columns, found \(columns.count)",
                                                fix: "write name, declaration, expected decision (or -) and source, separated by tabs")])
            }
            rows.append(Row(name: columns[0], declaration: columns[1], expected: columns[2] == "-" ? nil : columns[2], source: columns[3]))
        }
        return rows
    }

    /// Scores every row with `catalog` and counts.
    public init(rows: [Row], catalog: Catalog) throws(DocumentError) {
        let analyzer = Analyzer(catalog: catalog)
        let nameIDs = Set(NameRules.all.map(\.id))
        var scored: [Row] = []
        var perID: [String: Counts] = [:]
        for row in rows {
            let document = try DocumentLoader().load(text: RuleExample.payloadDocument("\(row.name): \(row.declaration)"),
                                                     file: "\(row.source):\(row.name)")
            var result = row
            result.raised = analyzer.score(document).allDecisions.map(\.id).filter(nameIDs.contains).sorted()
            for id in result.raised {
                if id == row.expected { perID[id, default: Counts()].truePositives += 1 } else { perID[id, default: Counts()].falsePositives += 1 }
            }
            if let expected = row.expected, !result.raised.contains(expected) { perID[expected, default: Counts()].falseNegatives += 1 }
            scored.append(result)
        }
        self.rows = scored
        counts = NameRules.all.map { ($0.id, perID[$0.id] ?? Counts()) }
        total = counts.reduce(into: Counts()) { sum, entry in
            sum.truePositives += entry.counts.truePositives
            sum.falsePositives += entry.counts.falsePositives
            sum.falseNegatives += entry.counts.falseNegatives
        }
    }
}
