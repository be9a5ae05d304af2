"""The scan dialog and the admin console in Russian: nothing visible stays in English.

As in test_i18n.py, every screen is collected once in English and once in Russian; a text that
is the same in both is left in English — unless it is data (logins, addresses, codes) or a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from desktop.admin import errors
from desktop.admin.api import ApiClient
from desktop.admin.login import Challenge
from desktop.admin.model import Op, OutboxItem, Status
from desktop.admin.service import AdminService, PendingLogin
from desktop.admin.session import TokenStore
from desktop.admin.weakening import DESCRIPTIONS
from desktop.core.errors import CameraBusy, InvalidInput
from desktop.core.frames import VideoCaptureSource
from desktop.ui import i18n
from desktop.ui.admin.conflict_dialog import ConflictDialog
from desktop.ui.admin.input_errors import input_error_text
from desktop.ui.admin.login_dialog import LoginDialog
from desktop.ui.admin.texts import STATUS_TEXT, WEAKENING, error_text, status_text, weakening_text
from desktop.ui.admin.window import AdminWindow
from desktop.ui.scan import ScanDialog
from tests.admin.conftest import shared_server  # noqa: F401 - the real server, as a fixture
from tests.admin.serverproc import ServerProcess
from tests.ui.test_i18n import _clean, russian_qm, visible_texts  # noqa: F401 - fixture
from tests.ui.test_scan_dialog import SIZE, make_video

#: Data and names that read the same in every language.
SAME_EVERYWHERE = re.compile(
    r"^(|—|●|TOTP|HOTP|Steam|SHA1|SHA256|SHA512|6|8|Chat2Desk|operator@example\.com|API"
    r"|Test webcam|Webcam|\d[\d\s:.–-]*|.*\d+\.\d+\.\d+\.\d+.*|.*[0-9a-f]*:[0-9a-f:]+/\d+.*"
    r"|https?://\S+|admin\d?|super\d|oper\d|support|[A-Z][a-z]+ [A-Z][a-z]+|[a-z_]+(\.[a-z_*]+)+"
    r"|Keydesk|SUP-\d+|ip_allowlist/.*|Main office|Cards|Office \(IPv6\)|Call centre|This computer"
    r"|admin · .*)$"
)


def _texts(root: QWidget) -> set[str]:
    """What the user can read: widgets (test_i18n.py), tabs, table headers and cells."""
    texts = visible_texts(root)
    extra: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QTabWidget):
            extra.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            for index in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(index)
                extra.add(header.text() if header else "")
            for index in range(widget.rowCount()):
                header = widget.verticalHeaderItem(index)
                extra.add(header.text() if header else "")
                for column in range(widget.columnCount()):
                    item = widget.item(index, column)
                    extra.add(item.text() if item else "")
        elif isinstance(widget, QPlainTextEdit):
            extra.add(widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            extra.add(widget.text())
    return texts | {_clean(t) for t in extra}


def _english(texts: set[str]) -> set[str]:
    return {t for t in texts if not SAME_EVERYWHERE.match(t)}


@pytest.fixture
def switch_language(
    russian_qm: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> Iterator[Callable[[], None]]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: russian_qm)

    def to_russian() -> None:
        assert i18n.install_translation(qapp, "ru") == "ru"

    yield to_russian
    i18n.remove_translations(qapp)


# --- the scan dialog --------------------------------------------------------------------------


def _scan_screens(qtbot: Any, tmp_path: Path) -> set[str]:
    """The dialog found / not found / failing, as test_scan_dialog.py drives it."""
    texts: set[str] = set()
    found = ScanDialog(VideoCaptureSource(make_video(tmp_path / "code.avi")), groups=["Work"])
    qtbot.addWidget(found)
    found.show()
    qtbot.waitUntil(lambda: found.state == "confirm", timeout=10_000)
    texts |= _texts(found) | {found.confirm.heading.text()}
    found.close()
    empty = tmp_path / "empty.avi"
    writer = cv2.VideoWriter(str(empty), cv2.VideoWriter_fourcc(*"MJPG"), 30, SIZE)
    for _ in range(4):
        writer.write(np.full((SIZE[1], SIZE[0], 3), 128, np.uint8))
    writer.release()
    missing = ScanDialog(VideoCaptureSource(empty))
    qtbot.addWidget(missing)
    missing.show()
    qtbot.waitUntil(lambda: missing.state == "not_found", timeout=5000)
    texts |= _texts(missing) | {missing.message()}
    missing.close()

    class BusySource(VideoCaptureSource):
        def open(self) -> None:
            raise CameraBusy("busy")

    busy = ScanDialog(BusySource(0, "Webcam"))
    qtbot.addWidget(busy)
    busy.show()
    qtbot.waitUntil(lambda: busy.state == "error", timeout=3000)
    texts |= _texts(busy) | {busy.message(), busy.preview.accessibleName()}
    busy.close()
    return texts - {"Work"}


def test_the_scan_dialog_in_russian(
    qtbot: Any, tmp_path: Path, switch_language: Callable[[], None]
) -> None:
    english = _scan_screens(qtbot, tmp_path)
    assert "Found 1 account" in english and "Scan again" in english
    switch_language()
    russian = _scan_screens(qtbot, tmp_path)
    assert "Найдена 1 учётная запись" in russian
    assert any(t.startswith("QR-код не найден") for t in russian)
    assert _english(russian & english) == set()


# --- the admin console ------------------------------------------------------------------------


@pytest.fixture
def replica_home(shared_server: ServerProcess, tmp_path: Path) -> Path:  # noqa: F811
    home = tmp_path / "admin-home"
    service = AdminService(home, tokens=TokenStore(None))
    seen = shared_server.mails()
    pending = service.begin_login(shared_server.url, "admin", shared_server.passwords["admin"])
    service.finish_login(pending, shared_server.email_code("admin", seen))
    assert service.sync().clean
    service.editor.add_ip("192.0.2.0/24", name="Main office")
    service.editor.add_rule({"name": "Cards", "kind": "pii", "pii_type": "card", "action": "mask"})
    service.store.set_meta("my_ip", "127.0.0.1")
    return home


def _admin_screens(qtbot: Any, home: Path) -> set[str]:
    service = AdminService(home, tokens=TokenStore(None))
    window = AdminWindow(home, None, service=service, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.controller.snapshot), timeout=5000)
    qtbot.waitUntil(lambda: window.pages["ip_allowlist"].table.rowCount() > 0, timeout=5000)
    texts = _texts(window) | visible_texts(window.menuBar().actions()[0].menu())
    bar = window.status_bar
    for logged_in, syncing, online in ((True, False, True), (True, True, None), (True, 0, False)):
        counts = {"pending": 2, "held": 1, "conflicts": 3, "rejected": 1, "online": online}
        bar.show_status(counts, logged_in, bool(syncing))
        texts |= _texts(bar)
    bar.show_status({"pending": 1, "conflicts": 1, "last_sync": None}, False, False)
    texts |= _texts(bar)
    window.support_banner.show_grant(
        {"active": True, "expires_at": "2030-01-01T00:00:00Z", "ticket_ref": "SUP-9"}, 1.8e9
    )
    texts |= _texts(window.support_banner)
    for page in window.pages.values():
        page._note_pending({f"{r}x{i}": s for r in page.resources for i, s in enumerate(
            ("pending", "pending", "held", "conflict"))})  # fmt: skip
        texts |= _texts(page)
    allowlist = window.pages["ip_allowlist"]
    for typed in ("10.0.0.0/33", "10.0.0.9-10.0.0.1", "10.0.0.0/8"):
        allowlist.value.setText(typed)
        texts.add(allowlist.hint.text())
    filter_page = window.pages["content_filter"]
    filter_page.pattern.setText("(")
    filter_page.kind.setCurrentIndex(1)
    texts.add(filter_page.rule_error.text().split(":")[0])
    filter_page.sample.setPlainText("card 4111 1111 1111 1111")
    filter_page.run_test()
    texts |= {filter_page.verdict.text(), filter_page.where.text()}
    texts |= _dialogs(qtbot, window)
    texts |= _messages()
    window.controller.shutdown()
    window.close()
    return texts


def _dialogs(qtbot: Any, window: AdminWindow) -> set[str]:
    reconfirm = [f"two_factor: {weakening_text('two_factor_email')}"]
    login = LoginDialog(window.controller, None, reconfirm=reconfirm, parent=window)
    qtbot.addWidget(login)
    texts = _texts(login)
    url = window.service.settings.server_url
    for method in ("email", "totp"):
        pending = PendingLogin(ApiClient(url), Challenge("ch1", method, ""), url, "admin", None)
        login._challenge(pending)
        texts |= _texts(login)
    login._failed(errors.WrongCode("wrong", data={"attempts_left": 2}))
    texts |= _texts(login)
    item = OutboxItem("ip_allowlist/ip-1", Op.UPDATE, {"name": "mine"}, status=Status.CONFLICT)
    fields = [
        {"path": path, "base": 1, "mine": 2, "theirs": 3}
        for path in ("default_method", "grace_hours", "totp.digits", "name", "value", "enabled")
    ]
    item.conflict = {"fields": fields, "who": None, "when": None}
    conflict = ConflictDialog(item, window)
    qtbot.addWidget(conflict)
    return texts | _texts(conflict)


def _messages() -> set[str]:
    """Texts chosen at run time: errors, weakening, states, refused input."""
    failures: list[Exception] = [
        errors.Offline("x"),
        errors.AuthRequired("x"),
        errors.NotLoggedIn("x"),
        errors.IpNotAllowed("x", server_code="ip_not_allowed"),
        errors.AuthRequired("x", server_code="invalid_credentials"),
        errors.CodeExpired("x"),
        errors.RateLimited("x", retry_after=30),
        errors.WrongCode("x"),
        errors.ServerError("x"),
        errors.StaleVersion("x"),
        errors.Forbidden("x", server_code="role_not_editable"),
        errors.InsecureServerUrl("x"),
        InvalidInput("the rule name is too long", reason="rule_name_too_long"),
    ]
    texts = {error_text(exc) for exc in failures}
    texts |= {weakening_text(code) for code in DESCRIPTIONS}
    texts |= {status_text(status) for status in STATUS_TEXT}
    texts.add(input_error_text(InvalidInput("support access …", reason="support_hours")))
    return {_clean(t) for t in texts}


def test_the_admin_console_in_russian(
    qtbot: Any, replica_home: Path, switch_language: Callable[[], None]
) -> None:
    english = _admin_screens(qtbot, replica_home)
    assert {"IP allowlist", "2 edits pending", "Keep mine", "Network"} <= english
    switch_language()
    russian = _admin_screens(qtbot, replica_home)
    assert {"Список разрешённых IP-адресов", "2 изменения ожидают отправки"} <= russian
    assert {"Оставить моё", "Сеть", "Супервизор", "Видеть свои диалоги"} <= russian
    assert _english(russian & english) == set()


def test_every_weakening_code_has_a_translatable_text() -> None:
    assert set(WEAKENING) == set(DESCRIPTIONS)
    assert all(WEAKENING[code] == DESCRIPTIONS[code] for code in DESCRIPTIONS)
