"""The security API over requests: one Session per server, timeouts on every call, retries only
where a repeat is harmless (reads, and writes carrying an Idempotency-Key), TLS always verified.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from desktop.admin import errors
from desktop.admin.shapes import check_answer
from desktop.admin.urls import normalise_server_url

Timeout = tuple[float, float]
DEFAULT_TIMEOUT: Timeout = (5.0, 20.0)
RETRY_STATUSES = frozenset({500, 502, 503, 504})


@dataclass(frozen=True)
class Answer:
    """A successful answer: the envelope's data and meta, with the interesting headers."""

    status: int
    data: Any
    meta: dict[str, Any] | None = None
    etag: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def replayed(self) -> bool:
        return self.headers.get("Idempotent-Replayed", "").lower() == "true"


@dataclass(frozen=True)
class ClientOptions:
    timeout: Timeout = DEFAULT_TIMEOUT
    retries: int = 2
    retry_delay: float = 0.25
    ca_file: str | None = None


class ApiClient:
    """One server, one Session. ``token`` may be set after login."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        options: ClientOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        self.token = token
        self.options = options or ClientOptions()
        self._sleep = sleep
        self._session = requests.Session()
        self._session.verify = self.options.ca_file or True
        self._session.mount("https://", HTTPAdapter(pool_maxsize=4))
        self._session.mount("http://", HTTPAdapter(pool_maxsize=4))
        self._session.headers["Accept"] = "application/json"
        self._session.headers["User-Agent"] = "keydesk-admin"

    def close(self) -> None:
        self._session.close()

    # --- the three kinds of call ----------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Answer:
        """A read: retried on network errors and 5xx."""
        return self._retrying(lambda: self._send("GET", path, params=params))

    def query(self, path: str, body: Mapping[str, Any]) -> Answer:
        """A POST that changes nothing on the server (check, test): retried like a read."""
        return self._retrying(lambda: self._send("POST", path, body=body))

    def call(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> Answer:
        """A non-idempotent call (login, verify, enrollment): sent once, never repeated."""
        return self._send(method, path, body=body)

    def write(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        *,
        if_match: str,
        key: str,
        retry: bool = True,
    ) -> Answer:
        """A resource write with If-Match and Idempotency-Key: safe to repeat with the same key."""
        headers = {"If-Match": if_match, "Idempotency-Key": key}

        def attempt() -> Answer:
            return self._send(method, path, body=body, headers=headers)

        return self._retrying(attempt) if retry else attempt()

    # --- plumbing -------------------------------------------------------------------------

    def _retrying(self, attempt: Callable[[], Answer]) -> Answer:
        tries = max(0, self.options.retries) + 1
        for index in range(tries):
            try:
                return attempt()
            except (errors.Offline, errors.ServerError):
                if index == tries - 1:
                    raise
                self._sleep(self.options.retry_delay * (2**index))
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        all_headers = dict(headers or {})
        if self.token:
            all_headers["Authorization"] = self.token
        try:
            response = self._session.request(
                method,
                f"{self.server_url}{path}",
                json=body,
                params=params,
                headers=all_headers,
                timeout=self.options.timeout,
                # per request: requests lets REQUESTS_CA_BUNDLE override a session's CA file
                verify=self.options.ca_file or True,
            )
        except requests.exceptions.SSLError as exc:
            raise errors.Offline(tls_problem(str(exc))) from None
        except requests.exceptions.Timeout:
            raise errors.Offline("the server did not answer in time") from None
        except requests.exceptions.RequestException as exc:
            raise errors.Offline(f"cannot reach the server ({type(exc).__name__})") from None
        answer = _answer(response)
        check_answer(method, path, answer.data, answer.meta)
        return answer


def _answer(response: requests.Response) -> Answer:
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if not isinstance(payload, dict) or payload.get("status") not in {"success", "error"}:
        if response.status_code >= 500:
            raise errors.ServerError(
                f"the server failed (HTTP {response.status_code})", status=response.status_code
            )
        raise errors.ServerError(
            f"the server's answer is not the API's JSON (HTTP {response.status_code})",
            status=response.status_code,
        )
    headers = CaseInsensitiveDict(response.headers)
    if response.ok and payload["status"] == "success":
        return Answer(
            response.status_code,
            payload.get("data"),
            payload.get("meta"),
            response.headers.get("ETag"),
            headers,
        )
    raise error_for(response.status_code, payload, headers)


def error_for(status: int, payload: Mapping[str, Any], headers: Mapping[str, str]) -> Exception:
    """The typed error of an error envelope."""
    code = str(payload.get("code") or "")
    message = str(payload.get("message") or f"HTTP {status}")
    data = payload.get("data")
    detail = _field_detail(data)
    kind = _error_kind(status, code)
    if kind is errors.StaleVersion:
        return errors.StaleVersion(message, data=data, etag=headers.get("ETag"))
    if kind is errors.RateLimited:
        return errors.RateLimited(message, retry_after=_retry_after(headers), server_code=code)
    if kind is errors.ValidationFailed and detail and detail not in message:
        message = f"{message}: {detail}"
    return kind(message, status=status, server_code=code, data=data)


def _error_kind(status: int, code: str) -> type[errors.AdminError]:
    by_code: dict[tuple[int, str], type[errors.AdminError]] = {
        (401, "invalid_code"): errors.WrongCode,
        (403, "ip_not_allowed"): errors.IpNotAllowed,
    }
    by_status: dict[int, type[errors.AdminError]] = {
        401: errors.AuthRequired,
        403: errors.Forbidden,
        404: errors.NotFoundOnServer,
        409: errors.ConflictError,
        410: errors.CodeExpired,
        412: errors.StaleVersion,
        429: errors.RateLimited,
    }
    if (status, code) in by_code:
        return by_code[(status, code)]
    if status >= 500:
        return errors.ServerError
    return by_status.get(status, errors.ValidationFailed)


def _field_detail(data: Any) -> str:
    if not isinstance(data, dict) or not isinstance(data.get("errors"), list):
        return ""
    parts = []
    for item in data["errors"][:3]:
        if isinstance(item, dict):
            where = str(item.get("field") or "").removeprefix("body.")
            parts.append(f"{where} {item.get('message', '')}".strip())
    return "; ".join(parts)


def _retry_after(headers: Mapping[str, str]) -> float:
    value = headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return 1.0


def tls_problem(detail: str) -> str:
    """What went wrong with the server's certificate, in words (never the raw OpenSSL text)."""
    if "mismatch" in detail or "doesn't match" in detail:
        return (
            "the server's TLS certificate is for another host name: "
            "connect with the name the certificate was issued for"
        )
    if "CA file" in detail or "No such file" in detail or "Could not find" in detail:
        return "the CA file for the server cannot be read"
    return (
        "the server's TLS certificate is not signed by a trusted CA "
        "(give the CA's certificate with --ca-file)"
    )
