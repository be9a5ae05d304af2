"""Which icon an issuer gets, with no network: an imported icon pack first, then simple-icons.

simple-icons (CC0, the ``simple-icons-pack`` distribution) names each brand by a slug made from
its title: lower case, ``+`` → ``plus``, ``.`` → ``dot``, ``&`` → ``and``, accents stripped, then
only ``[a-z0-9]`` kept. Issuers are written many ways ("GitHub, Inc.", "github.com",
"accounts.google.com"), so each is tried as written, without a company suffix, by its first
word, and through a short table of domains and former names. When the issuer is empty, the
account name's e-mail domain is tried too (never otherwise: "ACME" with "me@gmail.com" is not
Gmail). The icon set is imported lazily: the first lookup pays for it, after the first frame.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core import brand_store
from desktop.core.resources import resource_dir

log = logging.getLogger("keydesk")

#: Domains, and names that changed, whose slug is not what the rules above would make.
ALIASES = {
    "twitter": "x",
    "googlemail": "gmail",
    "epic": "epicgames",
    "steampowered": "steam",
    "steamcommunity": "steam",
    "psn": "playstation",
    "playstationnetwork": "playstation",
    "npmjs": "npm",
    "pythonpackageindex": "pypi",
    "dockerhub": "docker",
    "battlenet": "battledotnet",
    "vkontakte": "vk",
    "onepassword": "1password",
    "protonme": "proton",
}
_SUFFIXES = {"inc", "llc", "ltd", "limited", "corp", "corporation", "gmbh", "ag", "sa", "co", "plc"}
_TLDS = {"com", "org", "net", "io", "me", "ru", "de", "co", "uk", "app", "dev", "ch", "eu", "us"}
_SPECIAL = str.maketrans(
    {"+": "plus", ".": "dot", "&": "and", "đ": "d", "ħ": "h", "ı": "i", "ł": "l", "ß": "ss"}
)


@dataclass(frozen=True)
class BrandIcon:
    """A simple-icons glyph: a monochrome SVG and its brand colour."""

    slug: str
    title: str
    svg: str
    colour: str  # "#rrggbb"


def slug(text: str) -> str:
    """simple-icons' title-to-slug rule."""
    lowered = text.casefold().translate(_SPECIAL)
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(ch)
    )
    return re.sub(r"[^a-z0-9]", "", stripped)


def candidates(issuer: str, name: str = "") -> list[str]:
    """Slugs to try for an account, best first."""
    found: list[str] = []
    for text in _texts(issuer, name):
        words = [w for w in re.split(r"[\s,()/|:_-]+", text.casefold()) if w]
        without_suffix = [w.rstrip(".") for w in words if w.rstrip(".") not in _SUFFIXES]
        plain = slug(text)
        keys = [plain, slug(" ".join(without_suffix))]
        keys += [_domain_name(text)]
        keys += [slug(without_suffix[0])] if without_suffix else []
        for key in keys:
            for option in (ALIASES.get(key, ""), key):
                if option and option not in found:
                    found.append(option)
    return found


def _texts(issuer: str, name: str) -> list[str]:
    issuer = issuer.strip()
    if issuer:
        return [issuer]
    if "@" in name:
        return [name.rpartition("@")[2]]
    return []


def _domain_name(text: str) -> str:
    """``accounts.google.com`` → ``google``; empty when ``text`` is not a domain."""
    labels = text.casefold().strip().split(".")
    if len(labels) < 2 or " " in text.strip():
        return ""
    meaningful = [label for label in labels if label not in _TLDS and label != "www"]
    return slug(meaningful[-1]) if meaningful else ""


@cache
def _icon_set() -> Any:
    """The compact store of the icons (:mod:`desktop.core.brand_store`), else the wheel. One
    that cannot be read (a damaged install) leaves the letters, with a warning: icons are never
    worth not starting over."""
    stored = resource_dir() / brand_store.FILENAME
    try:
        if stored.is_file():
            return brand_store.BrandStore(stored)
        import simple_icons_pack  # ~5-40 ms and 13 MB: only once, and only when icons are drawn
    except (ImportError, OSError, ValueError) as exc:
        log.warning("the issuer icons cannot be read, letters are shown: %s", exc)
        return _NoIcons()
    return simple_icons_pack


class _NoIcons:
    def get_icon(self, slug: str) -> None:
        return None


def simple_icon(issuer: str, name: str = "") -> BrandIcon | None:
    """The simple-icons glyph for this account, if the set has one."""
    return _simple_icon(issuer.strip(), name.strip() if not issuer.strip() else "")


@cache
def _simple_icon(issuer: str, name: str) -> BrandIcon | None:
    icons = _icon_set()
    for key in candidates(issuer, name):
        found = icons.get_icon(key)
        if found is not None:
            return BrandIcon(found.slug, found.title, found.svg, f"#{found.hex}")
    return None


def preload() -> None:
    """Import the icon set now (start-up calls this once the first frame is out)."""
    _icon_set()
