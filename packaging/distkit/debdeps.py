"""Which Debian packages the .deb depends on, found from the bundle itself.

Two sources, both read from the files, never from a hand list:

* the system libraries PyInstaller copied into the bundle (libzbar, the xcb pieces, fontconfig,
  GLib, ...): the .deb leaves them out and depends on the packages that own them, so security
  updates reach them;
* the libraries the bundle's ELF files need (``NEEDED``) that are in neither the bundle nor that
  first set (libc, libGL, libEGL, Wayland): the packages that own them.

Each package gets the minimum version from its ``shlibs`` file when it has one.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

DPKG_INFO = Path("/var/lib/dpkg/info")
#: The bundle's own interpreter stays in it: it must match the bundled standard library, and
#: distributions ship other Python versions.
KEEP_BUNDLED = re.compile(r"^libpython\d")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")
_LIBRARY = re.compile(r"^lib.*\.so(\.\d+)*$")


@dataclass(frozen=True)
class Unbundled:
    file: Path  # in the bundle
    package: str


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(bundle: Path, resolve: dict[str, str]) -> list[Unbundled]:
    """Libraries at the top of ``_internal`` that are regular files (wheels' libraries are
    symlinks into their package folders there) and that a Debian package owns."""
    candidates = [
        path
        for path in sorted((bundle / "_internal").iterdir())
        if path.is_file()
        and not path.is_symlink()
        and _LIBRARY.match(path.name)
        and not KEEP_BUNDLED.match(path.name)
        and path.name in resolve
    ]
    packages = owners([resolve[path.name] for path in candidates])
    return [
        Unbundled(path, packages[resolve[path.name]])
        for path in candidates
        if resolve[path.name] in packages
    ]


def needed_sonames(files: list[Path]) -> set[str]:
    names: set[str] = set()
    for chunk in range(0, len(files), 64):
        batch = [str(f) for f in files[chunk : chunk + 64]]
        output = subprocess.run(
            ["readelf", "-dW", *batch], capture_output=True, text=True, check=False
        ).stdout
        names.update(match["name"] for match in _NEEDED.finditer(output))
    return names


def ldconfig_paths() -> dict[str, str]:
    """soname -> path, from the dynamic loader's cache (x86-64 entries)."""
    output = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    paths: dict[str, str] = {}
    for line in output.splitlines()[1:]:
        name, _, rest = line.strip().partition(" ")
        if "x86-64" in rest and "=>" in rest:
            paths.setdefault(name, rest.rpartition("=> ")[2])
    return paths


def owners(paths: list[str]) -> dict[str, str]:
    """The package owning each library path, in one dpkg call. With merged /usr, dpkg may know
    a library under /lib or under /usr/lib, so both spellings are asked."""
    spellings: dict[str, str] = {}
    for path in paths:
        spellings[path] = path
        if path.startswith("/lib/"):
            spellings["/usr" + path] = path
        elif path.startswith("/usr/lib/"):
            spellings[path.removeprefix("/usr")] = path
    output = subprocess.run(
        ["dpkg", "-S", *spellings], capture_output=True, text=True, check=False
    ).stdout
    found: dict[str, str] = {}
    for line in output.splitlines():
        packages, _, path = line.partition(": ")
        if path in spellings:
            found.setdefault(spellings[path], packages.split(",")[0].split(":")[0].strip())
    return found


def minimum_version(package: str, soname: str) -> str:
    """The dependency the package's shlibs file declares for this soname ("libzbar0 (>= 0.10)"),
    or the bare package name."""
    match = re.match(r"^(?P<lib>.+?)\.so\.(?P<version>[\d.]+)$", soname) or re.match(
        r"^(?P<lib>.+?)-(?P<version>[\d.]+)\.so$", soname
    )
    for shlibs in (DPKG_INFO / f"{package}.shlibs", DPKG_INFO / f"{package}:amd64.shlibs"):
        if match and shlibs.is_file():
            for line in shlibs.read_text(encoding="utf-8").splitlines():
                fields = line.split(maxsplit=2)
                if len(fields) == 3 and fields[:2] == [match["lib"], match["version"]]:
                    return fields[2].split(",")[0].strip()
    return package


@dataclass
class Dependencies:
    unbundled: list[Unbundled]
    depends: list[str]  # "package (>= version)" items, sorted by package


def find_dependencies(bundle: Path) -> Dependencies:
    resolve = ldconfig_paths()
    unbundled = system_libraries(bundle, resolve)
    removed = {entry.file.name for entry in unbundled}
    elf_files = [
        path
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink() and path.name not in removed and is_elf(path)
    ]
    inside = {path.name for path in bundle.rglob("*")} - removed
    wanted: dict[str, str] = {entry.package: entry.file.name for entry in unbundled}
    missing = sorted(needed_sonames(elf_files) - inside)
    packages = owners([resolve.get(soname, "") for soname in missing if soname in resolve])
    for soname in missing:
        package = packages.get(resolve.get(soname, ""), "")
        if not package:
            raise LookupError(f"no installed package provides {soname}, which the bundle needs")
        wanted.setdefault(package, soname)
    depends = sorted(minimum_version(package, soname) for package, soname in wanted.items())
    return Dependencies(unbundled, depends)
