from pydantic import BaseModel

from agents import Agent, Runner


class Summary(BaseModel):
    title: str
    bullet_points: list[str]


def make_summarizer() -> Agent:
    return Agent(name="summarizer", instructions="Summarise the document.", output_type=Summary)


def make_reader(summarizer: Agent) -> Agent:
    return Agent(name="reader", instructions="Read the document, then hand it to the summarizer.", handoffs=[summarizer])


def main(document: str):
    summarizer = make_summarizer()
    reader = make_reader(summarizer)
    return Runner.run_sync(reader, document)
