"""Regenerates docs/screenshots/import-preview.png, export-qr.png and backups.png (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/interop_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.otp import Account
from scripts.screenshots import make_window, save


def _wait(condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.01)


def _export(home: Path) -> Path:
    export = home / "aegis-export.txt"
    export.write_text(
        "otpauth://totp/GitHub:apetrova?secret=JBSWY3DPEHPK3PXPCCCCCCCC&issuer=GitHub\n"
        "otpauth://totp/Dropbox:anna.petrova%40gmail.com?secret=JBSWY3DPEHPK3PXQ&issuer=Dropbox\n"
        "otpauth://totp/Slack:anna?secret=JBSWY3DPEHPK3PXR&issuer=Slack&digits=8\n"
        "otpauth://hotp/Bank:anna?secret=JBSWY3DPEHPK3PXS&counter=3&digits=11\n"
        "otpauth://totp/Old%20forum:anna?secret=not-base32!\n"
    )
    return export


def shots(tmp: Path, out: Path) -> None:
    window = make_window(tmp / "light", theme="light")
    dialog = window.add_menu.import_file(_export(tmp))
    dialog.resize(560, 480)
    _wait(lambda: dialog.preview() is not None)
    for index in range(dialog.tree.topLevelItemCount()):
        dialog.tree.topLevelItem(index).setExpanded(True)
    save(dialog, out / "import-preview.png")
    dialog.reject()
    export = window.app_menu.open_export()
    export.format.setCurrentIndex(export.format.findData("google-migration"))
    export.understood.setChecked(True)
    export.export()
    _wait(export.viewer.isVisible)
    save(export, out / "export-qr.png")
    export.reject()
    for n in range(3):
        window.session.apply(
            lambda vault, n=n: vault.add(Account(secret=bytes([n + 1]) * 16, issuer=f"Extra {n}"))
        )
        time.sleep(0.01)
    backups: QWidget = window.app_menu.open_backups()
    backups.resize(520, 420)
    save(backups, out / "backups.png")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        shots(Path(tmp), out)


if __name__ == "__main__":
    main()
