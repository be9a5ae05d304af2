"""What the PyInstaller bundle keeps and drops, checked without running PyInstaller."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from distkit import spec_common
from distkit.bundle_rules import (
    EXCLUDED_MODULES,
    REPLACED_MODULES,
    app_languages,
    collection_modes,
    is_wheel_file,
    keep_entry,
)

REPO = Path(__file__).resolve().parents[2]
QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqwayland.so", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),  # --self-check and CI
        (f"{QT}/plugins/iconengines/libqsvgicon.so", True),
        (f"{QT}/plugins/imageformats/libqjpeg.so", True),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),  # would bundle the machine's GTK
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/platforms/libqvnc.so", False),
        (f"{QT}/plugins/tls/libqopensslbackend.so", False),
        (f"{QT}/plugins/imageformats/libqpdf.so", False),
        (f"{QT}/lib/libQt6Widgets.so.6", True),
        (f"{QT}/lib/libQt6Pdf.so.6", False),
        (f"{QT}/lib/libQt6Quick.so.6", False),
        (f"{QT}/lib/libQt6WebEngineCore.so.6", False),
        (f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6", False),
        (f"{QT}/translations/qtbase_ru.qm", True),
        (f"{QT}/translations/qtbase_de.qm", False),
        (f"{QT}/translations/qt_ru.qm", False),  # a catalogue of modules we do not ship
        (f"{QT}/translations/qtmultimedia_ru.qm", False),
        ("resources/translations/keydesk_ru.qm", True),
        ("libzbar.so.0", True),
        # the names Windows and macOS give the same files
        (f"{QT}/plugins/imageformats/qtga.dll", False),
        (f"{QT}/plugins/platforms/qwindows.dll", True),
        (f"{QT}/plugins/platforms/libqcocoa.dylib", True),
        ("Qt6Pdf.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        (f"{QT}/lib/QtQuick.framework/Versions/A/QtQuick", False),
        (f"{QT}/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/QtNetwork.abi3.so", False),
        ("PySide6/QtCore.abi3.so", True),
        # pykeepass's parts of lxml and pycryptodomex stay, the rest goes
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
        ("lxml/objectify.cpython-311-x86_64-linux-gnu.so", True),
        ("lxml/builder.cpython-311-x86_64-linux-gnu.so", True),
        ("lxml/html/diff.cpython-311-x86_64-linux-gnu.so", False),
        ("lxml/isoschematron/resources/rng/iso-schematron.rng", False),
        ("lxml/sax.cpython-311-x86_64-linux-gnu.so", False),
        ("Cryptodome/Cipher/_raw_aes.abi3.so", True),
        ("Cryptodome/Cipher/_raw_ecb.abi3.so", True),  # KDBX 3's AES key transformation
        ("Cryptodome/Cipher/_chacha20.abi3.so", True),
        ("Cryptodome/Cipher/_Salsa20.abi3.so", True),
        ("Cryptodome/Util/_strxor.abi3.so", True),
        ("Cryptodome/Cipher/_raw_des3.abi3.so", False),
        ("Cryptodome/PublicKey/_ec_ws.abi3.so", False),
        ("Cryptodome/Hash/_SHA256.abi3.so", False),
        # every desktop's libraries come from the system; the rarer ones stay bundled
        ("libglib-2.0.so.0", False),
        ("libstdc++.so.6", False),
        ("libcrypto.so.3", False),
        ("libxcb-cursor.so.0", True),
        ("libsqlite3.so.0", True),
        ("libpython3.11.so.1.0", True),
        ("PySide6/Qt/lib/libicudata.so.73", True),
    ],
)
def test_keep_entry(dest: str, kept: bool) -> None:
    assert keep_entry(dest, {"ru"}) is kept


def test_languages_are_those_keydesk_is_translated_into() -> None:
    assert app_languages(REPO) == {
        path.stem.removeprefix("keydesk_")
        for path in (REPO / "resources" / "translations").glob("keydesk_*.ts")
    }
    assert "ru" in app_languages(REPO)


def test_the_server_and_test_tools_are_excluded() -> None:
    for module in ("server", "fastapi", "uvicorn", "sqlalchemy", "pytest", "PySide6.QtQml"):
        assert module in EXCLUDED_MODULES


def _runtime_distributions() -> set[str]:
    """keydesk's dependencies without extras, and theirs, as installed here."""

    def name(requirement: str) -> str:
        return re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")

    seen: set[str] = set()
    todo = [name(r) for r in metadata.requires("keydesk") or [] if "extra ==" not in r]
    while todo:
        dist = todo.pop()
        if dist in seen:
            continue
        seen.add(dist)
        try:
            requirements = metadata.requires(dist) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [name(r) for r in requirements if "extra ==" not in r]
    return seen


def test_no_excluded_package_is_needed_at_run_time() -> None:
    """pykeepass needs argon2-cffi and pyotp, which the server and the tests use too: excluding
    a whole package must not cut one of the app's own dependencies."""
    runtime = _runtime_distributions()
    owners = metadata.packages_distributions()
    for module in (m for m in EXCLUDED_MODULES if "." not in m and m not in REPLACED_MODULES):
        dists = {d.lower().replace("_", "-") for d in owners.get(module, [])}
        assert not dists & runtime, f"{module} is excluded but {dists & runtime} needs it"


def test_only_system_files_are_stripped() -> None:
    assert is_wheel_file("/work/.venv/lib/python3.11/site-packages/numpy.libs/libopenblas.so")
    assert not is_wheel_file("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")


def test_a_replaced_dependency_is_excluded_and_its_stand_in_bundled() -> None:
    """simple-icons-pack leaves the bundle only because its icons go in as a file of their own."""
    assert "simple_icons_pack" in REPLACED_MODULES
    assert set(REPLACED_MODULES) <= set(EXCLUDED_MODULES)
    datas = {(Path(source).name, folder) for source, folder in spec_common.resources(REPO)}
    assert ("simple-icons.bin", "resources") in datas


def test_start_up_modules_are_plain_pyc_files_and_the_rest_in_the_pyz() -> None:
    modes = collection_modes()
    for name in ("encodings", "json", "threading", "desktop", "PySide6", "cryptography"):
        assert modes[name] == "pyc", name
    for name in ("numpy", "cv2", "PIL", "pykeepass", "lxml"):  # scanning and importing only
        assert name not in modes
