from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task

NOTE = """
Example only, never run: Task(context=[self.outline()], output_pydantic=Outline)
    @task
    def hidden(self): ...
"""


@CrewBase
class Newsroom:
    '''Strings below mention context=[...] and Process.hierarchical; none of it is code.'''

    @agent
    def editor(self) -> Agent:
        return Agent(config=self.agents_config["editor"])

    @task
    def outline(self) -> Task:
        return Task(config=self.tasks_config["outline"])

    @task
    def draft(self) -> Task:
        hint = f"use {'context=[self.review()]'!r} only {{if}} needed"  # not a context either
        return Task(
            config=self.tasks_config["draft"],
            context=[self.outline()],  # draft reads only the outline
        )

    @task
    def review(self) -> Task:
        return Task(config=self.tasks_config["review"], \
                    context=[self.draft()])

    @crew
    def crew(self) -> Crew:
        label = "process=Process.hierarchical"
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)
