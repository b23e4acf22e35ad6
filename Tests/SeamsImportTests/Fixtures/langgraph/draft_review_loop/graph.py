from typing import Literal

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.types import Command


class DraftState(MessagesState):
    draft: str
    revision: int


def write(state: DraftState):
    return {
        "draft": f"Draft {state['revision']}: {state['messages'][-1].content}",
        "revision": state["revision"] + 1,
    }


def review(state: DraftState) -> Command[Literal["write", "__end__"]]:
    if state["revision"] >= 3 or "LGTM" in state["draft"]:
        return Command(goto=END, update={"messages": [("ai", state["draft"])]})
    return Command(goto="write", update={"messages": [("human", "Tighten the draft.")]})


builder = StateGraph(DraftState)
builder.add_node("write", write)
builder.add_node("review", review)
builder.add_edge(START, "write")
builder.add_edge("write", "review")
graph = builder.compile(checkpointer=InMemorySaver(), interrupt_before=["review"])
