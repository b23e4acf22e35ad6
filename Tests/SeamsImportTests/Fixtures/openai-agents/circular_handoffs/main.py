from pydantic import BaseModel

from agents import Agent, Runner, handoff


class CaseNote(BaseModel):
    case_id: str
    summary: str


intake = Agent(name="intake", instructions="Collect the case and route it.")
legal = Agent(name="legal", instructions="Answer legal questions; send anything else back to intake.")
finance = Agent(name="finance", instructions="Answer finance questions; send anything else back to intake.")

intake.handoffs = [legal, handoff(finance, input_type=CaseNote)]
legal.handoffs = [intake]
finance.handoffs = [intake]

Runner.run_sync(intake, "Can we expense the settlement?")
