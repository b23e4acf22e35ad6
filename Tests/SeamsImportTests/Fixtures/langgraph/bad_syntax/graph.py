from langgraph.graph import StateGraph

def node(state:
    return {}
