from typing import Optional

from crewai.flow.flow import Flow, listen, router, start
from pydantic import BaseModel

from loop.crews.post_crew.post_crew import PostCrew
from loop.crews.review_crew.review_crew import ReviewCrew


class PostState(BaseModel):
    post: str = ""
    feedback: Optional[str] = None
    valid: bool = False
    retry_count: int = 0


class PostFlow(Flow[PostState]):
    @start("retry")
    def generate_post(self):
        result = PostCrew().crew().kickoff(inputs={"topic": "flying cars", "feedback": self.state.feedback})
        self.state.post = result.raw

    @router(generate_post)
    def evaluate_post(self):
        if self.state.retry_count > 3:
            return "max_retry_exceeded"
        result = ReviewCrew().crew().kickoff(inputs={"post": self.state.post})
        self.state.valid = result["valid"]
        self.state.feedback = result["feedback"]
        self.state.retry_count += 1
        if self.state.valid:
            return "complete"
        return "retry"

    @listen("complete")
    def save_result(self):
        with open("post.txt", "w") as file:
            file.write(self.state.post)

    @listen("max_retry_exceeded")
    def max_retry_exit(self):
        print("Gave up:", self.state.feedback)


def kickoff():
    PostFlow().kickoff()
