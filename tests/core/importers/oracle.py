"""Expected accounts read straight from the sample files, independently of Keydesk's importers.

Each reader follows the format's documentation with the standard library and ``cryptography``
only, so a test compares two independent readings of the same file.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

Expected = dict[str, Any]


def entry(
    secret: str | bytes,
    issuer: str,
    name: str,
    kind: str = "totp",
    digits: int = 6,
    period: int = 30,
    algorithm: str = "SHA1",
    counter: int = 0,
) -> Expected:
    if isinstance(secret, str):
        text = secret.upper().replace(" ", "").rstrip("=")
        secret = base64.b32decode(text + "=" * (-len(text) % 8))
    kind = kind.lower()
    if kind == "steam":
        digits, period, algorithm = 5, 30, "SHA1"
    return {
        "secret": secret.hex(),
        "issuer": issuer or "",
        "name": name or "",
        "type": kind,
        "digits": int(digits),
        "period": int(period) if kind != "hotp" else None,
        "algorithm": algorithm.upper(),
        "counter": int(counter) if kind == "hotp" else 0,
    }


def of_account(account: Any) -> Expected:
    return {
        "secret": account.secret.hex(),
        "issuer": account.issuer,
        "name": account.name,
        "type": account.type.value,
        "digits": account.digits,
        "period": account.period if account.type.value != "hotp" else None,
        "algorithm": account.algorithm.value,
        "counter": account.counter,
    }


# --- otpauth links ------------------------------------------------------------------------


def from_link(link: str) -> Expected:
    parts = urlsplit(link.strip())
    query = {k.lower(): v[0] for k, v in parse_qs(parts.query).items()}
    label = unquote(parts.path.lstrip("/"))
    issuer, sep, name = label.partition(":")
    if not sep:
        issuer, name = "", label
    kind = parts.netloc.lower()
    return entry(
        query["secret"],
        query.get("issuer", issuer.strip()),
        name.strip(),
        kind,
        int(query.get("digits", 6)),
        int(query.get("period", 30)),
        query.get("algorithm", "SHA1"),
        int(query.get("counter", 0)),
    )


def uri_list(path: Path) -> list[Expected]:
    return [
        from_link(line) for line in path.read_text().splitlines() if line.startswith("otpauth://")
    ]


def migration_comments(path: Path) -> list[Expected]:
    """scito's files list the accounts of each migration link as commented otpauth links."""
    return [
        from_link(line[2:])
        for line in path.read_text().splitlines()
        if line.startswith("# otpauth://")
    ]


# --- JSON formats --------------------------------------------------------------------------


def aegis_db(doc: dict[str, Any], password: str | None) -> dict[str, Any]:
    if isinstance(doc["db"], dict):
        return doc["db"]
    for slot in doc["header"]["slots"]:
        if slot["type"] != 1:
            continue
        kek = Scrypt(
            salt=bytes.fromhex(slot["salt"]), length=32, n=slot["n"], r=slot["r"], p=slot["p"]
        ).derive(password.encode())
        params = slot["key_params"]
        master = AESGCM(kek).decrypt(
            bytes.fromhex(params["nonce"]),
            bytes.fromhex(slot["key"]) + bytes.fromhex(params["tag"]),
            None,
        )
        content = base64.b64decode(doc["db"]) + bytes.fromhex(doc["header"]["params"]["tag"])
        plain = AESGCM(master).decrypt(
            bytes.fromhex(doc["header"]["params"]["nonce"]), content, None
        )
        return json.loads(plain)
    raise AssertionError("no password slot")


def aegis(path: Path, password: str | None = None) -> list[Expected]:
    db = aegis_db(json.loads(path.read_text()), password)
    out = []
    for e in db["entries"]:
        info, issuer, name = e["info"], e.get("issuer") or "", e["name"]
        if e.get("issuer") is None and "@" in name:  # the issuer carried in the name
            name, _, issuer = name.rpartition("@")
        out.append(
            entry(
                info["secret"],
                issuer,
                name,
                e["type"],
                info["digits"],
                info.get("period", 30),
                info["algo"],
                info.get("counter", 0),
            )
        )
    return out


def twofas(path: Path, password: str | None = None) -> list[Expected]:
    doc = json.loads(path.read_text())
    services = doc["services"]
    if doc.get("servicesEncrypted"):
        sealed, salt, iv = (base64.b64decode(p) for p in doc["servicesEncrypted"].split(":"))
        key = PBKDF2HMAC(hashes.SHA256(), 32, salt, 10000).derive(password.encode())
        services = json.loads(AESGCM(key).decrypt(iv, sealed, None))
    out = []
    for s in services:
        otp = s.get("otp", {})
        out.append(
            entry(
                s["secret"],
                otp.get("issuer") or s["name"],
                otp.get("account", ""),
                otp.get("tokenType", "totp"),
                otp.get("digits", 6),
                otp.get("period", 30),
                otp.get("algorithm", "SHA1"),
                otp.get("counter", 0),
            )
        )
    return out


def andotp(path: Path, password: str | None = None) -> list[Expected]:
    data = path.read_bytes()
    if password is not None:
        iterations = int.from_bytes(data[:4], "big")
        if path.name.endswith("_old.bin"):
            plain = AESGCM(hashlib.sha256(password.encode()).digest()).decrypt(
                data[:12], data[12:], None
            )
        else:
            key = PBKDF2HMAC(hashes.SHA1(), 32, data[4:16], iterations).derive(password.encode())
            plain = AESGCM(key).decrypt(data[16:28], data[28:], None)
        data = plain
    out = []
    for e in json.loads(data):
        issuer, name = e.get("issuer", ""), e["label"]
        if not issuer and " - " in name:
            issuer, _, name = name.partition(" - ")
            name = name.removeprefix(issuer + ":")
        out.append(
            entry(
                e["secret"],
                issuer,
                name,
                e["type"],
                e["digits"],
                e.get("period", 30),
                e["algorithm"],
                e.get("counter", 0),
            )
        )
    return out


def _totp_value(totp: str, item: str, username: str | None) -> Expected:
    if totp.startswith("otpauth://"):
        found = from_link(totp)
        found["issuer"] = found["issuer"] or item
        found["name"] = found["name"] or (username or "")
        return found
    if totp.startswith("steam://"):
        return entry(totp[8:], item, username or "", "steam")
    return entry(totp.replace(" ", ""), item, username or "")


def bitwarden(path: Path, _password: str | None = None) -> list[Expected]:
    items = json.loads(path.read_text())["items"]
    return [
        _totp_value(i["login"]["totp"], i["name"], i["login"].get("username"))
        for i in items
        if (i.get("login") or {}).get("totp")
    ]


def bitwarden_csv(path: Path, _password: str | None = None) -> list[Expected]:
    rows = csv.DictReader(io.StringIO(path.read_text()))
    return [
        _totp_value(r["login_totp"], r["name"], r["login_username"])
        for r in rows
        if r["login_totp"]
    ]


def freeotp(path: Path, _password: str | None = None) -> list[Expected]:
    out = []
    for t in json.loads(path.read_text())["tokens"]:
        kind = "steam" if t["type"] == "TOTP" and t.get("issuerExt") == "Steam" else t["type"]
        out.append(
            entry(
                bytes(b & 0xFF for b in t["secret"]),
                t.get("issuerExt", ""),
                t["label"],
                kind,
                t["digits"],
                t["period"],
                t["algo"],
                t["counter"],
            )
        )
    return out


def authpro(path: Path, password: str | None = None) -> list[Expected]:
    data = path.read_bytes()
    if data.startswith(b"AUTHENTICATORPRO"):
        salt, iv, sealed = data[16:32], data[32:44], data[44:]
        key = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=65536).derive(
            password.encode()
        )
        data = AESGCM(key).decrypt(iv, sealed, None)
    elif data.startswith(b"AuthenticatorPro"):
        salt, iv, body = data[16:36], data[36:52], data[52:]
        key = PBKDF2HMAC(hashes.SHA1(), 32, salt, 64000).derive(password.encode())
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        unpadder = padding.PKCS7(128).unpadder()
        data = unpadder.update(decryptor.update(body) + decryptor.finalize()) + unpadder.finalize()
    kinds = {1: "hotp", 2: "totp", 4: "steam"}
    return [
        entry(
            a["Secret"],
            a["Issuer"],
            a.get("Username") or "",
            kinds[a["Type"]],
            a["Digits"],
            a["Period"],
            ["SHA1", "SHA256", "SHA512"][a["Algorithm"]],
            a["Counter"],
        )
        for a in json.loads(data)["Authenticators"]
    ]


def proton(path: Path, password: str | None = None) -> list[Expected]:
    doc = json.loads(path.read_text())
    if "salt" in doc:
        key = Argon2id(
            salt=base64.b64decode(doc["salt"]),
            length=32,
            iterations=2,
            lanes=1,
            memory_cost=19 * 1024,
        ).derive(password.encode())
        sealed = base64.b64decode(doc["content"])
        doc = json.loads(
            AESGCM(key).decrypt(sealed[:12], sealed[12:], b"proton.authenticator.export.v1")
        )
    return [from_link(e["content"]["uri"]) for e in doc["entries"]]
