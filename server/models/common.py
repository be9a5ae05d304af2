"""The envelope, paging meta and shared field types."""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

ClientId = Annotated[
    str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$", examples=["office-1"])
]
ShortText = Annotated[str, Field(max_length=200)]


class Strict(BaseModel):
    """Request bodies reject unknown fields."""

    model_config = ConfigDict(extra="forbid")


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
