"""Rough edges from a walkthrough of the main window (issue 17): the notice and the hint, the
delete confirmation, undo, and the menu following the current row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.core.vault import open_vault, vault_path
from desktop.ui import buttons, theme, workers
from tests.ui.conftest import account


def answer_modal(texts: list[str], press: str) -> Callable[[], None]:
    """Once a message box is open: record its button texts, then press the one named."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        buttons = [b for b in box.findChildren(QPushButton) if b.isVisible()]
        texts.extend(b.text().replace("&", "") for b in buttons)
        next(b for b in buttons if b.text().replace("&", "") == press).click()

    return poll


def test_the_notice_does_not_cover_the_hint(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    window.resize(460, 640)
    qtbot.keyClicks(window.search, "g")
    assert window.hint.isVisible()
    window.account_actions.copy_current()
    assert window.notice.isVisible()
    assert not window.notice.geometry().intersects(window.hint.geometry())
    assert window.notice.geometry().bottom() < window.hint.geometry().top()
    window.search.clear()  # the hint goes: the notice moves down to the bottom edge
    assert not window.hint.isVisible()
    assert window.notice.geometry().bottom() > window.hint.geometry().top()


def test_delete_asks_with_delete_and_cancel(open_window: Any, home: Path, keystore: Any) -> None:
    window = open_window()
    window.select_proxy_row(0)
    victim = window.account_actions.current()
    seen: list[str] = []
    QTimer.singleShot(0, answer_modal(seen, "Cancel"))
    window.account_actions.delete_action.trigger()
    assert sorted(seen) == ["Cancel", "Delete"]
    assert window.model.row_of(victim.id) >= 0
    QTimer.singleShot(0, answer_modal([], "Delete"))
    window.account_actions.delete_action.trigger()
    assert window.model.row_of(victim.id) == -1
    assert victim.id not in {a.id for a in open_vault(vault_path(home), keystore=keystore).accounts}


def test_undo_survives_a_copy_and_works_from_the_search_field(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    victim = window.model.account_at(1)
    window.account_actions.delete(victim)
    window.account_actions.copy_current()  # another notice replaces the Undo one
    assert window.notice.text.startswith("Copied")
    assert window.account_actions.undo_action.isEnabled()
    window.search.setFocus()
    QTest.keySequence(window.search, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.model.row_of(victim.id) == 1
    assert not window.account_actions.undo_action.isEnabled()


def test_the_next_change_ends_the_undo(open_window: Any) -> None:
    window = open_window()
    victim = window.model.account_at(1)
    window.account_actions.delete(victim)
    window.select_proxy_row(0)
    window.account_actions.favourite_action.trigger()
    assert not window.account_actions.can_undo
    window.account_actions.undo_action.trigger()
    assert window.model.row_of(victim.id) == -1


def test_undo_expires_when_its_time_is_up(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    victim = window.model.account_at(0)
    actions = window.account_actions
    actions.delete(victim)
    actions._undo_timer.setInterval(50)  # the real 10 s is checked in test_main_window
    actions._undo_timer.start()
    window.notice._timer.stop()  # as while the pointer rests on the notice
    qtbot.waitUntil(lambda: not actions.can_undo, timeout=5000)
    assert not window.notice.isVisible()  # no Undo button left that would do nothing
    actions.undo_action.trigger()
    assert window.model.row_of(victim.id) == -1


def test_the_main_menu_follows_the_current_row_after_delete_and_undo(open_window: Any) -> None:
    window = open_window()
    actions = window.account_actions
    window.select_proxy_row(2)
    actions.favourite_action.trigger()  # a favourite goes to the top
    favourite = window.model.account_at(0)
    assert favourite.favorite and actions.favourite_action.isChecked()
    actions.delete(favourite)
    assert not actions.current().favorite
    assert not actions.favourite_action.isChecked()
    actions.undo()
    window.select_proxy_row(1)  # not a favourite
    window.app_menu.menu.aboutToShow.emit()
    assert not actions.current().favorite
    assert not actions.favourite_action.isChecked()
    actions.favourite_action.trigger()
    assert window.model.account_at(0).favorite and window.model.account_at(1).favorite
    hotp = next(i for i in range(5) if window.proxy.index(i, 0).data().startswith("VPN"))
    window.select_proxy_row(hotp)
    assert actions.next_action.isEnabled()
    window.select_proxy_row(0)
    assert not actions.next_action.isEnabled()


def _dialogs(window: Any, tmp_path: Path) -> list[QWidget]:
    from desktop.core.frames import VideoCaptureSource
    from desktop.ui.edit_dialog import EditDialog
    from desktop.ui.manual_dialog import ManualDialog
    from desktop.ui.passphrase import PassphraseDialog
    from desktop.ui.scan import ScanDialog
    from desktop.ui.settings_dialog import SettingsDialog

    return [
        SettingsDialog(window.settings, window),
        ManualDialog(window, None, [], window.clock),
        EditDialog(window.model.account_at(0), [], window),
        PassphraseDialog(window, choose=True),
        ScanDialog(VideoCaptureSource(str(tmp_path / "none.avi")), window),
    ]


def _button_icons(dialog: QWidget) -> list[bool]:
    return [
        not button.icon().isNull()
        for box in dialog.findChildren(QDialogButtonBox)
        for button in box.buttons()
    ]


def test_dialog_buttons_all_have_icons_or_none(
    open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    # Offscreen, like GNOME, Windows and macOS, the platform shows no icons on dialog buttons.
    assert not buttons.platform_shows_icons(window)
    for dialog in _dialogs(window, tmp_path):
        assert _button_icons(dialog) and not any(_button_icons(dialog)), type(dialog).__name__
    # Where it does (KDE, X11 without a desktop), every button gets one: the custom ones too.
    monkeypatch.setattr(buttons, "platform_shows_icons", lambda _widget: True)
    for dialog in _dialogs(window, tmp_path):
        assert all(_button_icons(dialog)), type(dialog).__name__


def test_the_add_dialog_keeps_its_size_when_a_problem_appears(open_window: Any) -> None:
    from desktop.ui.manual_dialog import ManualDialog

    window = open_window()
    dialog = ManualDialog(window, None, [], window.clock)
    dialog.show()
    QApplication.processEvents()
    height, group_y = dialog.height(), dialog.group.y()
    dialog.secret.setText("not a key at all, far too long to fit on one line of this dialog!")
    QApplication.processEvents()
    assert dialog.error.text(), dialog.error.text()
    assert (dialog.height(), dialog.group.y()) == (height, group_y)
    dialog.close()


def _opaque_colours(image: QImage) -> set[str]:
    return {
        QColor.fromRgba(image.pixel(x, y)).name()
        for y in range(image.height())
        for x in range(image.width())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    }


def test_a_new_theme_applies_to_the_whole_window_at_once(
    open_window: Any, qapp: QApplication
) -> None:
    theme.apply_theme(qapp, "light")
    window = open_window()
    try:
        theme.apply_theme(qapp, "dark")
        QApplication.processEvents()
        shot = window.grab().toImage()
        dark = theme.palette_for("dark")
        window_colour = dark.color(QPalette.ColorRole.Window).name()
        base_colour = dark.color(QPalette.ColorRole.Base).name()
        top_bar = QColor.fromRgb(shot.pixel(4, 4)).name()
        search = window.search.geometry().center()
        inside_search = QColor.fromRgb(shot.pixel(search.x() + 60, search.y())).name()
        below_list = QColor.fromRgb(shot.pixel(4, shot.height() - 4)).name()
        assert (top_bar, inside_search, below_list) == (window_colour, base_colour, window_colour)
        icon = window.add_button.icon().pixmap(16, 16).toImage()
        assert dark.color(QPalette.ColorRole.Text).name() in _opaque_colours(icon)
    finally:
        theme.apply_theme(qapp, "light")


def test_a_vault_saved_by_another_process_is_reloaded_keeping_selection_and_filter(
    open_window: Any, reopen: Any, qtbot: Any
) -> None:
    window = open_window()
    qtbot.keyClicks(window.search, "g")
    window.select_proxy_row(1)
    chosen = window.account_actions.current()
    other = reopen()  # what `keydesk add` does: open the file, add, save
    other.add(account("Gitea", "ci"))
    other.save()
    qtbot.waitUntil(lambda: window.model.row_of(other.accounts[-1].id) >= 0, timeout=10_000)
    assert window.search.text() == "g"
    assert window.account_actions.current().id == chosen.id
    assert window.notice.text == "The vault was changed outside this window; the list was reloaded."
    # This window's own saves are not "changes by another process".
    reloads: list[int] = []
    window.session.reloaded.connect(lambda: reloads.append(1))
    window.account_actions.favourite_action.trigger()
    window.session.reload_if_changed()
    qtbot.waitUntil(lambda: workers.pending() == 0, timeout=10_000)
    assert reloads == []


def _scan_dialogs_shown() -> bool:
    from desktop.ui.scan import ScanDialog

    return any(isinstance(w, ScanDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_the_screen_is_grabbed_after_the_menu_has_closed(
    open_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    from desktop.ui.scan import images, screen_picker

    window = open_window()
    menu = window.add_menu.menu
    seen: list[tuple[bool, bool]] = []

    def grab() -> list[images.ScreenShot]:
        seen.append((menu.isVisible(), _scan_dialogs_shown()))
        return images.grab_screens()

    monkeypatch.setattr(screen_picker, "grab_screens", grab)
    menu.popup(window.mapToGlobal(window.rect().center()))
    assert menu.isVisible()
    screen = next(a for a in menu.actions() if a.text().startswith("Scan &screen"))
    screen.trigger()  # as a click does, while the menu is still on screen
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(False, False)]  # no menu and no empty scan dialog in the picture
    picker = next(w for w in QApplication.topLevelWidgets() if type(w).__name__.endswith("Picker"))
    qtbot.waitUntil(lambda: workers.pending() == 0, timeout=10_000)  # its search for codes
    qtbot.keyClick(picker, Qt.Key.Key_Escape)  # cancels
    assert not _scan_dialogs_shown()


def test_an_image_file_is_chosen_before_the_scan_dialog_shows(
    open_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = open_window()
    asked: list[bool] = []
    answer = ("", "")

    def choose(*_args: object, **_kw: object) -> tuple[str, str]:
        asked.append(_scan_dialogs_shown())
        return answer

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.add_menu.scan("file")
    assert asked == [False] and not _scan_dialogs_shown()  # cancelled: nothing ever showed
    blank = tmp_path / "blank.png"
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(blank))
    answer = (str(blank), "")
    window.add_menu.scan("file")
    assert asked == [False, False] and _scan_dialogs_shown()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal())
    qtbot.waitUntil(lambda: dialog.state in ("not_found", "error"), timeout=10_000)
    dialog.reject()


def test_settings_hints_are_not_squeezed(open_window: Any) -> None:
    from desktop.ui.settings_dialog import SettingsDialog

    window = open_window()
    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    QApplication.processEvents()
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert wrapped
    for label in wrapped:
        if label.isVisible() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    dialog.close()


def test_a_long_notice_wraps_instead_of_running_off_the_edge(open_window: Any) -> None:
    window = open_window()
    window.resize(460, 640)
    long = "Something went wrong (KeyError). Keydesk keeps running; the details are in " + (
        "/home/operator/.local/share/keydesk/keydesk.log."
    )
    window.notice.show_message(long, 10)
    label = window.notice.findChild(QLabel, "noticeText")
    assert label is not None and label.wordWrap()
    assert window.notice.geometry().right() <= window.width()
    assert label.heightForWidth(label.width()) <= label.height()  # every line is shown
    window.notice.show_message("Copied", 3)  # a short one stays on one line
    assert not label.wordWrap()
    assert label.height() < QFontMetrics(label.font()).height() * 2
