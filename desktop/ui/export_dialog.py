"""Export: an encrypted backup, an Aegis vault, otpauth links, or QR codes shown on screen.

Unencrypted formats need an explicit acknowledgement. QR codes (one per account, or Google
Authenticator transfer batches) are shown one at a time for a phone to scan, and can be saved
as PNG files. The export itself runs on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KeydeskError
from desktop.core.exporters import ExportFormat, ExportResult
from desktop.core.otp import Account
from desktop.ui.errors_text import describe
from desktop.ui.progress_task import ProgressTask, Report

if TYPE_CHECKING:
    from desktop.core.policy import Policy

QR_SIDE = 360


class ExportDialog(QDialog):
    def __init__(
        self, parent: QWidget, accounts: list[Account], policy: Policy | None = None
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._policy = policy
        self.result_: ExportResult | None = None
        self.page = 0
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Export accounts"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox(self)
        for value, text in self._choices():
            self.format.addItem(text, value)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("&Format:"), self.format)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        layout.addLayout(form)
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.understood = QCheckBox(self.tr("I understand; export anyway"), self)
        self.understood.toggled.connect(self._update)
        layout.addWidget(self.understood)
        layout.addWidget(self._viewer())
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._format_changed()

    def _choices(self) -> list[tuple[str, str]]:
        return [
            (ExportFormat.KEYDESK.value, self.tr("Keydesk backup (encrypted)")),
            (ExportFormat.AEGIS_ENCRYPTED.value, self.tr("Aegis vault (encrypted)")),
            (ExportFormat.AEGIS.value, self.tr("Aegis vault (not encrypted)")),
            (ExportFormat.OTPAUTH.value, self.tr("otpauth:// links (not encrypted)")),
            (ExportFormat.QR_PNG.value, self.tr("A QR code per account (not encrypted)")),
            (
                ExportFormat.GOOGLE_MIGRATION.value,
                self.tr("Google Authenticator transfer QR codes (not encrypted)"),
            ),
        ]

    def _viewer(self) -> QWidget:
        self.viewer = QWidget(self)
        box = QVBoxLayout(self.viewer)
        self.qr = QLabel(self.viewer)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(QR_SIDE, QR_SIDE)
        self.qr_caption = QLabel(self.viewer)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        self.previous = QPushButton(self.tr("&Previous"), self.viewer)
        self.next = QPushButton(self.tr("&Next"), self.viewer)
        self.save_pngs = QPushButton(self.tr("&Save as PNG files…"), self.viewer)
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        self.save_pngs.clicked.connect(self._save_pngs)
        for button in (self.previous, self.next, self.save_pngs):
            row.addWidget(button)
        box.addWidget(self.qr, 1)
        box.addWidget(self.qr_caption)
        box.addLayout(row)
        self.viewer.hide()
        return self.viewer

    def chosen(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def _format_changed(self) -> None:
        chosen = self.chosen()
        for field in (self.password, self.repeat):
            field.setVisible(chosen.encrypted)
            label = self.layout().itemAt(0).layout().labelForField(field)  # type: ignore[union-attr]
            if label is not None:
                label.setVisible(chosen.encrypted)
        self.warning.setVisible(not chosen.encrypted)
        self.understood.setVisible(not chosen.encrypted)
        self.understood.setChecked(False)
        self.warning.setText(
            self.tr(
                "This export is NOT encrypted: anyone who gets the file or sees the QR codes "
                "can make your codes. Keep it safe and delete it when you are done."
            )
        )
        self.export_button.setText(
            self.tr("&Show QR codes") if chosen.is_folder else self.tr("&Export…")
        )
        self.viewer.hide()
        self.result_ = None
        self._update()

    def _update(self) -> None:
        chosen = self.chosen()
        if chosen.encrypted:
            ready = bool(self.password.text()) and self.password.text() == self.repeat.text()
            mismatch = bool(self.repeat.text()) and self.password.text() != self.repeat.text()
            self.message.setText(self.tr("The passwords differ.") if mismatch else "")
        else:
            ready = self.understood.isChecked()
        self.export_button.setEnabled(ready and bool(self._accounts))

    # --- exporting --------------------------------------------------------------------------

    def export(self) -> None:
        if self.task is not None and self.task.running:
            return
        chosen, accounts, policy = self.chosen(), self._accounts, self._policy
        password = self.password.text() if chosen.encrypted else None

        def work(report: Report) -> ExportResult:
            from desktop.core.exporters import export_accounts

            return export_accounts(
                accounts, chosen, password=password, policy=policy, progress=report
            )

        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.task = ProgressTask(work)
        self.task.progress.connect(self._progressed)
        self.task.done.connect(self._exported)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, result: ExportResult) -> None:
        self.progress.hide()
        self.result_ = result
        self._update()
        left_out = "\n".join(f"{label}: {reason}" for label, reason in result.left_out)
        if result.format.is_folder:
            self.message.setText(
                self.tr("Left out:\n%1").replace("%1", left_out) if left_out else ""
            )
            self.viewer.show()
            self.show_page(0)
            self.adjustSize()
            return
        suggested = str(Path.home() / result.files[0].name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export accounts"), suggested)
        if path:
            self._write(Path(path))
        else:
            self.message.setText(self.tr("Nothing was written."))

    def _write(self, target: Path) -> None:
        from desktop.core.exporters import write_export

        assert self.result_ is not None
        try:
            written = write_export(self.result_, target)
        except KeydeskError as exc:
            self.message.setText(describe(exc))
            return
        self.message.setText(self.tr("Written: %1").replace("%1", str(written[0])))

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self._update()
        text = describe(exc) if isinstance(exc, KeydeskError) else str(exc)
        self.message.setText(self.tr("Nothing was exported: %1").replace("%1", text))

    def show_page(self, page: int) -> None:
        if self.result_ is None or not self.result_.files:
            return
        files = self.result_.files
        self.page = max(0, min(page, len(files) - 1))
        shown = files[self.page]
        from desktop.core.exporters import qr_png_fitting

        pixmap = QPixmap()
        pixmap.loadFromData(qr_png_fitting(shown.qr_text, QR_SIDE), "PNG")
        self.qr.setPixmap(pixmap)
        caption = (
            self.tr("%1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(len(files)))
        )
        self.qr_caption.setText(f"{shown.label} · {caption}" if shown.label else caption)
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < len(files) - 1)

    def _save_pngs(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save QR codes in"))
        if folder:
            self._write(Path(folder))
