"""A LangGraph Platform app: langgraph.json names the graph; the builder lives in a function."""
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, StateGraph

from src.agent.state import SalesConfig, SalesState


async def qualify(state: SalesState, config: RunnableConfig):
    return {"lead": {"company": state["messages"][-1].content, "score": 0.7, "tier": "warm"}}


def choose_path(state: SalesState):
    if state["lead"]["tier"] == "cold":
        return END
    return "draft_email"


def draft_email(state: SalesState):
    lead = state["lead"]
    return {"email": "Hello " + lead["company"], "messages": [("ai", "drafted")]}


def make_graph():
    workflow = StateGraph(SalesState, config_schema=SalesConfig)
    workflow.add_node("qualify", qualify)
    workflow.add_node("draft_email", draft_email)
    workflow.add_edge("__start__", "qualify")
    workflow.add_conditional_edges("qualify", choose_path, {"draft_email": "draft_email", END: END})
    workflow.add_edge("draft_email", END)
    return workflow.compile()


graph = make_graph()
