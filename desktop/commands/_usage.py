"""The usage record as the commands keep it: unlocks, failed unlocks, reveals and changes."""

from __future__ import annotations

import argparse
import time

from desktop.commands.common import policy_of
from desktop.core.usage_log import UsageLog, record_unlock, usage_log_for
from desktop.core.vault import Vault

SOURCE = "command line"


def usage_log(args: argparse.Namespace, vault: Vault) -> UsageLog | None:
    """The profile's record, or None when the policy turns it off (usage_log = false)."""
    if not policy_of(args).allows("usage_log"):
        return None
    return usage_log_for(vault)


def unlocked(args: argparse.Namespace, vault: Vault) -> None:
    """Seal the failed unlocks noted while locked, apply retention, note this unlock."""
    record = usage_log(args, vault)
    if record is None:
        return
    record_unlock(record, int(policy_of(args).value("usage_log_days")), SOURCE, now=time.time())


def note(args: argparse.Namespace, vault: Vault, event: str, account: str = "") -> None:
    record = usage_log(args, vault)
    if record is not None:
        record.record(event, account, SOURCE, now=time.time())
