"""Group filter chips: "All" plus one per group; hidden when no account has a group."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


class GroupChips(QWidget):
    groupSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chips")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 0, 12, 4)
        self._layout.setSpacing(6)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        self._groups: list[str] = []
        self.selected = ""
        self.setAccessibleName(self.tr("Groups"))

    def set_groups(self, groups: list[str]) -> None:
        if groups == self._groups:
            return
        self._groups = groups
        for button in self._buttons.buttons():
            self._buttons.removeButton(button)
            button.deleteLater()
        while self._layout.count():
            self._layout.takeAt(0)
        if self.selected not in groups:
            self.selected = ""
        for group in ["", *groups]:
            self._add_chip(group)
        self._layout.addStretch(1)
        self.setVisible(bool(groups))

    def _add_chip(self, group: str) -> None:
        chip = QPushButton(group or self.tr("All"), self)
        chip.setObjectName("chip")
        chip.setCheckable(True)
        chip.setChecked(group == self.selected)
        chip.setAccessibleName(
            self.tr("Show group %1").replace("%1", group) if group else self.tr("Show all groups")
        )
        chip.clicked.connect(lambda _=False, g=group: self._select(g))
        self._buttons.addButton(chip)
        self._layout.addWidget(chip)

    def reset(self) -> None:
        """Back to "All"."""
        buttons = self._buttons.buttons()
        if buttons:
            buttons[0].setChecked(True)
        self._select("")

    def _select(self, group: str) -> None:
        self.selected = group
        self.groupSelected.emit(group)
