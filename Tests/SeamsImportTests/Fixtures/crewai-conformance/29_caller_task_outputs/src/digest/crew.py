from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task

from digest.models import Summary


@CrewBase
class DigestCrew:
    @agent
    def editor(self) -> Agent:
        return Agent(config=self.agents_config["editor"])

    @task
    def gather(self) -> Task:
        return Task(config=self.tasks_config["gather"])

    @task
    def summarise(self) -> Task:
        return Task(config=self.tasks_config["summarise"], output_json=Summary)

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
