from agents import Agent, function_tool, handoff

from .models import PriceOffer, QuoteRequest


@function_tool
def lookup_price(product_sku: str) -> float:
    return 9.5


discount_agent = Agent(name="discounts", instructions="Return the discount rate for a volume.", output_type=float)

pricing = Agent(
    name="pricing",
    instructions="Price the request.",
    tools=[lookup_price, discount_agent.as_tool(tool_name="volume_discount", tool_description="Discount for a volume")],
    output_type=PriceOffer,
)

intake = Agent(
    name="intake",
    instructions="Work out what the customer wants a quote for.",
    handoffs=[handoff(pricing, input_type=QuoteRequest)],
)
