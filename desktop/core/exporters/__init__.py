"""Exporting accounts: every format goes through :func:`export_accounts`.

That one function is where the policy's ``allow_export`` check belongs. It returns the files to
write (a single file, or one PNG per QR code) together with each QR code's text, so the app can
show the same codes on screen; nothing touches the disk here. :func:`write_export` writes them.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.errors import ExportFailed, InvalidInput
from desktop.core.otp import Account
from desktop.core.policy import Policy, load_policy


class ExportFormat(StrEnum):
    KEYDESK = "keydesk"
    AEGIS = "aegis"
    AEGIS_ENCRYPTED = "aegis-encrypted"
    OTPAUTH = "otpauth"
    QR_PNG = "qr-png"
    GOOGLE_MIGRATION = "google-migration"

    @property
    def encrypted(self) -> bool:
        return self in (ExportFormat.KEYDESK, ExportFormat.AEGIS_ENCRYPTED)

    @property
    def is_folder(self) -> bool:
        """Formats that make one PNG per QR code, written into a folder."""
        return self in (ExportFormat.QR_PNG, ExportFormat.GOOGLE_MIGRATION)


UNENCRYPTED_WARNING = (
    "this export is NOT encrypted: anyone who gets the file (or sees the QR codes) can make "
    "your codes"
)


@dataclass(frozen=True)
class ExportFile:
    """One file of an export; ``qr_text`` is what its QR code holds (empty for other files)."""

    name: str
    data: bytes
    qr_text: str = ""
    label: str = ""


@dataclass(frozen=True)
class ExportResult:
    format: ExportFormat
    files: tuple[ExportFile, ...]
    #: Accounts the format cannot hold, with the reason (Google's limits).
    left_out: tuple[tuple[str, str], ...] = ()


def export_accounts(
    accounts: list[Account],
    format: ExportFormat | str,
    *,
    password: str | None = None,
    policy: Policy | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Every export starts here. Secrets leave the vault only through this function.

    ``policy`` is the one in force (the machine's when not given, so forgetting to pass it
    cannot get around ``allow_export``)."""
    (policy if policy is not None else load_policy()).require("allow_export")
    chosen = _format(format)
    if chosen.encrypted and not password:
        raise InvalidInput(f"the {chosen.value} export is encrypted and needs a password")
    if not accounts:
        raise InvalidInput("there are no accounts to export")
    ordered = sorted(accounts, key=lambda a: a.position)
    if chosen is ExportFormat.KEYDESK:
        from desktop.core.vault_copies import seal_portable

        assert password is not None
        return _single(chosen, "keydesk-backup.kdv", seal_portable(ordered, password))
    if chosen in (ExportFormat.AEGIS, ExportFormat.AEGIS_ENCRYPTED):
        from desktop.core.exporters import aegis

        data = (
            aegis.aegis_encrypted(ordered, password)
            if password and chosen is ExportFormat.AEGIS_ENCRYPTED
            else aegis.aegis_plain(ordered)
        )
        return _single(chosen, "aegis-export.json", data)
    if chosen is ExportFormat.OTPAUTH:
        from desktop.core.uri import build_uri

        text = "".join(build_uri(a) + "\n" for a in ordered)
        return _single(chosen, "otpauth-links.txt", text.encode("utf-8"))
    report = progress or _ignore
    if chosen is ExportFormat.QR_PNG:
        return _qr_per_account(ordered, report)
    return _google_batches(ordered, report)


def _ignore(_done: int, _total: int) -> None:
    return None


def _format(value: ExportFormat | str) -> ExportFormat:
    try:
        return ExportFormat(value)
    except ValueError:
        known = ", ".join(f.value for f in ExportFormat)
        raise InvalidInput(f"unknown export format '{str(value)[:40]}' (known: {known})") from None


def _single(chosen: ExportFormat, name: str, data: bytes) -> ExportResult:
    return ExportResult(chosen, (ExportFile(name, data),))


def _qr_per_account(accounts: list[Account], report: Callable[[int, int], None]) -> ExportResult:
    from desktop.core.uri import build_uri

    files = []
    for number, account in enumerate(accounts, start=1):
        text = build_uri(account)
        name = f"{number:03d}-{_safe_name(account.label)}.png"
        files.append(ExportFile(name, qr_png(text), text, account.label))
        report(number, len(accounts))
    return ExportResult(ExportFormat.QR_PNG, tuple(files))


def _google_batches(accounts: list[Account], report: Callable[[int, int], None]) -> ExportResult:
    from desktop.core.exporters.google import migration_links, unsupported_reason

    fitting = [a for a in accounts if not unsupported_reason(a)]
    left_out = tuple((a.label, unsupported_reason(a)) for a in accounts if unsupported_reason(a))
    if not fitting:
        raise ExportFailed("none of the accounts can be moved to Google Authenticator")
    links = migration_links(fitting)
    files = []
    for n, link in enumerate(links, start=1):
        name = f"google-export-{n:02d}-of-{len(links):02d}.png"
        files.append(ExportFile(name, qr_png(link), link))
        report(n, len(links))
    return ExportResult(ExportFormat.GOOGLE_MIGRATION, tuple(files), left_out)


def qr_png(text: str, scale: int = 6) -> bytes:
    import segno

    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_png_fitting(text: str, side: int) -> bytes:
    """The QR code as large as fits in ``side`` pixels with whole pixels per module (a code
    scaled by a fraction blurs and scans worse from a screen)."""
    import segno

    width, _ = segno.make_qr(text, error="m").symbol_size(scale=1, border=4)
    return qr_png(text, scale=max(1, int(side // width)))


def _safe_name(label: str) -> str:
    cleaned = re.sub(r"[^\w.@+-]+", "_", label, flags=re.UNICODE).strip("._")
    return cleaned[:60] or "account"


def write_export(result: ExportResult, target: Path) -> list[Path]:
    """Write the files: a single-file export to ``target``, QR images into the folder ``target``.

    Files are private (0600) and appear whole or not at all.
    """
    try:
        if not result.format.is_folder:
            _write_private(target, result.files[0].data)
            return [target]
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        written = []
        for file in result.files:
            _write_private(target / file.name, file.data)
            written.append(target / file.name)
        return written
    except OSError as exc:
        raise ExportFailed(f"cannot write {target}: {exc.strerror or exc}") from None


def _write_private(path: Path, data: bytes) -> None:
    import tempfile

    fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


__all__ = [
    "UNENCRYPTED_WARNING",
    "ExportFile",
    "ExportFormat",
    "ExportResult",
    "export_accounts",
    "write_export",
]
