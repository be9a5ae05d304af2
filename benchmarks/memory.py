"""Memory: resident set size of the GUI with 1,000 accounts shown, against an empty QMainWindow.

Both are measured in fresh offscreen processes started by this script (peak RSS from the kernel).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

ACCOUNTS = 1000
ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import os, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if {accounts}:
    from benchmarks._gui_profile import _Throwaway
    from desktop.core.otp import Account
    from desktop.core.vault import create_vault, vault_path
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import VaultSession
    from desktop.ui.settings import Settings
    home = Path(tempfile.mkdtemp())
    vault = create_vault(vault_path(home), keystore=_Throwaway())
    for index in range({accounts}):
        vault.add(Account(secret=os.urandom(20), issuer=f"Service {{index}}", name="operator"))
    vault.save()
    session = VaultSession(home)
    session.adopt(vault, lambda: vault)
    window = MainWindow(Settings(home), session)
    window.resize(460, 900)
else:
    window = QMainWindow()
window.show()
app.processEvents()
window.grab()
for _ in range(3):
    app.processEvents()
with open("/proc/self/status") as status:
    print(next(line for line in status if line.startswith("VmRSS")).split()[1])
"""


def rss_kib(accounts: int) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    code = CHILD.format(root=str(ROOT), accounts=accounts)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    baseline = rss_kib(0)
    keydesk = rss_kib(ACCOUNTS)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"bare QMainWindow: {baseline / 1024:.0f} MiB RSS")
    print(f"keydesk with {ACCOUNTS} accounts shown: {keydesk / 1024:.0f} MiB RSS")
    print(
        f"ratio: {keydesk / baseline:.2f}x; accounts cost {(keydesk - baseline) / 1024:.0f} MiB over bare Qt"
    )
    print(f"peak RSS of any child: {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
