"""keydesk.exe's version resource, as the text file PyInstaller's EXE(version=...) reads.

Written as text (the format `pyi-grab_version` prints) rather than with PyInstaller's
versioninfo classes, which import Windows-only modules: the spec stays testable on Linux.
"""

from __future__ import annotations

from pathlib import Path

FIELDS = {
    "CompanyName": "Keydesk developers",
    "FileDescription": "Keydesk",
    "InternalName": "keydesk",
    "LegalCopyright": "LGPL-3.0-or-later",
    "OriginalFilename": "keydesk.exe",
    "ProductName": "Keydesk",
}


def version_resource_text(version: str) -> str:
    numbers = (*(int(part) for part in version.split(".")[:3]), 0)
    strings = {**FIELDS, "FileVersion": version, "ProductVersion": version}
    structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
          {structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ],
)
"""


ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def write_ico(png: Path, target: Path) -> Path:
    """keydesk.ico for the .exe and the installer, every size Windows asks for, from the 256 px
    rendering (Pillow, an app dependency, downsamples it)."""
    from PIL import Image

    with Image.open(png) as image:
        image.save(target, format="ICO", sizes=[(size, size) for size in ICO_SIZES])
    return target
