import operator
from typing import Annotated, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send


class Overall(TypedDict):
    topic: str
    subjects: list[str]
    jokes: Annotated[list[str], operator.add]
    best: str


class JokeInput(TypedDict):
    subject: str


def pick_subjects(state: Overall):
    return {"subjects": [state["topic"] + " cats", state["topic"] + " dogs"]}


def fan_out(state: Overall):
    return [Send("tell_joke", {"subject": s}) for s in state["subjects"]]


def tell_joke(state: JokeInput):
    return {"jokes": ["Why did the " + state["subject"] + " cross the road?"]}


def choose(state: Overall):
    return {"best": max(state["jokes"], key=len)}


builder = StateGraph(Overall)
builder.add_node("pick_subjects", pick_subjects)
builder.add_node("tell_joke", tell_joke)
builder.add_node("choose", choose)
builder.add_edge(START, "pick_subjects")
builder.add_conditional_edges("pick_subjects", fan_out, ["tell_joke"])
builder.add_edge("tell_joke", "choose")
builder.add_edge("choose", END)
graph = builder.compile()
