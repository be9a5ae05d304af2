"""From an unlock outcome to a shown main window (or a passphrase prompt, or an error).

The first frame shows the codes and nothing more; the rest of the window, the tray and the
clock check follow right after it (:meth:`Startup._after_first_frame`).
"""

from __future__ import annotations

import gc
import os
import time
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.core.errors import KeydeskError
from desktop.ui import settings as keys
from desktop.ui.i18n import install_translation
from desktop.ui.icons import app_icon
from desktop.ui.ready_services import ReadyServices
from desktop.ui.self_check import SelfCheck
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme
from desktop.ui.unhandled import UnhandledReporter, tell_in_window
from desktop.ui.unlock import KeystoreFactory, Outcome, State, unlock_with_passphrase

if TYPE_CHECKING:
    from desktop.core.instance import Listener
    from desktop.core.policy import Policy
    from desktop.core.profiles import Profile
    from desktop.ui.instance_bridge import InstanceBridge
    from desktop.ui.main_window import MainWindow

PASSPHRASE_ENV = "KEYDESK_PASSPHRASE_FILE"  # noqa: S105 - an environment variable name
#: How long the rest of the window waits for its first frame before completing anyway.
FIRST_FRAME_GRACE_MS = 1000


class _Relay(QObject):
    ready = Signal(object)


class Startup(QObject):
    def __init__(
        self,
        app: QApplication,
        home: Path,
        future: Future[Outcome] | None,
        *,
        profile: Profile | None = None,
        problem: str = "",
        self_check: bool,
        timeline: dict[str, float],
        style_set: bool = False,
        policy: Policy | None = None,
        kiosk: bool = False,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.home = home  # the data folder: settings shared by every profile
        self.profile = profile
        #: The profile's folder (its vault); the data folder itself for callers without one.
        self.folder = profile.folder if profile is not None else home
        self.problem = problem
        self.future = future
        self.self_check = self_check
        self.timeline = timeline
        self.entered = timeline["entered"]
        self.exit_status: int | None = None
        self.window: object = None
        self.frame_seen = False
        #: ``--self-check``'s report; it ends the run if anything fails on the way.
        self.check: SelfCheck | None = None
        if self_check:
            self.check = SelfCheck(self, timeline, self._age_ms, self._quit)
            self.check.arm()
        self.instance: InstanceBridge | None = None
        self.restore_offer: object = None
        #: Where a second unlock (after a restore) gets the keyring; None: the system's.
        self.keystore_factory: KeystoreFactory | None = None
        #: Said in the window once it is shown, after a restore from the backup.
        self.restored_message = ""
        app.setApplicationName("Keydesk")
        app.setDesktopFileName("keydesk")
        app.setWindowIcon(app_icon())
        app.setQuitOnLastWindowClosed(False)
        #: An exception no code caught: logged (where, not what) and told in the window.
        self.unhandled = UnhandledReporter(lambda kind: tell_in_window(self.window, home, kind))
        self.unhandled.install()
        self.settings = Settings(home, self, policy=policy)
        from desktop.ui.policy_gate import set_policy_in_force

        set_policy_in_force(self.settings.policy)
        self.kiosk = kiosk
        install_translation(app, self.settings.get_str(keys.LANGUAGE))
        apply_theme(app, self.settings.get_str(keys.THEME), style_set=style_set)
        #: What starts once the window is ready: the global shortcut, the clock check.
        self.services = ReadyServices(self.settings, self)
        self.settings.changed.connect(self._setting_changed)
        app.styleHints().colorSchemeChanged.connect(lambda _s: self._setting_changed(keys.THEME))

    def serve_instance(self, listener: Listener, initial_filter: str | None) -> None:
        """Answer later launches of this profile (see :mod:`desktop.core.instance`)."""
        from desktop.ui.instance_bridge import InstanceBridge

        self.instance = InstanceBridge(listener, self)
        if initial_filter is not None:
            self.instance.pending.append({"action": "show", "filter": initial_filter})
        self.app.aboutToQuit.connect(self.instance.close)

    def begin(self) -> None:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.session import VaultSession

        if self.kiosk and not self.self_check:
            from desktop.ui.kiosk import KioskWindow

            kiosk = KioskWindow(self.home, self.settings)
            self.window = kiosk
            kiosk.show_kiosk()  # the kiosk unlocks its own profiles: the start-up unlock is unused
            resume_garbage_collection()
            return

        # Build the window while the unlock child talks to the keyring.
        self.window = MainWindow(self.settings, VaultSession(self.folder), complete=False)
        self.window.profile = self.profile
        self.window.data_home = self.home  # type: ignore[attr-defined] # for the picker
        self._mark("window built")
        if self.future is None:
            self._no_profile()
            return
        relay = _Relay(self)
        # Emitted on the unlock thread (queued to this one), or right here if already done.
        relay.ready.connect(self._outcome)
        self.future.add_done_callback(lambda done: relay.ready.emit(_result(done)))

    def _no_profile(self) -> None:
        if self.problem or self.self_check:
            message = self.problem or "several profiles: give --profile NAME"
            QTimer.singleShot(0, lambda: self._fail(message))
            return
        from desktop.ui.profile_picker import show_picker

        window = self._main_window()
        window.complete()
        assert window.lock is not None
        show_picker(window.lock)
        self._show()

    def _main_window(self) -> MainWindow:
        from desktop.ui.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        return window

    def _show_locked(self, message: str = "") -> None:
        """The profile needs its passphrase (or cannot be read): the window opens locked."""
        window = self._main_window()
        window.complete()
        assert window.lock is not None
        window.lock.show_locked(message)
        self._show()

    def _setting_changed(self, key: str) -> None:
        if key == keys.THEME:
            apply_theme(self.app, self.settings.get_str(keys.THEME))

    # --- outcomes ---------------------------------------------------------------------------

    def _outcome(self, outcome: Outcome) -> None:
        self._mark("unlock answered")
        if outcome.state is State.OPEN:
            assert outcome.vault is not None and outcome.opener is not None
            self.window.session.adopt(outcome.vault, outcome.opener)  # type: ignore[attr-defined]
            self._note_unlock(outcome)
            self._show()
        elif outcome.state is State.MISSING:
            self._show()
        elif outcome.state is State.RECOVERABLE:
            self._fail(outcome.message, outcome.code)
        elif outcome.state is State.PASSPHRASE:
            self._ask_passphrase(outcome)
        else:
            self._fail(outcome.message, outcome.code)

    def _note_unlock(self, outcome: Outcome) -> None:
        """The usage record of this profile: pending failures sealed, retention, this unlock.
        Written where the vault was opened (the unlock child), else on a worker thread, so the
        codes are not kept waiting for it."""
        if outcome.recorded:
            return
        from desktop.ui.policy_gate import record_unlock_soon

        assert outcome.vault is not None
        record_unlock_soon(self.settings.policy, outcome.vault)

    def _ask_passphrase(self, outcome: Outcome) -> None:
        if self.self_check:
            path = os.environ.get(PASSPHRASE_ENV)
            if not path or outcome.code == "wrong_passphrase":
                self._finish_self_check(error="the vault needs its passphrase", status=3)
                return
            passphrase = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
            self._unlock_with(passphrase)
            return
        message = "" if outcome.code in ("", "wrong_passphrase") else outcome.message
        self._show_locked(message)

    def _unlock_with(self, passphrase: str) -> None:
        from desktop.ui.workers import run_async

        run_async(
            lambda: unlock_with_passphrase(self.folder, passphrase),
            self._outcome,
            lambda exc: self._fail(str(exc)),
        )

    def _fail(self, message: str, code: str = "") -> None:
        resume_garbage_collection()
        if self.self_check:
            self._finish_self_check(error=message, status=1)
            return
        from desktop.ui.restore_offer import can_restore

        if can_restore(self.folder, code):
            self._offer_restore(message)
            return
        from desktop.ui.main_window import MainWindow

        if self.profile is not None and isinstance(self.window, MainWindow):
            self._show_locked(message)  # the message names the folder; other profiles open
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, self.tr("Keydesk cannot open the vault"), message)
        self._quit(1)

    def _offer_restore(self, problem: str) -> None:
        from desktop.ui.restore_offer import RestoreOffer

        self.restore_offer = RestoreOffer(self.folder, problem)
        self.restore_offer.finished.connect(self._restore_answered)
        self.restore_offer.open()

    def _restore_answered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.restore_offer import RestoreOffer

        offer = self.restore_offer
        assert isinstance(offer, RestoreOffer)
        if not offer.chose_restore():
            self._quit(1)
            return
        try:
            done = offer.restore()
        except (KeydeskError, OSError) as exc:
            QMessageBox.critical(None, self.tr("Keydesk cannot open the vault"), str(exc))
            self._quit(1)
            return
        self.restored_message = done
        self._unlock_again()

    def _unlock_again(self) -> None:
        from desktop.ui.unlock import unlock_automatically
        from desktop.ui.workers import run_async

        run_async(
            lambda: unlock_automatically(self.folder, self.keystore_factory),
            self._outcome,
            lambda exc: self._fail(str(exc)),
        )

    def _quit(self, status: int) -> None:
        self.exit_status = status
        QTimer.singleShot(0, self.app.quit)

    # --- the window -------------------------------------------------------------------------

    def _show(self) -> None:
        from desktop.ui.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        window.reload_accounts()
        geometry = self.settings.raw(keys.GEOMETRY)
        if geometry is not None and not self.self_check:
            window.restoreGeometry(geometry)  # type: ignore[arg-type]
        if self.self_check or not self._starts_in_tray():
            window.show()
        if window.isVisible() and window.model.rowCount():
            # The rest waits until the codes are on screen: the first painted row's frame; or
            # a moment, if the window is never painted (opened behind others, or off-screen).
            window.delegate.firstRowPainted.connect(self._first_row_painted)
            QTimer.singleShot(FIRST_FRAME_GRACE_MS, self._after_first_frame)
        else:
            QTimer.singleShot(0, self._after_first_frame)

    def _first_row_painted(self) -> None:
        QTimer.singleShot(0, self._after_first_frame)  # runs once this frame is finished

    def _starts_in_tray(self) -> bool:
        if not self.settings.get_bool(keys.START_MINIMISED):
            return False
        from desktop.ui.tray import Tray

        return Tray.available_here()

    def _after_first_frame(self) -> None:
        """What reading a code does not need: the rest of the window, tray, clock check."""
        from desktop.ui.main_window import MainWindow
        from desktop.ui.tray import Tray

        if self.frame_seen:
            return  # the grace timer after the frame, or the frame after the grace timer
        self.frame_seen = True
        if self.check is not None:
            self.check.first_frame()
        self._mark("first frame")
        window = self.window
        assert isinstance(window, MainWindow)
        window.complete()
        window.tray = Tray(window)
        if self.instance is not None:
            self.instance.attach(window)
        if not self.self_check:
            QTimer.singleShot(0, lambda: self.services.start_quick_access(window, self.instance))
        if self.restored_message:
            window.notice.show_message(self.restored_message, 10)
        self._mark("ready")
        from desktop.core.logfile import attach_log_file

        attach_log_file(self.home)  # warnings and unhandled errors from here on, for support
        resume_garbage_collection()
        if self.self_check:
            self._report()
            return
        self.services.start_drift_checks(window)
        if window.lock is not None:
            window.lock.start_watching()  # D-Bus: after the codes are on screen

    def _report(self) -> None:
        from desktop.ui.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        # The complete window is laid out and paints too: what completing it queued (layouts,
        # the list's delayed item layout, updates) runs first, then one paint to its backing
        # store, as a user sees it (a grab() would render it a second time, off screen).
        QApplication.processEvents()
        window.repaint()
        assert self.check is not None
        self.check.finish(accounts=window.model.rowCount(), painted=window.delegate.painted_rows)

    def _mark(self, milestone: str) -> None:
        self.timeline.setdefault(milestone, time.perf_counter())

    def _age_ms(self) -> float:
        from desktop.ui.app import process_age_ms

        age = process_age_ms()
        return age if age is not None else (time.perf_counter() - self.entered) * 1000

    def _finish_self_check(self, *, error: str = "", status: int = 0) -> None:
        assert self.check is not None
        self.check.finish(error=error, status=status)


def resume_garbage_collection() -> None:
    """End the pause that :func:`desktop.ui.app.run_gui` begins. What start-up built (modules,
    classes, Qt's enums, the window) stays for the whole run: frozen, later collections do not
    walk it again, and the first one after the pause is not a walk over all of it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _result(done: Future[Outcome]) -> Outcome:
    error = done.exception()
    if error is None:
        return done.result()
    from desktop.ui.errors_text import describe  # only when the unlock failed

    message = describe(error) if isinstance(error, KeydeskError) else type(error).__name__
    return Outcome(State.FAILED, message=message)
