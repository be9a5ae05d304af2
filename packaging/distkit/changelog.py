"""CHANGELOG.md (Keep a Changelog) read into releases, for the AppStream metainfo."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_RELEASE = re.compile(r"^## \[(?P<version>[^\]]+)\](?:\s*-\s*(?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
_SECTION = re.compile(r"^### (?P<title>.+?)\s*$")
_ITEM = re.compile(r"^- (?P<text>.+)$")
UNRELEASED = "Unreleased"


@dataclass
class Release:
    version: str  # "Unreleased" or a version number
    date: str  # YYYY-MM-DD; empty for Unreleased
    sections: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def unreleased(self) -> bool:
        return self.version == UNRELEASED


def parse_changelog(text: str) -> list[Release]:
    """Releases newest first, each with its sections ("Added", ...) and their items as one line
    of Markdown each (continuation lines joined)."""
    releases: list[Release] = []
    items: list[str] | None = None
    for line in text.splitlines():
        if match := _RELEASE.match(line):
            releases.append(Release(match["version"], match["date"] or ""))
            items = None
        elif (match := _SECTION.match(line)) and releases:
            items = []
            releases[-1].sections.append((match["title"], items))
        elif items is None:
            continue
        elif match := _ITEM.match(line):
            items.append(match["text"].strip())
        elif line.startswith("  ") and line.strip() and items:
            items[-1] = f"{items[-1]} {line.strip()}"
    return releases


def read_changelog(path: Path) -> list[Release]:
    return parse_changelog(path.read_text(encoding="utf-8"))
