public import SeamsModel
import OrderedCollections

/// Separation of duties: a concern that judges another concern's output (review, QA, audit,
/// validation, red team, fraud check) must not sit in its author's module, or the author grades
/// its own work. The declared `role:` decides first (`review` is a reviewer, `work` never is);
/// unstated, a reviewer is recognised from its name or its first verb, or from what it writes (a
/// verdict: a field whose values hold pass and fail, approve and reject…; no effect), provided it
/// reads something another concern wrote. Human gates are approvals, not reviews: they are alone
/// anyway. The architect keeps reviewers apart; the analyzer never advises merging them back.
public enum ReviewDuty {
    /// Words that name a judging duty, matched as whole words of the id and the `does:` sentence's first word.
    static let verbs: Set<String> = ["review", "reviews", "reviewer", "audit", "audits", "validate", "validates", "validation",
                                     "verify", "verifies", "verification", "qa", "redteam", "fraud", "critique", "critiques",
                                     "inspect", "inspects", "inspection", "proofread", "proofreads"]
    /// A verdict field's values hold both sides of a judgement: one word of each set.
    static let positive: Set<String> = ["pass", "passed", "approve", "approved", "accept", "clear", "cleared", "ok"]
    static let negative: Set<String> = ["fail", "failed", "reject", "rejected", "request_changes", "request-changes",
                                        "changes_requested", "flagged", "blocked"]

    public static func isReviewer(_ concern: Concern, in document: Document) -> Bool {
        guard !concern.isHumanGate else { return false }
        if let declared = concern.role?.value { return declared == .review }
        guard judges(concern, in: document) else { return false }
        // Checked last: a scan of every concern's writes, needed only for the few that look like judges.
        return concern.reads.contains { read in
            document.concerns.values.contains { $0.id != concern.id && $0.writes.contains { $0.value == read.value } }
        }
    }

    /// Whether a concern looks like a judge, by its name, its first verb or a verdict it writes.
    static func judges(_ concern: Concern, in document: Document) -> Bool {
        let idWords = words(concern.id)
        if idWords.contains(where: verbs.contains) { return true }
        if zip(idWords, idWords.dropFirst()).contains(where: { $0 == "red" && $1 == "team" }) { return true }
        if let first = concern.does.map({ words($0.value) })?.first, verbs.contains(first) { return true }
        // A verdict written by a concern that acts on the world is a status report, not a review.
        guard concern.resolvedEffect == .none else { return false }
        return concern.writes.contains { write in
            (document.artifacts[write.value]?.fields ?? []).contains { field in
                let values = Set((field.values ?? []).map { $0.lowercased() })
                return !values.isDisjoint(with: positive) && !values.isDisjoint(with: negative)
            }
        }
    }

    /// Each reviewer with the concerns that wrote what it reads (its authors), in document order;
    /// gates are never authors, and a `together` group the spec declares overrides the duty.
    public static func authorsByReviewer(in document: Document) -> [(reviewer: String, authors: [String])] {
        var writersOf: [String: [String]] = [:]
        for concern in document.concerns.values {
            for write in concern.writes { writersOf[write.value, default: []].append(concern.id) }
        }
        var groupOf: [String: Int] = [:]
        for (index, group) in document.constraints.together.enumerated() { for member in group { groupOf[member.value] = index } }
        var result: [(reviewer: String, authors: [String])] = []
        for concern in document.concerns.values where isReviewer(concern, in: document) {
            var authors = Set<String>()
            for read in concern.reads { authors.formUnion(writersOf[read.value] ?? []) }
            let kept = document.concerns.keys.filter { id in
                guard authors.contains(id), id != concern.id, document.concerns[id]?.isHumanGate == false else { return false }
                guard let group = groupOf[id] else { return true }
                return groupOf[concern.id] != group
            }
            result.append((concern.id, Array(kept)))
        }
        return result
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
