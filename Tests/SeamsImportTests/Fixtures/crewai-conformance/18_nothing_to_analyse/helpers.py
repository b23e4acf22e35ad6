"""Utilities for a project that will use crewai one day."""


def slugify(text: str) -> str:
    return "-".join(text.lower().split())
