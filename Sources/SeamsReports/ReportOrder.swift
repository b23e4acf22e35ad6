import SeamsAnalyzer

/// Worst-first orders the reports share, with ties broken by name so output never changes.
enum ReportOrder {
    /// Share-context, then harden-then-isolate, then isolate; within each, most coupled first.
    static func pairs(_ pairs: [PairScore]) -> [PairScore] {
        let rank: [Isolation: Int] = [.shareContext: 0, .hardenThenIsolate: 1, .isolate: 2]
        return pairs.sorted {
            (rank[$0.isolation] ?? 3, -$0.coupling, $0.modules.joined(separator: "\u{0}"))
                < (rank[$1.isolation] ?? 3, -$1.coupling, $1.modules.joined(separator: "\u{0}"))
        }
    }

    /// Split, then merge, then keep; within each, least complete brief first.
    static func modules(_ modules: [ModuleScore]) -> [ModuleScore] {
        let rank: [ModuleAdvice: Int] = [.split: 0, .merge: 1, .keep: 2]
        return modules.sorted { (rank[$0.advice] ?? 3, $0.brief.fraction, $0.id) < (rank[$1.advice] ?? 3, $1.brief.fraction, $1.id) }
    }

    /// Most bits first, then by location and id.
    static func decision(_ lhs: OpenDecision, _ rhs: OpenDecision) -> Bool {
        (rhs.bits, lhs.location, lhs.id, lhs.subject) < (lhs.bits, rhs.location, rhs.id, rhs.subject)
    }
}
