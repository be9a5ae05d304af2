"""The desktop entry and the AppStream metainfo (releases from CHANGELOG.md) validate."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from distkit.changelog import parse_changelog
from distkit.metainfo import COMPONENT_ID, render_metainfo

REPO = Path(__file__).resolve().parents[2]

CHANGELOG = """\
# Changelog

Intro text with - a dash.

## [Unreleased]

### Added
- `keydesk --version` prints the version,
  on two lines here.
- **Bold** and a [link](https://example.invalid).

## [0.1.0] - 2026-01-15

### Fixed
- One fix.
"""


def test_changelog_sections_and_continuation_lines() -> None:
    unreleased, first = parse_changelog(CHANGELOG)
    assert unreleased.unreleased and unreleased.date == ""
    assert unreleased.sections == [
        (
            "Added",
            [
                "`keydesk --version` prints the version, on two lines here.",
                "**Bold** and a [link](https://example.invalid).",
            ],
        )
    ]
    assert (first.version, first.date, first.sections) == (
        "0.1.0",
        "2026-01-15",
        [("Fixed", ["One fix."])],
    )


def test_metainfo_lists_the_changelog_as_releases(tmp_path: Path) -> None:
    (tmp_path / "packaging" / "linux").mkdir(parents=True)
    shutil.copy(
        REPO / "packaging" / "linux" / "keydesk.metainfo.xml", tmp_path / "packaging" / "linux"
    )
    shutil.copytree(REPO / "docs" / "screenshots", tmp_path / "docs" / "screenshots")
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    component = ET.fromstring(render_metainfo(tmp_path, "0.2.0", "2026-02-01"))
    releases = component.findall("releases/release")
    assert [(r.get("version"), r.get("date"), r.get("type")) for r in releases] == [
        ("0.2.0", "2026-02-01", "development"),
        ("0.1.0", "2026-01-15", None),
    ]
    first_item = releases[0].find("description/ul/li")
    assert first_item is not None
    first_item.tail = None
    assert ET.tostring(first_item, encoding="unicode") == (
        "<li><code>keydesk --version</code> prints the version, on two lines here.</li>"
    )
    second = releases[0].findall("description/ul/li")[1]
    assert "".join(second.itertext()) == "Bold and a link."


def test_a_screenshot_missing_from_docs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "packaging" / "linux").mkdir(parents=True)
    shutil.copy(
        REPO / "packaging" / "linux" / "keydesk.metainfo.xml", tmp_path / "packaging" / "linux"
    )
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"main-light\.png"):
        render_metainfo(tmp_path, "0.2.0", "2026-02-01")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/debian-packages.txt lists it)")
    return path


def test_the_real_metainfo_validates(tmp_path: Path) -> None:
    target = tmp_path / f"{COMPONENT_ID}.metainfo.xml"
    target.write_text(render_metainfo(REPO, "0.1.0", "2026-11-29"), encoding="utf-8")
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_validates() -> None:
    entry = REPO / "packaging" / "linux" / "keydesk.desktop"
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout
    assert "Exec=keydesk\n" in entry.read_text(encoding="utf-8")  # install.sh rewrites this line
