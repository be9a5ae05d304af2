"""Login, verification, session and account models."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from server.models.common import Strict

Method = Literal["email", "totp"]
Code = Field(min_length=1, max_length=16, examples=["123456"])


class LoginRequest(Strict):
    login: str = Field(min_length=1, max_length=120, examples=["admin"])
    password: str = Field(min_length=1, max_length=1024, examples=["correct horse"])


class Challenge(BaseModel):
    id: str
    method: Method
    expires_at: datetime


class ReconfirmRequest(Strict):
    #: Absent: e-mail a code (users on e-mail codes). Present: the e-mailed or the app's code.
    code: str | None = Field(None, min_length=1, max_length=16, examples=["123456"])


class Reconfirmation(BaseModel):
    method: Method
    code_sent: bool
    expires_at: datetime | None = None
    #: Weakening writes with this token are accepted until then.
    confirmed_until: datetime | None = None


class VerifyRequest(Strict):
    challenge_id: str = Field(min_length=1, max_length=64)
    code: str = Code


class TwoFactorState(BaseModel):
    method: Method
    enrolled_at: datetime | None = None
    enrollment_required: bool = False


class User(BaseModel):
    id: str
    login: str
    name: str
    email: str
    role: str
    two_factor: TwoFactorState


class Me(User):
    #: The caller's address as the server sees it (after trusted proxies): what the IP
    #: allowlist is checked against, so clients can warn before locking themselves out.
    ip: str


class Session(BaseModel):
    token: str
    expires_at: datetime
    user: User


class LoggedOut(BaseModel):
    revoked: bool


class EnrollmentStarted(BaseModel):
    challenge_id: str
    method: Literal["email"] = "email"
    expires_at: datetime


class ConfirmEmailRequest(Strict):
    challenge_id: str = Field(min_length=1, max_length=64)
    code: str = Code


class EnrollmentSecret(BaseModel):
    secret: str
    otpauth_uri: str
    qr_png_base64: str
    issuer: str
    account: str
    digits: int
    period: int
    algorithm: str
    expires_at: datetime


class CodeRequest(Strict):
    code: str = Code
