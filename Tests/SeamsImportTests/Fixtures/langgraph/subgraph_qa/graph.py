from dataclasses import dataclass, field
from typing import TypedDict

from langgraph.graph import END, START, StateGraph


class Question(TypedDict):
    question: str


class Answer(TypedDict):
    answer: str
    sources: list[str]


@dataclass
class QAState:
    question: str
    context: list[str] = field(default_factory=list)
    answer: str = ""
    sources: list[str] = field(default_factory=list)


def retrieve(state: QAState):
    return {"context": ["notes about " + state.question], "sources": ["kb://faq/1"]}


def rerank(state: QAState):
    return {"context": sorted(state.context)}


retrieval = StateGraph(QAState)
retrieval.add_sequence([retrieve, rerank])
retrieval.add_edge(START, "retrieve")
retriever = retrieval.compile()


def generate(state: QAState):
    return {"answer": state.question + ": " + state.context[0]}


builder = StateGraph(QAState, input_schema=Question, output_schema=Answer)
builder.add_node("retrieval", retriever)
builder.add_node("generate", generate)
builder.add_edge(START, "retrieval")
builder.add_edge("retrieval", "generate")
builder.add_edge("generate", END)
graph = builder.compile()
