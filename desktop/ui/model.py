"""The accounts list model: codes computed lazily and only when their period rolls over.

One :meth:`AccountsModel.tick` per second (driven by :class:`desktop.ui.ticker.Ticker`) emits
``dataChanged`` with the countdown roles for the timed rows, and the code roles only for the rows
whose period (or HOTP counter) changed. Order: favourites first, then the vault's ``position``.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core.otp import Account, OtpType, code_at, format_code, next_code, seconds_left
from desktop.ui.settings import NEXT_CODE_WINDOW_S, URGENT_S
from desktop.ui.timekeeper import Clock

MIME_TYPE = "application/x-keydesk-account-ids"
Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ACCOUNT = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    CODE = Qt.ItemDataRole.UserRole + 3
    NEXT_CODE = Qt.ItemDataRole.UserRole + 4
    SECONDS_LEFT = Qt.ItemDataRole.UserRole + 5
    URGENT = Qt.ItemDataRole.UserRole + 6
    SHOW_NEXT = Qt.ItemDataRole.UserRole + 7
    REVEALED = Qt.ItemDataRole.UserRole + 8


CODE_ROLES = [Role.CODE, Role.NEXT_CODE, Qt.ItemDataRole.AccessibleTextRole, Role.REVEALED]
COUNTDOWN_ROLES = [Role.SECONDS_LEFT, Role.URGENT, Role.SHOW_NEXT]
SECONDS_ROLES = [Role.SECONDS_LEFT]


def sort_key(account: Account) -> tuple[bool, int]:
    return (not account.favorite, account.position)


def moving_factor(account: Account, now: float) -> int:
    return account.counter if account.type is OtpType.HOTP else int(now // account.period)


class AccountsModel(QAbstractListModel):
    #: The user dragged rows; the ids in their new order (to persist as positions).
    reordered = Signal(list)

    def __init__(self, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._accounts: list[Account] = []
        self._factors: dict[str, int] = {}
        self._codes: dict[str, tuple[int, str, str | None]] = {}
        self._revealed: set[str] = set()
        #: Per period: (time step, urgent, showing the next code) at the last tick.
        self._periods: dict[int, tuple[int, bool, bool]] = {}
        #: Rows of the timed accounts by period; rebuilt after any change to the rows.
        self._by_period: dict[int, list[int]] | None = None
        self.hide_codes = False

    # --- contents ---------------------------------------------------------------------------

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = sorted(accounts, key=sort_key)
        now = self._clock.now()
        self._factors = {a.id: moving_factor(a, now) for a in self._accounts}
        self._codes.clear()
        self._seed_periods(now)
        self.endResetModel()

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def account_at(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, account_id: str) -> int:
        for row, account in enumerate(self._accounts):
            if account.id == account_id:
                return row
        return -1

    def replace_account(self, account: Account) -> None:
        """One account changed: update in place, or re-sort when its order changed."""
        row = self.row_of(account.id)
        if row < 0:
            return
        old = self._accounts[row]
        self._codes.pop(account.id, None)
        self._factors[account.id] = moving_factor(account, self._clock.now())
        if sort_key(old) != sort_key(account):
            self.set_accounts([*self._accounts[:row], account, *self._accounts[row + 1 :]])
            return
        self._accounts[row] = account
        self._by_period = None  # its period may have changed
        index = self.index(row)
        self.dataChanged.emit(index, index, [])

    # --- the second tick --------------------------------------------------------------------

    def tick(self) -> list[int]:
        """Advance to the clock's now; returns the rows whose code changed.

        Every timed account of one period rolls over and crosses the "urgent" and "next code"
        marks at the same moment, so the work per second is per period, not per account.
        """
        if not self._accounts:
            return []
        now = self._clock.now()
        rolled: list[int] = []
        flipped: list[int] = []
        for period, rows in self._rows_by_period().items():
            state = _period_state(period, now)
            factor = state[0]
            previous = self._periods.get(period, state)  # new: its rows were just painted
            self._periods[period] = state
            if previous[0] != factor:
                self._roll(rows, factor)
                rolled += rows
            elif previous[1:] != state[1:]:
                flipped += rows
        for first, last in _runs(sorted(rolled)):
            self.dataChanged.emit(self.index(first), self.index(last), CODE_ROLES)
        for first, last in _runs(sorted(flipped)):
            self.dataChanged.emit(self.index(first), self.index(last), COUNTDOWN_ROLES)
        # Every other timed row: only its countdown moved (the view repaints just the ring).
        self.dataChanged.emit(self.index(0), self.index(len(self._accounts) - 1), SECONDS_ROLES)
        return sorted(rolled)

    def _seed_periods(self, now: float) -> None:
        """The state each period's rows were last painted in (codes reset with the rows)."""
        self._by_period = None
        self._periods = {}
        for period in self._rows_by_period():
            self._periods[period] = _period_state(period, now)

    def _rows_by_period(self) -> dict[int, list[int]]:
        if self._by_period is None:
            groups: dict[int, list[int]] = {}
            for row, account in enumerate(self._accounts):
                if account.is_timed:
                    groups.setdefault(account.period, []).append(row)
            self._by_period = groups
        return self._by_period

    def _roll(self, rows: list[int], factor: int) -> None:
        for row in rows:
            account_id = self._accounts[row].id
            self._factors[account_id] = factor
            self._codes.pop(account_id, None)
            self._revealed.discard(account_id)

    def refresh_all(self) -> None:
        """The clock correction changed: recompute everything."""
        self._codes.clear()
        now = self._clock.now()
        self._factors = {a.id: moving_factor(a, now) for a in self._accounts}
        self._seed_periods(now)
        if self._accounts:
            last = self.index(len(self._accounts) - 1)
            self.dataChanged.emit(self.index(0), last, [])

    def set_revealed(self, account_id: str, revealed: bool = True) -> None:
        (self._revealed.add if revealed else self._revealed.discard)(account_id)
        row = self.row_of(account_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row), [Role.REVEALED])

    # --- codes ------------------------------------------------------------------------------

    def code_of(self, account: Account) -> str:
        return self._entry(account)[1]

    def _entry(self, account: Account) -> tuple[int, str, str | None]:
        now = self._clock.now()
        factor = moving_factor(account, now)
        cached = self._codes.get(account.id)
        if cached is None or cached[0] != factor:
            cached = (factor, code_at(account, now), None)
            self._codes[account.id] = cached
        return cached

    def _next(self, account: Account) -> str:
        factor, code, upcoming = self._entry(account)
        if upcoming is None:
            upcoming = next_code(account, self._clock.now())
            self._codes[account.id] = (factor, code, upcoming)
        return upcoming

    def _seconds_left(self, account: Account) -> int:
        if account.type is OtpType.HOTP:
            return 0
        return int(seconds_left(account, self._clock.now()) + 0.999)

    def spoken(self, account: Account) -> str:
        """What a screen reader announces when the row gets focus: "GitHub, octo, code 123 456,
        12 seconds left". Computed when asked: a countdown tick never re-announces it."""
        parts = [part for part in (account.issuer, account.name) if part]
        if self.hide_codes and account.id not in self._revealed:
            parts.append(self.tr("code hidden"))
        else:
            parts.append(self.tr("code %1").replace("%1", format_code(self.code_of(account))))
        if account.is_timed:
            left = self._seconds_left(account)
            # English has no plural rules without a translator; Russian uses %n's forms.
            text = self.tr("1 second left") if left == 1 else self.tr("%n seconds left", "", left)
            parts.append(text)
        return ", ".join(parts)

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        return self._value(account, role)

    def _value(self, account: Account, role: int) -> Any:  # noqa: PLR0911 - one branch per role
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return account.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(account)
        if role == Role.ACCOUNT:
            return account
        if role == Role.ID:
            return account.id
        if role == Role.CODE:
            return self.code_of(account)
        if role == Role.NEXT_CODE:
            return self._next(account)
        if role == Role.SECONDS_LEFT:
            return self._seconds_left(account)
        if role == Role.URGENT:
            return account.is_timed and self._seconds_left(account) <= URGENT_S
        if role == Role.SHOW_NEXT:
            return account.is_timed and self._seconds_left(account) <= NEXT_CODE_WINDOW_S
        if role == Role.REVEALED:
            return not self.hide_codes or account.id in self._revealed
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in Role:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsDropEnabled

    # --- drag to reorder --------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._accounts[i.row()].id for i in indexes if i.isValid()]
        mime.setData(MIME_TYPE, QByteArray("\n".join(ids).encode("ascii")))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = bytes(data.data(MIME_TYPE).data()).decode("ascii").split("\n")
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._accounts))
        if len(ids) == 1 and self.row_of(ids[0]) >= 0:
            self.move(self.row_of(ids[0]), target)
        # The rows were moved here; False stops the view from also removing the "source" rows.
        return False

    def move(self, source: int, target: int) -> bool:
        """Move one row so it lands before ``target`` (0..rowCount) and announce the new order."""
        count = len(self._accounts)
        if not (0 <= source < count and 0 <= target <= count) or target in (source, source + 1):
            return False
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
        account = self._accounts.pop(source)
        self._accounts.insert(target - 1 if target > source else target, account)
        self._by_period = None
        self.endMoveRows()
        self.reordered.emit([a.id for a in self._accounts])
        return True


def _period_state(period: int, now: float) -> tuple[int, bool, bool]:
    """The time step, and whether its rows are urgent and show the next code."""
    left = int(period - now % period + 0.999)
    return int(now // period), left <= URGENT_S, left <= NEXT_CODE_WINDOW_S


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
