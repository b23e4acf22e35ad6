from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class PostCrew:
    @agent
    def poster(self) -> Agent:
        return Agent(config=self.agents_config["poster"])

    @task
    def write_post(self) -> Task:
        return Task(config=self.tasks_config["write_post"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
