from typing import TypedDict

from langgraph.graph import END, START, StateGraph


class ResearchState(TypedDict):
    question: str
    queries: list[str]
    findings: list[str]
    report: str


def plan_queries(state: ResearchState):
    return {"queries": [state["question"] + " overview", state["question"] + " history"]}


def search(state: ResearchState):
    results = [query.upper() for query in state["queries"]]
    return {"findings": results}


def write_report(state: ResearchState):
    return {"report": "\n".join(state["findings"]) + state.get("question", "")}


builder = StateGraph(ResearchState)
builder.add_node("plan", plan_queries)
builder.add_node("search", search)
builder.add_node("write", write_report)
builder.add_edge(START, "plan")
builder.add_edge("plan", "search")
builder.add_edge("search", "write")
builder.add_edge("write", END)
graph = builder.compile()
