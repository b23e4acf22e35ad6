from typing import Literal

from pydantic import BaseModel

from agents import Agent, Runner


class Draft(BaseModel):
    body: str
    tone: Literal["formal", "casual"]


writer = Agent(name="writer", instructions="Write the requested text.", output_type=Draft)
formal_writer = writer.clone(name="formal_writer", instructions="Write the requested text formally.")

router = Agent(
    name="router",
    instructions="Pick the writer whose tone fits the request.",
    handoffs=[formal_writer, Agent(name="casual_writer", instructions="Write casually and briefly.")],
)

Runner.run_sync(router, "A note to thank the team")
