from typing import Literal

from pydantic import BaseModel, Field

from agents import Agent, RunContextWrapper, Runner, handoff


class EscalationData(BaseModel):
    reason: str = Field(description="Why the customer needs a human")
    severity: Literal["low", "high"]
    order_id: str


class Resolution(BaseModel):
    resolved: bool
    summary: str


async def on_escalation(ctx: RunContextWrapper[None], data: EscalationData):
    print("escalated", data.order_id)


escalation = Agent(name="escalation", instructions="Resolve escalated orders.", output_type=Resolution)

support = Agent(
    name="support",
    instructions="Help the customer; escalate when you cannot.",
    handoffs=[handoff(escalation, input_type=EscalationData, on_handoff=on_escalation)],
    output_type=Resolution,
)

result = Runner.run_sync(support, "My parcel never arrived")
