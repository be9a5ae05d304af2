"""Kiosk mode: one full-screen flow for a shared PC, in large type.

Pick your profile → passphrase → codes → copy → back to the picker: after the clipboard is
cleared, after ``auto_lock_seconds`` without input, or at once with ``lock_after_copy``. No
close or minimise, no tray, no menus: nothing from the main window is reachable, so no file
dialog either. Scanning a QR code (camera or screen) is offered when adding is allowed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.core.backoff import UnlockBackoff
from desktop.core.errors import KeydeskError, PolicyRefused
from desktop.ui.clipboard import ClipboardGuard
from desktop.ui.input_watch import InputWatch
from desktop.ui.kiosk_pages import (
    CodesPage,
    KioskProfile,
    PassphrasePage,
    PickerPage,
    big_font,
    type_size,
)
from desktop.ui.policy_gate import record_unlock, refusal_text, usage_log_of
from desktop.ui.settings import CLIPBOARD_CLEAR, HIDE_CODES, LOCK_ON_SESSION_LOCK, Settings

if TYPE_CHECKING:
    from desktop.core.otp import Account
    from desktop.core.vault import Vault


def kiosk_profiles(home: Path) -> list[KioskProfile]:
    """The profiles of this data folder that have a vault to open."""
    from desktop.core.profiles import ProfileStore

    return [KioskProfile(p.name, p.folder) for p in ProfileStore(home).profiles() if p.has_vault]


class KioskWindow(QWidget):
    def __init__(
        self,
        home: Path,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.time,
        profiles: Callable[[Path], list[KioskProfile]] = kiosk_profiles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.home = home
        self.settings = settings
        self.policy = settings.policy
        self.clock = clock
        self.list_profiles = profiles
        self.vault: Vault | None = None
        self.profile: KioskProfile | None = None
        self.quitting = False
        self.setWindowTitle("Keydesk")
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.stack = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.stack)
        self.picker = PickerPage(self.stack)
        self.passphrase = PassphrasePage(self.stack)
        self.codes = CodesPage(self.stack, clock)
        for page in (self.picker, self.passphrase, self.codes):
            self.stack.addWidget(page)
        self.picker.chosen.connect(self.choose)
        self.passphrase.submitted.connect(self.unlock)
        self.passphrase.back.connect(self.lock)
        self.codes.copied.connect(self.copy)
        self.codes.done.connect(self.lock)
        self.codes.scan.connect(self.scan)
        self.codes.search.returnPressed.connect(self._copy_first)
        self.guard = ClipboardGuard(QGuiApplication.clipboard(), self)
        self.back_timer = self._timer(self.lock)
        self.idle_timer = self._timer(self.lock)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self.codes.refresh)
        self.input_watch = InputWatch(self._input_seen, self)
        from desktop.ui.session_watch import SessionWatch

        self.watch = SessionWatch(self)
        self.watch.lockRequested.connect(self._os_lock)
        self.lock()

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # --- look -----------------------------------------------------------------------------------

    def fit_to(self, width: int, height: int) -> None:
        """Large type for this screen size; the codes in as many columns as fit."""
        size = type_size(height)
        self.setFont(big_font(self.font(), size))
        self.setStyleSheet(
            f"QWidget {{ font-size: {size}px; }}"
            f" #kioskTitle {{ font-size: {int(size * 1.5)}px; font-weight: bold; margin: {size}px; }}"
            f" QPushButton {{ min-height: {int(size * 2.2)}px; padding: 0 {size}px; }}"
            f" #kioskProfile {{ min-width: {size * 16}px; }}"
            f" QLineEdit {{ min-height: {int(size * 2)}px; min-width: {size * 18}px; }}"
            f" #kioskTile {{ font-size: {int(size * 1.3)}px; min-height: {int(size * 4)}px;"
            f" text-align: left; padding: {size // 2}px {size}px; }}"
            " #kioskError { color: #d93a3a; }"
        )
        self.codes.columns = max(1, min(3, width // (size * 24)))
        self.codes.tile_padding = size
        self.resize(width, height)

    def start_watching(self, session_bus: object = None, system_bus: object = None) -> list[str]:
        """The OS session lock and sleep send the kiosk back to the picker (tests pass buses)."""
        return self.watch.start(session_bus, system_bus)

    def _os_lock(self, _reason: str) -> None:
        if self.settings.get_bool(LOCK_ON_SESSION_LOCK):  # the policy's value when pinned
            self.lock()

    def show_kiosk(self) -> None:
        screen = self.screen().geometry() if self.screen() else None
        if screen is not None:
            self.fit_to(screen.width(), screen.height())
        self.showFullScreen()
        self.input_watch.watch(self.windowHandle())
        self.start_watching()

    # --- the flow -------------------------------------------------------------------------------

    def lock(self, *, clear_clipboard: bool = True) -> None:
        """Back to the picker: the accounts and the key leave this window, the clipboard too."""
        if clear_clipboard:
            self.guard.clear_if_ours()
        self.back_timer.stop()
        self.idle_timer.stop()
        self.tick.stop()
        self.vault = None
        self.profile = None
        self.codes.show_accounts("", [], False)
        self.picker.show_profiles(self.list_profiles(self.home))
        self.stack.setCurrentWidget(self.picker)

    def choose(self, profile: KioskProfile) -> None:
        self.profile = profile
        self.passphrase.ask(profile)
        self.stack.setCurrentWidget(self.passphrase)
        self._arm_idle()
        if not _has_passphrase(profile.folder):
            try:  # under require_passphrase a keyring-only profile stays shut here too
                self.policy.check_slots(has_passphrase=False)
            except PolicyRefused as exc:
                self.passphrase.ask(profile, refusal_text(exc))
                return
            self.unlock(None)  # a keyring-only profile: a privacy screen, opened with a click

    def unlock(self, passphrase: str | None) -> None:
        from desktop.ui.workers import run_async

        profile = self.profile
        assert profile is not None
        wait = UnlockBackoff(profile.folder).wait(self.clock())
        if passphrase is not None and wait > 0:  # the profile's backoff holds in a kiosk too
            text = self.tr("Too many wrong passphrases. Try again in %n s.", "", math.ceil(wait))
            self.passphrase.ask(profile, text)
            return
        self.passphrase.set_busy(True)
        run_async(
            lambda: _open(profile.folder, passphrase),
            lambda vault: self._opened(profile, vault),
            lambda exc: self._refused(profile, exc),
        )

    def _opened(self, profile: KioskProfile, vault: Vault) -> None:
        if self.profile != profile:
            return  # locked (idle) while the passphrase was being checked
        UnlockBackoff(profile.folder).reset()
        self.vault = vault
        record_unlock(self.policy, vault)
        self.codes.hide_codes = self.settings.get_bool(HIDE_CODES)
        self.codes.show_accounts(
            profile.name, list(vault.accounts), self.policy.allows("allow_add")
        )
        self.stack.setCurrentWidget(self.codes)
        self.tick.start(1000)
        self._arm_idle()

    def _refused(self, profile: KioskProfile, exc: Exception) -> None:
        from desktop.core.usage_log import note_failed_unlock
        from desktop.ui.errors_text import describe

        if isinstance(exc, KeydeskError) and exc.code == "wrong_passphrase":
            note_failed_unlock(profile.folder, now=self.clock(), detail="kiosk")
            UnlockBackoff(profile.folder).record_failure(self.clock())
            text = self.tr("Wrong passphrase. Try again.")
        else:
            text = describe(exc) if isinstance(exc, KeydeskError) else str(exc)
        self.passphrase.ask(profile, text)

    def copy(self, account: Account) -> None:
        from desktop.core.otp import OtpType, advance_counter, code_at

        vault = self.vault
        if vault is None:
            return
        code = code_at(account, self.clock())
        if account.type is OtpType.HOTP:
            vault.update(advance_counter(account))
            vault.save()
        delay = self.settings.get_int(CLIPBOARD_CLEAR)
        self.guard.copy(code, delay)
        record = usage_log_of(self.policy, vault)
        if record is not None:
            record.record("copy", account.label, "kiosk", now=self.clock())
        if self.policy.value("lock_after_copy"):
            self.lock(clear_clipboard=False)  # the guard still clears it after the delay
            return
        self.codes.title.setText(self.tr("Copied. Back to the profiles in %n s.", "", delay))
        self.back_timer.start(delay * 1000)

    def _copy_first(self) -> None:
        account = self.codes.first_visible()
        if account is not None:
            self.copy(account)

    def scan(self, source: str) -> None:
        """Adding by QR code (camera or screen region); never a file dialog."""
        from desktop.ui.add_menu import scan_dialog_class

        dialog_class = scan_dialog_class()
        if dialog_class is None or self.vault is None:
            return
        dialog = dialog_class(source, self, clock=self.clock)
        dialog.accountsConfirmed.connect(self._add_scanned)
        dialog.open()

    def _add_scanned(self, accounts: list[Account]) -> None:
        vault, profile = self.vault, self.profile
        if vault is None or profile is None:
            return
        try:
            self.policy.require("allow_add")
            for account in accounts:
                self.policy.check_issuer(account.issuer)
        except PolicyRefused as exc:
            self.codes.title.setText(refusal_text(exc))
            return
        for account in accounts:
            vault.add(account)
        vault.save()
        record = usage_log_of(self.policy, vault)
        for account in accounts if record is not None else []:
            record.record("add", account.label, "kiosk", now=self.clock())  # type: ignore[union-attr]
        self.codes.show_accounts(profile.name, list(vault.accounts), True)

    # --- idle, close, minimise ------------------------------------------------------------------

    def _arm_idle(self) -> None:
        seconds = int(self.policy.value("auto_lock_seconds"))
        if seconds > 0 and self.stack.currentWidget() is not self.picker:
            self.idle_timer.start(seconds * 1000)

    def _input_seen(self) -> None:
        if self.idle_timer.isActive():
            self._arm_idle()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.quitting:
            event.accept()
        else:
            event.ignore()  # no closing a kiosk from the keyboard or the window manager

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self.showFullScreen)


def _has_passphrase(folder: Path) -> bool:
    from desktop.core.slots import SlotKind
    from desktop.core.vault import read_slots, vault_path

    try:
        return any(s.kind is SlotKind.PASSPHRASE for s in read_slots(vault_path(folder)))
    except KeydeskError:
        return True  # ask; the unlock then says what is wrong with the file


def _open(folder: Path, passphrase: str | None) -> Vault:
    """On a worker thread: Argon2id, or the keyring for a profile without a passphrase."""
    from desktop.core.vault import open_vault, vault_path

    if passphrase is not None:
        return open_vault(vault_path(folder), passphrase=passphrase)
    from desktop.ui.keystore import fast_system_keyring

    store, reason = fast_system_keyring()
    if store is None:
        raise KeydeskError(reason)
    return open_vault(vault_path(folder), keystore=store)
