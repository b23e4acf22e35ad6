from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class Managed:
    @agent
    def analyst(self) -> Agent:
        return Agent(config=self.agents_config["analyst"])

    @task
    def gather(self) -> Task:
        return Task(config=self.tasks_config["gather"])

    @task
    def analyse(self) -> Task:
        return Task(config=self.tasks_config["analyse"])

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.hierarchical,  # a manager delegates each task
            manager_llm="gpt-4o",
        )
