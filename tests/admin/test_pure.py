"""The pure parts: three-way merge, allowlist values as typed, local content filter (compared
with the server's own verdicts), the replica and the local view."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.admin.filtering import evaluate
from desktop.admin.merge import MISSING, apply_patch, changed_fields, merge_set, three_way
from desktop.admin.netaddr import Typing, parse_value, permits, typing_state
from desktop.admin.store import Store
from desktop.admin.view import full_view
from tests.admin.conftest import Profile
from tests.admin.serverproc import ServerProcess

BASE = {"grace_hours": 72, "required_roles": ["admin"], "totp": {"digits": 6, "period": 30}}


def test_three_way_merges_different_fields_and_stops_on_the_same() -> None:
    theirs = {**BASE, "totp": {"digits": 8, "period": 30}, "required_roles": ["admin", "operator"]}
    mine = {"grace_hours": 10, "required_roles": ["admin", "supervisor"]}
    result = three_way(BASE, mine, theirs)
    assert result.conflicts == ()
    assert result.patch == {
        "grace_hours": 10,
        "required_roles": ["admin", "operator", "supervisor"],
    }
    clash = three_way(BASE, {"totp": {"digits": 6}, "grace_hours": 1}, {**theirs, "grace_hours": 2})
    assert [c.path for c in clash.conflicts] == ["grace_hours"]
    assert clash.patch == {}  # digits: mine equals the base, not my change
    assert three_way(BASE, {"grace_hours": 2}, {**BASE, "grace_hours": 2}).nothing_to_send
    assert three_way({}, {"grace_hours": 5}, BASE).patch == {"grace_hours": 5}  # never-seen base


@given(st.sets(st.integers(0, 9)), st.sets(st.integers(0, 9)), st.sets(st.integers(0, 9)))
def test_set_merge_keeps_both_sides(base: set[int], mine: set[int], theirs: set[int]) -> None:
    merged = set(merge_set(sorted(base), sorted(mine), sorted(theirs)))
    assert mine - base <= merged and not (base - mine) & merged
    assert (theirs - (base - mine)) <= merged


@given(st.dictionaries(st.sampled_from("abc"), st.integers(0, 3)),
       st.dictionaries(st.sampled_from("abc"), st.integers(0, 3)))  # fmt: skip
def test_changed_fields_round_trip(base: dict[str, int], mine: dict[str, int]) -> None:
    assert apply_patch(base, changed_fields(base, mine)) == mine
    assert MISSING is not None


def test_allowlist_values_as_typed() -> None:
    assert typing_state("") is Typing.EMPTY
    assert typing_state("10.0.") is Typing.INTERMEDIATE
    assert typing_state("10.0.0.0/") is Typing.INTERMEDIATE
    assert typing_state("10.0.0.0/33") is Typing.INVALID
    assert typing_state("hello") is Typing.INVALID
    assert typing_state("2001:db8::/32") is Typing.VALID
    assert typing_state("192.0.2.10 - 192.0.2.20") is Typing.VALID
    assert typing_state("192.0.2.20-192.0.2.10") is Typing.INVALID
    assert parse_value("10.1.2.3/8").value == "10.0.0.0/8"
    assert parse_value("::ffff:192.0.2.1-192.0.2.9").value == "192.0.2.1-192.0.2.9"
    entries = [{"kind": "range", "value": "192.0.2.1-192.0.2.9", "is_active": True}]
    assert permits(True, entries, "192.0.2.5") and not permits(True, entries, "192.0.2.10")
    assert permits(False, [], "203.0.113.1")


@given(st.text(max_size=40))
def test_typing_never_crashes(text: str) -> None:
    assert typing_state(text) in set(Typing)


MESSAGES = [
    "card 4111 1111 1111 1111 please",
    "not a card 4111 1111 1111 1112",
    "mail me at ops@example.com or call +7 (495) 123-45-67",
    "the SECRET word and code-12345",
    "secretive but fine",
]


def test_local_filter_matches_the_server(shared_server: ServerProcess, tmp_path: Path) -> None:
    client = shared_server.login("admin")
    profile = Profile(tmp_path / "p")
    profile.engine(client).sync()
    for rule in ({"kind": "pii", "pii_type": "card", "action": "mask"},
                 {"kind": "pii", "pii_type": "email", "action": "flag", "direction": "out"},
                 {"kind": "pii", "pii_type": "phone", "action": "mask"},
                 {"kind": "word", "pattern": "secret", "action": "block", "direction": "in"},
                 {"kind": "regex", "pattern": r"code-\d{5}", "action": "mask"}):  # fmt: skip
        profile.editor.add_rule(rule)
    assert profile.engine(client).sync().clean
    rules = full_view(profile.store)["content_filter"]["rules"]
    for text in MESSAGES:
        for direction in ("in", "out"):
            server = client.query("/v1/security/content_filter/test",
                                  {"text": text, "direction": direction}).data  # fmt: skip
            local = evaluate(rules, text, direction)
            assert (local.verdict, local.text) == (server["verdict"], server["text"]), text


def test_replica_is_safe_across_reopen(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "x")
    item = profile.editor.add_ip("192.0.2.1", name="one")
    again = Store.in_home(tmp_path / "x")
    assert again.item(item.id) is not None
    assert full_view(again)["ip_allowlist"]["entries"][0]["value"] == "192.0.2.1/32"
    raw = (tmp_path / "x" / "admin-replica.sqlite3").read_bytes()
    assert b"password" not in raw.lower() and b"token" not in raw.lower()
