from pydantic import BaseModel, Field
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode, create_react_agent, tools_condition


class Forecast(BaseModel):
    city: str
    high_celsius: float = Field(description="Forecast high for tomorrow")
    summary: str


class WeatherState(MessagesState):
    structured_response: Forecast | None


def get_weather(city: str) -> str:
    return "sunny in " + city


forecaster = create_react_agent("openai:gpt-4o", tools=[get_weather], response_format=Forecast)
chatty = create_react_agent("openai:gpt-4o-mini", tools=[], name="chatty")


def call_model(state: WeatherState):
    return {"messages": [("ai", "checking " + state["messages"][-1].content)]}


def publish(state: WeatherState):
    forecast = state["structured_response"]
    return {"messages": [("ai", forecast.summary)]}


builder = StateGraph(WeatherState)
builder.add_node("assistant", call_model)
builder.add_node("tools", ToolNode([get_weather]))
builder.add_node("forecaster", forecaster)
builder.add_node("publish", publish)
builder.add_edge(START, "assistant")
builder.add_conditional_edges("assistant", tools_condition, {"tools": "tools", "__end__": "forecaster"})
builder.add_edge("tools", "assistant")
builder.add_edge("forecaster", "publish")
builder.add_edge("publish", END)
graph = builder.compile()
