"""A global shortcut as text ("Ctrl+Alt+K"): parsed once, checked with a clear message."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.errors import InvalidInput

MODIFIERS = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "alt": "alt",
    "shift": "shift",
    "meta": "meta",
    "super": "meta",
    "win": "meta",
}
#: Keys a global shortcut may end with: a letter, a digit, F1–F24, or one of these names.
NAMED_KEYS = {"space", "insert", "home", "end", "pageup", "pagedown", "pause", "print"}
_FUNCTION = re.compile(r"^f([1-9]|1[0-9]|2[0-4])$")


@dataclass(frozen=True)
class Shortcut:
    modifiers: frozenset[str]
    key: str  # lower case: "k", "5", "f5", "space"

    def __str__(self) -> str:
        order = [m for m in ("ctrl", "alt", "shift", "meta") if m in self.modifiers]
        names = {"ctrl": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta"}
        key = (
            self.key.upper()
            if len(self.key) == 1 or _FUNCTION.match(self.key)
            else self.key.title()
        )
        return "+".join([*(names[m] for m in order), key])


def parse_shortcut(text: str) -> Shortcut:
    """``Ctrl+Alt+K`` → :class:`Shortcut`; at least one of Ctrl, Alt or Meta, then one key."""
    parts = [part.strip().casefold() for part in text.split("+")]
    if len(parts) < 2 or not all(parts):
        raise InvalidInput(
            f"{text!r} is not a shortcut: write modifiers and a key, e.g. Ctrl+Alt+K",
            reason="shortcut_format",
        )
    *mods, key = parts
    unknown = [m for m in mods if m not in MODIFIERS]
    if unknown:
        raise InvalidInput(
            f"{unknown[0]!r} is not a modifier (Ctrl, Alt, Shift, Meta)", reason="shortcut_modifier"
        )
    modifiers = frozenset(MODIFIERS[m] for m in mods)
    if not modifiers & {"ctrl", "alt", "meta"}:
        raise InvalidInput(
            "a global shortcut needs Ctrl, Alt or Meta, or it would steal typing",
            reason="shortcut_plain",
        )
    if not (re.fullmatch(r"[a-z0-9]", key) or _FUNCTION.match(key) or key in NAMED_KEYS):
        raise InvalidInput(f"{key!r} cannot be the key of a global shortcut", reason="shortcut_key")
    return Shortcut(modifiers, key)
