import asyncio

from crewai.flow.flow import Flow, listen, start
from pydantic import BaseModel

from book.crews.chapter_crew.chapter_crew import ChapterCrew
from book.crews.outline_crew.outline_crew import OutlineCrew
from book.types import Chapter, ChapterOutline


class BookState(BaseModel):
    topic: str = "Energy storage"
    goal: str = "A primer for engineers"
    outline: list[ChapterOutline] = []
    chapters: list[Chapter] = []


class BookFlow(Flow[BookState]):
    @start()
    def generate_outline(self):
        output = OutlineCrew().crew().kickoff(inputs={"topic": self.state.topic, "goal": self.state.goal})
        self.state.outline = output["chapters"]

    @listen(generate_outline)
    async def write_chapters(self):
        jobs = []
        for chapter in self.state.outline:
            jobs.append(ChapterCrew().crew().kickoff_async(inputs={"chapter_title": chapter.title, "topic": self.state.topic}))
        results = await asyncio.gather(*jobs)
        self.state.chapters = [result.pydantic for result in results]

    @listen(write_chapters)
    def join_and_save(self):
        text = "\n\n".join(c.content for c in self.state.chapters)
        with open("book.md", "w") as file:
            file.write(text)
