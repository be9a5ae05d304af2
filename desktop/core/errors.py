"""Typed errors of the core.

Every error carries a stable machine ``code`` (for the CLI's JSON, for tests, for the UI to pick a
translated text) and a human message in English that names the problem. Messages never contain
secrets: callers pass only what is safe to show.
"""

from __future__ import annotations

from typing import ClassVar


class KeydeskError(Exception):
    """Base of every error Keydesk raises on purpose."""

    code: ClassVar[str] = "error"
    #: Exit status the CLI uses for this error (DESIGN §9: 1 failure, 2 bad input, 3 locked/auth).
    exit_status: ClassVar[int] = 1

    def __init__(self, message: str, *, reason: str = "", value: str = "") -> None:
        super().__init__(message)
        self.message = message
        #: A stable name for which check failed, finer than ``code``, so a front end can word
        #: the refusal in the user's language; ``value`` is what the user gave, to quote in it.
        self.reason = reason
        self.value = value

    def __str__(self) -> str:
        return self.message


class InvalidInput(KeydeskError):
    """Something the user typed, pasted or scanned is not acceptable."""

    code = "invalid_input"
    exit_status = 2


class InvalidSecret(InvalidInput):
    code = "invalid_secret"


class InvalidAccount(InvalidInput):
    code = "invalid_account"


class InvalidUri(InvalidInput):
    code = "invalid_uri"


class NotFound(KeydeskError):
    code = "not_found"
    exit_status = 2


class Ambiguous(InvalidInput):
    code = "ambiguous"


# --- vault -----------------------------------------------------------------------------------


class VaultError(KeydeskError):
    code = "vault_error"


class VaultMissing(VaultError):
    code = "vault_missing"
    exit_status = 3


class VaultRecoverable(VaultMissing):
    """No vault file, but its backup or an interrupted write's temp file is there: restore it,
    never start a new vault over it."""

    code = "vault_recoverable"


class VaultExists(VaultError):
    code = "vault_exists"
    exit_status = 2


class VaultLocked(VaultError):
    """No slot could unwrap the master key with what we were given."""

    code = "vault_locked"
    exit_status = 3


class WrongPassphrase(VaultLocked):
    code = "wrong_passphrase"


class VaultCorrupt(VaultError):
    """The file is not a vault we can read: truncated, not JSON, wrong structure."""

    code = "vault_corrupt"


class VaultTampered(VaultError):
    """Authentication failed: the ciphertext or its header was changed."""

    code = "vault_tampered"


class VaultTooLarge(VaultCorrupt):
    """Refused before reading: no real vault comes near the limit."""

    code = "vault_too_large"


class VaultTooNew(VaultError):
    code = "vault_too_new"


class SlotError(VaultError):
    code = "slot_error"
    exit_status = 2


# --- keyring ---------------------------------------------------------------------------------


class KeyringError(KeydeskError):
    code = "keyring_error"
    exit_status = 3


class KeyringUnavailable(KeyringError):
    """No secure keyring backend: none installed, or only insecure ones."""

    code = "keyring_unavailable"


class KeyringTimeout(KeyringError):
    code = "keyring_timeout"


class KeyringItemMissing(KeyringError):
    code = "keyring_item_missing"


# --- QR input (scan) -------------------------------------------------------------------------


class InvalidMigration(InvalidInput):
    """An otpauth-migration:// (Google Authenticator export) payload we cannot read."""

    code = "invalid_migration"


class MigrationBatchMismatch(InvalidInput):
    """A QR code from another Google Authenticator export than the batch being scanned."""

    code = "migration_batch_mismatch"


class NotAnAuthenticatorCode(InvalidInput):
    """A readable QR code that holds something else (a web address, Wi-Fi, a contact…)."""

    code = "not_authenticator_code"

    def __init__(self, message: str, content_kind: str = "text", detail: str = "") -> None:
        super().__init__(message)
        #: What the code holds ("url", "wifi", "vcard", …) and a safe excerpt, for translated text.
        self.content_kind = content_kind
        self.detail = detail


class NoCodeFound(InvalidInput):
    code = "no_code_found"


class FrameSourceError(KeydeskError):
    """A camera, video, image, screen or clipboard source that cannot deliver frames."""

    code = "frame_source_error"


class ImageUnreadable(FrameSourceError):
    code = "image_unreadable"
    exit_status = 2


class CameraNotFound(FrameSourceError):
    code = "camera_not_found"


class CameraBusy(FrameSourceError):
    code = "camera_busy"


class CameraPermissionDenied(FrameSourceError):
    code = "camera_permission_denied"


class CameraDisconnected(FrameSourceError):
    code = "camera_disconnected"


# --- moving accounts in and out (import, export, backups) ------------------------------------


class ImportFailed(InvalidInput):
    """A file that cannot be imported as a whole; nothing was changed."""

    code = "import_failed"


class UnsupportedFormat(ImportFailed):
    """Not a format Keydesk reads; the message says what the file looks like."""

    code = "import_unsupported"


class CorruptImport(ImportFailed):
    """A known format whose content is damaged or incomplete."""

    code = "import_corrupt"


class PasswordRequired(ImportFailed):
    """An encrypted export and no password was given."""

    code = "import_password_required"
    exit_status = 3


class WrongImportPassword(ImportFailed):
    """The password does not decrypt this export."""

    code = "import_wrong_password"
    exit_status = 3


class ExportFailed(KeydeskError):
    code = "export_failed"


class BackupFailed(KeydeskError):
    """An automatic or manual backup could not be written; the vault itself is unharmed."""

    code = "backup_failed"


# --- policy (pinned by IT) -------------------------------------------------------------------

#: The words every front end uses for a setting the policy pins (translated in the UI).
MANAGED_TEXT = "Managed by your organisation"


class PolicyInvalid(KeydeskError):
    """The policy cannot be applied as a whole; Keydesk refuses to start rather than half-apply it.

    ``problems`` holds one :class:`desktop.core.policy.Problem` per defect found."""

    code = "policy_invalid"
    exit_status = 2

    def __init__(self, message: str, problems: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class PolicyRefused(KeydeskError):
    """An action or a change that the policy forbids; ``reason`` is the policy key."""

    code = "policy_refused"
    exit_status = 2


class UsageLogBroken(KeydeskError):
    """The usage record was edited, cut or reordered; ``value`` is the record number."""

    code = "usage_log_broken"
    exit_status = 1


class InvalidIconPack(InvalidInput):
    """An icon pack zip that is not an Aegis icon pack, or not a safe one."""

    code = "invalid_icon_pack"
