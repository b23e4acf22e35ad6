from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class ResearchCrew:
    agents_config = "config/research_agents.yaml"
    tasks_config = "config/research_tasks.yaml"

    @agent
    def scout(self) -> Agent:
        return Agent(config=self.agents_config["scout"])

    @task
    def find_sources(self) -> Task:
        return Task(config=self.tasks_config["find_sources"])

    @task
    def rank_sources(self) -> Task:
        return Task(config=self.tasks_config["rank_sources"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)


@CrewBase
class WritingCrew:
    agents_config = "config/writing_agents.yaml"
    tasks_config = "config/writing_tasks.yaml"

    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writer"])

    @task
    def write_summary(self) -> Task:
        return Task(config=self.tasks_config["write_summary"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
