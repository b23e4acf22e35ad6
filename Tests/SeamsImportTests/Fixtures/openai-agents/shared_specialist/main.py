from dataclasses import dataclass

from agents import Agent, Runner


@dataclass
class Citation:
    url: str
    quote: str


@dataclass
class Answer:
    text: str
    citations: list[Citation]


fact_checker = Agent(name="fact_checker", instructions="Check one claim and cite a source.", output_type=Answer)

writer = Agent(
    name="writer",
    instructions="Write the answer; check each claim with the fact checker tool.",
    tools=[fact_checker.as_tool(tool_name="check_claim", tool_description="Check one claim")],
)

desk = Agent(
    name="desk",
    instructions="Decide who answers: the writer, or the fact checker for a single claim.",
    handoffs=[writer, fact_checker],
)

Runner.run_sync(desk, "Is the Eiffel Tower taller than 300 m?")
