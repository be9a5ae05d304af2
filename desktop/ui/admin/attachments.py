"""The content filter's attachment rules: allow all, block all or block listed file types, and
the largest size allowed. Saved as one merge patch of ``attachments`` (offline too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.admin.validate import normalise_extensions
from desktop.core.errors import InvalidInput

MAX_SIZE_MB = 1024


class AttachmentsBox(QGroupBox):
    #: A merge patch for the content filter: {"attachments": {...changed values}}.
    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Attachments"))
        self.current: dict[str, Any] = {}
        self.mode = QComboBox(self)
        for text, value in (
            (self.tr("Allow every file"), "allow"),
            (self.tr("Block the file types listed"), "block_listed"),
            (self.tr("Block every attachment"), "block"),
        ):
            self.mode.addItem(text, value)
        self.mode.setAccessibleName(self.tr("Attachments"))
        self.extensions = QLineEdit(self)
        self.extensions.setPlaceholderText(self.tr("File types, e.g. exe, js, bat"))
        self.extensions.setAccessibleName(self.tr("Blocked file types"))
        self.max_size = QSpinBox(self)
        self.max_size.setRange(0, MAX_SIZE_MB)
        self.max_size.setSuffix(self.tr(" MB"))
        self.max_size.setAccessibleName(self.tr("Largest attachment"))
        self.save_button = QPushButton(self.tr("Save attachment rules"), self)
        self.save_button.clicked.connect(self._save)
        for signal in (self.mode.currentIndexChanged, self.extensions.textChanged):
            signal.connect(self._update)
        self.max_size.valueChanged.connect(self._update)
        self._layout()
        self._update()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Files:"), self.mode)
        form.addRow(self.tr("Blocked types:"), self.extensions)
        row = QHBoxLayout()
        row.addWidget(self.max_size)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(self.tr("Largest attachment:"), row)

    def show_document(self, attachments: dict[str, Any]) -> None:
        self.current = dict(attachments)
        widgets = (self.mode, self.extensions, self.max_size)
        for widget in widgets:
            widget.blockSignals(True)
        self.mode.setCurrentIndex(max(0, self.mode.findData(attachments.get("mode"))))
        self.extensions.setText(", ".join(attachments.get("blocked_extensions") or []))
        self.max_size.setValue(int(attachments.get("max_size_mb", 0)))
        for widget in widgets:
            widget.blockSignals(False)
        self._update()

    def form(self) -> dict[str, Any]:
        return {
            "mode": self.mode.currentData(),
            "max_size_mb": self.max_size.value(),
            "blocked_extensions": normalise_extensions(self.extensions.text().split(",")),
        }

    def patch(self) -> dict[str, Any]:
        return {k: v for k, v in self.form().items() if self.current.get(k) != v}

    def _update(self) -> None:
        self.extensions.setEnabled(self.mode.currentData() == "block_listed")
        try:
            dirty = bool(self.patch())
        except InvalidInput:  # more types than the server takes
            dirty = False
        self.save_button.setEnabled(bool(self.current) and dirty)

    def _save(self) -> None:
        patch = self.patch()
        if patch:
            self.changed.emit({"attachments": patch})
