import asyncio

from agents import Agent, Runner

billing = Agent(name="billing", instructions="Answer questions about invoices and charges.")
refunds = Agent(name="refunds", instructions="Process refund requests.")
triage = Agent(
    name="triage",
    instructions="Find out what the customer needs and hand off to the right agent.",
    handoffs=[billing, refunds],
)


async def main():
    result = await Runner.run(triage, "I was charged twice for my order")
    print(result.final_output)


if __name__ == "__main__":
    asyncio.run(main())
