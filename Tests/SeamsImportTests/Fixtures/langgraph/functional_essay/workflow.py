from typing import TypedDict

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.func import entrypoint, task
from langgraph.types import interrupt


class Essay(TypedDict):
    title: str
    body: str


@task
def write_essay(topic: str) -> Essay:
    return {"title": topic, "body": "An essay about " + topic}


@task
def grade(essay):
    return len(essay["body"]) > 100


@entrypoint(checkpointer=InMemorySaver())
def workflow(topic: str) -> dict:
    essay = write_essay(topic).result()
    passed = grade(essay).result()
    approved = interrupt({"essay": essay, "passed": passed, "action": "Approve this essay?"})
    return {"essay": essay, "approved": approved}
