"""``keydesk.log`` in the data folder: warnings and notable events from the commands and the app,
for whoever helps the user. Never a secret or a code; rotated at 1 MiB, two old files kept."""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from desktop.core.profile import log_path

LOGGER = "keydesk"
MAX_BYTES = 1 << 20
BACKUPS = 2


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Every file it opens, the first and each one after a rollover, is the user's alone."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def attach_log_file(home: Path) -> Path:
    """Send the ``keydesk`` loggers to ``home``'s log file; returns its path. Attaching again
    to the same folder changes nothing; another folder takes its place."""
    logger = logging.getLogger(LOGGER)
    path = log_path(home)
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = _PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
