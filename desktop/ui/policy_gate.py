"""The policy in the app: what it turns off in the window, how refusals and an invalid policy
are worded, and the usage record of what is done in the window."""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.core.errors import PolicyInvalid, PolicyRefused, UsageLogBroken

if TYPE_CHECKING:
    from desktop.core.policy import Policy
    from desktop.core.usage_log import UsageLog
    from desktop.core.vault import Vault
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("keydesk.ui")
#: One writer (or reader) of a usage record at a time: the unlock's entry is written on a
#: worker thread.
usage_writes = threading.Lock()
CONTEXT = "Policy"
_in_force: list[Policy] = []


def set_policy_in_force(policy: Policy) -> None:
    """The app's policy, for windows built far from the start-up (the admin console)."""
    _in_force[:] = [policy]


def policy_in_force() -> Policy:
    from desktop.core.policy import Policy

    return _in_force[0] if _in_force else Policy()


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def managed_text() -> str:
    return tr("Managed by your organisation")


def refusal_text(exc: PolicyRefused) -> str:
    """A refusal in the user's language, by the policy key it comes from."""
    texts = {
        "allow_add": tr("Adding accounts is turned off."),
        "allow_edit": tr("Editing accounts is turned off."),
        "allow_remove": tr("Removing accounts is turned off."),
        "allow_import": tr("Importing is turned off."),
        "allow_export": tr("Exporting is turned off."),
        "admin_console": tr("The admin console is turned off."),
        "profiles_create": tr("Creating profiles is turned off."),
        "require_passphrase": tr("Every profile needs a passphrase."),
        "min_passphrase_length": tr("A passphrase needs at least %1 characters.").replace(
            "%1", exc.value
        ),
        "allowed_issuers": tr("Accounts from “%1” cannot be added.").replace(
            "%1", exc.value or tr("(no issuer)")
        ),
    }
    return f"{managed_text()}: {texts.get(exc.reason, exc.message)}"


def reason_text(reason: str) -> str:
    return {
        "wrong_type": tr("wrong type"),
        "out_of_range": tr("out of range"),
        "unknown_key": tr("unknown key"),
        "invalid_value": tr("value not allowed"),
        "unreadable": tr("the file cannot be read"),
        "not_json": tr("not valid JSON"),
        "too_new": tr("written for a newer Keydesk"),
        "overridden": tr("a policy from your organisation is already in force"),
    }.get(reason, reason)


def policy_error_text(exc: PolicyInvalid) -> str:
    lines = []
    for problem in exc.problems:
        source, key, value, reason = (
            getattr(problem, n, "") for n in ("source", "key", "value", "reason")
        )
        where = f"{key} = {value}" if key else ""
        lines.append(" — ".join(part for part in (source, where, reason_text(reason)) if part))
    return "\n".join(lines)


def show_policy_error(exc: PolicyInvalid) -> None:
    """The dialog that says why Keydesk does not start (the details stay in English too)."""
    from PySide6.QtWidgets import QMessageBox

    app = QApplication.instance() or QApplication(["keydesk"])
    assert isinstance(app, QApplication)
    from desktop.ui.i18n import install_translation

    install_translation(app, "")  # the system's language: the policy's own may be the problem
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Keydesk cannot start"), "")
    box.setText(tr("The policy set by your organisation cannot be applied:"))
    box.setInformativeText(policy_error_text(exc))
    box.setDetailedText(exc.message)
    box.exec()


# --- the window --------------------------------------------------------------------------------


def apply_policy(window: MainWindow) -> None:
    """Hide what the policy turns off. The actions' slots check again (a shortcut, a drop)."""
    policy = window.settings.policy
    add = policy.allows("allow_add")
    for action in window.add_menu.menu.actions():
        if action is not window.add_menu.import_action:
            action.setEnabled(add)
            action.setVisible(add)
    window.add_menu.import_action.setEnabled(policy.allows("allow_import"))
    window.add_menu.import_action.setVisible(policy.allows("allow_import"))
    window.add_button.setVisible(add or policy.allows("allow_import"))
    actions = window.account_actions
    edit = policy.allows("allow_edit")
    for action in (
        actions.edit_action,
        actions.favourite_action,
        actions.up_action,
        actions.down_action,
    ):
        action.setEnabled(edit)
        action.setVisible(edit)
    if not edit:
        from PySide6.QtWidgets import QAbstractItemView

        window.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    actions.delete_action.setEnabled(policy.allows("allow_remove"))
    actions.delete_action.setVisible(policy.allows("allow_remove"))
    window.app_menu.usage_action.setVisible(policy.allows("usage_log"))
    window.app_menu.export_action.setEnabled(policy.allows("allow_export"))
    window.app_menu.export_action.setVisible(policy.allows("allow_export"))
    window.app_menu.admin_action.setEnabled(policy.allows("admin_console"))
    window.app_menu.admin_action.setVisible(policy.allows("admin_console"))


def refuse(window: MainWindow, exc: PolicyRefused) -> None:
    window.notice.show_message(refusal_text(exc), 6)


# --- the usage record ----------------------------------------------------------------------------


def usage_log_of(policy: Policy, vault: Vault | None) -> UsageLog | None:
    if vault is None or vault.wiped or not policy.allows("usage_log"):
        return None  # a locked vault's key is gone: nothing can be sealed with it
    from desktop.core.usage_log import usage_log_for

    return usage_log_for(vault)


def record_usage(window: MainWindow, event: str, account: str = "") -> None:
    """Note what was done in the window; a failure to write is logged, never in the way."""
    record = usage_log_of(window.settings.policy, window.session.vault)
    if record is None:
        return
    try:
        with usage_writes:
            record.record(event, account, "app", now=time.time())
    except OSError as exc:
        log.warning("usage record not written: %s", exc)


def record_unlock(policy: Policy, vault: Vault) -> None:
    from desktop.core.usage_log import record_unlock_under

    with usage_writes:
        record_unlock_under(policy, vault, "app")


def record_unlock_soon(policy: Policy, vault: Vault) -> None:
    """:func:`record_unlock` with the file work on a worker thread: it reads, prunes and
    appends the record, each with an fsync (10-30 ms), which would otherwise hold up the
    window's first moments. The key is derived here, before a lock could wipe the vault."""
    record = usage_log_of(policy, vault)
    if record is None:
        return
    from desktop.ui.workers import run_async

    days = int(policy.value("usage_log_days"))
    run_async(
        lambda: _write_unlock(record, days),
        lambda _none: None,
        lambda exc: log.warning("usage record: %s", type(exc).__name__),
    )


def _write_unlock(record: UsageLog, days: int) -> None:
    from desktop.core.usage_log import record_unlock as write_entries

    try:
        with usage_writes:
            write_entries(record, days, "app", now=time.time())
    except (OSError, UsageLogBroken) as exc:
        log.warning("usage record: %s", exc)
