from digest.crew import DigestCrew

result = DigestCrew().crew().kickoff(inputs={"topic": "grid storage"})
links = result.tasks_output[0].raw
headline = result.json_dict["headline"]
points = result.json_dict.get("points")
mood = result.pydantic.mood
print(headline, points, links, mood)
