"""The policy pinned by IT (DESIGN §8): what it pins, where it came from, and what it refuses.

:func:`load_policy` finds the first source (see :mod:`desktop.core.policy.sources`), validates
the whole document and returns a :class:`Policy`, or raises :class:`PolicyInvalid` listing every
problem: a policy is never applied in part. A key that is present is *pinned*; absent keys stay
the user's choice and take the schema's default.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop.core.errors import MANAGED_TEXT, PolicyInvalid, PolicyRefused
from desktop.core.policy.schema import (
    Problem,
    default_value,
    policy_keys,
    schema,
    show_value,
    validate,
)
from desktop.core.policy.sources import Source, file_source, find_sources

__all__ = [
    "MANAGED_TEXT",
    "Policy",
    "PolicyInvalid",
    "PolicyRefused",
    "Problem",
    "check_policy_file",
    "load_policy",
    "policy_keys",
    "schema",
]

#: What each allow_* key permits, for the refusal message.
ACTIONS = {
    "allow_add": "adding accounts",
    "allow_edit": "editing accounts",
    "allow_remove": "removing accounts",
    "allow_import": "importing",
    "allow_export": "exporting",
    "profiles_create": "creating profiles",
    "admin_console": "the admin console",
    "usage_log": "the usage record",
}


@dataclass(frozen=True)
class Policy:
    """The pinned values and their source; an empty policy pins nothing."""

    pinned_values: Mapping[str, Any] = field(default_factory=dict)
    source: str | None = None

    def pinned(self, key: str) -> bool:
        return key in self.pinned_values

    def value(self, key: str) -> Any:
        if key in self.pinned_values:
            return self.pinned_values[key]
        return default_value(key)

    def origin(self, key: str) -> str:
        return self.source if self.pinned(key) and self.source else "default"

    def effective(self) -> list[tuple[str, Any, str]]:
        """Every key with its value in force and where that came from."""
        return [(key, self.value(key), self.origin(key)) for key in policy_keys()]

    @property
    def kiosk(self) -> bool:
        return bool(self.value("kiosk"))

    def allows(self, key: str) -> bool:
        return bool(self.value(key))

    def require(self, key: str) -> None:
        """Refuse when the ``allow_*`` (or on/off) ``key`` is pinned off."""
        if not self.allows(key):
            raise PolicyRefused(
                f"{MANAGED_TEXT}: {ACTIONS.get(key, key)} is turned off ({key} = false)",
                reason=key,
            )

    def refuse_change(self, key: str) -> None:
        """A user's change of a setting the policy pins is refused."""
        if self.pinned(key):
            value = show_value(self.pinned_values[key])
            raise PolicyRefused(f"{MANAGED_TEXT}: '{key}' is pinned to {value}", reason=key)

    def issuer_allowed(self, issuer: str) -> bool:
        patterns = self.value("allowed_issuers")
        if patterns is None:
            return True
        import fnmatch

        folded = issuer.casefold()
        return any(fnmatch.fnmatchcase(folded, str(p).casefold()) for p in patterns)

    def check_issuer(self, issuer: str) -> None:
        if not self.issuer_allowed(issuer):
            shown = issuer or "(no issuer)"
            raise PolicyRefused(
                f"{MANAGED_TEXT}: accounts from '{shown}' cannot be added (allowed_issuers)",
                reason="allowed_issuers",
                value=issuer,
            )

    def check_new_passphrase(self, passphrase: str) -> None:
        minimum = int(self.value("min_passphrase_length"))
        if len(passphrase) < minimum:
            raise PolicyRefused(
                f"{MANAGED_TEXT}: a passphrase needs at least {minimum} characters "
                "(min_passphrase_length)",
                reason="min_passphrase_length",
                value=str(minimum),
            )

    def check_slots(self, has_passphrase: bool) -> None:
        """``require_passphrase`` forbids a profile that opens with the keyring alone."""
        if self.value("require_passphrase") and not has_passphrase:
            raise PolicyRefused(
                f"{MANAGED_TEXT}: every profile needs a passphrase (require_passphrase)",
                reason="require_passphrase",
            )


def load_policy(
    explicit: str | Path | None = None,
    *,
    platform: str = sys.platform,
    root: Path = Path("/"),
    env: Mapping[str, str] | None = None,
    winreg: ModuleType | None = None,
) -> Policy:
    """The policy in force, from the first source that exists; an empty one when none does.

    ``explicit`` (``--policy FILE``) is for trying a draft on a machine without a policy: when
    IT's policy is in force it cannot be replaced from the command line, and saying so is an
    error rather than a silent choice."""
    if winreg is None and platform == "win32":
        import winreg as system_winreg  # type: ignore[import-not-found,unused-ignore]

        winreg = system_winreg
    machine = [s for s in find_sources(platform, root=root, env=env, winreg=winreg) if s.exists()]
    if explicit is not None:
        _refuse_override(Path(explicit), machine)
        return _read(file_source(Path(explicit), machine_wide=False))
    return _read(machine[0]) if machine else Policy()


def check_policy_file(path: Path) -> Policy:
    """Validate a draft policy file without applying it."""
    return _read(file_source(path, machine_wide=False))


def _refuse_override(path: Path, machine: list[Source]) -> None:
    if machine:
        problem = Problem(
            str(path),
            "",
            "",
            "overridden",
            f"the policy in {machine[0].name} is in force; --policy cannot replace it",
        )
        raise PolicyInvalid(f"{MANAGED_TEXT}: {problem.describe()}", (problem,))


def _read(source: Source) -> Policy:
    document = source.read()
    problems = validate(document, source.name)
    if problems:
        lines = "\n".join(f"  {problem.describe()}" for problem in problems)
        raise PolicyInvalid(
            f"the policy cannot be applied, so Keydesk will not start:\n{lines}", tuple(problems)
        )
    assert isinstance(document, dict)
    pinned = {key: value for key, value in document.items() if key != "version"}
    return Policy(pinned, source.name)
