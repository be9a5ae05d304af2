"""Regenerates docs/screenshots/lock-*.png and profile-picker*.png, in English and Russian.

Offscreen (the widget paints itself):
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/lock_screenshots.py [OUT_DIR]
On a real X server (what the X server shows, grabbed from the screen; the old passphrase
dialog had a blank box there that offscreen grabs hid):
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
        .venv/bin/python scripts/lock_screenshots.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.backoff import UnlockBackoff
from desktop.core.crypto import KdfParams
from desktop.core.profiles import ProfileStore
from desktop.core.vault import create_vault
from desktop.ui.i18n import install_translation, remove_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.profile_picker import show_picker
from desktop.ui.session import VaultSession
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme

NAMES = ["Anna Petrova", "Boris Ivanov", "Night shift", "Олег Смирнов"]
SHOT_PASSPHRASE = "screenshot passphrase"  # noqa: S105 - a throwaway vault for pictures
FAST = KdfParams(salt=b"\1" * 16, iterations=1, lanes=1, memory_kib=64)


def settle() -> None:
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def picture(widget: QWidget) -> QPixmap:
    """Offscreen: the widget's own painting. On X: what the screen shows at its place."""
    settle()
    if QGuiApplication.platformName() == "xcb":
        return widget.screen().grabWindow(widget.winId())
    return widget.grab()


def save(widget: QWidget, path: Path) -> None:
    picture(widget).save(str(path))
    print(path)  # noqa: T201 - tells the user what was written


def make_home(root: Path) -> tuple[Path, ProfileStore]:
    store = ProfileStore(root)
    for name in NAMES:
        profile = store.create(name)
        keys: dict[str, bytes] = {}
        if name != "Night shift":
            create_vault(profile.vault_path, passphrase=SHOT_PASSPHRASE, kdf=FAST)
        else:  # a keyring-only profile: the privacy screen
            store_keys = _MemoryKeys(keys)
            create_vault(profile.vault_path, keystore=store_keys)
    return root, store


class _MemoryKeys:
    def __init__(self, keys: dict[str, bytes]) -> None:
        self.keys = keys

    def get_key(self, entry: str) -> bytes:
        return self.keys[entry]

    def set_key(self, entry: str, key: bytes) -> None:
        self.keys[entry] = key

    def delete_key(self, entry: str) -> None:
        self.keys.pop(entry, None)


def window_for(home: Path, store: ProfileStore, name: str) -> MainWindow:
    profile = store.find(name)
    window = MainWindow(Settings(home), VaultSession(profile.folder))
    window.profile = profile
    window.data_home = home  # type: ignore[attr-defined]
    window.resize(480, 640)
    window.show()
    return window


def shots(home: Path, store: ProfileStore, out: Path, suffix: str) -> None:
    anna = window_for(home, store, NAMES[0])
    assert anna.lock is not None
    anna.lock.show_locked()
    save(anna, out / f"lock-screen{suffix}.png")
    show_picker(anna.lock)
    save(anna, out / f"profile-picker{suffix}.png")
    night = window_for(home, store, "Night shift")
    assert night.lock is not None
    night.lock.show_locked()
    save(night, out / f"lock-privacy{suffix}.png")
    night.quitting = True
    night.close()  # on X it would cover the next picture (no window manager to raise one)
    folder = store.find(NAMES[0]).folder
    backoff = UnlockBackoff(folder)
    for _ in range(5):
        backoff.record_failure(time.time())
    anna.lock.show_locked()
    assert anna.lock.screen is not None
    anna.lock.screen.show_error(anna.lock.tr("Wrong passphrase."))
    anna.lock.screen.start_countdown(backoff.wait(time.time()))
    save(anna, out / f"lock-backoff{suffix}.png")
    backoff.reset()
    anna.quitting = True
    anna.close()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as tmp:
        home, store = make_home(Path(tmp) / "home")
        shots(home, store, out, "")
        install_translation(app, "ru")
        shots(home, store, out, "-ru")
        remove_translations(app)


if __name__ == "__main__":
    main()
