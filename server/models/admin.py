"""Roles, the permissions catalogue, operators and audit events."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from server.models.common import ShortText, Strict, Versioned

Matrix = dict[str, dict[str, bool]]


class CatalogFunction(BaseModel):
    id: str
    title: str


class CatalogSection(BaseModel):
    id: str
    title: str
    functions: list[CatalogFunction]


class RoleInput(Strict):
    name: ShortText = Field(min_length=1)
    permissions: Matrix = Field(default_factory=dict)


class RolePatch(Strict):
    """JSON merge patch of a role: change a name or single functions."""

    name: str | None = Field(None, min_length=1, max_length=200)
    permissions: dict[str, dict[str, bool]] | None = None


class Role(Versioned):
    id: str
    name: str
    kind: Literal["builtin", "custom"]
    editable: bool
    permissions: Matrix
    created_at: datetime
    updated_at: datetime


class Operator(Versioned):
    id: str
    login: str
    name: str
    email: str
    role: str
    two_factor_method: Literal["email", "totp"]
    totp_enrolled_at: datetime | None
    created_at: datetime


class AuditEvent(BaseModel):
    id: int
    at: datetime
    actor_id: str | None
    actor_login: str | None
    ip: str | None
    action: str
    resource: str
    outcome: str
    before: Any = None
    after: Any = None
    details: Any = None
