import asyncio

from pydantic import BaseModel

from agents import Agent, Runner, trace

outline_agent = Agent(name="outline_agent", instructions="Write a short outline for a story on the user's topic.")


class OutlineCheck(BaseModel):
    good_quality: bool
    is_mystery: bool


checker_agent = Agent(
    name="checker_agent",
    instructions="Say whether the outline is good and whether it is a mystery story.",
    output_type=OutlineCheck,
)

story_agent = Agent(name="story_agent", instructions="Write the story from the outline.", output_type=str)


async def main():
    with trace("story steps"):
        outline = await Runner.run(outline_agent, "a lighthouse keeper")
        check = await Runner.run(checker_agent, outline.final_output)
        if not check.final_output.good_quality or not check.final_output.is_mystery:
            return
        story = await Runner.run(story_agent, outline.final_output)
        print(story.final_output)


asyncio.run(main())
