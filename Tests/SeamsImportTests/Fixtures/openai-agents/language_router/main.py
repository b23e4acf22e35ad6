import asyncio

from agents import Agent, Runner, TResponseInputItem

portuguese_agent = Agent(name="portuguese_agent", instructions="You only speak Portuguese.")
german_agent = Agent(name="german_agent", instructions="You only speak German.")
english_agent = Agent(name="english_agent", instructions="You only speak English.")

triage_agent = Agent(
    name="triage_agent",
    instructions="Hand off to the agent that speaks the user's language.",
    handoffs=[portuguese_agent, german_agent, english_agent],
)


async def main():
    inputs: list[TResponseInputItem] = [{"content": "Olá!", "role": "user"}]
    agent = triage_agent
    while True:
        result = Runner.run_streamed(triage_agent, input=inputs)
        async for event in result.stream_events():
            pass
        inputs = result.to_input_list()
        agent = result.current_agent


asyncio.run(main())
