from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Literal

from agents import Agent, Runner


@dataclass
class Verdict:
    feedback: str
    grade: Literal["accept", "revise", "reject"]


drafter = Agent(name="drafter", instructions="Draft a short product announcement; use any feedback given.")

judge = Agent[None](
    name="judge",
    instructions="Judge the draft; give feedback unless it is ready.",
    output_type=Verdict,
)


async def main() -> None:
    items = [{"content": "Announce the new sync feature", "role": "user"}]
    while True:
        draft = await Runner.run(drafter, items)
        items = draft.to_input_list()
        verdict = await Runner.run(judge, items)
        result: Verdict = verdict.final_output
        if result.grade == "accept":
            break
        items.append({"content": f"Feedback: {result.feedback}", "role": "user"})


asyncio.run(main())
