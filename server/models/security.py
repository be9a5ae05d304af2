"""Security settings areas: two-factor policy, IP allowlist, content filter, support access."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from server.models.common import ClientId, ShortText, Strict, Versioned

RoleName = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$")


class EmailCodeSettings(Strict):
    digits: Literal[6] = 6
    ttl_seconds: int = Field(600, ge=60, le=600)
    max_attempts: int = Field(5, ge=1, le=5)


class TotpSettings(Strict):
    issuer: str = Field("Keydesk", min_length=1, max_length=60, pattern=r"^[^:]+$")
    digits: Literal[6, 8] = 6
    period: Literal[30, 60] = 30
    algorithm: Literal["SHA1", "SHA256", "SHA512"] = "SHA1"


class TwoFactorSettings(Strict):
    default_method: Literal["email", "totp"]
    required_roles: list[str] = Field(max_length=50)
    grace_hours: int = Field(ge=0, le=24 * 90)
    enforced_since: datetime | None = None
    email_code: EmailCodeSettings
    totp: TotpSettings


class TwoFactorArea(TwoFactorSettings, Versioned):
    model_config = ConfigDict(extra="ignore")


class EmailCodePatch(Strict):
    digits: Literal[6] | None = None
    ttl_seconds: int | None = Field(None, ge=60, le=600)
    max_attempts: int | None = Field(None, ge=1, le=5)


class TotpPatch(Strict):
    issuer: str | None = Field(None, min_length=1, max_length=60, pattern=r"^[^:]+$")
    digits: Literal[6, 8] | None = None
    period: Literal[30, 60] | None = None
    algorithm: Literal["SHA1", "SHA256", "SHA512"] | None = None


class TwoFactorPatch(Strict):
    """JSON merge patch (RFC 7396) of the two-factor policy."""

    default_method: Literal["email", "totp"] | None = None
    required_roles: list[str] | None = Field(None, max_length=50)
    grace_hours: int | None = Field(None, ge=0, le=24 * 90)
    email_code: EmailCodePatch | None = None
    totp: TotpPatch | None = None


class IpEntryInput(Strict):
    kind: Literal["cidr", "range"]
    value: str = Field(min_length=2, max_length=100, examples=["192.0.2.0/24"])
    name: ShortText = ""
    comment: str = Field("", max_length=500)
    is_active: bool = True


class IpEntryCreate(IpEntryInput):
    id: ClientId


class IpEntry(IpEntryInput, Versioned):
    id: str
    created_at: datetime
    updated_at: datetime


class IpAllowlistArea(Versioned):
    enabled: bool
    entries: list[IpEntry]


class IpAllowlistPatch(Strict):
    enabled: bool | None = None


class IpCheckRequest(Strict):
    ip: str = Field(min_length=2, max_length=64, examples=["2001:db8::1"])


class IpCheckResult(BaseModel):
    ip: str
    allowed: bool
    enforced: bool
    matched: list[str]


class Attachments(Strict):
    mode: Literal["allow", "block", "block_listed"]
    max_size_mb: int = Field(ge=0, le=1024)
    blocked_extensions: list[str] = Field(max_length=100)


class AttachmentsPatch(Strict):
    mode: Literal["allow", "block", "block_listed"] | None = None
    max_size_mb: int | None = Field(None, ge=0, le=1024)
    blocked_extensions: list[str] | None = Field(None, max_length=100)


class RuleInput(Strict):
    name: ShortText = ""
    kind: Literal["word", "regex", "pii"]
    pii_type: Literal["card", "email", "phone"] | None = None
    pattern: str | None = Field(None, max_length=300)
    direction: Literal["in", "out", "both"] = "both"
    action: Literal["block", "mask", "flag"] = "flag"
    enabled: bool = True


class RuleCreate(RuleInput):
    id: ClientId


class Rule(RuleInput, Versioned):
    id: str
    created_at: datetime
    updated_at: datetime


class ContentFilterArea(Versioned):
    enabled: bool
    attachments: Attachments
    rules: list[Rule]


class ContentFilterPatch(Strict):
    enabled: bool | None = None
    attachments: AttachmentsPatch | None = None


class FilterTestRequest(Strict):
    text: str = Field(max_length=10000, description="at most 10,000 characters")
    direction: Literal["in", "out"] = "out"


class FilterMatch(BaseModel):
    rule_id: str
    action: Literal["block", "mask", "flag"]
    start: int
    end: int


class FilterTestResult(BaseModel):
    verdict: Literal["allow", "flag", "mask", "block"]
    text: str
    matches: list[FilterMatch]


class SupportAccessGrant(Strict):
    enabled: bool
    expires_at: datetime | None = None
    hours: float | None = Field(None, gt=0, le=720)
    reason: str = Field("", max_length=500)
    ticket_ref: str = Field("", max_length=100)


class SupportAccess(Versioned):
    enabled: bool
    active: bool
    expires_at: datetime | None
    reason: str
    ticket_ref: str
    granted_by: str | None
    granted_at: datetime | None
    ended_at: datetime | None
    end_reason: str | None


class SecurityDocument(BaseModel):
    two_factor: TwoFactorArea
    ip_allowlist: IpAllowlistArea
    content_filter: ContentFilterArea
    support_access: SupportAccess
