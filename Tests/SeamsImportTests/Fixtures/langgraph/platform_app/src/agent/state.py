from dataclasses import dataclass, field
from typing import Annotated, Literal, TypedDict

from langgraph.graph.message import add_messages


class Lead(TypedDict):
    company: str
    score: float
    tier: Literal["hot", "warm", "cold"]


@dataclass
class SalesState:
    messages: Annotated[list, add_messages] = field(default_factory=list)
    lead: Lead | None = None
    email: str = ""


@dataclass
class SalesConfig:
    region: str = "emea"
