import asyncio

from agents import Agent, Runner

german = Agent(name="german_translator", instructions="Translate the message into German.")
dutch = Agent(name="dutch_translator", instructions="Translate the message into Dutch.")

coordinator = Agent(
    name="coordinator",
    instructions="Use your tools to produce every translation the user asks for; never translate yourself.",
    tools=[
        german.as_tool(tool_name="to_german", tool_description="Translate into German"),
        dutch.as_tool(tool_name="to_dutch", tool_description="Translate into Dutch"),
    ],
)

editor = Agent(name="editor", instructions="Check the translations and merge them into one reply.")


async def main():
    first = await Runner.run(coordinator, "Translate 'good morning' to German and Dutch")
    final = await Runner.run(editor, first.to_input_list())
    print(final.final_output)


asyncio.run(main())
