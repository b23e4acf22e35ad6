from typing import Literal

from crewai.flow.flow import Flow, and_, listen, or_, router, start
from pydantic import BaseModel


class TriageState(BaseModel):
    ticket: str = ""
    category: Literal["bug", "billing", "other"] = "other"
    answer: str = ""
    approved: bool = False


class SupportFlow(Flow[TriageState]):
    @start()
    def receive(self):
        self.state.ticket = "The export button raises an error"

    @start()
    def load_history(self):
        return ["earlier ticket"]

    @listen(and_(receive, load_history))
    def classify(self):
        self.state.category = "bug" if "error" in self.state.ticket else "other"

    @router(classify)
    def route(self):
        if self.state.category == "bug":
            return "engineering"
        return "support"

    @listen("engineering")
    def file_bug(self):
        self.state.answer = f"Filed as a bug: {self.state.ticket!r:>10}"

    @listen("support")
    def reply(self):
        self.state.answer = "Thanks, we will get back to you."

    @listen(or_(file_bug, reply))
    def approve(self):
        decision = input(f"Send '{self.state.answer}'? [y/n] ")
        self.state.approved = decision.strip() == "y"
