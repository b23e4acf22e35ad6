/// The document `seams init` writes: small, valid, and showing each part of the format with
/// one deliberate gap, so the first `seams score` has something to explain.
public enum StarterDocument {
    public static let text = """
    # A starter decomposition. Score it with `seams score seams.yaml`, then close what it finds.
    seams: 1
    name: my-task
    goal: Describe the whole task in one sentence.
    budget: { attention: 4 }
    defaults: { required: true }
    inputs:                               # from outside the task: no concern writes them
      request:
        about: What the user asked for.
        fields:
          text: { type: string }
          received_at: { type: string, format: date-time }
    artifacts:
      draft:
        fields:
          body: { type: string }
          status: { type: string }          # open: which values? `seams explain` says how to close it
    concerns:
      write-draft: { does: Write a first draft., reads: [request], writes: [draft] }
      review-draft: { does: Approve or reject the draft., reads: [draft], writes: [verdict], gate: human }
    modules:
      writer:
        concerns: [write-draft]
        objective: Turn the request into a draft.
        output: draft
        tools: []
        boundaries: Never publish anything.
      reviewer:
        concerns: [review-draft]
        objective: Decide whether the draft can go out.
    interfaces:
      - from: writer
        to: reviewer
        carries: [draft]
        on-error: escalate
        done: schema-valid

    """
}
