"""The one exception type handlers raise; the app turns it into an error envelope."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: HTTP status, stable machine code, human message, optional data."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        data: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.data = data
        self.headers = headers or {}


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} not found")


def invalid(message: str, field: str | None = None) -> ApiError:
    data = {"errors": [{"field": field, "message": message}]} if field else None
    return ApiError(422, "invalid_value", message, data=data)


def error_body(code: str, message: str, data: Any = None) -> dict[str, Any]:
    return {"status": "error", "code": code, "message": message, "data": data, "meta": None}


def success_body(data: Any, meta: dict[str, int] | None = None) -> dict[str, Any]:
    return {"status": "success", "data": data, "meta": meta, "message": None}
