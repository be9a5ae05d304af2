"""From an unlock outcome to a shown main window (or a passphrase prompt, or an error)."""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import KeydeskError
from desktop.ui import settings as keys
from desktop.ui.errors_text import describe
from desktop.ui.i18n import install_translation
from desktop.ui.icons import app_icon
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme
from desktop.ui.unlock import Outcome, State, unlock_with_passphrase

PASSPHRASE_ENV = "KEYDESK_PASSPHRASE_FILE"  # noqa: S105 - an environment variable name


class _Relay(QObject):
    ready = Signal(object)


class Startup(QObject):
    def __init__(
        self,
        app: QApplication,
        home: Path,
        future: Future[Outcome],
        *,
        self_check: bool,
        entered: float,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.home = home
        self.future = future
        self.self_check = self_check
        self.entered = entered
        self.exit_status: int | None = None
        self.window: object = None
        app.setApplicationName("Keydesk")
        app.setDesktopFileName("keydesk")
        app.setWindowIcon(app_icon())
        app.setQuitOnLastWindowClosed(False)
        self.settings = Settings(home, self)
        install_translation(app, self.settings.get_str(keys.LANGUAGE))
        apply_theme(app, self.settings.get_str(keys.THEME))
        self.settings.changed.connect(self._setting_changed)
        app.styleHints().colorSchemeChanged.connect(lambda _s: self._setting_changed(keys.THEME))

    def begin(self) -> None:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.session import VaultSession

        # Build the window while the unlock thread talks to the keyring.
        self.window = MainWindow(self.settings, VaultSession(self.home))
        relay = _Relay(self)
        relay.ready.connect(self._outcome, Qt.ConnectionType.QueuedConnection)
        self.future.add_done_callback(lambda done: relay.ready.emit(_result(done)))

    def _setting_changed(self, key: str) -> None:
        if key == keys.THEME:
            apply_theme(self.app, self.settings.get_str(keys.THEME))

    # --- outcomes ---------------------------------------------------------------------------

    def _outcome(self, outcome: Outcome) -> None:
        if outcome.state is State.OPEN:
            assert outcome.vault is not None and outcome.opener is not None
            self.window.session.adopt(outcome.vault, outcome.opener)  # type: ignore[attr-defined]
            self._show()
        elif outcome.state is State.MISSING:
            self._show()
        elif outcome.state is State.PASSPHRASE:
            self._ask_passphrase(outcome)
        else:
            self._fail(outcome.message)

    def _ask_passphrase(self, outcome: Outcome) -> None:
        if self.self_check:
            path = os.environ.get(PASSPHRASE_ENV)
            if not path or outcome.code == "wrong_passphrase":
                self._finish_self_check(error="the vault needs its passphrase", status=3)
                return
            passphrase = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
            self._unlock_with(passphrase)
            return
        from desktop.ui.passphrase import PassphraseDialog

        dialog = PassphraseDialog(None)
        if outcome.code == "wrong_passphrase":
            dialog.show_error(self.tr("Wrong passphrase. Try again."))
        elif outcome.message:
            dialog.show_error(outcome.message)
        if not dialog.exec():
            self._quit(0)
            return
        self._unlock_with(dialog.passphrase)

    def _unlock_with(self, passphrase: str) -> None:
        from desktop.ui.workers import run_async

        run_async(
            lambda: unlock_with_passphrase(self.home, passphrase),
            self._outcome,
            lambda exc: self._fail(str(exc)),
        )

    def _fail(self, message: str) -> None:
        if self.self_check:
            self._finish_self_check(error=message, status=1)
            return
        QMessageBox.critical(None, self.tr("Keydesk cannot open the vault"), message)
        self._quit(1)

    def _quit(self, status: int) -> None:
        self.exit_status = status
        QTimer.singleShot(0, self.app.quit)

    # --- the window -------------------------------------------------------------------------

    def _show(self) -> None:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.tray import Tray

        window = self.window
        assert isinstance(window, MainWindow)
        window.reload_accounts()
        geometry = self.settings.raw(keys.GEOMETRY)
        if geometry is not None and not self.self_check:
            window.restoreGeometry(geometry)  # type: ignore[arg-type]
        hidden = self.settings.get_bool(keys.START_MINIMISED) and Tray.available_here()
        if not hidden or self.self_check:
            window.show()
        if self.self_check:
            QTimer.singleShot(0, self._paint_and_report)
            return
        # After the first paint: the tray and the clock check are not needed to read a code.
        QTimer.singleShot(0, lambda: setattr(window, "tray", Tray(window)))
        QTimer.singleShot(0, self._start_drift_checks)

    def _start_drift_checks(self) -> None:
        from desktop.ui.drift import DriftMonitor
        from desktop.ui.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        self.drift = DriftMonitor(self.settings, window.clock, self)
        self.drift.driftDetected.connect(window.banner.show_offset)
        window.banner.accepted.connect(self._correct_clock)
        self.drift.start()

    def _correct_clock(self, offset: float) -> None:
        from desktop.ui.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        window.clock.offset = offset
        window.model.refresh_all()
        window.banner.hide()
        window.notice.show_message(self.tr("Codes now follow the server's clock."), 4)

    def _paint_and_report(self) -> None:
        from desktop.ui.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        window.grab()
        self._finish_self_check(
            accounts=window.model.rowCount(), painted=window.delegate.painted_rows
        )

    def _finish_self_check(
        self, *, error: str = "", status: int = 0, accounts: int = 0, painted: int = 0
    ) -> None:
        from desktop.ui.app import process_age_ms

        since_entry = (time.perf_counter() - self.entered) * 1000
        age = process_age_ms()
        report: dict[str, object] = {
            "startup_ms": round(age if age is not None else since_entry, 1),
            "gui_ms": round(since_entry, 1),
            "accounts": accounts,
            "painted": painted,
        }
        if error:
            report["error"] = error
        print(json.dumps(report), flush=True)  # noqa: T201 - the self-check's output
        self._quit(status)


def _result(done: Future[Outcome]) -> Outcome:
    error = done.exception()
    if error is None:
        return done.result()
    message = describe(error) if isinstance(error, KeydeskError) else type(error).__name__
    return Outcome(State.FAILED, message=message)
