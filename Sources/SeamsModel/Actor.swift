/// Who does a concern's work. `human` is a person doing the work itself (a call, a site visit, an
/// analyst's write-up): it makes people wait like a gate does, but it approves nothing, so it
/// neither closes `flow.gate` nor is kept apart as an approval. `gate: human` stays the way to
/// say "a person approves this".
public enum Actor: String, Sendable, Hashable, CaseIterable {
    case agent, human
}
