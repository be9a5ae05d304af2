"""After using the window (copy, next HOTP code, favourite, reorder, settings), no secret is
anywhere in the profile folder outside the vault's ciphertext: not in settings.ini, not in logs."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from tests.ui.conftest import sample_accounts


def secret_forms() -> list[bytes]:
    forms: list[bytes] = []
    for account in sample_accounts():
        b32 = base64.b32encode(account.secret).decode().rstrip("=")
        forms += [account.secret, b32.encode(), b32.lower().encode()]
    return forms


def test_using_the_window_leaves_no_secret_on_disk(
    open_window: Any, home: Path, qtbot: Any
) -> None:
    window = open_window()
    view = window.view
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        view.setCurrentIndex(index)
        window.account_actions.copy_index(index)
    window.account_actions.toggle_favourite()
    window.account_actions.move_current(-1)
    window.close()
    files = [path for path in home.rglob("*") if path.is_file() and path.name != "vault.kdv"]
    assert files, "the window should have written its settings"
    leaks = secret_forms()
    for path in files:
        content = path.read_bytes()
        for form in leaks:
            assert form not in content, f"a secret appears in {path.name}"
    # The vault itself holds them only as ciphertext.
    vault = (home / "vault.kdv").read_bytes()
    assert all(form not in vault for form in leaks)
