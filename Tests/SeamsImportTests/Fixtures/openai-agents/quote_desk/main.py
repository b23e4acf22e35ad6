import asyncio

from agents import Runner

from desk.agents_def import intake


async def main():
    result = await Runner.run(starting_agent=intake, input="200 units of SKU-7")
    print(result.final_output)


asyncio.run(main())
