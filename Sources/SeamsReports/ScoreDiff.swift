public import SeamsAnalyzer

/// What changed between two versions of a document, per interface: open bits, the coupling of
/// its module pair, and which decisions were opened or closed. For reviews of a pull request.
public struct ScoreDiff: Sendable {
    /// A decision that appears on one side only, identified like a baseline entry (no line).
    public struct DecisionChange: Sendable, Hashable {
        public var rule: String
        public var subject: String
        public var bits: Double
        public var isLowerBound: Bool
    }

    public struct InterfaceChange: Sendable {
        /// `from->to`.
        public var name: String
        /// nil when the interface does not exist on that side.
        public var oldBits: Double?
        public var newBits: Double?
        public var oldLowerBound: Bool
        public var newLowerBound: Bool
        /// Coupling of the interface's module pair; nil when the pair is not coupled on that side.
        public var oldCoupling: Double?
        public var newCoupling: Double?
        public var opened: [DecisionChange]
        public var closed: [DecisionChange]
    }

    public var oldDocument: String
    public var newDocument: String
    public var oldOpenBits: Double
    public var newOpenBits: Double
    public var oldLowerBound: Bool
    public var newLowerBound: Bool
    /// Interfaces whose bits, coupling or decisions changed, sorted by name.
    public var changes: [InterfaceChange]
    /// Interfaces present on both sides with nothing changed.
    public var unchanged: Int

    public init(old: DocumentScore, new: DocumentScore) {
        oldDocument = old.document
        newDocument = new.document
        oldOpenBits = old.totals.openBits
        newOpenBits = new.totals.openBits
        oldLowerBound = old.totals.isLowerBound
        newLowerBound = new.totals.isLowerBound
        let oldInterfaces = Dictionary(old.interfaces.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newInterfaces = Dictionary(new.interfaces.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [InterfaceChange] = []
        var unchanged = 0
        for name in Set(oldInterfaces.keys).union(newInterfaces.keys).sorted() {
            let before = oldInterfaces[name]
            let after = newInterfaces[name]
            let pair = [before?.from ?? after?.from ?? "", before?.to ?? after?.to ?? ""].sorted()
            let change = InterfaceChange(
                name: name, oldBits: before?.openBits, newBits: after?.openBits,
                oldLowerBound: before?.isLowerBound ?? false, newLowerBound: after?.isLowerBound ?? false,
                oldCoupling: old.pairs.first { $0.modules == pair }?.coupling, newCoupling: new.pairs.first { $0.modules == pair }?.coupling,
                opened: Self.difference(after?.decisions ?? [], minus: before?.decisions ?? []),
                closed: Self.difference(before?.decisions ?? [], minus: after?.decisions ?? []))
            let same = before != nil && after != nil && change.opened.isEmpty && change.closed.isEmpty
                && Self.equal(change.oldBits, change.newBits) && Self.equal(change.oldCoupling, change.newCoupling)
            if same { unchanged += 1 } else { changes.append(change) }
        }
        self.changes = changes
        self.unchanged = unchanged
    }

    /// Decisions of `lhs` not matched in `rhs`, by rule and subject, counting repeats.
    static func difference(_ lhs: [OpenDecision], minus rhs: [OpenDecision]) -> [DecisionChange] {
        var remaining: [String: Int] = [:]
        for decision in rhs { remaining["\(decision.id)\u{0}\(decision.subject)", default: 0] += 1 }
        var result: [DecisionChange] = []
        for decision in lhs {
            let key = "\(decision.id)\u{0}\(decision.subject)"
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                result.append(DecisionChange(rule: decision.id, subject: decision.subject, bits: decision.bits, isLowerBound: decision.isLowerBound))
            }
        }
        return result.sorted { ($0.rule, $0.subject) < ($1.rule, $1.subject) }
    }

    static func equal(_ lhs: Double?, _ rhs: Double?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case let (left?, right?): NumberText.rounded(left) == NumberText.rounded(right)
        default: false
        }
    }
}
