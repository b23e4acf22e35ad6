from typing import Literal, TypedDict

from langgraph.graph import END, START, StateGraph


class Order(TypedDict):
    items: list[str]
    total: float
    status: Literal["new", "priced", "paid"]
    attempts: int
    log: list[str]


def price(state: Order):
    print("pricing", state)
    state["total"] = len(state["items"]) * 2.5
    state["status"] = "priced"
    state["attempts"] += 1
    return state


def charge(state: Order):
    if state["status"] != "priced":
        return {}
    print("charging", state["total"])
    state["log"].append("charged")
    return {"status": "paid", "log": state["log"]}


builder = StateGraph(Order)
builder.add_node("price", price)
builder.add_node("charge", charge)
builder.add_edge(START, "price")
builder.add_edge("price", "charge")
builder.add_edge("charge", END)
graph = builder.compile()
