from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class WriterCrew:
    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writer"])

    @task
    def plan_post(self) -> Task:
        return Task(config=self.tasks_config["plan_post"])

    @task
    def write_post(self) -> Task:
        return Task(config=self.tasks_config["write_post"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
