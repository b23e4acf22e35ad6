from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task

from support_crew.models import ReplyDraft


@CrewBase
class SupportCrew:
    """Answers one support ticket."""

    @agent
    def triager(self) -> Agent:
        return Agent(config=self.agents_config['triager'])

    @agent
    def account_researcher(self) -> Agent:
        return Agent(config=self.agents_config['account_researcher'], tools=[BillingLookupTool()])

    @agent
    def reply_writer(self) -> Agent:
        return Agent(config=self.agents_config['reply_writer'])

    @task
    def triage_ticket(self) -> Task:
        return Task(config=self.tasks_config['triage_ticket'])

    @task
    def lookup_account(self) -> Task:
        return Task(
            config=self.tasks_config['lookup_account'],
            async_execution=True,
        )

    @task
    def draft_reply(self) -> Task:
        return Task(
            config=self.tasks_config['draft_reply'],
            context=[self.triage_ticket(), self.lookup_account()],
            output_pydantic=ReplyDraft,
            human_input=True,
        )

    @task
    def send_reply(self) -> Task:
        return Task(config=self.tasks_config['send_reply'])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)
