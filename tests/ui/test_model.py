"""The accounts model: Qt's model checks, lazy codes and per-period updates with only changed rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from desktop.core.otp import code_at
from desktop.ui.model import CODE_ROLES, AccountsModel, Role
from desktop.ui.ticker import ms_to_next_second
from desktop.ui.timekeeper import Clock
from tests.ui.conftest import FakeClock, account, sample_accounts


def _model(clock: FakeClock) -> AccountsModel:
    model = AccountsModel(Clock(clock))
    model.set_accounts(sample_accounts())
    return model


def test_model_passes_qt_model_tester(qtmodeltester: Any, fake_clock: FakeClock) -> None:
    qtmodeltester.check(_model(fake_clock), force_py=True)


def test_codes_match_the_core(fake_clock: FakeClock) -> None:
    model = _model(fake_clock)
    for row in range(model.rowCount()):
        index = model.index(row)
        item = index.data(Role.ACCOUNT)
        assert index.data(Role.CODE) == code_at(item, fake_clock.now)
        assert index.data(Role.SECONDS_LEFT) in (20, 50, 0)


def test_roll_over_updates_only_the_rows_whose_period_ended(fake_clock: FakeClock) -> None:
    model = _model(fake_clock)
    for row in range(model.rowCount()):
        model.index(row).data(Role.CODE)
    changes: list[tuple[int, int, list[int]]] = []

    def spy(top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        changes.append((top.row(), bottom.row(), list(roles)))

    model.dataChanged.connect(spy)
    fake_clock.now += 1  # same periods: the countdown only
    assert model.tick() == []
    assert all(Role.CODE not in roles for _, _, roles in changes)
    assert changes[-1][:2] == (0, model.rowCount() - 1)
    changes.clear()
    fake_clock.now += 19.5  # 30 s periods end; the 60 s one and HOTP do not
    rolled = model.tick()
    rolled_names = {model.account_at(row).issuer for row in rolled}
    assert rolled_names == {"Chat2Desk", "GitHub", "Steam"}
    code_changes = [(top, bottom) for top, bottom, roles in changes if Role.CODE in roles]
    changed_rows = {row for top, bottom in code_changes for row in range(top, bottom + 1)}
    assert changed_rows == set(rolled)
    assert all(
        roles == [int(r) for r in CODE_ROLES] for _, _, roles in changes if Role.CODE in roles
    )
    for row in rolled:
        item = model.account_at(row)
        assert model.index(row).data(Role.CODE) == code_at(item, fake_clock.now)


def test_urgent_and_next_code_near_the_end(fake_clock: FakeClock) -> None:
    model = _model(fake_clock)
    index = model.index(model.row_of(model.accounts()[0].id))
    assert not index.data(Role.URGENT)
    fake_clock.now += 16  # 4 s left
    assert index.data(Role.URGENT)
    assert index.data(Role.SHOW_NEXT)
    assert index.data(Role.NEXT_CODE) == code_at(index.data(Role.ACCOUNT), fake_clock.now + 5)


def test_favourites_first_then_position(fake_clock: FakeClock) -> None:
    model = AccountsModel(Clock(fake_clock))
    model.set_accounts(
        [
            account("B", position=0),
            account("A", position=1, favorite=True),
            account("C", position=2),
        ]
    )
    assert [a.issuer for a in model.accounts()] == ["A", "B", "C"]


def test_move_announces_the_new_order(fake_clock: FakeClock, qtbot: Any) -> None:
    model = _model(fake_clock)
    ids = [a.id for a in model.accounts()]
    with qtbot.waitSignal(model.reordered) as blocker:
        assert model.move(0, 3)
    assert blocker.args[0] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert not model.move(1, 1)


def test_timer_aligns_to_the_next_second() -> None:
    assert 990 < ms_to_next_second(100.0) <= 1004
    assert ms_to_next_second(100.75) == 254
