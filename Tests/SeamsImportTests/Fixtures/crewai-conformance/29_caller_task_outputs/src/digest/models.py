from pydantic import BaseModel


class Summary(BaseModel):
    headline: str
    points: list[str]
