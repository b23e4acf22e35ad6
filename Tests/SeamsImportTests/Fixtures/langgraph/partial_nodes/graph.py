import functools
import operator
from typing import Annotated, Sequence, TypedDict

from langchain_core.messages import BaseMessage, HumanMessage
from langgraph.graph import END, START, StateGraph


class TeamState(TypedDict):
    messages: Annotated[Sequence[BaseMessage], operator.add]
    next: str


def agent_node(state, agent, name):
    result = agent.invoke(state)
    return {"messages": [HumanMessage(content=result["messages"][-1].content, name=name)]}


def pick_next(state: TeamState):
    return {"next": "coder" if "code" in state["messages"][-1].content else "FINISH"}


researcher_node = functools.partial(agent_node, agent="research_agent", name="researcher")
coder_node = functools.partial(agent_node, agent="code_agent", name="coder")

builder = StateGraph(TeamState)
builder.add_node("lead", pick_next)
builder.add_node("researcher", researcher_node)
builder.add_node("coder", coder_node)
builder.add_edge(START, "lead")
builder.add_edge("researcher", "lead")
builder.add_edge("coder", "lead")
builder.add_conditional_edges("lead", lambda state: state["next"], {"researcher": "researcher", "coder": "coder", "FINISH": END})
graph = builder.compile()
