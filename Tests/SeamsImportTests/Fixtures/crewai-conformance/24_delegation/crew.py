from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class Weekly:
    @agent
    def lead(self) -> Agent:
        return Agent(config=self.agents_config["lead"])

    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writer"], allow_delegation=False)

    @task
    def plan_issue(self) -> Task:
        return Task(config=self.tasks_config["plan_issue"])

    @task
    def write_article(self) -> Task:
        return Task(config=self.tasks_config["write_article"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)
