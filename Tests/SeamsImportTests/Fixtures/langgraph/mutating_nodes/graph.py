from typing import Literal, TypedDict

from langgraph.graph import END, START, StateGraph


class Order(TypedDict):
    items: list[str]
    total: float
    status: Literal["new", "priced", "paid"]
    attempts: int


def price(state: Order):
    state["total"] = len(state["items"]) * 2.5
    state["status"] = "priced"
    state["attempts"] += 1
    return state


def charge(state: Order):
    if state["status"] != "priced":
        return {}
    print("charging", state["total"])
    return {"status": "paid"}


builder = StateGraph(Order)
builder.add_node("price", price)
builder.add_node("charge", charge)
builder.add_edge(START, "price")
builder.add_edge("price", "charge")
builder.add_edge("charge", END)
graph = builder.compile()
