"""Secrets at rest: TOTP secrets sealed with AES-GCM under the server key (pending ones too),
e-mail codes' HMAC keyed by the server key, old rows migrated, and key rotation."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

import pytest
import sqlalchemy as sa

from server import cli
from server.app import create_app
from server.config import ServerConfig
from server.db.schema import challenges, users
from server.mail import DirMailer
from server.security import sealing
from server.security.passwords import Passwords
from tests.server.client import Api
from tests.server.conftest import SECRET_KEY, Backend

BOX = sealing.SecretBox(SECRET_KEY)


def _row(backend: Backend, login: str) -> sa.RowMapping:
    with backend.services.engine.connect() as conn:
        return conn.execute(sa.select(users).where(users.c.login == login)).mappings().one()


def test_totp_secrets_are_sealed_pending_and_enrolled(api: Api, backend: Backend) -> None:
    started = api.call("POST", "/v1/account/2fa/totp:start", as_user="oper1").json()["data"]
    code = api.inbox.last_code(api.people["oper1"].email)
    body = {"challenge_id": started["challenge_id"], "code": code}
    secret = api.call(
        "POST", "/v1/account/2fa/totp:confirm-email", as_user="oper1", json=body
    ).json()["data"]["secret"]
    pending = _row(backend, "oper1")["pending_secret"]
    assert sealing.is_sealed(pending) and secret not in pending
    owner = sealing.totp_owner(api.people["oper1"].user_id)
    assert BOX.open(pending, owner) == secret
    api.totp["oper1"] = secret
    done = api.call(
        "POST",
        "/v1/account/2fa/totp:complete",
        as_user="oper1",
        json={"code": api.totp_code("oper1")},
    )
    assert done.status_code == 200, done.text
    stored = _row(backend, "oper1")["totp_secret"]
    assert sealing.is_sealed(stored) and secret not in stored
    assert BOX.open(stored, owner) == secret
    # a sealed secret is bound to its user: another row's owner cannot open it
    with pytest.raises(sealing.SecretKeyError):
        BOX.open(stored, sealing.totp_owner(api.people["oper2"].user_id))
    api.tokens.pop("oper1")
    api.login("oper1")  # TOTP logins work from the sealed secret


def test_email_code_hmac_is_keyed_by_the_server_secret(api: Api, backend: Backend) -> None:
    challenge = api.start_login("oper1").json()["data"]["id"]
    code = api.inbox.last_code(api.people["oper1"].email)
    with backend.services.engine.connect() as conn:
        stored = conn.execute(
            sa.select(challenges.c.code_hash).where(challenges.c.id == challenge)
        ).scalar_one()
    # the old scheme keyed the HMAC by the challenge id stored in the same row
    by_id = hmac.new(challenge.encode(), code.encode(), hashlib.sha256).hexdigest()
    assert stored != by_id
    assert stored == BOX.code_mac(challenge, code)
    assert stored != sealing.SecretBox(bytes(32)).code_mac(challenge, code)


def _app(db: Path, key: bytes) -> sa.Engine:
    app = create_app(
        ServerConfig(db_url=f"sqlite:///{db}", secret_key=key),
        mailer=DirMailer(db.parent / "mail"),
        passwords=Passwords(time_cost=1, memory_kib=8),
    )
    engine: sa.Engine = app.state.services.engine
    return engine


def test_rows_in_clear_are_sealed_at_start(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = _app(db, SECRET_KEY)
    services_user = "u_old"
    with engine.begin() as conn:
        conn.execute(
            users.insert().values(
                id=services_user, login="old", email="o@example.com", name="Old", role="operator",
                password_hash="x", created_at=0.0, version=1, totp_secret="JBSWY3DPEHPK3PXP",
                pending_secret="KRSXG5CTMVRXEZLU",
            )
        )  # fmt: skip
    engine.dispose()
    engine = _app(db, SECRET_KEY)
    with engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.id == services_user)).mappings().one()
    owner = sealing.totp_owner(services_user)
    assert BOX.open(row["totp_secret"], owner) == "JBSWY3DPEHPK3PXP"
    assert BOX.open(row["pending_secret"], owner) == "KRSXG5CTMVRXEZLU"
    engine.dispose()
    with pytest.raises(sealing.SecretKeyError, match=r"another key|not given"):
        _app(db, bytes(32))  # the wrong key stops the start, with a reason


def test_rotation_reseals_and_closes_email_challenges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "rot.db"
    old_file, new_file = tmp_path / "old.key", tmp_path / "new.key"
    old_file.write_text(SECRET_KEY.hex())
    engine = _app(db, SECRET_KEY)
    with engine.begin() as conn:
        conn.execute(
            users.insert().values(
                id="u_r", login="r", email="r@example.com", name="R", role="operator",
                password_hash="x", created_at=0.0, version=1,
                totp_secret=BOX.seal("JBSWY3DPEHPK3PXP", sealing.totp_owner("u_r")),
            )
        )  # fmt: skip
        conn.execute(
            challenges.insert().values(
                id="ch_1", user_id="u_r", purpose="login", method="email", code_hash="h",
                attempts=0, created_at=0.0, expires_at=1e12, state="open",
            )
        )  # fmt: skip
    engine.dispose()
    argv = ["--db", str(db), "--secret-key-file", str(old_file), "--rotate-secret-key"]
    assert cli.main([*argv, str(new_file)]) == 0
    assert "re-sealed 1 secret" in capsys.readouterr().out
    new_key = sealing.load_key(new_file)
    assert new_key is not None and new_key != SECRET_KEY
    engine = _app(db, new_key)
    with engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.id == "u_r")).mappings().one()
        state = conn.execute(sa.select(challenges.c.state)).scalar_one()
    assert sealing.SecretBox(new_key).open(row["totp_secret"], sealing.totp_owner("u_r")) == (
        "JBSWY3DPEHPK3PXP"
    )
    assert state == "dead"
    engine.dispose()
    # running it again changes nothing (resumable)
    assert (
        cli.main(
            [
                "--db",
                str(db),
                "--secret-key-file",
                str(old_file),
                "--rotate-secret-key",
                str(new_file),
            ]
        )
        == 0
    )
    assert "re-sealed 0 secret" in capsys.readouterr().out


def test_the_server_will_not_start_without_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(sealing.ENV_VAR, raising=False)
    assert cli.main(["--db", str(tmp_path / "x.db"), "--mail-dir", str(tmp_path)]) == 2
    assert "--secret-key-file" in capsys.readouterr().err
    bad = tmp_path / "bad.key"
    bad.write_text("not a key")
    argv = ["--db", str(tmp_path / "x.db"), "--mail-dir", str(tmp_path), "--secret-key-file"]
    assert cli.main([*argv, str(bad)]) == 2
    assert "64 hex digits or base64" in capsys.readouterr().err


def test_key_formats() -> None:
    key = bytes(range(32))
    assert sealing.parse_key(key.hex()) == key
    assert sealing.parse_key(" " + __import__("base64").b64encode(key).decode() + "\n") == key
    with pytest.raises(sealing.SecretKeyError):
        sealing.parse_key("abcd")
