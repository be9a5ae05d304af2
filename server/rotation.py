"""`keydesk-server --rotate-secret-key NEW_FILE`: every stored secret moves to a new key."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from server.db.engine import make_engine
from server.db.migrations import migrate
from server.db.schema import challenges
from server.security import sealing


def rotate(db: str, old_file: Path | None, new_file: Path) -> int:
    """Re-seal under the new key in one transaction; returns how many values changed.

    The old key comes from --secret-key-file or KEYDESK_SECRET_KEY; the new file is created
    when it does not exist. Open e-mail challenges are closed: their codes were keyed by the old
    key (users simply log in again). Run it with the server stopped, then restart the server with
    the new key."""
    beside = Path(f"{db}.secret-key")
    if old_file is None and "://" not in db and beside.exists():
        old_file = beside  # a demo database keeps its key beside it
    old_key = sealing.load_key(old_file)
    new_key = sealing.load_key(new_file) if new_file.exists() else sealing.write_key_file(new_file)
    assert new_key is not None
    old = sealing.SecretBox(old_key) if old_key is not None else None
    new = sealing.SecretBox(new_key)
    engine = make_engine(db)
    try:
        migrate(engine)
        with engine.begin() as conn:
            changed = sealing.reseal_users(conn, old, new)
            if old is not None and old.key_id != new.key_id:
                conn.execute(
                    sa.update(challenges)
                    .where(challenges.c.method == "email", challenges.c.state == "open")
                    .values(state="dead")
                )
    finally:
        engine.dispose()
    return changed
