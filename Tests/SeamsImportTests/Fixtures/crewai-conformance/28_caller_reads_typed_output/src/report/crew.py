from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task

from report.models import Report


@CrewBase
class ReportCrew:
    @agent
    def analyst(self) -> Agent:
        return Agent(config=self.agents_config["analyst"])

    @task
    def research(self) -> Task:
        return Task(config=self.tasks_config["research"])

    @task
    def write_report(self) -> Task:
        return Task(config=self.tasks_config["write_report"], output_pydantic=Report)

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
