"""The ``keydesk`` command: no arguments opens the GUI; subcommands script everything else.

Subcommands live in :mod:`desktop.commands`, one module per area; each module has
``register(subparsers)``. They are imported only when a subcommand is given, so opening the GUI
stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import __version__

if TYPE_CHECKING:
    import argparse
    from types import ModuleType

# argparse, pkgutil and the command modules are imported only for a subcommand: the GUI's
# start-up does not pay for them.

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3

DESCRIPTION = """\
Keydesk: two-factor codes on the desktop and the service's security settings.

Run without a command to open the app. Exit status: 0 ok, 1 failure, 2 bad input or usage,
3 vault locked or authentication needed."""

EPILOG = """\
Passphrases are read only from --passphrase-file or KEYDESK_PASSPHRASE_FILE, never from the
command line. --home (or KEYDESK_HOME) selects the data folder; --profile NAME (or
KEYDESK_PROFILE) one of its profiles, needed when it has more than one.

A policy set by IT (/etc/keydesk/policy.json, the Windows registry or ProgramData, macOS
managed preferences) rules every command: a pinned setting cannot be changed (exit 2,
"Managed by your organisation"), 'code' prints nothing under hide_codes, and under kiosk the
command line only reads. --policy FILE is for trying a draft where IT has installed none; where
one is installed it is refused, so nobody at the PC can swap IT's policy for their own."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="keydesk",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"keydesk {__version__}")
    add_home_option(parser)
    add_policy_options(parser)
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="start the GUI, unlock, paint the codes, print timings as JSON and exit",
    )
    parser.add_argument(
        "--show",
        nargs="?",
        const="",
        metavar="FILTER",
        help="raise the running Keydesk of this profile (or start it) with the search field "
        "focused and FILTER typed in; a second launch never starts a second instance",
    )
    parser.add_argument(
        "--quick-pick",
        action="store_true",
        help="open the running Keydesk's quick-pick popup (bind this to a key where the "
        "desktop does not let apps set global shortcuts, as on Wayland without the "
        "GlobalShortcuts portal)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        module.register(subparsers)
    _add_profile_everywhere(parser)
    _name_every_command(parser)
    return parser


def add_home_option(parser: argparse.ArgumentParser) -> None:
    import argparse

    parser.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder holding the profiles and settings (default: $KEYDESK_HOME or the "
        "user data folder)",
    )


def add_policy_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        metavar="FILE",
        dest="policy_file",
        help="try the policy in FILE; refused where IT has installed a policy, so that it "
        "cannot be overridden from the command line (see 'keydesk policy')",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="open the app in kiosk mode, to try it out (a command then runs as at a kiosk)",
    )


PROFILE_HELP = "the profile (operator) to use; needed when the data folder has several"


def _add_profile_everywhere(parser: argparse.ArgumentParser) -> None:
    """--profile NAME before the command or after any subcommand (``keydesk list --profile a``)."""
    import argparse

    parser.add_argument("--profile", metavar="NAME", default=argparse.SUPPRESS, help=PROFILE_HELP)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _add_profile_everywhere(child)


def _name_every_command(parser: argparse.ArgumentParser, prefix: str = "") -> None:
    """Each command knows its full name ('profiles create'): kiosk mode decides by it."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                full = f"{prefix} {name}".strip()
                child.set_defaults(command_name=full)
                _name_every_command(child, full)


def _command_modules() -> list[ModuleType]:
    import importlib
    import pkgutil

    import desktop.commands as package

    names = sorted(
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_") and info.name != "common"
    )
    return [importlib.import_module(f"desktop.commands.{name}") for name in names]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:
        # Without the parser: it imports every command module, OpenCV and numpy among them.
        print(f"keydesk {__version__}")
        return EXIT_OK
    if _wants_gui(args_list):
        return _run_gui(args_list)
    from desktop.core.errors import KeydeskError

    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        return _run_gui(args_list)
    try:
        _load_policy(args)
        return int(args.func(args))
    except KeydeskError as exc:
        print(f"keydesk: {exc.message}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        return EXIT_FAILURE


def _load_policy(args: argparse.Namespace) -> None:
    """Every command runs under the policy in force; an invalid one stops it (exit 2).
    ``policy check`` validates a draft and must work even when the policy in force is broken."""
    if getattr(args, "skip_policy", False):
        return
    from desktop.core.policy import load_policy

    args.policy = load_policy(args.policy_file)
    from desktop.commands._kiosk import check_kiosk

    check_kiosk(args.policy, args)  # at a kiosk the command line only reads
    gate = getattr(args, "policy_gate", None)
    if gate:  # a whole command area the policy can turn off (e.g. admin_console)
        args.policy.require(gate)


def _wants_gui(args: list[str]) -> bool:
    """No subcommand: skip building the full parser (it imports every command module)."""
    options_only = all(
        arg.startswith("-") or _follows_value_option(args, i) for i, arg in enumerate(args)
    )
    return options_only and not {"-h", "--help", "--version"} & set(args)


#: Global options that take a value: what follows them is not a subcommand.
VALUE_OPTIONS = frozenset({"--home", "--profile", "--show", "--policy"})


def _follows_value_option(args: list[str], index: int) -> bool:
    return index > 0 and args[index - 1] in VALUE_OPTIONS


def _run_gui(args: list[str]) -> int:
    from desktop.ui.app import run_gui

    status: int = run_gui(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
