"""Capture and decoding off the GUI thread.

Two threads: the capture thread reads frames at the source's frame rate and sends each one to
the preview; every ``decode_every``-th frame goes to the decode thread, but only when that thread
is idle (frames are dropped while it is busy), so a slow decode never slows the preview.
:class:`ScanSession` owns both and stops them at once (the camera is released when
:meth:`ScanSession.stop` returns).
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.errors import FrameSourceError, KeydeskError
from desktop.core.frames import Frame, FrameSource
from desktop.core.qr import decode_with_positions
from desktop.ui.scan.images import frame_to_qimage

DECODE_EVERY = 2


class CaptureWorker(QObject):
    frameReady = Signal(object)  # QImage for the preview
    decodeRequested = Signal(object)  # numpy frame for the decoder
    failed = Signal(object)  # KeydeskError
    ended = Signal()  # a file source has no more frames

    def __init__(
        self, source: FrameSource, decoder_idle: threading.Event, decode_every: int
    ) -> None:
        super().__init__()
        self._source = source
        self._idle = decoder_idle
        self._every = max(1, decode_every)
        self._stop = threading.Event()
        self._paused = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def set_decoding(self, enabled: bool) -> None:
        if enabled:
            self._paused.clear()
        else:
            self._paused.set()

    @Slot()
    def run(self) -> None:
        try:
            self._source.open()
        except KeydeskError as exc:
            self.failed.emit(exc)
            return
        try:
            self._loop()
        finally:
            self._source.close()

    def _loop(self) -> None:
        interval = 1.0 / self._source.fps
        count = 0
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                frame = self._source.read()
            except FrameSourceError as exc:
                self.failed.emit(exc)
                return
            if frame is None:
                self._wait_for_decoder()
                self.ended.emit()
                return
            self.frameReady.emit(frame_to_qimage(frame))
            if count % self._every == 0:
                self._offer(frame)
            count += 1
            self._stop.wait(max(0.0, interval - (time.monotonic() - started)))

    def _offer(self, frame: Frame) -> None:
        if self._paused.is_set() or not self._idle.is_set():
            return  # the decoder is busy: drop this frame
        self._idle.clear()
        self.decodeRequested.emit(frame)

    def _wait_for_decoder(self) -> None:
        # A still image or the last frames of a video: let the decoder finish before "ended".
        while not self._idle.wait(0.05):
            if self._stop.is_set():
                return


class DecodeWorker(QObject):
    decoded = Signal(object, object)  # list[FoundCode], (width, height)

    def __init__(self, idle: threading.Event) -> None:
        super().__init__()
        self._idle = idle

    @Slot(object)
    def decode(self, frame: Frame) -> None:
        try:
            found = decode_with_positions(frame)
            self.decoded.emit(found, (frame.shape[1], frame.shape[0]))
        finally:
            self._idle.set()


class ScanSession(QObject):
    """A source being previewed and decoded; signals arrive on the GUI thread."""

    frameReady = Signal(object)
    decoded = Signal(object, object)
    failed = Signal(object)
    ended = Signal()

    def __init__(
        self, source: FrameSource, parent: QObject | None = None, decode_every: int = DECODE_EVERY
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._idle = threading.Event()
        self._idle.set()
        self._capture_thread = QThread(self)
        self._decode_thread = QThread(self)
        self._capture = CaptureWorker(source, self._idle, decode_every)
        self._decoder = DecodeWorker(self._idle)
        self._capture.moveToThread(self._capture_thread)
        self._decoder.moveToThread(self._decode_thread)
        self._capture_thread.started.connect(self._capture.run)
        self._capture.decodeRequested.connect(self._decoder.decode)
        self._capture.frameReady.connect(self.frameReady)
        self._capture.failed.connect(self.failed)
        self._capture.ended.connect(self.ended)
        self._decoder.decoded.connect(self.decoded)
        self._running = False

    def start(self) -> None:
        self._decode_thread.start()
        self._capture_thread.start()
        self._running = True

    def set_decoding(self, enabled: bool) -> None:
        self._capture.set_decoding(enabled)

    def stop(self) -> None:
        """Stop both threads; the source (camera) is closed when this returns."""
        if not self._running:
            return
        self._running = False
        self._capture.stop()
        self._capture_thread.quit()
        self._capture_thread.wait()
        self._decode_thread.quit()
        self._decode_thread.wait()
