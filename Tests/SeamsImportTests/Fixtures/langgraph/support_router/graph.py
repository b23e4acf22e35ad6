import operator
from typing import Annotated, Literal

from pydantic import BaseModel
from langgraph.graph import END, START, StateGraph


class Ticket(BaseModel):
    ticket_id: str
    body: str
    category: Literal["billing", "technical"] | None = None
    notes: Annotated[list[str], operator.add] = []
    reply: str = ""


def classify(state: Ticket):
    if "invoice" in state.body: return {"category": "billing", "notes": ["keyword: invoice"]}
    return {"category": "technical"}


def route(state: Ticket) -> Literal["billing", "technical"]:
    return "billing" if state.category == "billing" else "technical"


def billing(state: Ticket):
    return {"reply": f"Billing looks at {state.ticket_id}", "notes": ["billing"]}


def technical(state: Ticket):
    return {"reply": "Technical: " + state.body, "notes": ["technical"]}


builder = StateGraph(Ticket)
builder.add_node("classify", classify)
builder.add_node("billing", billing)
builder.add_node("technical", technical)
builder.add_edge(START, "classify")
builder.add_conditional_edges("classify", route)
builder.add_edge("billing", END)
builder.add_edge("technical", END)
graph = builder.compile()
