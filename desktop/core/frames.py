"""Where frames come from: a camera, a video file, an image file or an in-memory picture.

Every source has the same small interface (:class:`FrameSource`): ``open()``, ``read()`` giving a
BGR or gray ``numpy`` frame (``None`` when a file has no more frames), ``close()``, and ``fps``.
Cameras and video files both go through OpenCV's ``VideoCapture``; that is how the tests play a
real video file as "the webcam". Screen regions and the clipboard are grabbed by the UI (Qt) and
handed over as arrays through :class:`ArraySource`. Problems raise typed errors with a message a
user can act on.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from numpy.lib.stride_tricks import as_strided
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

from desktop.core.errors import (
    CameraBusy,
    CameraDisconnected,
    CameraNotFound,
    CameraPermissionDenied,
    FrameSourceError,
    ImageUnreadable,
)

Frame = NDArray[np.uint8]
#: A camera that returns this many failed reads in a row is taken as unplugged.
MAX_FAILED_READS = 15
RETRY_PAUSE = 0.02
DEFAULT_FPS = 30.0
MAX_IMAGE_PIXELS = 80_000_000
_V4L_SYSFS = Path("/sys/class/video4linux")


class FrameSource(Protocol):
    """One interface for every place frames come from."""

    @property
    def name(self) -> str: ...
    @property
    def fps(self) -> float: ...
    def open(self) -> None: ...
    def read(self) -> Frame | None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str
    device: str = ""


def list_cameras() -> list[CameraInfo]:
    """The cameras this system has (Linux: from sysfs, without opening them)."""
    if sys.platform.startswith("linux"):
        return _linux_cameras()
    return [CameraInfo(i, f"Camera {i + 1}") for i in _probe_indexes()]


def _linux_cameras() -> list[CameraInfo]:
    if not _V4L_SYSFS.is_dir():
        return []
    cameras = []
    for entry in sorted(_V4L_SYSFS.glob("video*")):
        index_text = entry.name.removeprefix("video")
        if not index_text.isdigit() or not _is_capture_node(entry):
            continue
        name_file = entry / "name"
        name = name_file.read_text(errors="replace").strip() if name_file.exists() else entry.name
        cameras.append(CameraInfo(int(index_text), name, f"/dev/{entry.name}"))
    return sorted(cameras, key=lambda c: c.index)


def _is_capture_node(entry: Path) -> bool:
    # UVC cameras expose a metadata node next to each capture node; it has index 1.
    index_file = entry / "index"
    try:
        return index_file.read_text().strip() in ("", "0") if index_file.exists() else True
    except OSError:
        return True


def _probe_indexes(limit: int = 4) -> list[int]:
    found = []
    for index in range(limit):
        capture = cv2.VideoCapture(index)
        if capture.isOpened():
            found.append(index)
        capture.release()
    return found


def find_camera(name_or_index: str | int) -> CameraInfo:
    """A camera by index ("0") or by a part of its name ("Logitech")."""
    cameras = list_cameras()
    if isinstance(name_or_index, int) or str(name_or_index).isdigit():
        index = int(name_or_index)
        for camera in cameras:
            if camera.index == index:
                return camera
        if cameras or not sys.platform.startswith("linux"):
            return CameraInfo(index, f"Camera {index + 1}")
        raise CameraNotFound(
            "No camera was found. Connect a webcam, or scan from the screen or a file."
        )
    wanted = str(name_or_index).casefold()
    for camera in cameras:
        if wanted in camera.name.casefold():
            return camera
    raise CameraNotFound(f"No camera named “{name_or_index}” was found.")


class VideoCaptureSource:
    """A camera (by index) or a video file, through OpenCV's VideoCapture."""

    def __init__(self, target: int | str | Path, name: str = "") -> None:
        self._target: int | str = target if isinstance(target, int) else str(target)
        self._is_camera = isinstance(target, int)
        self._name = name or (f"Camera {target}" if self._is_camera else Path(str(target)).name)
        self._capture: cv2.VideoCapture | None = None
        self._fps = DEFAULT_FPS

    @classmethod
    def camera(cls, camera: CameraInfo) -> VideoCaptureSource:
        return cls(camera.index, camera.name)

    @property
    def name(self) -> str:
        return self._name

    @property
    def fps(self) -> float:
        return self._fps

    @property
    def is_camera(self) -> bool:
        return self._is_camera

    def open(self) -> None:
        if not self._is_camera and not Path(str(self._target)).is_file():
            raise FrameSourceError(f"The video file {self._name} does not exist.")
        capture = cv2.VideoCapture(self._target)
        if not capture.isOpened():
            capture.release()
            raise self._open_error()
        fps = float(capture.get(cv2.CAP_PROP_FPS) or 0.0)
        self._fps = fps if 1.0 <= fps <= 240.0 else DEFAULT_FPS
        self._capture = capture

    def _open_error(self) -> FrameSourceError:
        if not self._is_camera:
            return FrameSourceError(f"{self._name} is not a video Keydesk can play.")
        device = Path(f"/dev/video{self._target}")
        if sys.platform.startswith("linux") and not device.exists():
            return CameraNotFound(
                "No camera was found. Connect a webcam, or scan from the screen or a file."
            )
        if sys.platform.startswith("linux") and not os.access(device, os.R_OK | os.W_OK):
            return CameraPermissionDenied(
                f"Keydesk may not use {self._name}: permission denied. On Linux, add yourself "
                "to the “video” group; elsewhere, allow camera access in the privacy settings."
            )
        return CameraBusy(
            f"{self._name} cannot be opened. It may be in use by another program (a video "
            "call?); close that program and try again."
        )

    def read(self) -> Frame | None:
        """The next frame; ``None`` at the end of a video file. A camera that keeps failing is
        taken as unplugged (:class:`CameraDisconnected`)."""
        if self._capture is None:
            raise FrameSourceError("the source is not open")
        for _attempt in range(MAX_FAILED_READS if self._is_camera else 1):
            ok, frame = self._capture.read()
            if ok and frame is not None:
                return frame.astype(np.uint8, copy=False)
            if self._is_camera:
                time.sleep(RETRY_PAUSE)
        if not self._is_camera:
            return None
        raise CameraDisconnected(f"{self._name} stopped sending pictures. Was it unplugged?")

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class ArraySource:
    """A still picture (image file, screen region, clipboard image): one frame, then the end."""

    def __init__(self, frame: Frame, name: str = "image") -> None:
        self._frame: Frame | None = frame
        self._name = name
        self._done = False

    @classmethod
    def from_file(cls, path: str | Path) -> ArraySource:
        return cls(load_image(path), Path(path).name)

    @property
    def name(self) -> str:
        return self._name

    @property
    def fps(self) -> float:
        return DEFAULT_FPS

    def open(self) -> None:
        self._done = False

    def read(self) -> Frame | None:
        if self._done:
            return None
        self._done = True
        return self._frame

    def close(self) -> None:
        self._done = True


def load_image(path: str | Path) -> Frame:
    """An image file (PNG, JPEG, WebP, BMP, GIF's first frame, …) as a BGR array."""
    path = Path(path)
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise ImageUnreadable(
                    f"{path.name} is too large to scan ({image.width}×{image.height})."
                )
            image.seek(0)
            rgb = np.asarray(image.convert("RGB"))
    except FileNotFoundError:
        raise ImageUnreadable(f"{path.name} does not exist.") from None
    except IsADirectoryError:
        raise ImageUnreadable(f"{path.name} is a folder, not an image.") from None
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise ImageUnreadable(f"{path.name} is not an image Keydesk can read.") from None
    except OSError as exc:
        raise ImageUnreadable(
            f"{path.name} cannot be read ({exc.strerror or 'damaged image'})."
        ) from None
    return np.ascontiguousarray(rgb[:, :, ::-1])


def frame_from_plane(data: bytes, width: int, height: int, stride: int) -> Frame:
    """A gray frame viewing an 8-bit luminance plane whose rows are ``stride`` bytes apart."""
    if width <= 0 or height <= 0 or stride < width:
        raise ImageUnreadable("invalid frame geometry")
    needed = stride * (height - 1) + width
    if len(data) < needed:
        raise ImageUnreadable(f"the frame needs {needed} bytes, got {len(data)}")
    buffer = np.frombuffer(data, dtype=np.uint8)
    return as_strided(buffer, shape=(height, width), strides=(stride, 1), writeable=False)
