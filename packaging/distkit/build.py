"""`make dist`: the PyInstaller bundle, the Linux tar.gz and the .deb, with their sizes.

Writes dist/keydesk/ (the one-folder bundle), dist/keydesk-VERSION-linux-x86_64.tar.gz,
dist/keydesk_VERSION_amd64.deb and dist/build-info.json (sizes and timings, read by
benchmarks/bundle.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from distkit.bundle_rules import SYSTEM_LIBRARIES
from distkit.debdeps import find_dependencies
from distkit.icons import render_icons
from distkit.metainfo import COMPONENT_ID, render_metainfo
from distkit.opencv import minimal_cv2

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "keydesk"
ARCH = "x86_64"
DEB_ARCH = "amd64"
SUMMARY = "Two-factor codes and the service's security settings"


@dataclass
class BuildInfo:
    version: str
    bundle_seconds: float = 0.0
    build_seconds: float = 0.0
    unpacked_bytes: int = 0
    tar_gz_bytes: int = 0
    deb_bytes: int = 0
    deb_installed_bytes: int = 0
    depends: str = ""
    opencv: str = "wheel"  # or "minimal" (--minimal-opencv, distkit/opencv.py)


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in desktop/__init__.py")
    return match.group(1)


def source_date() -> str:
    """The last commit's date (reproducible), or today outside a git checkout."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or datetime.now(UTC).date().isoformat()


def tree_bytes(folder: Path) -> int:
    """Bytes of the regular files under folder (symlinks count as nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(cv2: Path | None) -> float:
    """PyInstaller; ``cv2``: a minimal OpenCV to bundle instead of the wheel's."""
    started = time.perf_counter()
    env = {**os.environ, "KEYDESK_MINIMAL_CV2": str(cv2 or "")}
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "pyinstaller" / "keydesk.spec"),
        ],
        check=True,
        env=env,
    )  # fmt: skip
    return time.perf_counter() - started


def share_tree(share: Path, release_version: str, date: str) -> None:
    """Desktop entry, AppStream metainfo and hicolor icons, as they go under /usr/share."""
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        ROOT / "packaging" / "linux" / "keydesk.desktop", applications / "keydesk.desktop"
    )
    metainfo = share / "metainfo" / f"{COMPONENT_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    metainfo.write_text(render_metainfo(ROOT, release_version, date), encoding="utf-8")
    render_icons(ROOT / "resources" / "icons" / "keydesk.svg", share)


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_tarball(release_version: str, date: str) -> Path:
    name = f"keydesk-{release_version}-linux-{ARCH}"
    staging = BUILD / "linux" / name
    shutil.rmtree(staging.parent, ignore_errors=True)
    share_tree(staging / "share", release_version, date)
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", staging / "install.sh")
    # what install.sh checks the system for (the bundle has no copies of them)
    (staging / "system-libraries.txt").write_text(
        "".join(f"{name}\n" for name in SYSTEM_LIBRARIES), encoding="utf-8"
    )
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=name, filter=_root_owned)
        tar.add(BUNDLE, arcname=f"{name}/keydesk", filter=_root_owned)
    return target


def build_deb(release_version: str, date: str, info: BuildInfo) -> Path:
    staging = BUILD / "deb" / "root"
    shutil.rmtree(staging.parent, ignore_errors=True)
    app = staging / "opt" / "keydesk"
    shutil.copytree(BUNDLE, app, symlinks=True, copy_function=os.link)  # hard links: no copy
    dependencies = find_dependencies(app)
    for entry in dependencies.unbundled:  # the distribution's copy is used instead
        entry.file.unlink()
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / "keydesk").symlink_to("../../opt/keydesk/keydesk")
    share_tree(staging / "usr" / "share", release_version, date)
    doc = staging / "usr" / "share" / "doc" / "keydesk"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    info.depends = ", ".join(dependencies.depends)
    info.deb_installed_bytes = tree_bytes(staging)
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(_control(release_version, info), encoding="utf-8")
    target = DIST / f"keydesk_{release_version}_{DEB_ARCH}.deb"
    # xz -6 makes it about 20 % smaller than -1 but takes minutes on two cores; a release build
    # can ask for it with DEB_XZ_LEVEL=6.
    level = os.environ.get("DEB_XZ_LEVEL", "1")
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            f"-z{level}",
            "--build",
            str(staging),
            str(target),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def _control(release_version: str, info: BuildInfo) -> str:
    return (
        "Package: keydesk\n"
        f"Version: {release_version}\n"
        f"Architecture: {DEB_ARCH}\n"
        "Maintainer: Keydesk developers <maintainers@keydesk.invalid>\n"
        f"Installed-Size: {info.deb_installed_bytes // 1024}\n"
        f"Depends: {info.depends}\n"
        # Any Secret Service keeps the vault key; without one Keydesk asks for a passphrase.
        "Recommends: gnome-keyring\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Homepage: https://keydesk.invalid/\n"
        f"Description: {SUMMARY}\n"
        " Keydesk keeps a chat-center team's two-factor codes on the desktop: scan the\n"
        " enrollment QR code, keep the secret in an encrypted vault whose key lives in\n"
        " the system keyring, copy the code in a keystroke. Admins edit the service's\n"
        " security settings, offline if need be.\n"
    )


def _copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Keydesk\n\n"
        "Files: *\n"
        "Copyright: Keydesk developers\n"
        "License: LGPL-3.0-or-later\n"
        " On Debian systems the licence is in /usr/share/common-licenses/LGPL-3.\n"
        " The bundled Python packages carry their licences in their *.dist-info folders\n"
        " under /opt/keydesk/_internal.\n"
    )


def _mb(size: int) -> str:
    return f"{size / 1e6:.0f} MB"


def main(argv: list[str]) -> int:
    """``--reuse-bundle`` packs an existing dist/keydesk again without running PyInstaller;
    ``--minimal-opencv`` (or MINIMAL_OPENCV=1) bundles OpenCV built without FFmpeg and OpenBLAS
    (distkit/opencv.py) instead of the wheel's."""
    started = time.perf_counter()
    info = BuildInfo(version=version())
    date = source_date()
    if "--reuse-bundle" in argv and (BUNDLE / "keydesk").is_file():
        previous = json.loads((DIST / "build-info.json").read_text(encoding="utf-8"))
        info.bundle_seconds = previous["bundle_seconds"]
        info.opencv = previous.get("opencv", "wheel")
    else:
        minimal = "--minimal-opencv" in argv or os.environ.get("MINIMAL_OPENCV") == "1"
        info.opencv = "minimal" if minimal else "wheel"
        info.bundle_seconds = build_bundle(minimal_cv2(BUILD) if minimal else None)
    info.unpacked_bytes = tree_bytes(BUNDLE)
    tarball = build_tarball(info.version, date)
    info.tar_gz_bytes = tarball.stat().st_size
    deb = build_deb(info.version, date, info)
    info.deb_bytes = deb.stat().st_size
    info.build_seconds = time.perf_counter() - started
    if "--reuse-bundle" in argv:
        info.build_seconds += info.bundle_seconds
    (DIST / "build-info.json").write_text(json.dumps(asdict(info), indent=2), encoding="utf-8")
    print(f"bundle   {BUNDLE.relative_to(ROOT)}: {_mb(info.unpacked_bytes)} unpacked "
          f"(target < 250 MB), PyInstaller {info.bundle_seconds:.0f} s, "
          f"OpenCV: {info.opencv}")  # fmt: skip
    print(f"tar.gz   {tarball.relative_to(ROOT)}: {_mb(info.tar_gz_bytes)} (target < 100 MB)")
    print(f".deb     {deb.relative_to(ROOT)}: {_mb(info.deb_bytes)}, "
          f"{_mb(info.deb_installed_bytes)} installed (uses the system's libraries)")  # fmt: skip
    print(f"build    {info.build_seconds:.0f} s in all")
    return 0
