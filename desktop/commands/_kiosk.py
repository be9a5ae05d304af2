"""The command line in kiosk mode offers what the kiosk window offers, and nothing more.

The kiosk is one flow: pick a profile, unlock, see and copy codes, add by scanning a QR code
with the camera or on the screen (when ``allow_add`` permits). Its window has no export,
import, removal, editing, settings, profiles, slots, backups or admin console, and no file
dialog. From a terminal on the same PC these stay out of reach too: a command that reads is
run, one that changes something (or reads a file the kiosk keeps away) is refused with exit 2,
naming the policy key ``kiosk``. Adding from the command line is refused as well: the kiosk
adds only by scanning, in its window.
"""

from __future__ import annotations

import argparse

from desktop.core.errors import PolicyRefused
from desktop.core.policy import MANAGED_TEXT, Policy

#: Commands that only read, as the kiosk's codes page does (names as typed after 'keydesk').
READ_ONLY = frozenset(
    {
        "list", "code", "log", "policy", "policy show", "policy check", "settings show",
        "profiles", "profiles list", "slots", "slots list", "backup list", "icons",
        "icons list", "icons match",
    }
)  # fmt: skip


def command_name(args: argparse.Namespace) -> str:
    """'profiles create' for ``keydesk profiles create NAME`` (set by desktop.cli)."""
    return str(getattr(args, "command_name", args.command))


def reads_only(args: argparse.Namespace) -> bool:
    name = command_name(args)
    if name in READ_ONLY:
        return True
    if name == "scan":  # decoding images prints no secret; --add changes the vault
        return not args.add
    if name == "restore-backup":
        return bool(args.list)
    if name == "backup settings":
        return args.folder is None and args.keep is None and args.enabled is None
    return False


def check_kiosk(policy: Policy, args: argparse.Namespace) -> None:
    """Refuse, under ``kiosk: true`` (or ``--kiosk``, trying it), a command the kiosk window
    does not offer."""
    if reads_only(args):
        return
    if policy.kiosk:
        why, prefix = "kiosk = true", f"{MANAGED_TEXT}: "
    elif getattr(args, "kiosk", False):
        why, prefix = "--kiosk", ""
    else:
        return
    raise PolicyRefused(
        f"{prefix}'keydesk {command_name(args)}' is not offered in kiosk mode ({why}); at the "
        "kiosk the command line only reads (list, code, log, policy, settings show), and "
        "accounts are added by scanning in the kiosk window",
        reason="kiosk",
    )
