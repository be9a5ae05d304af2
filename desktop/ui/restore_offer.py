"""Offering to put the vault back from its backup when its file is lost or damaged.

Start-up never creates a new vault over a backup (it would overwrite it at its second save):
it shows what happened and offers to restore, keeping whatever file the restore replaces.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.buttons import follow_platform

#: Outcomes whose vault file may be put right by restoring its previous version.
RESTORABLE_CODES = frozenset({"vault_recoverable", "vault_corrupt", "vault_tampered"})


def can_restore(home: Path, code: str) -> bool:
    if code not in RESTORABLE_CODES:
        return False
    from desktop.core.recovery import restore_candidates
    from desktop.core.vault import vault_path

    return bool(restore_candidates(vault_path(home)))


class RestoreOffer(QMessageBox):
    """ "The vault is lost or damaged, an earlier copy is there: restore it, or quit"."""

    def __init__(self, home: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Keydesk cannot open the vault"))
        self.setText(
            self.tr(
                "The vault file is missing or damaged, but an earlier copy of it is still there."
            )
        )
        self.setInformativeText(
            self._copy_line()
            + "\n\n"
            + self.tr(
                "Restoring puts that copy back and keeps the current file beside it, "
                "so nothing is lost. Edits made after that copy was saved are not in it."
            )
        )
        self.setDetailedText(problem)  # the full paths, behind "Show Details…"
        self.restore_button = self.addButton(
            self.tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.quit_button)
        follow_platform(self)

    def _copy_line(self) -> str:
        from PySide6.QtCore import QDateTime, QLocale

        from desktop.core.recovery import restore_candidates
        from desktop.core.vault import vault_path

        found = restore_candidates(vault_path(self.home))
        if not found:
            return ""
        saved = QDateTime.fromSecsSinceEpoch(int(found[0].stat().st_mtime))
        when = QLocale().toString(saved, QLocale.FormatType.ShortFormat)
        return (
            self.tr("Earlier copy: %1, saved %2.").replace("%1", found[0].name).replace("%2", when)
        )

    def chose_restore(self) -> bool:
        return self.clickedButton() is self.restore_button

    def restore(self) -> str:
        """Restore now; the message to show the user afterwards."""
        from desktop.core.recovery import restore_backup
        from desktop.core.vault import vault_path

        restored = restore_backup(vault_path(self.home), now=datetime.now())
        if restored.kept is None:
            return self.tr("Restored the vault from %1.").replace("%1", restored.source.name)
        return (
            self.tr("Restored the vault from %1. The file it replaced is kept as %2.")
            .replace("%1", restored.source.name)
            .replace("%2", restored.kept.name)
        )
