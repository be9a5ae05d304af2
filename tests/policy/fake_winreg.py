"""A stand-in for Windows' ``winreg`` module: the calls Keydesk makes, over a dict.

It behaves as the real module does where Keydesk depends on it: ``OpenKey`` of a missing key and
``EnumValue``/``EnumKey`` past the end raise ``OSError``; handles have ``Close``."""

from __future__ import annotations

from typing import Any

POLICY_KEY = r"SOFTWARE\Policies\Keydesk"


class _Key:
    def __init__(self, values: list[tuple[str, Any, int]], subkeys: dict[str, _Key]) -> None:
        self.values = values
        self.subkeys = subkeys
        self.closed = False

    def Close(self) -> None:
        self.closed = True


class FakeWinreg:
    HKEY_LOCAL_MACHINE = object()
    REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 4, 7, 11

    def __init__(
        self,
        values: dict[str, tuple[Any, int]] | None = None,
        lists: dict[str, list[str]] | None = None,
    ) -> None:
        self.present = values is not None or lists is not None
        subkeys = {
            name: _Key([(str(i + 1), entry, self.REG_SZ) for i, entry in enumerate(entries)], {})
            for name, entries in (lists or {}).items()
        }
        rows = [(name, data, kind) for name, (data, kind) in (values or {}).items()]
        self.root = _Key(rows, subkeys)

    def OpenKey(self, parent: object, path: str) -> _Key:
        if parent is self.HKEY_LOCAL_MACHINE:
            if path != POLICY_KEY or not self.present:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            return self.root
        assert isinstance(parent, _Key)
        if path not in parent.subkeys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return parent.subkeys[path]

    def EnumValue(self, key: _Key, index: int) -> tuple[str, Any, int]:
        if index >= len(key.values):
            raise OSError(259, "No more data is available")
        return key.values[index]

    def EnumKey(self, key: _Key, index: int) -> str:
        names = list(key.subkeys)
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]
