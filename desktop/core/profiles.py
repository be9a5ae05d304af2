"""Several profiles (one vault each, one per operator) in one data folder.

Layout::

    <data folder>/settings.ini, keydesk.log          shared by every profile
    <data folder>/profiles/<id>/profile.json         {"name": ..., "created": ...}
    <data folder>/profiles/<id>/vault.kdv (+ .bak)   that profile's vault, its own slots
    <data folder>/profiles/<id>/unlock-state.json    failed unlocks (desktop.core.backoff)
    <data folder>/profiles/<id>/admin-*              that profile's admin console data

The id is a folder name that never changes (renaming rewrites ``profile.json`` only). Folders
whose name starts with a dot are work in progress (a profile being made, migrated or deleted)
and are never listed. Every change to the set of profiles is one atomic rename, and runs under
a lock file so two Keydesk processes cannot interleave them. A data folder of the old one-vault
layout becomes the profile "default" (:mod:`desktop.core.profile_migration`).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import InvalidInput, KeydeskError, NotFound

PROFILES_DIR = "profiles"
META_FILENAME = "profile.json"
LOCK_FILENAME = ".profiles.lock"
DEFAULT_NAME = "default"
MAX_NAME_LENGTH = 64
#: Same as desktop.core.vault.VAULT_FILENAME (a test keeps them equal): listing profiles must
#: not import the vault module (cryptography) at start-up.
VAULT_FILENAME = "vault.kdv"
PROFILE_ENV = "KEYDESK_PROFILE"


class InvalidProfileName(InvalidInput):
    code = "invalid_profile_name"


class ProfileExists(InvalidInput):
    code = "profile_exists"


class ProfileNotFound(NotFound):
    code = "profile_not_found"


class ProfileAmbiguous(InvalidInput):
    """Several profiles and no --profile: the command cannot guess whose vault to open."""

    code = "profile_ambiguous"


class ProfileDamaged(KeydeskError):
    """A profile folder whose description cannot be read; the message names the folder."""

    code = "profile_damaged"


class Profile(NamedTuple):
    """A profile: its id (the folder's name), display name and folder. A NamedTuple, not a
    dataclass: a second launch reads profiles, and dataclasses' import (inspect, 4-5 ms) would
    be most of its own work."""

    id: str
    name: str
    folder: Path
    created: float = 0.0
    #: "Always ask": a profile with a passphrase asks for it at start too, even when a keyring
    #: slot could open it without asking.
    always_ask: bool = True

    @property
    def vault_path(self) -> Path:
        return self.folder / VAULT_FILENAME

    @property
    def has_vault(self) -> bool:
        return self.vault_path.exists()


class DamagedProfile(NamedTuple):
    """A folder under profiles/ that is not a readable profile; the others still open."""

    id: str
    folder: Path
    message: str


def validate_name(name: str) -> str:
    """The name as it will be stored, or :class:`InvalidProfileName` saying what is wrong."""
    cleaned = name.strip()
    if not cleaned:
        raise InvalidProfileName("a profile name cannot be empty", reason="empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidProfileName(
            f"a profile name can have at most {MAX_NAME_LENGTH} characters", reason="too_long"
        )
    if "/" in cleaned or "\\" in cleaned:
        raise InvalidProfileName("a profile name cannot contain '/' or '\\'", reason="slash")
    if ".." in cleaned:
        raise InvalidProfileName("a profile name cannot contain '..'", reason="dots")
    if any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in cleaned):
        raise InvalidProfileName(
            "a profile name cannot contain control characters", reason="control"
        )
    return cleaned


class ProfileStore:
    """The profiles of one data folder. Pure file operations; no vault is opened here."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.root = home / PROFILES_DIR

    # --- reading ---------------------------------------------------------------------------

    def scan(self) -> tuple[list[Profile], list[DamagedProfile]]:
        """Every profile, sorted by name, and every folder that could not be read."""
        profiles: list[Profile] = []
        damaged: list[DamagedProfile] = []
        try:
            entries = sorted(self.root.iterdir())
        except FileNotFoundError:
            return [], []
        for folder in entries:
            if folder.name.startswith(".") or not folder.is_dir():
                continue
            try:
                profiles.append(read_profile(folder))
            except ProfileDamaged as exc:
                damaged.append(DamagedProfile(folder.name, folder, exc.message))
        profiles.sort(key=lambda p: (p.name.casefold(), p.id))
        return profiles, damaged

    def profiles(self) -> list[Profile]:
        return self.scan()[0]

    def find(self, name: str) -> Profile:
        wanted = name.strip().casefold()
        profiles, damaged = self.scan()
        for profile in profiles:
            if profile.name.casefold() == wanted:
                return profile
        for broken in damaged:
            if broken.id.casefold() == wanted:
                raise ProfileDamaged(broken.message)
        known = ", ".join(p.name for p in profiles) or "none"
        raise ProfileNotFound(f"no profile named '{name}' (profiles: {known})")

    def get(self, profile_id: str) -> Profile:
        folder = self.root / profile_id
        if profile_id.startswith(".") or "/" in profile_id or not folder.is_dir():
            raise ProfileNotFound(f"no profile with id {profile_id}")
        return read_profile(folder)

    def resolve(self, name: str | None) -> Profile | None:
        """The profile a command means: NAME, else $KEYDESK_PROFILE, else the only one.

        None when the data folder has no profile yet. Several and none named:
        :class:`ProfileAmbiguous`.
        """
        chosen = name or os.environ.get(PROFILE_ENV) or None
        if chosen is not None:
            return self.find(validate_name(chosen))
        profiles, damaged = self.scan()
        if len(profiles) == 1 and not damaged:
            return profiles[0]
        if not profiles and not damaged:
            return None
        names = ", ".join([p.name for p in profiles] + [d.id for d in damaged])
        raise ProfileAmbiguous(
            f"this data folder has several profiles ({names}); choose one with --profile NAME"
        )

    # --- changing --------------------------------------------------------------------------

    def create(self, name: str) -> Profile:
        name = validate_name(name)
        with self.locked():
            self._refuse_taken(name)
            import uuid

            profile_id = uuid.uuid4().hex[:12]
            return self._install(profile_id, name)

    def create_default(self) -> Profile:
        """The profile "default", for a data folder that has none yet (a first run)."""
        with self.locked():
            existing = self.profiles()
            if existing:
                return existing[0]
            return self._install(DEFAULT_NAME, DEFAULT_NAME)

    def rename(self, profile: Profile, new_name: str) -> Profile:
        new_name = validate_name(new_name)
        with self.locked():
            self._refuse_taken(new_name, except_id=profile.id)
            current = read_profile(profile.folder)
            _write_json(profile.folder / META_FILENAME, _meta(new_name, current.created, current))
            return read_profile(profile.folder)

    def set_always_ask(self, profile: Profile, always_ask: bool) -> Profile:
        with self.locked():
            current = read_profile(profile.folder)
            changed = Profile(current.id, current.name, current.folder, current.created, always_ask)
            _write_json(
                profile.folder / META_FILENAME, _meta(current.name, current.created, changed)
            )
            return changed

    def delete(self, profile: Profile) -> None:
        """Remove the folder. It leaves the listing in one rename, then is erased."""
        import shutil

        with self.locked():
            trash = self.root / f".deleted-{profile.id}"
            if trash.exists():
                shutil.rmtree(trash)
            os.replace(profile.folder, trash)
            fsync_directory(self.root)
        shutil.rmtree(trash, ignore_errors=True)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One process at a time changes the set of profiles."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(self.home / LOCK_FILENAME, "a+b") as handle:
            _lock_file(handle.fileno())
            yield

    def _refuse_taken(self, name: str, except_id: str = "") -> None:
        for profile in self.profiles():
            if profile.id != except_id and profile.name.casefold() == name.casefold():
                raise ProfileExists(f"a profile named '{profile.name}' already exists")

    def _install(self, profile_id: str, name: str) -> Profile:
        """Make the folder under a dot-name, then rename it into place: all or nothing."""
        import shutil

        staging = self.root / f".new-{profile_id}"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(mode=0o700)
        _write_json(staging / META_FILENAME, _meta(name, time.time()))
        fsync_directory(staging)
        os.replace(staging, self.root / profile_id)
        fsync_directory(self.root)
        return read_profile(self.root / profile_id)


def read_profile(folder: Path) -> Profile:
    path = folder / META_FILENAME
    try:
        data = json.loads(path.read_bytes())
        name = validate_name(data["name"])
        created = float(data.get("created", 0.0))
        always_ask = bool(data.get("always_ask", True))
    except FileNotFoundError:
        raise ProfileDamaged(f"the profile folder {folder} has no {META_FILENAME}") from None
    except OSError as exc:
        raise ProfileDamaged(
            f"the profile folder {folder} cannot be read: {exc.strerror}"
        ) from None
    except (ValueError, TypeError, KeyError, InvalidProfileName):
        raise ProfileDamaged(
            f"the profile folder {folder} is damaged: {META_FILENAME} is not valid"
        ) from None
    return Profile(folder.name, name, folder, created, always_ask)


def _meta(name: str, created: float, options: Profile | None = None) -> dict[str, object]:
    return {
        "format": "keydesk-profile",
        "version": 1,
        "name": name,
        "created": created,
        "always_ask": options.always_ask if options is not None else True,
    }


def _write_json(path: Path, data: object) -> None:
    from desktop.core.atomic import write_atomic

    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _lock_file(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: msvcrt locks a byte range instead
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined,unused-ignore]
        return
    fcntl.flock(fd, fcntl.LOCK_EX)
