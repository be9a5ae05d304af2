"""Finding accounts by what a person types: id, issuer, name, group or tag, case-insensitive."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.otp import Account

MIN_ID_PREFIX = 4


def matches(account: Account, needle: str) -> bool:
    """Substring match on issuer, name, group and tags (the GUI's type-to-filter)."""
    needle = needle.casefold().strip()
    if not needle:
        return True
    haystack = (account.issuer, account.name, account.group, *account.tags)
    return any(needle in field.casefold() for field in haystack)


def find_accounts(accounts: Iterable[Account], query: str) -> list[Account]:
    """Exact matches on id (or an id prefix), issuer, name or label win; else substring matches."""
    pool = list(accounts)
    wanted = query.casefold().strip()
    exact = [a for a in pool if _is_exact(a, wanted)]
    if exact:
        return exact
    return [a for a in pool if matches(a, wanted)]


def _is_exact(account: Account, wanted: str) -> bool:
    if account.id == wanted or (len(wanted) >= MIN_ID_PREFIX and account.id.startswith(wanted)):
        return True
    names = (account.issuer, account.name, account.label, f"{account.issuer}:{account.name}")
    return any(wanted == name.casefold() for name in names)
