"""``keydesk.log`` in the data folder: warnings and notable events from the commands and the app,
for whoever helps the user. Never a secret or a code; rotated at 1 MiB, two old files kept."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.core.profile import log_path

LOGGER = "keydesk"
MAX_BYTES = 1 << 20
BACKUPS = 2


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
    path.touch(mode=0o600, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
