"""Where the profile lives: our XDG rule agrees with platformdirs, which other systems use."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from desktop.core.profile import APP_NAME, home_dir, user_data_dir

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule")


@linux_only
@pytest.mark.parametrize("xdg", ["", "/srv/data", "relative/ignored", "  "])
def test_user_data_dir_matches_platformdirs(monkeypatch: pytest.MonkeyPatch, xdg: str) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert user_data_dir() == Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def test_home_dir_prefers_the_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KEYDESK_HOME", str(tmp_path / "env"))
    assert home_dir(str(tmp_path / "option")) == tmp_path / "option"
    assert home_dir() == tmp_path / "env"
    monkeypatch.delenv("KEYDESK_HOME")
    assert home_dir() == user_data_dir()
