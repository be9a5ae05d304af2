"""The envelope, paging meta and shared field types."""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")

ClientId = Annotated[
    str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$", examples=["office-1"])
]
ShortText = Annotated[str, Field(max_length=200)]


def has_nul(value: Any) -> bool:
    """Whether a NUL character hides anywhere in a value (PostgreSQL text cannot hold one)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(key) or has_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(has_nul(item) for item in value)
    return False


class Strict(BaseModel):
    """Request bodies reject unknown fields and NUL characters."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        if has_nul(data):
            raise ValueError("text must not contain NUL characters")
        return data


class Meta(BaseModel):
    total: int
    limit: int
    offset: int


class Envelope(BaseModel, Generic[T]):
    """Every successful answer."""

    status: Literal["success"] = "success"
    data: T
    meta: Meta | None = None
    message: str | None = None


class ErrorEnvelope(BaseModel):
    """Every error answer; `code` is stable and meant for programs."""

    status: Literal["error"] = "error"
    code: str
    message: str
    data: Any = None
    meta: None = None


class Versioned(BaseModel):
    version: int
    etag: str


class Deleted(BaseModel):
    id: str
    deleted: bool
