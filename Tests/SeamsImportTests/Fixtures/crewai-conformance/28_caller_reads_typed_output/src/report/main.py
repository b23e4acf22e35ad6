from report.crew import ReportCrew


def save(text):
    with open("report.md", "w") as file:
        file.write(text)


def run():
    result = ReportCrew().crew().kickoff(inputs={"topic": "tidal power"})
    print(result.pydantic.title)
    for finding in result["findings"]:
        print(finding)
    print(result.pydantic.summary)
    save(result.raw)


async def run_async():
    report = await ReportCrew().crew().kickoff_async(inputs={"topic": "wave power"})
    return report.pydantic.sources
