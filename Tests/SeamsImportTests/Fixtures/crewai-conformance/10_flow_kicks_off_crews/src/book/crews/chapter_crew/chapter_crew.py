from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task

from book.types import Chapter


@CrewBase
class ChapterCrew:
    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writer"])

    @task
    def write_chapter(self) -> Task:
        return Task(config=self.tasks_config["write_chapter"], output_pydantic=Chapter)

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
