"""admin_server_url in the app: the login dialog shows IT's server and does not let it change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.policy import Policy
from desktop.ui.admin.login_dialog import LoginDialog
from desktop.ui.admin.window import AdminWindow
from desktop.ui.policy_gate import set_policy_in_force
from tests.admin.conftest import shared_server  # noqa: F401 - the real server, as a fixture
from tests.ui.test_admin_editors import replica_home, window  # noqa: F401 - fixtures


@pytest.fixture
def pinned_server() -> Iterator[str]:
    url = "https://admin.example.com"
    set_policy_in_force(Policy({"admin_server_url": url}, "test"))
    yield url
    set_policy_in_force(Policy())


def test_login_dialog_uses_the_pinned_server(
    qtbot: Any,
    window: AdminWindow,  # noqa: F811 - the fixture imported above
    pinned_server: str,
) -> None:
    dialog = LoginDialog(window.controller, None)
    qtbot.addWidget(dialog)
    assert dialog.server.text() == pinned_server and dialog.server.isReadOnly()
    assert dialog.server.toolTip() == "Managed by your organisation"
