from crewai import Agent, Crew, Process, Task
from crewai_tools import SerperDevTool
from pydantic import BaseModel, Field


class Verdict(BaseModel):
    claim: str
    verdict: str = Field(description="true, false or unclear")
    confidence: float = Field(ge=0, le=1)


checker = Agent(role="Fact checker", goal="Check claims", backstory="Checks.", tools=[SerperDevTool()])
writer = Agent(role="Writer", goal="Write", backstory="Writes.")

extract = Task(description="Extract the claims from {article}.", expected_output="A numbered list of claims.", agent=checker)
check = Task(
    description="Check each claim.",
    expected_output="A verdict per claim.",
    agent=checker,
    context=[extract],
    output_pydantic=Verdict,
)
summarise = Task(description="Summarise the verdicts.", expected_output="A paragraph.", agent=writer, context=[check])
unused = Task(description="Not in the crew.", expected_output="Nothing.", agent=writer)

crew = Crew(agents=[checker, writer], tasks=[extract, check, summarise], process=Process.sequential)

if __name__ == "__main__":
    print(crew.kickoff(inputs={"article": "..."}))
