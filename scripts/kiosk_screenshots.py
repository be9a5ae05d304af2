"""Kiosk screenshots: the picker and the codes, full screen, in English and Russian, at the
screen size it runs on. Under Xvfb the X server's own screen is grabbed, so the picture is what
a kiosk's monitor shows; offscreen the window is grabbed at the size given.

Run (once per size; build the translation first with `make translations`):
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
      scripts/kiosk_screenshots.py [OUT_DIR]
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python \
      scripts/kiosk_screenshots.py [OUT_DIR]
Files: kiosk-picker[-WxH][-ru].png and kiosk-codes[-WxH][-ru].png (no size for 1366x768).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core import crypto
from desktop.core.policy import Policy
from desktop.core.profiles import ProfileStore
from desktop.core.vault import create_vault, vault_path
from desktop.ui.i18n import install_translation, remove_translations
from desktop.ui.kiosk import KioskWindow
from desktop.ui.settings import Settings
from scripts.screenshots import SHOT_TIME, sample_accounts

PASSPHRASE = "kiosk screenshot passphrase"  # noqa: S105 - a throwaway vault for a picture
#: Argon2id at its cheapest: this is a picture, not a vault anyone keeps.
FAST_KDF = crypto.KdfParams(salt=b"0" * 16, iterations=1, lanes=1, memory_kib=64)


def make_home(root: Path) -> Path:
    store = ProfileStore(root)
    for name in ("Anna Petrova", "Boris Ivanov", "Svetlana Orlova"):
        folder = store.create(name).folder
        vault = create_vault(vault_path(folder), passphrase=PASSPHRASE, kdf=FAST_KDF)
        for account in sample_accounts()[:6]:
            vault.add(account)
        vault.save()
    return root


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QTest.qWait(60)


def grab(kiosk: KioskWindow) -> QImage:
    if QGuiApplication.platformName() == "xcb":
        return QGuiApplication.primaryScreen().grabWindow(0).toImage()
    return kiosk.grab().toImage()


def shoot(app: QApplication, home: Path, out: Path, language: str) -> None:
    screen = QGuiApplication.primaryScreen().geometry()
    width, height = (1366, 768) if screen.width() < 1366 else (screen.width(), screen.height())
    size = "" if (width, height) == (1366, 768) else f"-{width}x{height}"
    suffix = f"{size}{'' if language == 'en' else '-ru'}"
    settings = Settings(home, policy=Policy({"kiosk": True}, "screenshot"))
    kiosk = KioskWindow(home, settings, clock=lambda: SHOT_TIME)
    if QGuiApplication.platformName() == "xcb":
        kiosk.show_kiosk()
    else:
        kiosk.fit_to(width, height)
        kiosk.show()
    settle(app)
    grab(kiosk).save(str(out / f"kiosk-picker{suffix}.png"))
    kiosk.picker.buttons[0].click()
    kiosk.passphrase.field.setText(PASSPHRASE)
    kiosk.passphrase.unlock.click()
    while kiosk.vault is None:
        QTest.qWait(50)
    settle(app)
    grab(kiosk).save(str(out / f"kiosk-codes{suffix}.png"))
    kiosk.quitting = True
    kiosk.tick.stop()
    kiosk.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["keydesk"])
    with tempfile.TemporaryDirectory() as tmp:
        home = make_home(Path(tmp))
        for language in ("en", "ru"):
            if language == "ru" and install_translation(app, "ru") != "ru":
                sys.exit("no Russian translation: run 'make translations' first")
            shoot(app, home, out, language)
            remove_translations(app)
    QTimer.singleShot(0, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
