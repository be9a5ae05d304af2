"""The decode cascade on real camera frames, real screenshots and awkward arrays."""

from __future__ import annotations

import gzip
from pathlib import Path

import cv2
import numpy as np
import pytest
import segno

from desktop.core import qr
from desktop.core.errors import ImageUnreadable, NotAnAuthenticatorCode
from desktop.core.frames import frame_from_plane, load_image
from desktop.core.payloads import read_payload

CAMERA_URI = (
    "otpauth://totp/neo4j:Charlotte?secret=B33WS2ALPT34K4BNY24AYROE4M"
    "&issuer=neo4j&algorithm=SHA1&digits=6&period=30"
)
URI = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=ACME"


def code_image(text: str = URI, scale: int = 6, border: int = 4) -> np.ndarray:
    matrix = np.array(segno.make_qr(text, error="m").matrix, dtype=np.uint8)
    matrix = np.pad(matrix, border)
    gray = np.where(matrix > 0, 0, 255).astype(np.uint8)
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)


def test_real_camera_frames_contiguous_and_strided(interop: Path) -> None:
    folder = interop / "aegis" / "camera_frames"
    plain = frame_from_plane(gzip.decompress((folder / "qr.y.gz").read_bytes()), 1600, 1200, 1600)
    strided = frame_from_plane(
        gzip.decompress((folder / "qr.strided.y.gz").read_bytes()), 1840, 1380, 1856
    )
    assert not strided.flags["C_CONTIGUOUS"]
    for frame in (plain, strided):
        found = qr.decode_with_positions(frame)
        assert [code.text for code in found] == [CAMERA_URI]
        xs = [x for x, _ in found[0].corners]
        ys = [y for _, y in found[0].corners]
        assert 0 <= min(xs) < max(xs) <= frame.shape[1] and 0 <= min(ys) < max(ys) <= frame.shape[0]


def test_google_export_screenshot_yields_its_accounts(interop: Path) -> None:
    image = load_image(interop / "google-authenticator-migration" / "scito_example_export.png")
    texts = qr.decode(image)
    assert len(texts) == 1
    accounts = read_payload(texts[0]).accounts
    assert [(a.issuer, a.name) for a in accounts] == [
        (f"Test{n}", f"test{n}@example{n}.com") for n in (1, 2, 3)
    ]
    assert accounts[0].secret == b"Hello!\xde\xad\xbe\xef"


def test_negative_image_samples(interop: Path) -> None:
    folder = interop / "google-authenticator-migration"
    (text,) = qr.decode(load_image(folder / "scito_qr_but_without_otp.png"))
    with pytest.raises(NotAnAuthenticatorCode, match="behind other text"):
        read_payload(text)
    with pytest.raises(ImageUnreadable, match="not an image"):
        load_image(folder / "scito_text_masquerading_as_image.jpeg")


def test_gray_bgr_bgra_and_views_all_decode() -> None:
    gray = code_image()
    bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)
    bgra = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGRA)
    wide = np.zeros((gray.shape[0], gray.shape[1] * 2, 3), np.uint8)
    wide[:, ::2] = bgr
    for image in (gray, bgr, bgra, wide[:, ::2], np.asfortranarray(gray), gray[:, :, None]):
        assert qr.decode(image) == [URI]


def test_inverted_and_several_codes() -> None:
    first, second = code_image(URI), code_image(URI.replace("alice", "bob"))
    assert qr.decode(255 - first) == [URI]
    both = np.hstack([first, second[: first.shape[0], : first.shape[1]]])
    assert sorted(qr.decode(both)) == sorted([URI, URI.replace("alice", "bob")])


def test_empty_tiny_and_wrong_arrays() -> None:
    assert qr.decode(np.zeros((480, 640), np.uint8)) == []
    assert qr.decode(np.full((5, 5), 255, np.uint8)) == []
    assert qr.decode(np.zeros((0, 0), np.uint8)) == []
    with pytest.raises(TypeError):
        qr.decode(np.zeros((10, 10), np.float32))  # type: ignore[arg-type]


def test_a_small_blurred_code_is_found_by_the_second_pass() -> None:
    frame = np.full((720, 1280), 170, np.uint8)
    small = cv2.resize(code_image(scale=1), None, fx=2.3, fy=2.3, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), 1.1)
    y, x = 300, 600
    frame[y : y + small.shape[0], x : x + small.shape[1]] = small
    assert qr.decode(frame) == [URI]


def test_library_exceptions_are_not_the_users_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("library bug")

    monkeypatch.setattr(qr.zxingcpp, "read_barcodes", explode)
    monkeypatch.setattr(qr.pyzbar, "decode", explode)
    assert qr.decode(code_image()) in ([], [URI])  # OpenCV may still read it; nothing raises
