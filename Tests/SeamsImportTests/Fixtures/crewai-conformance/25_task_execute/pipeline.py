from crewai import Agent, Task

analyst = Agent(role="Analyst", goal="Analyse", backstory="Analyses.")
writer = Agent(role="Writer", goal="Write", backstory="Writes.")

extract = Task(description="Extract the figures from the filing.", expected_output="A table of figures.", agent=analyst)
assess = Task(description="Assess the figures.", expected_output="Three risks.", agent=analyst)
summary = Task(description="Summarise the risks for the board.", expected_output="One paragraph.", agent=writer)


def main():
    figures = extract.execute_sync()
    risks = assess.execute_sync(context=figures.raw)
    note = summary.execute_sync(agent=writer, context=f"{risks.raw}")
    print(note.raw)
