"""docs/policy.md's table of the test that proves each policy key stays true: a row for every
key of the schema, and every test it names exists."""

from __future__ import annotations

import re

from desktop.core.policy import policy_keys
from tests.conftest import REPO

DOC = REPO / "docs" / "policy.md"


def table_rows() -> dict[str, tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8").split("## Which test proves each key", 1)[1]
    rows = {}
    for line in text.split("\n## ", 1)[0].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = (cells[1], cells[2])
    return rows


def named_tests(cell: str) -> list[tuple[str, str]]:
    """`ui/test_x.py::test_a`, `::test_b` (the same file again) -> [(path, name), ...]."""
    found, path = [], ""
    for file, name in re.findall(r"`([\w/]*\.py)?::(\w+)`", cell):
        path = file or path
        found.append((path, name))
    return found


def test_every_key_has_a_gui_and_a_cli_test_that_exist() -> None:
    rows = table_rows()
    assert sorted(rows) == sorted([*policy_keys(), "version"])
    for key, cells in rows.items():
        for side, cell in zip(("app", "command line"), cells, strict=True):
            tests = named_tests(cell)
            assert tests, f"{key}: no {side} test named"
            for path, name in tests:
                source = (REPO / "tests" / path).read_text(encoding="utf-8")
                assert re.search(rf"^def {name}\(", source, re.M), f"{key}: {path}::{name}"
