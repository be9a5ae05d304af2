"""Editing an account's presentation: issuer, name, group, icon, note and favourite."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import InvalidInput
from desktop.core.otp import Account
from desktop.ui.avatar import avatar_pixmap, image_to_icon
from desktop.ui.buttons import follow_platform
from desktop.ui.widgets import name_editable_combo, order_tabs

AVATAR_PREVIEW = 48


class EditDialog(QDialog):
    def __init__(self, account: Account, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self._icon = account.icon
        self.setWindowTitle(self.tr("Edit account"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.issuer = QLineEdit(account.issuer, self)
        self.issuer.setAccessibleName(self.tr("Service"))
        self.name = QLineEdit(account.name, self)
        self.name.setAccessibleName(self.tr("Account name"))
        self.group = QComboBox(self)
        self.group.setEditable(True)
        self.group.addItems(["", *groups])
        self.group.setCurrentText(account.group)
        self.group.setAccessibleName(self.tr("Group"))
        name_editable_combo(self.group)
        self.favorite = QCheckBox(self.tr("Show at the top (favourite)"), self)
        self.favorite.setChecked(account.favorite)
        self.note = QPlainTextEdit(account.note, self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        form.addRow(self.tr("&Service:"), self.issuer)
        form.addRow(self.tr("&Account:"), self.name)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Icon:"), self._icon_row())
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.favorite)
        layout.addLayout(form)
        # Tab follows the form top to bottom (the icon buttons were made after the note).
        order_tabs(
            [
                self.issuer,
                self.name,
                self.group,
                self.choose_icon,
                self.reset_icon,
                self.note,
                self.favorite,
            ]
        )
        self.error = QLabel(self)
        self.error.setProperty("tone", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        follow_platform(buttons)
        layout.addWidget(buttons)

    def _icon_row(self) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.avatar = QLabel(row)
        self.avatar.setFixedSize(AVATAR_PREVIEW, AVATAR_PREVIEW)
        choose = self.choose_icon = QPushButton(self.tr("Choose image…"), row)
        choose.clicked.connect(self._choose_image)
        self.reset_icon = QPushButton(self.tr("Use letter"), row)
        self.reset_icon.clicked.connect(lambda: self._set_icon(""))
        line.addWidget(self.avatar)
        line.addWidget(choose)
        line.addWidget(self.reset_icon)
        line.addStretch(1)
        self._set_icon(self._icon)
        return row

    def _set_icon(self, icon: str) -> None:
        self._icon = icon
        pixmap: QPixmap = avatar_pixmap(
            self.issuer.text() or self._account.issuer,
            self._account.name,
            icon,
            AVATAR_PREVIEW,
            self.devicePixelRatioF(),
        )
        self.avatar.setPixmap(pixmap)
        self.reset_icon.setEnabled(bool(icon))

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an icon"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.webp)"),
        )
        if not path:
            return
        image = QImage(path)
        if image.isNull():
            self.error.setText(self.tr("This file is not an image Keydesk can read."))
            return
        self._set_icon(image_to_icon(image))

    def result_account(self) -> Account:
        return self._account.edited(
            issuer=self.issuer.text().strip(),
            name=self.name.text().strip(),
            group=self.group.currentText().strip(),
            icon=self._icon,
            note=self.note.toPlainText(),
            favorite=self.favorite.isChecked(),
        )

    def _check(self) -> None:
        if not (self.issuer.text().strip() or self.name.text().strip()):
            self.error.setText(self.tr("Name the service or the account."))
            return
        try:
            self.result_account()
        except InvalidInput as exc:
            self.error.setText(exc.message)
            return
        self.accept()
