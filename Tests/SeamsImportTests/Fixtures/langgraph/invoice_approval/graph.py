from typing import TypedDict

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from reviewkit import HumanReviewNode


class InvoiceState(TypedDict):
    raw_text: str
    invoice: dict
    review: dict | None


def extract(state: InvoiceState):
    return {"invoice": {"vendor": state["raw_text"].split()[0], "total": 120.0}}


def archive(state: InvoiceState):
    corrected = state.get("review", {}).get("invoice", state["invoice"])
    return {}


builder = StateGraph(InvoiceState)
builder.add_node("extract", extract)
builder.add_node("review", HumanReviewNode(prompt="Check the extracted invoice."))
builder.add_node("archive", archive)
builder.add_edge(START, "extract")
builder.add_edge("extract", "review")
builder.add_edge("review", "archive")
builder.add_edge("archive", END)
graph = builder.compile(checkpointer=InMemorySaver(), interrupt_before=["review"])
