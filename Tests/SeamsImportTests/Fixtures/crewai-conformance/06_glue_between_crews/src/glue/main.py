from glue.crews.research_crew.research_crew import ResearchCrew
from glue.crews.writer_crew.writer_crew import WriterCrew


def run():
    topic = "solar storage"
    research = ResearchCrew().crew().kickoff(inputs={"topic": topic})
    post = WriterCrew().crew().kickoff(inputs={"topic": topic, "facts": research.raw})
    print(post.raw)
