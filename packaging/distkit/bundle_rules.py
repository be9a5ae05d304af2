"""What the PyInstaller bundle leaves out: used by packaging/pyinstaller/keydesk.spec.

Modules are excluded from the analysis; Qt plugins, libraries and translations the hooks collect
anyway are dropped by name afterwards. Kept in a module of its own so a test can check the rules
without running PyInstaller.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Dependencies the bundle carries in another form, and where. simple-icons-pack's 13 MB library
#: becomes a 3 MB file of the same icons (desktop/core/brand_store.py), read the same way.
REPLACED_MODULES = {"simple_icons_pack": "resources/simple-icons.bin"}

#: Packages whose modules the GUI imports before its first frame (the parent, and the child that
#: unlocks the vault through the Secret Service), besides the standard library.
STARTUP_PACKAGES = ("desktop", "PySide6", "shiboken6", "cryptography", "secretstorage", "jeepney")


def collection_modes() -> dict[str, str]:
    """PyInstaller's module_collection_mode: the standard library and STARTUP_PACKAGES as plain
    .pyc files, found by Python's own path finder as in a venv; everything else in the
    compressed PYZ archive. Importing from the PYZ (inflating, through PyInstaller's importer)
    made the bundle's warm start-up 6-17 % slower than the venv's; this adds 6 MB to the
    bundle, all-.pyc (noarchive) would add 13 MB."""
    return {name: "pyc" for name in (*sorted(sys.stdlib_module_names), *STARTUP_PACKAGES)}


#: Python packages the desktop app never imports: the reference server and its dependencies,
#: test and development tools, and the standard library's GUI and test kits.
EXCLUDED_MODULES = [
    "server",
    "tests",
    "benchmarks",
    # the server's dependencies (the `server` extra)
    "fastapi",
    "starlette",
    "uvicorn",
    "pydantic",
    "pydantic_core",
    "sqlalchemy",
    "psycopg",
    "psycopg_binary",
    "anyio",
    # (argon2-cffi stays: pykeepass opens KDBX 4 files with it; the vault uses cryptography's)
    # test and development tools (the `dev` and `dist` extras)
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "httpx",
    "aiosmtpd",
    "keyrings.alt",
    "mypy",
    "PyInstaller",
    # build tools: cffi refers to setuptools for compiling, which the app never does; with them
    # in, PyInstaller's runtime hooks import pkg_resources at every start (about 0.3 s)
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    # the standard library's GUI and test kits
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "readline",  # line editing for an interactive prompt the app does not have
    # optional imports of the libraries we ship: numpy.show_config's YAML, Pillow's AVIF codec
    "yaml",
    # lxml and pycryptodomex are here for pykeepass (KeePass import), which uses lxml's etree,
    # objectify and builder and the AES, ChaCha20 and Salsa20 ciphers: not lxml's HTML tools,
    # Schematron or SAX (native parts dropped by _UNUSED_PACKAGE_FILES below)
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "Cryptodome.PublicKey",
    "Cryptodome.Signature",
    "Cryptodome.Protocol",
    "Cryptodome.IO",
    "PIL.AvifImagePlugin",
    "PIL._avif",
    # Qt modules the app does not use (it uses QtCore, QtGui, QtWidgets and QtSvg)
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtPdf",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    # dependencies the bundle carries in another form (REPLACED_MODULES)
    *REPLACED_MODULES,
]

#: Qt plugin folders the app loads nothing from.
_UNUSED_PLUGIN_DIRS = (
    "egldeviceintegrations",  # EGLFS (kiosks without a window system): not a target
    "generic",  # evdev/tslib input for EGLFS
    "networkinformation",
    "tls",
    "qmltooling",
    "sqldrivers",
    "designer",
    "printsupport",
    "webview",
    "position",
    "multimedia",
    "wayland-graphics-integration-client",  # OpenGL buffer sharing; the widgets paint in software
)

#: Single plugins to drop, by file name without "lib" and suffix (Linux, Windows and macOS name
#: them libqtga.so, qtga.dll, libqtga.dylib).
_UNUSED_PLUGINS = {
    # platform themes: gtk3 would pull the build machine's GTK into the bundle
    "qgtk3",
    # platforms other than the desktop ones and the offscreen/minimal ones the self-check uses
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvnc",
    "qvkkhrdisplay",
    "qdirect2d",  # Windows: qwindows is the one in use
    # image formats nobody feeds the app
    "qtga",
    "qtiff",
    "qwbmp",
    "qicns",
    "qpdf",
    # Wayland shells other than xdg-shell (the desktop one)
    "fullscreen-shell-v1",
    "ivi-shell",
    "qt-shell",
    "wl-shell-plugin",
}

#: Qt libraries only the dropped modules and plugins use: libQt6Pdf.so.6, Qt6Pdf.dll,
#: QtPdf.framework/...
_UNUSED_QT_LIBS = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(Pdf|Qml|Quick|WebEngine|Network|Sql|Test|Xml|Concurrent|PrintSupport"
    r"|OpenGL|Designer|UiTools|Help|EglFS|Vnc|Positioning|Multimedia|WlShell)[A-Za-z]*[./]"
)

#: Native parts of packages the app uses only in part, which their PyInstaller hooks collect
#: whole (pycryptodomex loads its C parts by file name, so the hook takes them all). Kept:
#: lxml's etree, objectify, builder and _elementpath; pycryptodomex's Util helpers, AES (and its
#: block modes) and the ChaCha20 and Salsa20 stream ciphers, which are what pykeepass uses.
_UNUSED_PACKAGE_FILES = re.compile(
    r"^(?:lxml/(?:html|isoschematron)/|lxml/sax\.|"
    r"Cryptodome/(?:PublicKey|Math|Protocol|Hash)/|"
    r"Cryptodome/Cipher/_(?:ARC4|pkcs1_decode|raw_(?:arc2|blowfish|eksblowfish|cast|des|des3|ocb))\.)"
)

#: Qt's own translations: only those of the languages Keydesk is translated into are loaded.
_QT_TRANSLATION = re.compile(
    r"qt(base|_help|connectivity|declarative|location|multimedia|"
    r"serialport|websockets|webengine|script|xmlpatterns|designer|"
    r"linguist|assistant|quick)?_([a-zA-Z_]+)\.qm$"
)


#: Linux libraries the bundle takes from the system instead of carrying copies, as PyInstaller
#: already does for glibc and OpenGL: the C++ runtime, GLib, D-Bus, the X11 core, xkbcommon,
#: fontconfig and FreeType, OpenSSL 3, and the compression and crypto helpers they load. Every
#: desktop that can run the bundle (glibc 2.35 or later, which its libpython needs) has them, and
#: its session keeps them in memory, while private copies were read from disk at each cold start
#: (about 6 % of it, measured A/B); 33 files, 18 MB. install.sh refuses to install where one is
#: missing (build.py lists them in the tar.gz); the .deb depends on their packages.
SYSTEM_LIBRARIES = (
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libglib-2.0.so.0",
    "libgthread-2.0.so.0",
    "libpcre2-8.so.0",
    "libffi.so.8",
    "libdbus-1.so.3",
    "libsystemd.so.0",
    "libgcrypt.so.20",
    "libgpg-error.so.0",
    "libcap.so.2",
    "libX11.so.6",
    "libX11-xcb.so.1",
    "libXau.so.6",
    "libXdmcp.so.6",
    "libbsd.so.0",
    "libmd.so.0",
    "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libexpat.so.1",
    "libpng16.so.16",
    "libbrotlicommon.so.1",
    "libbrotlidec.so.1",
    "libz.so.1",
    "libbz2.so.1.0",
    "liblzma.so.5",
    "liblz4.so.1",
    "libzstd.so.1",
    "libuuid.so.1",
    "libssl.so.3",
    "libcrypto.so.3",
)


def app_languages(root: Path) -> set[str]:
    """The languages Keydesk ships (resources/translations/keydesk_LANG.ts)."""
    return {
        path.stem.removeprefix("keydesk_")
        for path in (root / "resources" / "translations").glob("keydesk_*.ts")
    }


def keep_entry(dest: str, languages: set[str]) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) stays in."""
    parts = Path(dest).parts
    name = parts[-1]
    if len(parts) == 1 and name in SYSTEM_LIBRARIES:
        return False
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if parts[-1] != "plugins" else ""
        if folder in _UNUSED_PLUGIN_DIRS or _plugin_name(name) in _UNUSED_PLUGINS:
            return False
    if _UNUSED_QT_LIBS.search(Path(dest).as_posix()):
        return False
    if _UNUSED_PACKAGE_FILES.search(Path(dest).as_posix()):
        return False
    if "translations" in parts and parts[0] == "PySide6":
        match = _QT_TRANSLATION.search(name)
        if match:
            return match.group(2) in languages and match.group(1) == "base"
    return True


def _plugin_name(file_name: str) -> str:
    return file_name.split(".", maxsplit=1)[0].removeprefix("lib")


def is_wheel_file(source: str) -> bool:
    """Files from Python wheels: their libraries were rewritten by auditwheel's patchelf, and
    `strip` breaks those ("ELF load command address/offset not page-aligned")."""
    return "site-packages" in Path(source).parts or "dist-packages" in Path(source).parts


def strip_system_binaries(
    binaries: list[tuple[str, str, str]], workdir: Path
) -> list[tuple[str, str, str]]:
    """Swap the system's libraries (libpython and the Debian libraries, some with debug info)
    for stripped copies; wheels' files are left as they are."""
    stripped = []
    for dest, source, kind in binaries:
        if is_wheel_file(source) or not Path(source).is_file():
            stripped.append((dest, source, kind))
            continue
        copy = workdir / "stripped" / dest
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.exists() or copy.stat().st_mtime < Path(source).stat().st_mtime:
            shutil.copyfile(source, copy)
            subprocess.run(["strip", "--strip-unneeded", str(copy)], check=True)
        stripped.append((dest, str(copy), kind))
    return stripped
