from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class Digest:
    @agent
    def searcher(self) -> Agent:
        return Agent(config=self.agents_config["searcher"])

    @task
    def search_news(self) -> Task:
        return Task(config=self.tasks_config["search_news"])

    @task
    def search_papers(self) -> Task:
        return Task(config=self.tasks_config["search_papers"])

    @task
    def summarise(self) -> Task:
        return Task(config=self.tasks_config["summarise"])

    @task
    def publish(self) -> Task:
        return Task(config=self.tasks_config["publish"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
