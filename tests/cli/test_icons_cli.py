"""``keydesk icons``: import an Aegis icon pack, see which icon an issuer gets, remove it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.core.test_icon_packs import UUID, make_pack


def test_import_match_list_remove(keydesk: Any, tmp_path: Path) -> None:
    before = json.loads(keydesk("icons", "match", "GitHub, Inc.", "--json").stdout)
    assert before == {"issuer": "GitHub, Inc.", "source": "simple-icons", "slug": "github"}
    assert json.loads(keydesk("icons", "match", "Chat2Desk", "--json").stdout)["source"] == "letter"
    done = keydesk("icons", "import", str(make_pack(tmp_path / "pack.zip")))
    assert done.returncode == 0, done.stderr
    assert "Test pack" in done.stdout
    after = json.loads(keydesk("icons", "match", "Chat2Desk", "--json").stdout)
    assert after["source"] == "pack" and after["pack"] == "Test pack"
    listed = json.loads(keydesk("icons", "list", "--json").stdout)
    assert [p["uuid"] for p in listed] == [UUID]
    assert keydesk("icons", "remove", UUID).returncode == 0
    assert json.loads(keydesk("icons", "list", "--json").stdout) == []


def test_a_bad_pack_is_refused_with_its_reason(keydesk: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip", encoding="utf-8")
    done = keydesk("icons", "import", str(bad))
    assert done.returncode == 2
    assert "not a zip file" in done.stderr
