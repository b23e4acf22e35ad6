/// What a concern's work is for, when the spec says so: `review` judges another concern's output
/// (review, QA, audit, validation, red team, fraud check) and must not sit with the author of what
/// it judges; `work` produces or acts and is never taken for a reviewer, whatever its name says.
/// Unstated, the architect recognises a reviewer from the spec's structure (`ReviewDuty`).
public enum ConcernRole: String, Sendable, Hashable, CaseIterable {
    case review, work
}
