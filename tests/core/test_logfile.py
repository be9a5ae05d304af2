"""keydesk.log: one rotating file per data folder, private to the user."""

from __future__ import annotations

import logging
import logging.handlers
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.logfile import LOGGER, attach_log_file


@pytest.fixture(autouse=True)
def _restore_handlers() -> Iterator[None]:
    logger = logging.getLogger(LOGGER)
    before = list(logger.handlers)
    yield
    for handler in logger.handlers:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.handlers[:] = before


def _file_handlers() -> list[logging.handlers.RotatingFileHandler]:
    return [
        h
        for h in logging.getLogger(LOGGER).handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]


def test_the_log_is_private_and_attached_once(tmp_path: Path) -> None:
    path = attach_log_file(tmp_path / "home")
    assert attach_log_file(tmp_path / "home") == path
    assert len(_file_handlers()) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    logging.getLogger("keydesk.ui").warning("the clock check failed: %s", "timeout")
    _file_handlers()[0].flush()
    assert "WARNING keydesk.ui: the clock check failed: timeout" in path.read_text("utf-8")


def test_another_data_folder_takes_the_log_over(tmp_path: Path) -> None:
    attach_log_file(tmp_path / "one")
    second = attach_log_file(tmp_path / "two")
    handlers = _file_handlers()
    assert len(handlers) == 1 and Path(handlers[0].baseFilename) == second.absolute()


def test_a_rolled_over_log_is_private_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.core.logfile.MAX_BYTES", 200)
    path = attach_log_file(tmp_path)
    for index in range(20):
        logging.getLogger("keydesk").warning("line %d of a log that rolls over", index)
    rolled = path.with_name(path.name + ".1")
    assert rolled.exists() and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(rolled.stat().st_mode) == 0o600
