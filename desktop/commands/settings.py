"""``keydesk settings show|set``: the app's preferences from a script; pinned ones are refused."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.commands.common import data_home, policy_of, print_json
from desktop.core.clock import check_server_url
from desktop.core.errors import InvalidInput

if TYPE_CHECKING:
    from desktop.ui.settings import Settings

#: Names on the command line (the policy's names where one exists) -> settings keys.
NAMES = {
    "clipboard_clear_seconds": "clipboard/clear_seconds",
    "hide_codes": "codes/hide_until_clicked",
    "show_next": "codes/show_next",
    "theme": "appearance/theme",
    "language": "appearance/language",
    "start_minimised": "tray/start_minimised",
    "close_to_tray": "tray/close_to_tray",
    "drift_server": "clock/drift_server",
    "auto_lock_seconds": "lock/idle_seconds",
    "lock_on_session_lock": "lock/on_session_lock",
    "lock_on_minimise": "lock/on_minimise",
    "global_hotkey": "hotkey/quick_pick",
    "always_on_top": "window/always_on_top",
}
#: Whole-number settings and their ranges (the policy schema's where it has the key).
RANGES = {"clipboard_clear_seconds": (5, 600), "auto_lock_seconds": (0, 86400)}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "settings",
        help="show or change the app's settings",
        description="The app's settings (settings.ini in the data folder, shared by its profiles). A setting the "
        "policy pins shows 'Managed by your organisation' and cannot be changed.",
    )
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="every setting, its value and whether it is pinned")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)
    change = actions.add_parser("set", help="change one setting")
    change.add_argument("name", choices=sorted(NAMES), metavar="NAME")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(func=run_set)


def _settings(args: argparse.Namespace) -> Settings:
    from desktop.ui.settings import Settings  # QtCore only: QSettings reads the same file

    return Settings(data_home(args), policy=policy_of(args))


def run_show(args: argparse.Namespace) -> int:
    from desktop.ui.settings import DEFAULTS

    settings = _settings(args)
    rows = {}
    for name, key in NAMES.items():
        default = DEFAULTS[key]
        value: bool | int | str = (
            settings.get_bool(key)
            if isinstance(default, bool)
            else settings.get_int(key)
            if isinstance(default, int)
            else settings.get_str(key)
        )
        rows[name] = {"value": value, "pinned": settings.pinned(key)}
    if args.json:
        print_json(rows)
        return 0
    for name, row in rows.items():
        managed = "  (Managed by your organisation)" if row["pinned"] else ""
        print(f"{name:<24} {row['value']!s:<28}{managed}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from desktop.ui.settings import DEFAULTS

    settings = _settings(args)
    key = NAMES[args.name]
    if settings.pinned(key):  # refused before the value is even read
        settings.policy.refuse_change(args.name)
    value = parse_value(args.name, args.value, DEFAULTS[key])
    settings.set(key, value)
    print(f"{args.name} = {value}")
    return 0


def parse_value(name: str, text: str, default: bool | int | str) -> bool | int | str:
    from desktop.ui.settings import LANGUAGES, THEMES

    if isinstance(default, bool):
        if text.lower() not in {"true", "false", "on", "off", "1", "0", "yes", "no"}:
            raise InvalidInput(f"{name} must be true or false, not '{text}'")
        return text.lower() in {"true", "on", "1", "yes"}
    if isinstance(default, int):
        low, high = RANGES[name]
        if not text.isdigit() or not low <= int(text) <= high:
            raise InvalidInput(f"{name} must be a whole number from {low} to {high}")
        return int(text)
    choices = {"theme": THEMES, "language": LANGUAGES}.get(name)
    if choices is not None and text not in choices:
        shown = ", ".join(choice or "''" for choice in choices)
        raise InvalidInput(f"{name} must be one of: {shown}")
    if name == "drift_server" and text:
        check_server_url(text)
    return text
