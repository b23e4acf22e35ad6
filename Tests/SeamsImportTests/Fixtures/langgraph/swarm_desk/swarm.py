from langgraph.checkpoint.memory import InMemorySaver
from langgraph.prebuilt import create_react_agent
from langgraph_swarm import create_handoff_tool, create_swarm


def book_flight(origin: str, destination: str) -> str:
    return "booked " + origin + "-" + destination


def book_hotel(city: str) -> str:
    return "hotel in " + city


flights = create_react_agent(
    "openai:gpt-4o",
    [book_flight, create_handoff_tool(agent_name="hotels", description="Transfer to the hotel desk")],
    prompt="You book flights.",
    name="flights",
)
hotels = create_react_agent(
    "openai:gpt-4o",
    [book_hotel, create_handoff_tool(agent_name="flights", description="Transfer to the flight desk")],
    prompt="You book hotels.",
    name="hotels",
)

app = create_swarm([flights, hotels], default_active_agent="flights").compile(checkpointer=InMemorySaver())
