from pydantic import BaseModel


class Report(BaseModel):
    title: str
    findings: list[str]
