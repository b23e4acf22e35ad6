from datetime import datetime

from brief.crew import Brief


def run():
    inputs = {
        "topic": "heat pumps",
        "year": str(datetime.now().year),
    }
    Brief().crew().kickoff(inputs=inputs)
