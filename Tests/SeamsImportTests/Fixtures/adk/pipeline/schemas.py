from pydantic import BaseModel


class Draft(BaseModel):
    title: str
    body: str
    word_count: int
