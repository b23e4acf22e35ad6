from pydantic import BaseModel, Field

from agents import (
    Agent,
    GuardrailFunctionOutput,
    RunContextWrapper,
    Runner,
    input_guardrail,
    output_guardrail,
)


class ReplyOutput(BaseModel):
    reasoning: str = Field(description="How the reply was reached")
    reply: str
    customer_name: str | None = None


class OffTopicCheck(BaseModel):
    off_topic: bool
    explanation: str


screen = Agent(name="screen", instructions="Decide whether the message is about our product.", output_type=OffTopicCheck)


@input_guardrail
async def stay_on_topic(ctx: RunContextWrapper, agent: Agent, message: str) -> GuardrailFunctionOutput:
    verdict = await Runner.run(screen, message, context=ctx.context)
    return GuardrailFunctionOutput(output_info=verdict.final_output, tripwire_triggered=verdict.final_output.off_topic)


@output_guardrail
async def no_card_numbers(ctx: RunContextWrapper, agent: Agent, output: ReplyOutput) -> GuardrailFunctionOutput:
    return GuardrailFunctionOutput(output_info=None, tripwire_triggered="4111" in output.reply)


assistant = Agent(
    name="assistant",
    instructions="Answer product questions.",
    output_type=ReplyOutput,
    input_guardrails=[stay_on_topic],
    output_guardrails=[no_card_numbers],
)

result = Runner.run_sync(assistant, "How do I reset my router?")
