"""Keydesk's lazy run-time hooks for inspect and pkgutil (packaging/pyinstaller/hooks/rthooks/).

PyInstaller runs them before the app; here their functions run in this process, on a module
imported for the test and on stand-ins for PyInstaller's importer.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HOOKS = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "hooks" / "rthooks"


def hook_functions(name: str) -> dict[str, Any]:
    """The hook's definitions, without the call that arms it for this process."""
    source = (HOOKS / name).read_text(encoding="utf-8")
    definitions = source.split('\n_keydesk_after_import("')[0]
    namespace: dict[str, Any] = {}
    exec(compile(definitions, name, "exec"), namespace)
    return namespace


@pytest.fixture
def module_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name = "keydesk_rthook_probe"
    (tmp_path / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    saved = list(sys.meta_path)
    yield name
    sys.modules.pop(name, None)
    sys.meta_path[:] = saved


@pytest.mark.parametrize("hook", ["pyi_rth_keydesk_inspect.py", "pyi_rth_keydesk_pkgutil.py"])
def test_the_patch_runs_once_right_after_the_first_import(hook: str, module_on_path: str) -> None:
    seen: list[types.ModuleType] = []
    hook_functions(hook)["_keydesk_after_import"](module_on_path, seen.append)
    assert module_on_path not in sys.modules and not seen  # nothing imported by arming it
    module = __import__(module_on_path)
    assert seen == [module] and module.VALUE == 1
    assert not any(type(f).__name__ == "AfterImport" for f in sys.meta_path)  # gone again
    assert "exec_module" not in vars(module.__loader__)  # the loader is itself again


def test_inspect_resolves_the_bundles_relative_file_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/keydesk/_internal", raising=False)
    fake = types.SimpleNamespace(
        getfile=lambda obj: obj, getsourcefile=lambda obj: f"original:{obj}"
    )
    hook_functions("pyi_rth_keydesk_inspect.py")["_keydesk_resolve_bundle_names"](fake)
    assert fake.getsourcefile("desktop/cli.py") == "/opt/keydesk/_internal/desktop/cli.py"
    assert fake.getsourcefile("/opt/keydesk/_internal/x.py") == "/opt/keydesk/_internal/x.py"
    assert fake.getsourcefile("/usr/lib/y.py") == "original:/usr/lib/y.py"


def test_pkgutil_lists_the_archives_modules_then_the_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class FrozenFinder:
        def __init__(self, prefix: str, fallback: object = None) -> None:
            self._pyz_entry_prefix, self.fallback_finder = prefix, fallback

    tree = {
        "desktop": {"commands": {"add": "desktop.commands.add", "scan": "desktop.commands.scan"}}
    }
    importers = types.SimpleNamespace(PyiFrozenFinder=FrozenFinder, get_pyz_toc_tree=lambda: tree)
    monkeypatch.setitem(sys.modules, "pyimod02_importers", importers)
    registered: dict[type, Any] = {}
    pkgutil = types.SimpleNamespace(
        iter_importer_modules=types.SimpleNamespace(register=registered.__setitem__)
    )
    hook_functions("pyi_rth_keydesk_pkgutil.py")["_keydesk_list_frozen_modules"](pkgutil)
    listing = registered[FrozenFinder]
    assert list(listing(FrozenFinder("desktop.commands"), "desktop.commands.")) == [
        ("desktop.commands.add", False),
        ("desktop.commands.scan", False),
    ]
    assert list(listing(FrozenFinder(""))) == [("desktop", True)]
    assert list(listing(FrozenFinder("nothing.here"))) == []
