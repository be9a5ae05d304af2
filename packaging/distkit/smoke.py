"""`make dist-check`: the .deb and the tar.gz installed into scratch folders and run.

Runs inside scripts/with-keyring.sh, so the vault's keyring slot lives in a real Secret Service
in a private D-Bus session. Each step prints what it proved; the first failure stops with a
message naming it.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from distkit.build import BUNDLE, DIST, version
from distkit.metainfo import COMPONENT_ID

ACCOUNTS = 20
# RFC 6238 appendix B: SHA1, the ASCII secret "12345678901234567890", T = 59 s.
RFC_URI = (
    "otpauth://totp/RFC%206238:vector?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=RFC%206238"
)
RFC_CODE_AT_59 = "287082"
KDBX_PASSWORD = "smoke password"  # noqa: S105 - a throw-away database's


class SmokeFailure(Exception):
    pass


def run(command: list[str | Path], *, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(map(str, command))} exited {done.returncode}\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def step(message: str) -> None:
    print(f"  ok  {message}", flush=True)


def check_deb_metadata(deb: Path) -> None:
    fields = run(["dpkg-deb", "--field", deb, "Package", "Version", "Depends"])
    depends = fields.split("Depends:", 1)[1]
    for needed in ("libzbar0", "libxcb-cursor0", "libc6"):  # ctypes, Qt's xcb plugin, everything
        if needed not in depends:
            raise SmokeFailure(f"the .deb does not depend on {needed}: {depends.strip()}")
    packages = [item.strip().split(" ")[0] for item in depends.split(",")]
    missing = [
        package
        for package in packages
        if "install ok installed" not in run(["dpkg-query", "-W", "-f=${Status}", package]) + " "
    ]
    if missing:
        raise SmokeFailure(f"the .deb's dependencies are not installed here: {missing}")
    if shutil.which("apt-get"):  # versions too, as `apt install ./keydesk.deb` would see them
        run(["apt-get", "install", "--simulate", "--no-install-recommends", deb.resolve()])
    listing = run(["dpkg-deb", "--contents", deb])
    for path in (
        "./usr/bin/keydesk -> ../../opt/keydesk/keydesk",
        "./opt/keydesk/keydesk",
        "./usr/share/applications/keydesk.desktop",
        f"./usr/share/metainfo/{COMPONENT_ID}.metainfo.xml",
        "./usr/share/icons/hicolor/48x48/apps/keydesk.png",
        "./usr/share/icons/hicolor/scalable/apps/keydesk.svg",
    ):
        if path not in listing:
            raise SmokeFailure(f"the .deb lacks {path}")
    step(f"{deb.name}: {len(packages)} dependencies, all met here (apt agrees); files in place")


def check_desktop_files(share: Path) -> None:
    run(["desktop-file-validate", share / "applications" / "keydesk.desktop"])
    run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            share / "metainfo" / f"{COMPONENT_ID}.metainfo.xml",
        ]
    )
    step("desktop-file-validate and appstreamcli validate --no-net pass")


def make_qr_images(folder: Path, count: int) -> list[Path]:
    import segno  # the venv's, not the bundle's: the bundle only reads QR codes

    images = []
    for index in range(count):
        secret = base64.b32encode(f"keydesk-smoke-{index:02d}".encode()).decode().rstrip("=")
        uri = f"otpauth://totp/Smoke%20{index:02d}:agent{index}?secret={secret}&issuer=Smoke%20{index:02d}"
        path = folder / f"qr-{index:02d}.png"
        segno.make(uri, error="m").save(str(path), scale=6, border=4)
        images.append(path)
    return images


def make_kdbx(folder: Path) -> tuple[Path, Path]:
    """A KeePass (KDBX 4, Argon2, AES) database with one TOTP entry, and its password file."""
    from pykeepass import create_database  # the venv's

    path, password = folder / "smoke.kdbx", folder / "kdbx-password"
    password.write_text(KDBX_PASSWORD, encoding="utf-8")
    database = create_database(str(path), password=KDBX_PASSWORD)
    kdf = database.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    kdf["I"].value, kdf["M"].value = 2, 1 << 20  # cheap; the same code path
    uri = "otpauth://totp/KeePass%20Smoke:agent?secret=JBSWY3DPEHPK3PXP&issuer=KeePass%20Smoke"
    database.add_entry(database.root_group, "KeePass Smoke", "agent", "pw", otp=uri)
    database.save()
    return path, password


def check_optional_parts(launcher: Path, home: Path, work: Path) -> None:
    """What the GUI loads later or on demand: the KeePass reader (lxml, pycryptodomex,
    argon2-cffi) and the issuer icons (simple-icons, stored compactly in the bundle)."""
    kdbx, password = make_kdbx(work)
    preview = json.loads(
        run([launcher, "--home", home, "import", kdbx, "--password-file", password,
             "--dry-run", "--json"])
    )  # fmt: skip
    if preview["format"] != "keepass" or len(preview["to_add"]) != 1:
        raise SmokeFailure(f"import of a KeePass database: {preview}")
    step("import --dry-run of a KDBX 4 database (lxml, pycryptodomex, argon2-cffi loaded)")
    match = json.loads(run([launcher, "--home", home, "icons", "match", "GitHub, Inc.", "--json"]))
    if match.get("source") != "simple-icons" or match.get("slug") != "github":
        raise SmokeFailure(f"icons match found no simple-icons glyph: {match}")
    step("icons match: the bundled simple-icons set answers")


def exercise(launcher: Path, work: Path) -> None:
    """The CLI and the GUI self-check, from the installed launcher."""
    expected = f"keydesk {version()}"
    if run([launcher, "--version"]).strip() != expected:
        raise SmokeFailure(f"--version did not print {expected!r}")
    step(f"{launcher} --version: {expected}")
    home = work / "profile"
    created = run([launcher, "--home", home, "init"])
    if "keyring" not in created:
        raise SmokeFailure(f"init did not use the keyring slot: {created.strip()}")
    step("init: a vault with a keyring slot (SecretStorage over D-Bus inside the bundle)")
    run([launcher, "--home", home, "add", RFC_URI])
    work.mkdir(parents=True, exist_ok=True)
    images = make_qr_images(work, ACCOUNTS - 1)
    scanned = json.loads(run([launcher, "--home", home, "scan", "--add", "--json", *images]))
    if scanned["added"] != ACCOUNTS - 1:
        raise SmokeFailure(f"scan --add added {scanned['added']} accounts, not {ACCOUNTS - 1}")
    step(f"scan --add read {ACCOUNTS - 1} QR images (zxing-cpp, OpenCV, pyzbar, Pillow loaded)")
    listed = json.loads(run([launcher, "--home", home, "list", "--json"]))
    code = json.loads(run([launcher, "--home", home, "code", "RFC 6238", "--at", "59", "--json"]))
    if len(listed) != ACCOUNTS or code["code"] != RFC_CODE_AT_59:
        raise SmokeFailure(f"{len(listed)} accounts listed, RFC 6238 code {code['code']}")
    step(f"{ACCOUNTS} accounts listed; the RFC 6238 test vector's code is right")
    check_optional_parts(launcher, home, work)
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    started = time.perf_counter()
    report = json.loads(run([launcher, "--home", home, "--self-check"], env=env).splitlines()[-1])
    if report.get("error") or report["accounts"] != ACCOUNTS or report["painted"] < 1:
        raise SmokeFailure(f"--self-check: {report}")
    step(
        f"--self-check offscreen: unlocked through the keyring, {report['accounts']} accounts, "
        f"{report['painted']} painted, {(time.perf_counter() - started) * 1000:.0f} ms"
    )


def check_deb(deb: Path, scratch: Path) -> None:
    check_deb_metadata(deb)
    root = scratch / "deb-root"
    run(["dpkg", "-x", deb, root])
    step(f"dpkg -x into {root}")
    check_desktop_files(root / "usr" / "share")
    exercise(root / "usr" / "bin" / "keydesk", scratch / "deb-run")


def check_tarball(tarball: Path, scratch: Path) -> None:
    with tarfile.open(tarball) as tar:
        tar.extractall(scratch / "tar", filter="tar")
    (folder,) = (scratch / "tar").iterdir()
    prefix = scratch / "prefix"
    run([folder / "install.sh"], env={"PREFIX": str(prefix)})
    desktop = (prefix / "share" / "applications" / "keydesk.desktop").read_text(encoding="utf-8")
    if f'Exec="{prefix}/bin/keydesk"' not in desktop:
        raise SmokeFailure("install.sh did not point the desktop entry at the installed command")
    check_desktop_files(prefix / "share")
    if run([prefix / "bin" / "keydesk", "--version"]).strip() != f"keydesk {version()}":
        raise SmokeFailure("the tar.gz's installed keydesk --version failed")
    run([folder / "install.sh", "--uninstall"], env={"PREFIX": str(prefix)})
    if (prefix / "bin" / "keydesk").exists() or (prefix / "lib" / "keydesk").exists():
        raise SmokeFailure("install.sh --uninstall left the app behind")
    step(f"{tarball.name}: install.sh installs under PREFIX, runs, uninstalls")


def main() -> int:
    name = version()
    deb = DIST / f"keydesk_{name}_amd64.deb"
    tarball = DIST / f"keydesk-{name}-linux-x86_64.tar.gz"
    for artefact in (BUNDLE / "keydesk", deb, tarball):
        if not artefact.exists():
            print(f"dist-check: {artefact} is missing; run `make dist`", file=sys.stderr)
            return 1
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="keydesk-dist-check-") as folder:
            check_deb(deb, Path(folder))
            check_tarball(tarball, Path(folder))
    except SmokeFailure as failure:
        print(f"dist-check FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"dist-check passed in {time.perf_counter() - started:.0f} s")
    return 0
