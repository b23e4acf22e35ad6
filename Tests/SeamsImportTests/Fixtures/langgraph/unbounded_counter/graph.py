import operator
from typing import Annotated, TypedDict

from langgraph.graph import START, StateGraph


class CounterState(TypedDict):
    count: int
    log: Annotated[list[str], operator.add]


def increment(state: CounterState):
    return {"count": state["count"] + 1, "log": ["increment"]}


def report(state: CounterState):
    return {"log": [str(state["count"])]}


builder = StateGraph(CounterState)
builder.add_node("increment", increment)
builder.add_node("report", report)
builder.add_edge(START, "increment")
builder.add_edge("increment", "report")
builder.add_edge("report", "increment")
graph = builder.compile()
