"""install.sh from the tar.gz, on a stand-in bundle; the icons rendered from the SVG."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from distkit.bundle_rules import SYSTEM_LIBRARIES
from distkit.icons import SIZES, render_icons

REPO = Path(__file__).resolve().parents[2]


def _unpacked_tarball(folder: Path) -> Path:
    """What build.py puts in the tar.gz, with a shell script standing in for the bundle."""
    (folder / "keydesk" / "_internal").mkdir(parents=True)
    launcher = folder / "keydesk" / "keydesk"
    launcher.write_text("#!/bin/sh\necho 'keydesk 9.9.9'\n", encoding="utf-8")
    launcher.chmod(0o755)
    for sub in ("applications", "metainfo", "icons/hicolor/48x48/apps"):
        (folder / "share" / sub).mkdir(parents=True)
    shutil.copy(REPO / "packaging" / "linux" / "keydesk.desktop", folder / "share" / "applications")
    (folder / "share" / "metainfo" / "org.keydesk.Keydesk.metainfo.xml").write_text("<x/>")
    (folder / "share" / "icons" / "hicolor" / "48x48" / "apps" / "keydesk.png").write_bytes(b"png")
    shutil.copy(REPO / "packaging" / "linux" / "install.sh", folder / "install.sh")
    (folder / "system-libraries.txt").write_text("".join(f"{n}\n" for n in SYSTEM_LIBRARIES))
    return folder / "install.sh"


def _run(script: Path, *args: str, prefix: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFIX": str(prefix)}
    return subprocess.run(
        [str(script), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_install_and_uninstall_under_a_prefix(tmp_path: Path) -> None:
    script = _unpacked_tarball(tmp_path / "unpacked")
    prefix = tmp_path / "prefix with space"
    done = _run(script, prefix=prefix)
    assert done.returncode == 0, done.stderr
    assert "Installed Keydesk 9.9.9" in done.stdout
    command = prefix / "bin" / "keydesk"
    assert (
        subprocess.run([str(command)], capture_output=True, text=True, check=False).stdout
        == "keydesk 9.9.9\n"
    )
    desktop = (prefix / "share" / "applications" / "keydesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{command}"\n' in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "keydesk.png").is_file()
    assert (prefix / "share" / "metainfo" / "org.keydesk.Keydesk.metainfo.xml").is_file()

    again = _run(script, prefix=prefix)  # an upgrade replaces the app folder
    assert again.returncode == 0, again.stderr

    removed = _run(script, "--uninstall", prefix=prefix)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in prefix.rglob("*") if p.is_file()]
    assert [p.name for p in left if not p.name.endswith(".cache")] == []  # desktop caches stay


def test_install_refuses_unknown_arguments(tmp_path: Path) -> None:
    script = _unpacked_tarball(tmp_path / "unpacked")
    done = _run(script, "--bogus", prefix=tmp_path / "prefix")
    assert done.returncode == 2 and "usage" in done.stderr
    assert not (tmp_path / "prefix").exists()


def test_install_refuses_where_a_system_library_is_missing(tmp_path: Path) -> None:
    """The bundle has no copies of SYSTEM_LIBRARIES: install.sh names the missing ones."""
    script = _unpacked_tarball(tmp_path / "unpacked")
    listed = script.parent / "system-libraries.txt"
    listed.write_text(listed.read_text() + "libkeydesk-absent.so.9\n")
    done = _run(script, prefix=tmp_path / "prefix")
    assert done.returncode == 1
    assert "libkeydesk-absent.so.9" in done.stderr and "libglib" not in done.stderr
    assert not (tmp_path / "prefix").exists()


@pytest.mark.usefixtures("qapp")
def test_icons_in_every_size_from_the_svg(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    written = render_icons(REPO / "resources" / "icons" / "keydesk.svg", tmp_path)
    assert len(written) == len(SIZES) + 1
    for size in SIZES:
        image = QImage(
            str(tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "keydesk.png")
        )
        assert (image.width(), image.height()) == (size, size)
        tile = image.pixelColor(int(size * 0.15), size // 2)  # the blue tile, left of the ring
        assert tile.alpha() == 255 and tile.blue() > tile.red() + 100
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "keydesk.svg").is_file()
