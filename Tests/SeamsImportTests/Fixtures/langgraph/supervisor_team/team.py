from pydantic import BaseModel
from langchain_openai import ChatOpenAI
from langgraph.prebuilt import create_react_agent
from langgraph_supervisor import create_supervisor


class MarketBrief(BaseModel):
    headline: str
    growth_percent: float
    sources: list[str]


def search_filings(company: str) -> str:
    return "10-K for " + company


def compound_growth(start: float, end: float, years: int) -> float:
    return (end / start) ** (1 / years) - 1


model = ChatOpenAI(model="gpt-4o")

filings_agent = create_react_agent(model, tools=[search_filings], name="filings_expert", prompt="You read company filings.")
math_agent = create_react_agent(model, tools=[compound_growth], name="math_expert", prompt="You compute growth rates.")

workflow = create_supervisor(
    [filings_agent, math_agent],
    model=model,
    prompt="You lead a filings expert and a math expert. Delegate, then write the brief.",
    response_format=MarketBrief,
)
app = workflow.compile()
