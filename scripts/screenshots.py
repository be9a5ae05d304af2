"""Regenerates docs/screenshots/main-*.png (the error notice too), settings*.png and
tray-menu.png, in English and Russian, offscreen or on a real X server (there the screen itself is grabbed, so what the X
server draws — menus, window stacking — is in the picture).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
 or: QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
         scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.base32 import decode_secret
from desktop.core.otp import Account, OtpType
from desktop.core.vault import create_vault, vault_path
from desktop.ui import settings as keys
from desktop.ui.i18n import install_translation
from desktop.ui.main_window import MainWindow
from desktop.ui.session import VaultSession
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme
from desktop.ui.timekeeper import Clock
from desktop.ui.tray import Tray

#: 21 s into a 30 s period: the next code is already shown, the countdown is not urgent yet.
SHOT_TIME = 1_767_225_621.0
SAMPLES = [
    ("Chat2Desk", "anna.petrova@support.example", "Work", True, OtpType.TOTP),
    ("Chat2Desk Admin", "admin@support.example", "Work", True, OtpType.TOTP),
    ("GitHub", "apetrova", "Work", False, OtpType.TOTP),
    ("Google", "anna.petrova@gmail.com", "Personal", False, OtpType.TOTP),
    ("Microsoft 365", "a.petrova@contoso.example", "Work", False, OtpType.TOTP),
    ("Steam", "annap_gamer", "Personal", False, OtpType.STEAM),
    ("Yandex", "anna.petrova", "Personal", False, OtpType.TOTP),
    ("VPN token", "office", "Work", False, OtpType.HOTP),
]


class MemoryKeys:
    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def get_key(self, entry: str) -> bytes:
        return self.keys[entry]

    def set_key(self, entry: str, key: bytes) -> None:
        self.keys[entry] = key

    def delete_key(self, entry: str) -> None:
        self.keys.pop(entry, None)


def sample_accounts() -> list[Account]:
    accounts = []
    for index, (issuer, name, group, favourite, kind) in enumerate(SAMPLES):
        secret = decode_secret("JBSWY3DPEHPK3PXP" + "ABCDEFGHIJKLMNOP"[index] * 8)
        digits = 5 if kind is OtpType.STEAM else 6
        period = 60 if issuer == "Microsoft 365" else 30
        accounts.append(
            Account(
                secret=secret,
                issuer=issuer,
                name=name,
                group=group,
                favorite=favourite,
                type=kind,
                digits=digits,
                period=period,
                counter=7,
                position=index,
            )
        )
    return accounts


def make_window(home: Path, *, theme: str, accounts: bool = True) -> MainWindow:
    settings = Settings(home)
    settings.set(keys.THEME, theme)
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
    session = VaultSession(home)
    if accounts:
        store = MemoryKeys()
        vault = create_vault(vault_path(home), keystore=store)
        for account in sample_accounts():
            vault.add(account)
        vault.save()
        session.adopt(vault, lambda: vault)
    window = MainWindow(settings, session, Clock(lambda: SHOT_TIME))
    window.resize(480, 700)
    window.show()
    window.model.tick()
    QApplication.processEvents()
    return window


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if QGuiApplication.platformName() == "xcb":
        widget.raise_()
        QTest.qWait(250)  # the X server maps, stacks and paints it
        area = widget.frameGeometry()
        screen = widget.screen()
        image = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    else:
        image = widget.grab()
    image.save(str(path))
    print(path)  # noqa: T201 - tells the user what was written


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        shots(Path(tmp), out)
        install_translation(app, "ru")  # type: ignore[arg-type]
        russian = make_window(Path(tmp) / "ru", theme="light")
        save(russian, out / "main-russian.png")
        russian.close()
        toast_and_dark_settings(Path(tmp) / "ru-more", out, "-russian")


def toast_and_dark_settings(tmp: Path, out: Path, suffix: str) -> None:
    """The copy notice over the list (above the keyboard hint), and Settings in the dark theme."""
    from desktop.ui.settings_dialog import SettingsDialog

    light = make_window(tmp / "toast", theme="light")
    light.search.setText("o")  # the keyboard hint shows while filtering
    light.select_proxy_row(0)
    light.account_actions.copy_current()
    save(light, out / f"main-toast{suffix}.png")
    light.guard.clear_if_ours()
    light.close()
    dark = make_window(tmp / "dark-settings", theme="dark")
    dialog = SettingsDialog(dark.settings, dark)
    dialog.show()
    save(dialog, out / f"settings-dark{suffix}.png")
    dialog.close()
    dark.close()
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


def error_notice(tmp: Path, out: Path) -> None:
    """What the window says after an exception no code caught (desktop/ui/unhandled.py)."""
    from desktop.ui.unhandled import tell_in_window

    window = make_window(tmp, theme="light")
    tell_in_window(window, Path("/home/operator/.local/share/keydesk"), "KeyError")
    save(window, out / "main-error-notice.png")
    window.close()


def shots(tmp: Path, out: Path) -> None:
    light = make_window(tmp / "light", theme="light")
    light.view.setFocus()
    light.select_proxy_row(0)
    save(light, out / "main-light.png")
    light.search.setText("work")
    light.search.setText("chat")
    save(light, out / "main-filter.png")
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(light.settings, light)
    dialog.show()
    save(dialog, out / "settings.png")
    dialog.close()
    light.search.clear()
    tray = Tray(light)
    tray.menu.popup(light.mapToGlobal(light.rect().center()))
    save(tray.menu, out / "tray-menu.png")
    tray.menu.close()
    light.close()
    empty = make_window(tmp / "empty", theme="light", accounts=False)
    save(empty, out / "main-empty.png")
    empty.close()
    dark = make_window(tmp / "dark", theme="dark")
    save(dark, out / "main-dark.png")
    dark.close()
    error_notice(tmp / "error", out)
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]
    toast_and_dark_settings(tmp / "more", out, "")


if __name__ == "__main__":
    main()
