"""Each second repaints only the countdown rings, and what it paints equals a full repaint."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from desktop.ui.blink import CursorBlinkLimit
from desktop.ui.delegate import AccountDelegate


def _screen_image(window: Any) -> QImage:
    """What is on screen now, without asking the widgets to paint again."""
    return QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()


def settle(painted: list[int]) -> None:
    """Let every pending repaint happen: until a round of events paints nothing more."""
    for _ in range(100):
        before = len(painted)
        QApplication.processEvents()
        QApplication.sendPostedEvents()
        if len(painted) == before:
            return
    raise AssertionError("the window kept repainting")


def test_a_tick_repaints_just_the_rings_and_matches_a_full_paint(
    open_window: Any, fake_clock: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    window.ticker.stop()  # the test moves the clock and ticks itself
    qtbot.waitExposed(window)
    full: list[int] = []
    rings: list[int] = []
    original_paint, original_ring = AccountDelegate.paint, AccountDelegate.paint_ring
    monkeypatch.setattr(
        AccountDelegate, "paint", lambda *a: (full.append(1), original_paint(*a))[1]
    )
    monkeypatch.setattr(
        AccountDelegate, "paint_ring", lambda *a: (rings.append(1), original_ring(*a))[1]
    )
    settle(full)
    full.clear()
    fake_clock.now += 1  # 19 s left of 30: only the countdowns move
    window.model.tick()
    qtbot.waitUntil(lambda: len(rings) > 0, timeout=5000)
    assert full == []
    timed_rows = sum(1 for a in window.model.accounts() if a.is_timed)
    assert len(rings) == timed_rows  # the HOTP row has no countdown
    after_tick = _screen_image(window)
    window.view.viewport().repaint()  # everything, the slow way
    assert full, "the full repaint went through the delegate"
    assert _screen_image(window) == after_tick


def test_the_cursor_stops_blinking_when_idle_and_blinks_again_on_input(
    open_window: Any, qtbot: Any
) -> None:
    window = open_window()
    limit: CursorBlinkLimit = window.blink_limit
    flash = QGuiApplication.styleHints().cursorFlashTime()
    try:
        limit.stop()  # what the timer does after BLINK_FOR_MS without input
        assert not limit.blinking
        qtbot.keyClicks(window.search, "g")
        assert limit.blinking
    finally:
        QApplication.setCursorFlashTime(flash)


def test_a_countdown_tick_tells_screen_readers_nothing(
    open_window: Any, fake_clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt announces item changes from QAbstractItemView.dataChanged; a tick never reaches it, so
    a focused row is not re-read every second (only when it gets focus, or its code changes)."""
    from PySide6.QtWidgets import QListView

    window = open_window()
    window.ticker.stop()
    reached: list[list[int]] = []
    original = QListView.dataChanged
    monkeypatch.setattr(
        QListView,
        "dataChanged",
        lambda self, *args: (
            reached.append(list(args[2]) if len(args) > 2 else []),
            original(self, *args),
        )[1],
    )
    fake_clock.now += 1
    window.model.tick()
    assert reached == []
    fake_clock.now += 19  # the 30 s codes roll over: that change is told
    window.model.tick()
    assert reached
