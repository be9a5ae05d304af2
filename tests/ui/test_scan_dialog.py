"""The scan dialog with a real video file as the camera (OpenCV reads it like a webcam)."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
import pytest
import segno
from pytestqt.qtbot import QtBot

from desktop.core.errors import CameraBusy
from desktop.core.frames import VideoCaptureSource
from desktop.ui.scan import ScanDialog
from desktop.ui.scan import dialog as dialog_module

URI = "otpauth://totp/Chat2Desk:operator@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Chat2Desk&digits=8&period=60"
ENTERS_AT = 8
SIZE = (640, 480)


def code_bgr(text: str, scale: int = 4) -> np.ndarray:
    matrix = np.pad(np.array(segno.make_qr(text, error="m").matrix, dtype=np.uint8), 4)
    gray = np.where(matrix > 0, 20, 235).astype(np.uint8)
    gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)


def make_video(path: Path, text: str = URI, frames: int = 40) -> Path:
    """A webcam-like clip: an empty desk, then the code slides in, moves, and goes soft."""
    rng = np.random.default_rng(3)
    code = code_bgr(text)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, SIZE)
    for index in range(frames):
        frame = np.full((SIZE[1], SIZE[0], 3), (90, 110, 130), np.uint8)
        if index >= ENTERS_AT:
            x = min(-code.shape[1] // 2 + 40 * (index - ENTERS_AT), 200)
            y = 60 + 3 * (index - ENTERS_AT) % 40
            left = max(0, x)
            part = code[:, left - x :]
            width = min(part.shape[1], SIZE[0] - left)
            frame[y : y + code.shape[0], left : left + width] = part[:, :width]
        if index >= frames - 8:
            frame = cv2.GaussianBlur(frame, (0, 0), 1.2)
        noise = rng.normal(0, 4, frame.shape)
        writer.write(np.clip(frame + noise, 0, 255).astype(np.uint8))
    writer.release()
    return path


class WatchedSource(VideoCaptureSource):
    """The real video source, recording whether it was released."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "Test webcam")
        self.closed = threading.Event()

    def close(self) -> None:
        super().close()
        self.closed.set()


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return make_video(tmp_path / "webcam.avi")


def test_video_camera_emits_the_account(qtbot: QtBot, video: Path) -> None:
    source = WatchedSource(video)
    dialog = ScanDialog(source, clock=lambda: 1_767_225_610.0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "confirm", timeout=10_000)
    assert source.closed.is_set()  # the camera is released while the user confirms
    assert "Found 1 account" in dialog.confirm.heading.text()
    table = dialog.confirm.table
    assert [table.item(0, c).text() for c in range(6)] == [
        "Chat2Desk",
        "operator@example.com",
        "TOTP",
        "8",
        "60 s",
        "SHA1",
    ]
    assert table.item(0, 6).text().replace(" ", "").isdigit()
    table.item(0, 1).setText("support desk")
    dialog.confirm.group.setEditText("Work")
    with qtbot.waitSignal(dialog.accountsConfirmed, timeout=2000) as signal:
        dialog.add_button.click()
    (account,) = signal.args[0]
    assert (account.issuer, account.name, account.group) == ("Chat2Desk", "support desk", "Work")
    assert account.digits == 8 and account.period == 60


def test_closing_mid_stream_releases_the_camera(qtbot: QtBot, tmp_path: Path) -> None:
    source = WatchedSource(make_video(tmp_path / "long.avi", frames=90))
    frames: list[object] = []
    dialog = ScanDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._session is not None, timeout=2000)
    assert dialog._session is not None
    dialog._session.frameReady.connect(frames.append)
    qtbot.waitUntil(lambda: len(frames) >= 3, timeout=5000)
    dialog.reject()
    assert source.closed.is_set()
    assert dialog._session is None


def test_no_camera_says_so(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog_module, "list_cameras", list)
    dialog = ScanDialog("camera")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "error", timeout=2000)
    assert dialog.message().startswith("No camera was found")
    assert not dialog.camera_picker.isEnabled()


def test_busy_camera_says_so(qtbot: QtBot) -> None:
    class BusySource(VideoCaptureSource):
        def open(self) -> None:
            raise CameraBusy("busy")

    dialog = ScanDialog(BusySource(0, "Webcam"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "error", timeout=3000)
    assert "in use by another program" in dialog.message()


def test_empty_video_ends_with_not_found(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "empty.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, SIZE)
    for _ in range(6):
        writer.write(np.full((SIZE[1], SIZE[0], 3), 128, np.uint8))
    writer.release()
    dialog = ScanDialog(VideoCaptureSource(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "not_found", timeout=5000)
    assert dialog.message().startswith("No QR code was found")


def test_other_qr_code_gives_a_clear_message(qtbot: QtBot, tmp_path: Path) -> None:
    video = make_video(tmp_path / "url.avi", "https://example.com/menu?table=4")
    dialog = ScanDialog(VideoCaptureSource(video))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "web address" in dialog.message(), timeout=10_000)
    assert "https://example.com/menu…" in dialog.message()
    assert "table=4" not in dialog.message()


def test_migration_batch_progress_and_mixing(qtbot: QtBot) -> None:
    from tests.core.test_migration import export_batch

    dialog = ScanDialog(VideoCaptureSource(0))
    qtbot.addWidget(dialog)
    dialog.state = "scanning"
    first, second, third = export_batch(batch_id=5)
    dialog._handle_texts([second])
    assert dialog.progress.text() == "1 of 3 scanned"
    dialog._handle_texts([export_batch(batch_id=6)[0]])
    assert "another Google Authenticator export" in dialog.message()
    dialog._handle_texts([first])
    assert dialog.progress.text() == "2 of 3 scanned"
    dialog._handle_texts([third])
    assert dialog.state == "confirm" and dialog.confirm.table.rowCount() == 6
    assert dialog.add_button.text() == "&Add 6 accounts"
