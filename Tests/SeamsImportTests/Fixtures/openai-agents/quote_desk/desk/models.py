from pydantic import BaseModel, Field


class QuoteRequest(BaseModel):
    product_sku: str
    quantity: int = Field(ge=1, le=10000)


class PriceOffer(BaseModel):
    unit_price: float
    currency: str
    valid_until: str
