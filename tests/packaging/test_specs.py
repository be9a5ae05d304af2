"""The three PyInstaller specs run, with stand-ins for PyInstaller's build steps.

Windows and macOS bundles cannot be built on Linux; this at least proves their specs execute and
hand PyInstaller the icon, the version resource, the bundle id and the camera string.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is in the dev and dist extras")

from distkit import spec_common

from desktop import __version__
from desktop.core.policy.sources import MACOS_BUNDLE_ID

REPO = Path(__file__).resolve().parents[2]


class Step:
    """Records how a spec called Analysis, PYZ, EXE, COLLECT or BUNDLE."""

    calls: dict[str, dict[str, Any]]

    def __init__(self, name: str, calls: dict[str, dict[str, Any]]) -> None:
        self.name, self.calls = name, calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls[self.name] = {"args": args, **kwargs}
        return _Built()


class _Built:
    def __init__(self) -> None:
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


#: What PyInstaller's load_version_info_from_text_file evaluates the version file with.
VERSION_CLASSES = (
    "VSVersionInfo",
    "FixedFileInfo",
    "StringFileInfo",
    "StringTable",
    "StringStruct",
    "VarFileInfo",
    "VarStruct",
)


class _Record:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args: Any, **kwargs: Any) -> _Record:
        made = _Record(self.name)
        made.args, made.kwargs = args, kwargs
        return made

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = {}  # noqa: RUF012 - replaced per call, never mutated


def run_spec(spec: Path, workpath: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    # The real ones start PyInstaller's isolated subprocesses and patch its Qt hook.
    monkeypatch.setattr(spec_common, "hidden_imports", lambda: ["desktop.commands.scan"])
    monkeypatch.setattr(spec_common, "drop_unused_qt_plugins", lambda languages: None)
    calls: dict[str, dict[str, Any]] = {}
    namespace = {
        "SPECPATH": str(spec.parent),
        "workpath": str(workpath),
        **{name: Step(name, calls) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return calls


def test_linux_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(REPO / "packaging" / "pyinstaller" / "keydesk.spec", tmp_path, monkeypatch)
    analysis = calls["Analysis"]
    assert analysis["args"][0] == [str(REPO / "desktop" / "__main__.py")]
    assert "server" in analysis["excludes"] and "fastapi" in analysis["excludes"]
    bundled = {Path(source).name for source, _folder in analysis["datas"]}
    assert {"keydesk.svg", "keydesk_ru.qm", "policy.schema.json"} <= bundled
    assert not {"keydesk_ru.ts", "openapi.json"} & bundled
    assert analysis["module_collection_mode"] == spec_common.collection_modes()
    assert calls["COLLECT"]["name"] == "keydesk" and "BUNDLE" not in calls


@pytest.mark.usefixtures("qapp")  # the icon is rendered with QtSvg
def test_windows_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(REPO / "packaging" / "windows" / "keydesk-windows.spec", tmp_path, monkeypatch)
    exe = calls["EXE"]
    assert exe["icon"] == str(tmp_path / "keydesk.ico")  # keydesk.iss expects it there
    from PIL import Image

    with Image.open(exe["icon"]) as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    text = Path(exe["version"]).read_text(encoding="utf-8")
    resource = eval(
        text, {name: _Record(name) for name in VERSION_CLASSES}
    )  # the file's own format
    table = resource.kwargs["kids"][0].args[0][0].args[1]
    strings = {struct.args[0]: struct.args[1] for struct in table}
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "keydesk.exe"
    numbers = tuple(int(part) for part in __version__.split("."))
    assert resource.kwargs["ffi"].kwargs["filevers"] == (*numbers, 0)
    assert exe["console"] is True and exe["hide_console"] == "hide-early"


@pytest.mark.usefixtures("qapp")
def test_macos_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(REPO / "packaging" / "macos" / "keydesk-macos.spec", tmp_path, monkeypatch)
    bundle = calls["BUNDLE"]
    assert bundle["name"] == "Keydesk.app"
    assert bundle["bundle_identifier"] == MACOS_BUNDLE_ID
    assert bundle["icon"].endswith("512x512/apps/keydesk.png")
    plist = bundle["info_plist"]
    assert "camera" in plist["NSCameraUsageDescription"]
    assert plist["CFBundleShortVersionString"] == __version__
