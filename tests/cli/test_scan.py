"""``keydesk scan`` through the real entry point: JSON without secrets, messages, --add, batches."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import segno
from PIL import Image

from tests.cli.conftest import Keydesk
from tests.core.test_migration import export_batch

SAMPLES = "google-authenticator-migration"


def save_code(path: Path, text: str) -> Path:
    matrix = np.pad(np.array(segno.make_qr(text, error="m").matrix, dtype=np.uint8), 4)
    gray = np.where(matrix > 0, 0, 255).astype(np.uint8)
    Image.fromarray(gray).resize((gray.shape[1] * 4,) * 2, Image.NEAREST).save(path)
    return path


def test_export_screenshot_as_json_without_secrets(keydesk: Keydesk, interop: Path) -> None:
    done = keydesk("scan", "--json", str(interop / SAMPLES / "scito_example_export.png"))
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)["files"]
    assert result["error"] is None
    assert result["payloads"][0]["kind"] == "migration"
    assert [(a["issuer"], a["name"]) for a in result["accounts"]] == [
        (f"Test{n}", f"test{n}@example{n}.com") for n in (1, 2, 3)
    ]
    assert set(result["accounts"][0]) == {"issuer", "name", "type", "digits", "period", "algorithm"}
    assert "JBSWY3DP" not in done.stdout and "offline?data" not in done.stdout


def test_negative_samples_give_messages_and_exit_2(keydesk: Keydesk, interop: Path) -> None:
    folder = interop / SAMPLES
    files = [
        folder / "scito_qr_but_without_otp.png",
        folder / "scito_text_masquerading_as_image.jpeg",
    ]
    done = keydesk("scan", *map(str, files))
    assert done.returncode == 2
    assert "authenticator link behind other text" in done.stdout
    assert "is not an image Keydesk can read" in done.stdout


def test_no_code_and_other_code(keydesk: Keydesk, tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    url = save_code(tmp_path / "url.png", "https://example.com/menu")
    done = keydesk("scan", "--json", str(blank), str(url))
    assert done.returncode == 2
    errors = [f["error"] for f in json.loads(done.stdout)["files"]]
    assert errors[0] == "No QR code was found in blank.png."
    assert errors[1].startswith("This QR code holds a web address: https://example.com/menu")


def test_add_saves_a_batch_spread_over_files(
    keydesk: Keydesk, tmp_path: Path, passphrase_file: Path
) -> None:
    env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}
    assert keydesk("init", "--no-keyring", env=env).returncode == 0
    parts = [save_code(tmp_path / f"part{i}.png", uri) for i, uri in enumerate(export_batch(42))]
    incomplete = keydesk("scan", "--add", str(parts[0]), str(parts[2]), env=env)
    assert incomplete.returncode == 2
    assert "incomplete: 2 of 3 scanned (missing code 2)" in incomplete.stdout
    assert json.loads(keydesk("list", "--json", env=env).stdout) == []

    done = keydesk("scan", "--add", "--group", "Imported", *map(str, parts), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Added 6 account(s)." in done.stdout
    listed = json.loads(keydesk("list", "--json", env=env).stdout)
    assert len(listed) == 6 and {a["group"] for a in listed} == {"Imported"}
