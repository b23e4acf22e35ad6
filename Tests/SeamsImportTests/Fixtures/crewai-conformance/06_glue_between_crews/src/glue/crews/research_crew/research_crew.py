from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class ResearchCrew:
    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"])

    @task
    def gather(self) -> Task:
        return Task(config=self.tasks_config["gather"])

    @task
    def condense(self) -> Task:
        return Task(config=self.tasks_config["condense"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
