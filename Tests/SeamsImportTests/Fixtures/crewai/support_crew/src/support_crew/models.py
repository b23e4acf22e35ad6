from datetime import datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel, Field


class Tone(str, Enum):
    FRIENDLY = "friendly"
    FORMAL = "formal"


class ReplyDraft(BaseModel):
    """A reply waiting for approval."""

    subject: str
    body: str = Field(..., description="The reply text")
    tone: Tone
    confidence: float
    sent_at: Optional[datetime] = None
    ticket_id: str
