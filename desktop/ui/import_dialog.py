"""Import from another authenticator: choose a file, give its password, check the preview, import.

Reading, decrypting and converting run on a worker with a progress bar; the preview lists what
will be added, the duplicates (skipped) and each entry that cannot be imported with its reason.
Nothing is written until Import is pressed, and then in one vault save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import (
    KeydeskError,
    PasswordRequired,
    UnsupportedFormat,
    WrongImportPassword,
)
from desktop.core.importers import ImportPreview
from desktop.core.otp import Account
from desktop.ui.errors_text import describe
from desktop.ui.import_texts import format_label, reason_text
from desktop.ui.progress_task import ProgressTask, Report

Commit = Callable[[list[Account]], int]
#: Rows listed per section; the title counts them all.
PREVIEW_ROWS = 2000


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        existing: list[Account],
        commit: Commit,
        before_commit: Callable[[Callable[[], None]], None] = lambda then: then(),
    ) -> None:
        super().__init__(parent)
        self._existing = existing
        self._commit = commit
        self._before_commit = before_commit  # e.g. create the vault on the very first import
        self._paths: list[Path] = []
        self._preview: ImportPreview | None = None
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Import accounts"))
        self.setMinimumSize(520, 460)
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row())
        self.format_label = QLabel(self)
        layout.addWidget(self.format_label)
        layout.addWidget(self._password_row())
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        layout.addWidget(self.message)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Account"), self.tr("Details")])
        self.tree.setAccessibleName(self.tr("Import preview"))
        layout.addWidget(self.tree, 1)
        self.with_duplicates = QCheckBox(self.tr("Also add the &duplicates"), self)
        self.with_duplicates.setToolTip(
            self.tr("Accounts with the same secret, issuer and name are skipped unless ticked.")
        )
        self.with_duplicates.toggled.connect(self._update_button)
        self.with_duplicates.hide()
        layout.addWidget(self.with_duplicates)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Choose the export of another authenticator app."), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        return row

    def _password_row(self) -> QWidget:
        self.password_box = QWidget(self)
        row = QHBoxLayout(self.password_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.password = QLineEdit(self.password_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password of the export"))
        self.password.returnPressed.connect(self.read)
        unlock = QPushButton(self.tr("&Read"), self.password_box)
        unlock.clicked.connect(self.read)
        row.addWidget(self.password, 1)
        row.addWidget(unlock)
        self.password_box.hide()
        return self.password_box

    # --- reading ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import accounts"))
        if paths:
            self.open_files([Path(p) for p in paths])

    def open_file(self, path: Path) -> None:
        self.open_files([path])

    def open_files(self, paths: list[Path]) -> None:
        """One import from one file, or from several (a Google export's screenshots)."""
        self._paths = paths
        self.file_label.setText(
            paths[0].name if len(paths) == 1 else self.tr("%n files", "", len(paths))
        )
        self.password.clear()
        self.password_box.hide()
        self.read()

    def read(self) -> None:
        if not self._paths or (self.task is not None and self.task.running):
            return
        paths, existing = list(self._paths), self._existing
        password = self.password.text() if self.password_box.isVisible() else None
        self._show_preview(None)
        self.message.setText(self.tr("Reading…"))

        def work(report: Report) -> Any:
            from desktop.core.importers import identify, preview_files, read_file

            files = [read_file(path) for path in paths]
            for data in files:
                chosen, encrypted = identify(data)
                if encrypted and not password:
                    raise PasswordRequired(chosen.label)
            return preview_files(files, existing=existing, password=password, progress=report)

        self._run(work, self._read_done, self._read_failed)

    def _run(self, work: Callable[[Report], Any], done: Any, failed: Any) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.task = ProgressTask(work)
        self.task.progress.connect(self._progressed)
        self.task.done.connect(done)
        self.task.failed.connect(failed)
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _read_done(self, preview: ImportPreview) -> None:
        self.progress.hide()
        self.password_box.hide()
        self._show_preview(preview)

    def _read_failed(self, exc: Exception) -> None:
        self.progress.hide()
        if isinstance(exc, PasswordRequired):
            self.password_box.show()
            self.password.setFocus()
            self.message.setText(self.tr("This export is encrypted. Enter its password."))
        elif isinstance(exc, WrongImportPassword):
            self.password_box.show()
            self.password.selectAll()
            self.password.setFocus()
            self.message.setText(self.tr("The password is wrong. Nothing was imported."))
        elif isinstance(exc, UnsupportedFormat):
            self.message.setText(
                self.tr("Keydesk cannot import this file: %1").replace("%1", exc.message)
            )
        else:
            text = describe(exc) if isinstance(exc, KeydeskError) else str(exc)
            self.message.setText(self.tr("The file cannot be read: %1").replace("%1", text))

    # --- the preview ------------------------------------------------------------------------

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self._preview = preview
        self.tree.clear()
        self.with_duplicates.setChecked(False)
        self.with_duplicates.setVisible(bool(preview and preview.duplicates))
        self._update_button()
        if preview is None:
            self.format_label.clear()
            return
        self.format_label.setText(
            self.tr("Format: %1").replace(
                "%1", format_label(preview.format_name, preview.format_label)
            )
        )
        self._section(self.tr("To add (%n)", "", len(preview.to_add)), preview.to_add, True)
        self._section(
            self.tr("Duplicates, skipped (%n)", "", len(preview.duplicates)),
            preview.duplicates,
            False,
        )
        skipped = _heading(self.tree, self.tr("Cannot be imported (%n)", "", len(preview.skipped)))
        for entry in preview.skipped:
            item = QTreeWidgetItem(skipped, [entry.label, reason_text(entry)])
            item.setToolTip(1, item.text(1))  # long reasons are cut in the column
        skipped.setExpanded(True)
        notices = [self.tr("Warning: %1").replace("%1", n) for n in preview.notices]
        summary = self.tr("Nothing is written until you press Import.")
        self.message.setText("\n".join([*notices, summary]))
        self.tree.resizeColumnToContents(0)

    def _update_button(self) -> None:
        preview = self._preview
        chosen = preview.accounts(self.with_duplicates.isChecked()) if preview else ()
        self.import_button.setEnabled(bool(chosen))

    def _section(self, title: str, accounts: tuple[Account, ...], expanded: bool) -> None:
        section = _heading(self.tree, title)
        for account in accounts[:PREVIEW_ROWS]:  # a preview, not a list view
            QTreeWidgetItem(section, [account.label, self._kind(account)])
        if len(accounts) > PREVIEW_ROWS:
            more = len(accounts) - PREVIEW_ROWS
            _heading(section, self.tr("… and %n more", "", more))
        section.setExpanded(expanded)

    def _kind(self, account: Account) -> str:
        if account.type.value == "hotp":
            return self.tr("counter-based, %1 digits").replace("%1", str(account.digits))
        if account.type.value == "steam":
            return "Steam Guard"
        return (
            self.tr("%1 digits every %2 s")
            .replace("%1", str(account.digits))
            .replace("%2", str(account.period))
        )

    # --- importing --------------------------------------------------------------------------

    def _import(self) -> None:
        preview = self._preview
        if preview is None or (self.task and self.task.running):
            return
        accounts = list(preview.accounts(self.with_duplicates.isChecked()))
        if not accounts:
            return
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Importing…"))
        self._before_commit(
            lambda: self._run(
                lambda _report: self._commit(accounts), self._imported, self._import_failed
            )
        )

    def _imported(self, count: int) -> None:
        self.progress.hide()
        self.imported.emit(count)
        self.accept()

    def _import_failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        text = describe(exc) if isinstance(exc, KeydeskError) else str(exc)
        self.message.setText(self.tr("Nothing was imported: %1").replace("%1", text))

    def preview(self) -> ImportPreview | None:
        return self._preview


def _heading(parent: QTreeWidget | QTreeWidgetItem, title: str) -> QTreeWidgetItem:
    """A row with text in its first column only: spanned across both, and its empty second
    cell named too, or a screen reader moving along the row says "blank"."""
    item = QTreeWidgetItem(parent, [title])
    item.setFirstColumnSpanned(True)
    item.setData(1, Qt.ItemDataRole.AccessibleTextRole, title)
    return item
