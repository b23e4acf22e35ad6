public import SeamsModel
public import SeamsAnalyzer

/// One thing the gate looked at: an open decision of an interface or of the document, or a
/// threshold crossed. Its identity (`key`) never contains a line number, so baselines and
/// SARIF fingerprints survive edits that only move it.
public struct Finding: Sendable, Hashable {
    /// The document as the user named it.
    public var document: String
    /// `from->to`, or nil for a document-wide finding (shared writes, ungated effects, totals).
    public var interface: String?
    /// A catalog decision id (`field.format.time`) or a gate rule (`gate.max-interface-bits`).
    public var rule: String
    /// What is undecided or over the limit, e.g. `parsed_application.submitted_at`.
    public var subject: String
    public var bits: Double
    /// True when the bits are a lower bound (undeclared or prose payloads).
    public var isLowerBound: Bool
    /// The catalog's severity, or the project's override.
    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in one sentence without the location.
    public var message: String
    public var fix: String
    /// Where the finding stands against a baseline.
    public var status: FindingStatus = .open
    /// For a decision of a payload several interfaces carry: every interface that reads it. The
    /// finding is reported once, at its cause, instead of once per interface.
    public var consumers: [SharedDecision.Consumer] = []

    public init(document: String, interface: String?, rule: String, subject: String, bits: Double, isLowerBound: Bool,
                severity: Severity, location: SourceLocation, message: String, fix: String) {
        self.document = document
        self.interface = interface
        self.rule = rule
        self.subject = subject
        self.bits = bits
        self.isLowerBound = isLowerBound
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// The bits as people read them: `≥8` for a lower bound.
    public var bitsText: String { (isLowerBound ? "≥" : "") + NumberText.decimal(bits) }

    /// Stable output order: location, then rule, subject and interface.
    public static func byLocation(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.location, lhs.rule, lhs.subject, lhs.interface ?? "") < (rhs.location, rhs.rule, rhs.subject, rhs.interface ?? "")
    }

    /// `findings` in `byLocation` order. Sorts indices rather than the values: a finding holds
    /// several strings, and moving 100,000 of them around dominated large runs.
    public static func sortedByLocation(_ findings: [Finding]) -> [Finding] {
        let order = findings.indices.sorted { byLocation(findings[$0], findings[$1]) }
        return order.map { findings[$0] }
    }
}

/// A finding against the baseline in use.
public enum FindingStatus: String, Sendable, Hashable {
    /// No baseline is in use: every finding counts.
    case open
    /// Not in the baseline.
    case new
    /// In the baseline, with more bits now.
    case grown
    /// In the baseline with as many bits or fewer: known, does not fail the gate.
    case baselined

    /// True when the finding counts towards the gate.
    public var counts: Bool { self != .baselined }
}
