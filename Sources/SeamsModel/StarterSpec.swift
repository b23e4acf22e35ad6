/// The spec `seams init --spec` writes: work and information only, no modules, so that
/// `seams plan` chooses the cut. It shows the vocabulary a spec author needs (inputs, load,
/// actors, effects, gates, review roles, constraints) and leaves one decision open on purpose.
public enum StarterSpec {
    public static let text = """
    # A starter spec: the work (concerns) and the information (artifacts), no modules yet.
    # `seams check seams.yaml` gates it, `seams plan seams.yaml` cuts it into modules.
    seams: 1
    name: my-task
    goal: Resolve a customer's refund request, with an approval before any money moves.
    budget: { attention: 4 }               # the most load one module (one agent) may carry
    defaults: { required: true }
    inputs:                                # from outside the task: no concern writes them
      request:
        about: The customer's message.
        fields:
          order_id: { type: string, format: uuid }
          text: { type: string }
          received_at: { type: string, format: date-time }
    artifacts:
      findings:
        fields:
          summary: { type: string }
          sources: { type: array, items: { type: string, format: uri }, ordering: unordered }
          confidence: { type: number }     # open: on which scale? `seams explain` says how to close it
      proposal:
        fields:
          action: { type: string, values: [refund, replace, decline] }
          amount: { type: integer, unit: minor units of EUR }
      policy_check:
        fields:
          verdict: { type: string, values: [pass, fail] }
          reasons: { type: array, items: { type: string }, ordering: unordered }
      call_notes:
        fields:
          confirmed: { type: boolean }
          notes: { type: string }
      approval:
        fields:
          decision: { type: string, values: [approved, rejected] }
          approver: { type: string, format: email }
      receipt:
        fields:
          receipt_id: { type: string, format: uuid }
          paid_at: { type: string, format: date-time }
      reply:
        fields:
          body: { type: string, format: markdown }
          sent_at: { type: string, format: date-time }
    concerns:
      research:
        does: Look the order up and summarise what went wrong.
        reads: [request]
        writes: [findings]
        tools: [orders_api]
        effect: read-only                  # reads production systems, changes nothing
      propose:
        does: Propose an action and an amount under the refund policy.
        reads: [request, findings]
        writes: [proposal]
        load: 2                            # a long policy to hold in focus: twice a usual concern
      check-policy:
        does: Check the proposal against the refund policy before anyone acts on it.
        reads: [proposal]
        writes: [policy_check]
        role: review                       # judges propose's work: never in the module of its author
      confirm:
        does: Phone the customer to confirm the order and the proposal.
        reads: [request, proposal]
        writes: [call_notes]
        actor: human                       # a person does this work; it approves nothing
      approve:
        does: A team lead approves or rejects the proposal.
        reads: [proposal, policy_check, call_notes]
        writes: [approval]
        gate: human                        # a person's approval
      pay:
        does: Pay the approved amount back through the payment provider.
        reads: [proposal, approval]
        writes: [receipt]
        tools: [payments_api]
        effect: irreversible               # money cannot be taken back
      answer:
        does: E-mail the customer the outcome.
        reads: [request, approval, receipt]
        writes: [reply]
        tools: [email]
        effect: external                   # contacts the customer
    constraints:
      together: [[research, propose]]      # the proposal needs the research's detail in one context
      apart: [[pay, answer]]               # payment and e-mail tools stay with different agents

    """
}
