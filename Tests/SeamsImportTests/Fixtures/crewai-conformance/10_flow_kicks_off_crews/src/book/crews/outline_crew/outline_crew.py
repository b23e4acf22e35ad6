from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task

from book.types import BookOutline


@CrewBase
class OutlineCrew:
    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"])

    @agent
    def outliner(self) -> Agent:
        return Agent(config=self.agents_config["outliner"])

    @task
    def research_topic(self) -> Task:
        return Task(config=self.tasks_config["research_topic"])

    @task
    def generate_outline(self) -> Task:
        return Task(config=self.tasks_config["generate_outline"], output_pydantic=BookOutline)

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
