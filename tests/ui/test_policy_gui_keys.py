"""Policy keys in the app beside tests/ui/test_policy_gui.py: a backup restore is no way around
allow_edit, allow_add or allow_remove (it adds, changes and removes accounts at once, so the
button is hidden and a restore refused), and a policy for a newer Keydesk (version)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.otp import Account
from tests.ui.test_policy_gui import MANAGED, policy_window  # noqa: F401 - a fixture

TIMEOUT = 60_000


@pytest.mark.parametrize("key", ["allow_edit", "allow_add", "allow_remove"])
def test_restore_is_hidden_and_refused(
    policy_window: Any,  # noqa: F811
    qtbot: Any,
    reopen: Any,
    key: str,
) -> None:
    window = policy_window(**{key: False})
    for n in range(2):
        window.session.apply(
            lambda vault, n=n: vault.add(Account(secret=bytes([n]) * 16, issuer=f"New {n}"))
        )
    count = len(reopen().accounts)
    dialog = window.app_menu.open_backups()
    assert dialog.versions.count() == 2
    assert not dialog.restore_button.isVisibleTo(dialog)
    dialog.versions.setCurrentRow(1)
    dialog.restore_selected(confirm=False)  # what a shortcut or a stale button would do
    qtbot.waitUntil(lambda: MANAGED in dialog.message.text(), timeout=TIMEOUT)
    assert "Nothing was restored" in dialog.message.text()
    assert len(reopen().accounts) == count


def test_restore_is_offered_when_all_three_are_allowed(policy_window: Any) -> None:  # noqa: F811
    window = policy_window()
    window.session.apply(lambda vault: vault.add(Account(secret=b"\x01" * 16, issuer="New")))
    dialog = window.app_menu.open_backups()
    assert dialog.restore_button.isVisibleTo(dialog)


def test_a_policy_for_a_newer_keydesk_is_named_in_the_dialog(tmp_path: Any) -> None:
    """version: the dialog that stops the app says the policy is for a newer Keydesk."""
    import json

    from desktop.core.errors import PolicyInvalid
    from desktop.core.policy import check_policy_file
    from desktop.ui.policy_gate import policy_error_text

    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"version": 2}))
    with pytest.raises(PolicyInvalid) as caught:
        check_policy_file(newer)
    assert policy_error_text(caught.value) == (
        f"{newer} — version = 2 — written for a newer Keydesk"
    )
