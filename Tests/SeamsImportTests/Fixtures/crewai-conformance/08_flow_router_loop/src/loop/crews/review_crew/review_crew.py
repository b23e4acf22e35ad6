from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task
from pydantic import BaseModel


class Review(BaseModel):
    valid: bool
    feedback: str | None = None


@CrewBase
class ReviewCrew:
    @agent
    def reviewer(self) -> Agent:
        return Agent(config=self.agents_config["reviewer"])

    @task
    def review_post(self) -> Task:
        return Task(config=self.tasks_config["review_post"], output_pydantic=Review)

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
