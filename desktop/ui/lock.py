"""Locking the main window: now (Ctrl+L, the main menu, the tray), after idle, with the OS
session or sleep, and on minimise; and unlocking again from the lock screen.

Locked means: the accounts model is emptied, the vault's key is overwritten in place and the
vault dropped (:meth:`VaultSession.lock`), a code Keydesk put on the clipboard is cleared, every
other window and dialog is closed, and the window shows only :class:`LockScreen`. Hooks for
others: the ``locked(reason)`` and ``unlocked()`` signals, :meth:`lock`, :attr:`is_locked`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from desktop.core.autolock import IdleTimer, LockReason
from desktop.core.backoff import UnlockBackoff
from desktop.ui import settings as keys
from desktop.ui.lock_screen import ERROR, PASSPHRASE, PRIVACY, LockScreen
from desktop.ui.unlock import Outcome, State

if TYPE_CHECKING:
    from desktop.core.vault import Vault
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("keydesk.ui.lock")


class LockController(QObject):
    locked = Signal(str)
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self.w = window
        #: Monotonic: idle time. Wall: the backoff, which must survive a restart.
        self.clock = clock
        self.wall_clock = wall_clock
        self.is_locked = False
        self.screen: LockScreen | None = None
        self.idle = IdleTimer(self._idle_limit(), clock())
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.check_idle)
        from desktop.ui.session_watch import SessionWatch

        self.watch = SessionWatch(self)
        self.watch.lockRequested.connect(self._os_lock)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.switch_action = self._action(self.tr("Switch &profile…"), "", self.switch_profile)
        menu, before = window.app_menu.menu, window.app_menu.admin_action
        menu.insertActions(before, [self.lock_action, self.switch_action])
        menu.insertSeparator(before)
        from desktop.ui.input_watch import InputWatch

        self.input_watch = InputWatch(lambda: self.idle.input_seen(self.clock()), self)
        # Input counts from the first frame, focused or not: the window is watched as it shows.
        self.input_watch.watch(window.windowHandle())  # None until the window is first shown
        window.shown.connect(lambda: self.input_watch.watch(window.windowHandle()))
        window.minimised.connect(self._minimised)
        window.settings.changed.connect(self._setting_changed)
        self._arm()

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)  # the shortcut works with the menu closed
        return action

    def start_watching(self, session_bus: object = None, system_bus: object = None) -> list[str]:
        """Listen for the OS session lock and sleep (after the first frame; tests pass buses)."""
        sources = self.watch.start(session_bus, system_bus)
        self.watch.register_windows(int(self.w.winId()))
        log.info("lock with the session: watching %s", ", ".join(sources) or "nothing")
        return sources

    # --- triggers ------------------------------------------------------------------------

    def _idle_limit(self) -> float:
        return float(self.w.settings.get_int(keys.LOCK_IDLE_SECONDS))

    def _setting_changed(self, key: str) -> None:
        if key == keys.LOCK_IDLE_SECONDS:
            self.idle.limit_s = max(0.0, self._idle_limit())
            self._arm()

    def _arm(self) -> None:
        due = self.idle.due_in(self.clock())
        if due is None or self.is_locked:
            self.idle_timer.stop()
            return
        self.idle_timer.start(int(due * 1000) + 20)

    def check_idle(self) -> None:
        """The idle timer fired (or a test calls it): lock if no input came in the meantime."""
        if self.is_locked:
            return
        if self.idle.expired(self.clock()):
            self.lock(LockReason.IDLE)
        else:
            self._arm()

    def _os_lock(self, reason: str) -> None:
        if self.w.settings.get_bool(keys.LOCK_ON_SESSION_LOCK):
            self.lock(reason)

    def _minimised(self) -> None:
        if self.w.settings.get_bool(keys.LOCK_ON_MINIMISE):
            QTimer.singleShot(0, lambda: self.lock(LockReason.MINIMISED))

    # --- locking -------------------------------------------------------------------------

    def lock(
        self, reason: str = LockReason.MANUAL, message: str = "", *, keep_clipboard: bool = False
    ) -> None:
        """``keep_clipboard``: the policy's lock_after_copy, where the code just copied stays
        until its own clear delay runs out."""
        if self.is_locked:
            return
        self.is_locked = True
        self.idle_timer.stop()
        self._close_other_windows()
        w = self.w
        if w.completed and not keep_clipboard:
            w.guard.clear_if_ours()
            w.notice.dismiss()
        w.session.lock()
        w.search.clear()
        w.reload_accounts()
        self._show_screen(message)
        if w.tray is not None:
            w.tray.refresh()
        log.info("locked (%s)", reason)
        self.locked.emit(str(reason))

    def show_locked(self, message: str = "") -> None:
        """At start or after a profile switch: nothing is open; show the unlock screen."""
        self.is_locked = True
        self.idle_timer.stop()
        self._show_screen(message)
        if self.w.tray is not None:
            self.w.tray.refresh()

    def screen_error(self, text: str) -> None:
        self._screen().show_error(text)

    def _close_other_windows(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        if self.w.completed:
            self.w.app_menu.close_admin()
        for widget in QApplication.topLevelWidgets():
            if widget is self.w or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            elif isinstance(widget, QMainWindow):
                widget.close()

    def _show_screen(self, message: str = "") -> None:
        screen = self._screen()
        name = self.profile_name()
        mode, problem = self._mode()
        screen.show_profile(name, mode, message or problem)
        if mode == PASSPHRASE:
            wait = UnlockBackoff(self.w.session.home).wait(self.wall_clock())
            screen.start_countdown(wait)
        self.w.pages.setCurrentWidget(screen)

    def _screen(self) -> LockScreen:
        if self.screen is None:
            self.screen = LockScreen(self.w.pages)
            self.screen.passphraseEntered.connect(self._try_passphrase)
            self.screen.openRequested.connect(self._open_without_passphrase)
            self.screen.switchRequested.connect(self.switch_profile)
            self.screen.addPassphraseRequested.connect(self._add_passphrase)
            self.w.pages.addWidget(self.screen)
        return self.screen

    def profile_name(self) -> str:
        profile = getattr(self.w, "profile", None)
        return str(profile.name) if profile is not None else self.w.session.home.name

    def _mode(self) -> tuple[str, str]:
        from desktop.core.errors import KeydeskError
        from desktop.core.slots import SlotKind
        from desktop.core.vault import read_slots

        if not self.w.session.path.exists():
            return PRIVACY, ""  # nothing in it yet: nothing to protect
        try:
            kinds = {slot.kind for slot in read_slots(self.w.session.path)}
        except KeydeskError as exc:
            return ERROR, exc.message
        return (PASSPHRASE if SlotKind.PASSPHRASE in kinds else PRIVACY), ""

    # --- unlocking -----------------------------------------------------------------------

    def _try_passphrase(self, passphrase: str) -> None:
        from desktop.ui.unlock import unlock_with_passphrase
        from desktop.ui.workers import run_async

        screen = self._screen()
        folder = self.w.session.home
        wait = UnlockBackoff(folder).wait(self.wall_clock())
        if wait > 0:
            screen.start_countdown(wait)
            return
        screen.set_busy(True)
        run_async(lambda: unlock_with_passphrase(folder, passphrase), self._answer, self._failed)

    def _open_without_passphrase(self) -> None:
        from desktop.ui.unlock import unlock_automatically
        from desktop.ui.workers import run_async

        if not self.w.session.path.exists():
            self._show_main()
            return
        if self.w.settings.policy.value("require_passphrase"):
            from desktop.ui.profile_dialogs import add_passphrase_after_open

            add_passphrase_after_open(self)  # a keyring-only profile opens only by getting one
            return
        self._screen().set_busy(True)
        folder = self.w.session.home
        factory = self.w.session.keystore_factory
        run_async(lambda: unlock_automatically(folder, factory), self._answer, self._failed)

    def _answer(self, outcome: Outcome) -> None:
        if not self.is_locked:
            return
        screen = self._screen()
        backoff = UnlockBackoff(self.w.session.home)
        if outcome.state is State.OPEN:
            assert outcome.vault is not None
            backoff.reset()
            self.adopt(outcome.vault)
        elif outcome.code == "wrong_passphrase":
            now = self.wall_clock()
            state = backoff.record_failure(now)
            self._note_failure(now)
            screen.show_error(self.tr("Wrong passphrase."))
            screen.start_countdown(state.wait(now))
        else:
            screen.show_error(outcome.message or self.tr("The vault could not be opened."))

    def _failed(self, exc: Exception) -> None:
        self._screen().show_error(str(exc) or type(exc).__name__)

    def _note_failure(self, now: float) -> None:
        from desktop.core.usage_log import note_failed_unlock

        try:
            note_failed_unlock(self.w.session.home, now=now, detail="app")
        except OSError as exc:
            log.warning("usage record: %s", exc)

    def adopt(self, vault: Vault) -> None:
        """An unlocked vault for this window: back to the codes."""
        self.w.session.adopt(vault, vault.reopen)
        from desktop.ui.policy_gate import record_unlock_soon

        record_unlock_soon(self.w.settings.policy, vault)
        self._show_main()

    def _show_main(self) -> None:
        self.is_locked = False
        w = self.w
        w.pages.setCurrentIndex(0)
        w.reload_accounts()
        if w.completed and w.isVisible():
            w.model.tick()
        self.idle.input_seen(self.clock())
        self._arm()
        if w.tray is not None:
            w.tray.refresh()
        w.focus_search()
        self.unlocked.emit()

    # --- profiles ------------------------------------------------------------------------

    def switch_profile(self) -> None:
        """Lock this profile first, then show the profile picker."""
        from desktop.ui.profile_picker import show_picker

        show_picker(self)

    def _add_passphrase(self) -> None:
        from desktop.ui.profile_dialogs import add_passphrase_after_open

        add_passphrase_after_open(self)


def lock_controller(window: QWidget) -> LockController | None:
    controller = getattr(window, "lock", None)
    return controller if isinstance(controller, LockController) else None
