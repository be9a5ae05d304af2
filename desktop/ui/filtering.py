"""Type-to-filter and group chips over the accounts model (no re-filtering on every tick)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from desktop.core.otp import Account
from desktop.core.search import matches
from desktop.ui.model import Role


class AccountFilter(QSortFilterProxyModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        # Codes change every period; the filter depends only on names, so re-filter on demand.
        self.setDynamicSortFilter(False)
        self._text = ""
        self._group = ""

    @property
    def text(self) -> str:
        return self._text

    @property
    def group(self) -> str:
        return self._group

    @property
    def active(self) -> bool:
        return bool(self._text.strip() or self._group)

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._change(lambda: setattr(self, "_text", text))

    def set_group(self, group: str) -> None:
        if group != self._group:
            self._change(lambda: setattr(self, "_group", group))

    def refilter(self) -> None:
        self._change(lambda: None)

    def _change(self, update: Callable[[], None]) -> None:
        # Qt ≥ 6.10 wants the change bracketed (invalidateFilter() is deprecated there).
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            update()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            update()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._group and not self._text.strip():
            return True  # no filter: 500 rows pass without a call back into the model each
        model = self.sourceModel()
        account: Account | None = model.data(
            model.index(source_row, 0, source_parent), Role.ACCOUNT
        )
        if account is None:
            return False
        if self._group and account.group != self._group:
            return False
        return matches(account, self._text)
