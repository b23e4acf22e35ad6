from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class Names:
    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["research_agent"])

    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writing_agent"])

    @task
    def research(self) -> Task:
        return Task(config=self.tasks_config["research_task"])

    @task
    def outline(self) -> Task:
        return Task(config=self.tasks_config["outline_task"], context=[])

    @task
    def write(self) -> Task:
        return Task(config=self.tasks_config["write_task"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
