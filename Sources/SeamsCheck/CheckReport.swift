import SeamsModel

/// The result of one `seams check` run over one or more documents: what every format renders.
public struct CheckReport: Sendable {
    /// In the order the documents were named (globs expanded and sorted).
    public var documents: [DocumentCheck]
    /// The baseline file as named, when one is in use.
    public var baselineFile: String?
    /// Baseline entries of the checked documents that no current finding matches: fixed, or
    /// renamed. They never fail the gate; rewriting the baseline drops them.
    public var staleEntries: [Baseline.Entry]

    public init(documents: [DocumentCheck], baselineFile: String? = nil, staleEntries: [Baseline.Entry] = []) {
        self.documents = documents
        self.baselineFile = baselineFile
        self.staleEntries = staleEntries
    }

    public var passed: Bool { documents.allSatisfy(\.passed) }

    /// Every finding of every document, in document order then by location.
    public var findings: [Finding] { documents.flatMap(\.findings) }

    /// The findings that fail the gate.
    public var failing: [Finding] { documents.flatMap(\.failing) }

    /// The one line every format ends with:
    /// `seams check: FAILED — 2 documents, 1 failed; 3 findings fail the gate (2 errors, 1 warning); …`.
    public var summary: String {
        let failedDocuments = documents.filter { !$0.passed }.count
        let failing = self.failing
        let counted = findings.filter(\.status.counts)
        var parts: [String] = []
        parts.append(count(documents.count, "document") + (failedDocuments > 0 ? ", \(failedDocuments) failed" : ""))
        parts.append("\(count(failing.count, "finding")) \(failing.count == 1 ? "fails" : "fail") the gate")
        let bySeverity = [Severity.error, .warning, .note].compactMap { severity -> String? in
            let number = counted.filter { $0.severity == severity }.count
            return number == 0 ? nil : "\(number) \(number == 1 ? String(severity.rawValue) : severity.plural)"
        }
        parts.append("open: " + (bySeverity.isEmpty ? "none" : bySeverity.joined(separator: ", ")))
        if baselineFile != nil {
            let new = failing.filter { $0.status == .new }.count
            let grown = failing.filter { $0.status == .grown }.count
            let known = findings.filter { $0.status == .baselined }.count
            parts.append("baseline: \(new) new, \(grown) grown, \(known) known, \(staleEntries.count) no longer matching")
        }
        let limits = Set(documents.map(\.limits))
        if limits.count == 1, let only = limits.first { parts.append(only.description) }
        return "seams check: \(passed ? "passed" : "FAILED") — " + parts.joined(separator: "; ")
    }

    func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
