class Broken(BaseModel:
    x: int
@task
def
