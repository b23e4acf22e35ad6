from agents import Agent

researcher = Agent(
    name="researcher",
    instructions="Collect three sources for the question.",
    output_type=list[str],
)

planner = Agent(
    name="planner",
    instructions="Plan the research and hand off to the researcher.",
    handoffs=[researcher],
)
