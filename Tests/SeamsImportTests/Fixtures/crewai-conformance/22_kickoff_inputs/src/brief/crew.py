from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task
from crewai_tools import SerperDevTool

from brief.tools import search_tools


@CrewBase
class Brief:
    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writer"], tools=[SerperDevTool(), search_tools.lookup] + search_tools.extra())

    @task
    def draft_brief(self) -> Task:
        return Task(config=self.tasks_config["draft_brief"])

    @task
    def tighten_brief(self) -> Task:
        return Task(config=self.tasks_config["tighten_brief"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)
