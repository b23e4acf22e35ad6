from typing import TypedDict

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import interrupt

from .payments import execute_payment


class Payment(TypedDict):
    payee: str
    amount_cents: int
    approved: bool
    receipt_id: str


def prepare(state: Payment):
    return {"amount_cents": round(state["amount_cents"])}


def approve(state: Payment):
    decision = interrupt({"question": "Pay?", "payee": state["payee"], "amount_cents": state["amount_cents"]})
    return {"approved": decision == "yes"}


def pay(state: Payment):
    return execute_payment(state)


builder = StateGraph(Payment)
builder.add_node("prepare", prepare)
builder.add_node("approve", approve)
builder.add_node("pay", pay)
builder.add_edge(START, "prepare")
builder.add_edge("prepare", "approve")
builder.add_edge("approve", "pay")
builder.add_edge("pay", END)
graph = builder.compile(checkpointer=InMemorySaver())
