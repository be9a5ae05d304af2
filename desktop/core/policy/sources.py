"""Where a policy comes from. The first source that exists wins; it is read whole or refused.

- every platform: ``--policy FILE`` (for trying a draft: see :func:`find_sources`);
- Linux and other Unixes: ``/etc/keydesk/policy.json``;
- Windows: the registry ``HKLM\\SOFTWARE\\Policies\\Keydesk`` (what the ADMX template writes),
  then ``%ProgramData%\\Keydesk\\policy.json``;
- macOS: managed preferences ``/Library/Managed Preferences/<bundle id>.plist``, then
  ``/Library/Application Support/Keydesk/policy.json``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Any

from desktop.core.errors import PolicyInvalid
from desktop.core.policy.schema import NOT_JSON, UNREADABLE, Problem, key_schema

MACOS_BUNDLE_ID = "org.keydesk.Keydesk"
REGISTRY_PATH = r"SOFTWARE\Policies\Keydesk"
REGISTRY_NAME = "HKLM\\" + REGISTRY_PATH


@dataclass(frozen=True, slots=True)
class Source:
    """A place a policy may be; ``read`` returns the document or raises :class:`PolicyInvalid`."""

    name: str
    exists: Callable[[], bool]
    read: Callable[[], object]
    machine_wide: bool = True


def file_source(path: Path, *, machine_wide: bool = True) -> Source:
    return Source(str(path), path.exists, lambda: read_json(path), machine_wide)


def read_json(path: Path) -> object:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _refused(str(path), UNREADABLE, f"cannot read the file: {exc.strerror}") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _refused(str(path), NOT_JSON, "the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        detail = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise _refused(str(path), NOT_JSON, detail) from None


def plist_source(path: Path) -> Source:
    return Source(str(path), path.exists, lambda: read_plist(path))


def read_plist(path: Path) -> object:
    import plistlib  # only macOS reads one: kept off everyone else's start-up

    try:
        with path.open("rb") as handle:
            return plistlib.load(handle)
    except OSError as exc:
        raise _refused(str(path), UNREADABLE, f"cannot read the file: {exc.strerror}") from None
    except (plistlib.InvalidFileException, ValueError, TypeError) as exc:
        raise _refused(str(path), NOT_JSON, f"not a property list: {exc}") from None


def registry_source(winreg: ModuleType) -> Source:
    def exists() -> bool:
        try:
            winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_PATH).Close()
        except OSError:
            return False
        return True

    return Source(REGISTRY_NAME, exists, lambda: read_registry(winreg))


def read_registry(winreg: ModuleType) -> dict[str, Any]:
    """The values under the policy key, typed as the JSON keys they mirror.

    Booleans are REG_DWORD 0/1, numbers REG_DWORD, text REG_SZ; a list is either a REG_MULTI_SZ
    value or, as an ADMX ``list`` element writes it, a subkey whose values are the entries."""
    document: dict[str, Any] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_PATH)
    except OSError as exc:
        raise _refused(REGISTRY_NAME, UNREADABLE, f"cannot open the key: {exc}") from None
    try:
        for name, data, kind in _values(winreg, key):
            document[name] = _from_registry(winreg, name, data, kind)
        for name in _subkeys(winreg, key):
            document[name] = _list_from_subkey(winreg, key, name)
    finally:
        key.Close()
    return document


def _values(winreg: ModuleType, key: Any) -> list[tuple[str, Any, int]]:
    found = []
    index = 0
    while True:
        try:
            found.append(winreg.EnumValue(key, index))
        except OSError:
            return found
        index += 1


def _subkeys(winreg: ModuleType, key: Any) -> list[str]:
    found = []
    index = 0
    while True:
        try:
            found.append(winreg.EnumKey(key, index))
        except OSError:
            return found
        index += 1


def _list_from_subkey(winreg: ModuleType, key: Any, name: str) -> object:
    sub = winreg.OpenKey(key, name)
    try:
        values = _values(winreg, sub)
    finally:
        sub.Close()
    if any(kind not in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) for _, _, kind in values):
        return [data for _, data, _ in values]  # the schema names the wrong type
    return [data for _, data, _ in sorted(values, key=_entry_order)]


def _entry_order(value: tuple[str, Any, int]) -> tuple[int, str]:
    """ADMX names list entries 1, 2, 3 …: order them as numbers."""
    name = value[0]
    return (int(name), "") if name.isdigit() else (1 << 30, name)


def _from_registry(winreg: ModuleType, name: str, data: Any, kind: int) -> object:
    expected = _expected_type(name)
    if kind in (winreg.REG_DWORD, winreg.REG_QWORD) and expected == "boolean" and data in (0, 1):
        return bool(data)
    if kind == winreg.REG_MULTI_SZ and expected == "array":
        return list(data)
    return data  # anything else is checked, and if wrong named, by the schema


def _expected_type(name: str) -> str:
    try:
        return str(key_schema(name).get("type", ""))
    except KeyError:
        return ""


def find_sources(
    platform: str,
    *,
    root: Path = Path("/"),
    env: Mapping[str, str] | None = None,
    winreg: ModuleType | None = None,
) -> list[Source]:
    """The machine-wide sources for ``platform``, in the order they are tried."""
    env = os.environ if env is None else env
    if platform == "win32":
        program_data = env.get("ProgramData") or r"C:\ProgramData"
        sources = [registry_source(winreg)] if winreg is not None else []
        return [
            *sources,
            file_source(_windows_path(root, program_data) / "Keydesk" / "policy.json"),
        ]
    if platform == "darwin":
        managed = root / "Library" / "Managed Preferences" / f"{MACOS_BUNDLE_ID}.plist"
        support = root / "Library" / "Application Support" / "Keydesk" / "policy.json"
        return [plist_source(managed), file_source(support)]
    return [file_source(root / "etc" / "keydesk" / "policy.json")]


def _windows_path(root: Path, path: str) -> Path:
    """On Windows the path itself; elsewhere (tests) the same path below ``root``."""
    if os.name == "nt":
        return Path(path)
    parts = PureWindowsPath(path).parts[1:]
    return root.joinpath(*parts)


def _refused(source: str, reason: str, detail: str) -> PolicyInvalid:
    problem = Problem(source, "", "", reason, detail)
    return PolicyInvalid(f"the policy cannot be used: {problem.describe()}", (problem,))
