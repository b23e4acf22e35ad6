from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class Quarterly:
    @agent
    def analyst(self) -> Agent:
        return Agent(config=self.agents_config["analyst"])

    @task
    def collect(self) -> Task:
        return Task(config=self.tasks_config["collect"])

    @task
    def analyse(self) -> Task:
        return Task(config=self.tasks_config["analyse"])

    @task
    def report(self) -> Task:
        return Task(config=self.tasks_config["report"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
