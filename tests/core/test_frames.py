"""Frame sources: image files of every format, a video file played as the camera, strided planes."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
import segno
from PIL import Image

from desktop.core import frames
from desktop.core.errors import CameraNotFound, FrameSourceError, ImageUnreadable
from desktop.core.frames import ArraySource, VideoCaptureSource, frame_from_plane, load_image
from desktop.core.qr import decode

URI = "otpauth://totp/ACME:frames?secret=JBSWY3DPEHPK3PXP&issuer=ACME"


def code_rgb(scale: int = 6) -> Image.Image:
    matrix = np.pad(np.array(segno.make_qr(URI, error="m").matrix, dtype=np.uint8), 4)
    gray = np.where(matrix > 0, 0, 255).astype(np.uint8)
    return Image.fromarray(gray).resize((gray.shape[1] * scale,) * 2, Image.NEAREST).convert("RGB")


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".webp", ".bmp", ".gif"])
def test_image_files_of_every_format_decode(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"code{suffix}"
    code_rgb().save(path)
    frame = load_image(path)
    assert frame.ndim == 3 and frame.shape[2] == 3
    assert decode(frame) == [URI]


def test_gif_gives_its_first_frame(tmp_path: Path) -> None:
    path = tmp_path / "anim.gif"
    blank = Image.new("RGB", code_rgb().size, "white")
    code_rgb().save(path, save_all=True, append_images=[blank], duration=100)
    assert decode(load_image(path)) == [URI]


def test_unreadable_files(tmp_path: Path) -> None:
    text = tmp_path / "note.png"
    text.write_text("not an image")
    with pytest.raises(ImageUnreadable, match="not an image"):
        load_image(text)
    with pytest.raises(ImageUnreadable, match="does not exist"):
        load_image(tmp_path / "missing.png")
    with pytest.raises(ImageUnreadable, match="folder"):
        load_image(tmp_path)


def write_video(path: Path, count: int = 12) -> None:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 15, (320, 240))
    image = cv2.cvtColor(np.asarray(code_rgb(scale=4)), cv2.COLOR_RGB2BGR)
    for _ in range(count):
        frame = np.full((240, 320, 3), 200, np.uint8)
        frame[10 : 10 + image.shape[0], 10 : 10 + image.shape[1]] = image[:220, :300]
        writer.write(frame)
    writer.release()


def test_video_file_plays_like_a_camera_and_ends(tmp_path: Path) -> None:
    path = tmp_path / "cam.avi"
    write_video(path)
    source = VideoCaptureSource(path)
    source.open()
    try:
        assert source.fps == pytest.approx(15)
        read = []
        while (frame := source.read()) is not None:
            read.append(frame)
        assert len(read) == 12 and read[0].shape == (240, 320, 3)
    finally:
        source.close()


def test_missing_video_and_missing_camera(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FrameSourceError, match="does not exist"):
        VideoCaptureSource(tmp_path / "none.avi").open()
    monkeypatch.setattr(frames, "list_cameras", list)
    with pytest.raises(CameraNotFound):
        frames.find_camera("Logitech")


def test_array_source_gives_one_frame() -> None:
    source = ArraySource(np.zeros((4, 4), np.uint8))
    source.open()
    assert source.read() is not None and source.read() is None
    source.open()
    assert source.read() is not None


def test_plane_with_row_stride() -> None:
    rows = [bytes([r] * 5) + b"\xee\xee\xee" for r in range(3)]
    data = b"".join(rows)[:-3]  # the last row has no padding
    frame = frame_from_plane(data, 5, 3, 8)
    assert frame.shape == (3, 5) and frame[2, 4] == 2 and not frame.flags.writeable
    with pytest.raises(ImageUnreadable):
        frame_from_plane(data[:-1], 5, 3, 8)
