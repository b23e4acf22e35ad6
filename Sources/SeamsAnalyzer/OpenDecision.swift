public import SeamsModel

/// A decision the spec leaves open at one place: what a consumer would have to guess, the bits
/// that guess is worth, where it arises and how to close it.
public struct OpenDecision: Sendable, Hashable {
    /// The catalog id, e.g. `field.format.time`.
    public var id: String
    /// What is undecided, e.g. `parsed_application.submitted_at`.
    public var subject: String
    public var bits: Double
    public var alternatives: [String]
    public var location: SourceLocation
    /// How to close it; filled from the catalog's template only when asked for, because
    /// large documents have hundreds of thousands of open decisions and most outputs omit fixes.
    public var fix: String { fixOverride ?? DecisionTemplate.fill(fixTemplate, name: fixName, term: fixTerm) }
    /// A fix in the words of the framework the document was imported from (`Document.fixes`).
    public var fixOverride: String?
    private var fixTemplate: String
    private var fixName: String
    private var fixTerm: String
    /// True when the bits are a lower bound (undeclared or prose payloads).
    public var isLowerBound: Bool
    public var severity: Severity
    public var question: String
    /// True when the decision belongs to a payload several interfaces carry: the totals count it
    /// once, at its cause (`DocumentScore.sharedDecisions`), not once per interface.
    public var isShared = false

    public init(point: DecisionPoint, subject: String, location: SourceLocation, name: String, term: String = "") {
        self.id = point.id
        self.subject = subject
        self.bits = point.bits
        self.alternatives = point.shownAlternatives
        self.location = location
        self.fixTemplate = point.fixTemplate
        self.fixName = name
        self.fixTerm = term
        self.isLowerBound = point.isLowerBound
        self.severity = point.severity
        self.question = point.question
    }

    /// Output order: by location, then id and subject, so reports are stable.
    public static func byLocation(_ lhs: OpenDecision, _ rhs: OpenDecision) -> Bool {
        (lhs.location, lhs.id, lhs.subject) < (rhs.location, rhs.id, rhs.subject)
    }
}

/// Weight and open decisions accumulated over a payload, an interface or a document.
public struct DecisionTally: Sendable {
    /// Bits if every applicable decision were open.
    public var weight: Double = 0
    public var open: [OpenDecision] = []

    public init() {}

    public var openBits: Double { open.reduce(0) { $0 + $1.bits } }
    public var isLowerBound: Bool { open.contains(where: \.isLowerBound) }

    /// Counts a decision point that applies here; adds it to the open list when undecided.
    mutating func consider(_ resolved: ResolvedPoint?, isOpen: Bool, subject: @autoclosure () -> String, name: @autoclosure () -> String,
                           at location: SourceLocation, term: String = "") {
        guard let resolved else { return }
        weight += resolved.bits
        if isOpen {
            let point = resolved.point
            open.append(OpenDecision(point: point, subject: subject(), location: location, name: name(), term: term))
        }
    }

    mutating func absorb(_ other: DecisionTally) {
        weight += other.weight
        open.append(contentsOf: other.open)
    }
}
