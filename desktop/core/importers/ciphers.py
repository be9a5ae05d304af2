"""Key derivation and decryption for encrypted exports, with bounds on attacker-chosen costs.

A foreign file chooses its own KDF parameters; they are checked before any work so a crafted
file cannot make Keydesk hang or exhaust memory.
"""

from __future__ import annotations

from desktop.core.errors import CorruptImport, WrongImportPassword

MAX_PBKDF2_ITERATIONS = 10_000_000
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024


def scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if n < 2 or n & (n - 1) or not 1 <= r <= 64 or not 1 <= p <= 16:
        raise CorruptImport("the file's scrypt parameters are invalid")
    if 128 * n * r > MAX_SCRYPT_MEMORY:
        raise CorruptImport("the file's scrypt parameters ask for too much memory")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def pbkdf2(password: str, salt: bytes, iterations: int, digest: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    if not 1 <= iterations <= MAX_PBKDF2_ITERATIONS:
        raise CorruptImport(f"the file asks for an implausible {iterations} key iterations")
    algorithm = hashes.SHA256() if digest == "sha256" else hashes.SHA1()  # noqa: S303 - the foreign format says so
    kdf = PBKDF2HMAC(algorithm=algorithm, length=32, salt=salt, iterations=iterations)
    return kdf.derive(password.encode("utf-8"))


def argon2id(password: str, salt: bytes, *, iterations: int, lanes: int, memory_kib: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib)
    return kdf.derive(password.encode("utf-8"))


def gcm_open(key: bytes, nonce: bytes, sealed: bytes, aad: bytes | None = None) -> bytes:
    """AES-GCM decryption; a failed tag means the password (and so the key) is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sealed) < 16 or not nonce:
        raise CorruptImport("the encrypted data is truncated")
    try:
        return AESGCM(key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        raise WrongImportPassword("the password is wrong (or the file was changed)") from None


def cbc_open(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-CBC with PKCS#7 padding (unauthenticated: a wrong key shows as bad padding)."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if not data or len(data) % 16 or len(iv) != 16:
        raise CorruptImport("the encrypted data is truncated")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(data) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise WrongImportPassword("the password is wrong (or the file was changed)") from None
