from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class News:
    @agent
    def searcher(self) -> Agent:
        return Agent(config=self.agents_config["searcher"])

    @task
    def frame_question(self) -> Task:
        return Task(config=self.tasks_config["frame_question"])

    @task
    def search_news(self) -> Task:
        return Task(config=self.tasks_config["search_news"])

    @task
    def search_papers(self) -> Task:
        return Task(config=self.tasks_config["search_papers"])

    @task
    def publish(self) -> Task:
        return Task(config=self.tasks_config["publish"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
