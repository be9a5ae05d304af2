"""The scan dialog: a live preview, found codes outlined, then the accounts for confirmation.

``ScanDialog(source, parent)``: ``source`` is "camera", "screen", "file", "clipboard" or any
:class:`~desktop.core.frames.FrameSource` (tests pass a video file played as the camera). The
confirmed accounts leave through ``accountsConfirmed(list)``; the dialog saves nothing itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import (
    CameraNotFound,
    InvalidInput,
    KeydeskError,
    MigrationBatchMismatch,
)
from desktop.core.frames import ArraySource, FrameSource, VideoCaptureSource, list_cameras
from desktop.core.migration import MigrationBatch
from desktop.core.otp import Account
from desktop.core.payloads import read_payload
from desktop.core.qr import FoundCode
from desktop.ui.buttons import ICON_PROPERTY, follow_platform
from desktop.ui.scan.confirm import ConfirmPage
from desktop.ui.scan.images import qimage_to_frame
from desktop.ui.scan.messages import explain
from desktop.ui.scan.preview import PreviewWidget
from desktop.ui.scan.worker import ScanSession

IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.bmp *.gif"
#: After the menu closed, how long other programs get to repaint what it covered.
SCREEN_SETTLE_MS = 150


class ScanDialog(QDialog):
    accountsConfirmed = Signal(list)

    def __init__(
        self,
        source: str | FrameSource = "camera",
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
        groups: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan QR code"))
        self._kind = source if isinstance(source, str) else "source"
        self._image: Path | None = None
        self._source: FrameSource | None = None if isinstance(source, str) else source
        self._session: ScanSession | None = None
        self._batch = MigrationBatch()
        self._found_any = False
        self.state = "idle"
        self._build(clock, groups or [])
        self.resize(760, 560)

    # --- layout -----------------------------------------------------------------------------

    def _build(self, clock: Callable[[], float], groups: list[str]) -> None:
        self.preview = PreviewWidget()
        self.confirm = ConfirmPage(clock)
        self.confirm.set_groups(groups)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview)
        self.pages.addWidget(self.confirm)
        self.camera_picker = QComboBox()
        self.camera_picker.setAccessibleName(self.tr("Camera"))
        self.camera_picker.setMinimumContentsLength(24)
        self.camera_label = QLabel(self.tr("&Camera:"))
        self.camera_label.setBuddy(self.camera_picker)
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Scan progress"))
        top = QHBoxLayout()
        top.addWidget(self.camera_label)
        top.addWidget(self.camera_picker, 1)
        top.addStretch(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.again_button = QPushButton(self.tr("Scan &again"))
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.scan_again)
        self.add_button = QPushButton(self.tr("&Add account"))
        self.add_button.setDefault(True)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for again in (self.again_button, self.retry_button):
            again.setProperty(ICON_PROPERTY, QStyle.StandardPixmap.SP_BrowserReload)
        follow_platform(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._confirm)
        self.again_button.clicked.connect(self.scan_again)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._show_camera_row(self._kind == "camera")
        self._set_confirm_buttons(False)

    def _show_camera_row(self, visible: bool) -> None:
        self.camera_label.setVisible(visible)
        self.camera_picker.setVisible(visible)

    def _set_confirm_buttons(self, visible: bool) -> None:
        self.again_button.setVisible(visible)
        self.add_button.setVisible(visible)

    # --- starting sources -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.state == "idle":
            self.state = "starting"
            QTimer.singleShot(0, self._start_from_kind)

    def _start_from_kind(self) -> None:
        if self._source is not None:
            self.start(self._source)
        elif self._kind == "camera":
            self._start_camera_picker()
        elif self._kind == "file" and self._image is not None:
            self.scan_image_file(self._image)
        elif self._kind == "file":
            self._pick_file()
        elif self._kind == "clipboard":
            self._scan_clipboard()
        elif self._kind == "screen":
            self._pick_screen_region()

    def _start_camera_picker(self) -> None:
        cameras = list_cameras()
        self.camera_picker.clear()
        for camera in cameras:
            self.camera_picker.addItem(camera.name, camera.index)
        if not cameras:
            self.camera_picker.addItem(self.tr("No camera"))
            self.camera_picker.setEnabled(False)
            self._fail(CameraNotFound("no camera"))
            return
        self.camera_picker.currentIndexChanged.connect(self._camera_chosen)
        self._camera_chosen(0)

    def _camera_chosen(self, row: int) -> None:
        index = self.camera_picker.itemData(row)
        if isinstance(index, int):
            self.start(VideoCaptureSource(index, self.camera_picker.itemText(row)))

    def _pick_file(self) -> None:
        if not self.choose_image():
            self.reject()
            return
        assert self._image is not None
        self.scan_image_file(self._image)

    def choose_image(self) -> bool:
        """Ask for the image before the dialog shows (else an empty preview and "Try again"
        wait behind the file dialog); False when the user cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            self.parentWidget() if not self.isVisible() else self,
            self.tr("Scan an image"),
            "",
            self.tr("Images (%1)").replace("%1", IMAGE_FILTER),
        )
        self._image = Path(path) if path else None
        return self._image is not None

    def pick_screen_region_after(self, covering: list[QWidget]) -> None:
        """Grab the screen once ``covering`` (the menu that started it) is closed and what was
        under it repainted, so the frozen picture shows no half-drawn menu. The dialog itself
        shows only with a region to scan."""
        self.state = "starting"
        for widget in covering:
            widget.hide()
        QTimer.singleShot(0, self._after_covering_closed)

    def _after_covering_closed(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.repaint()  # what the menu covered, now, not at the next paint
        QGuiApplication.sync()  # the window system has unmapped the menu
        # Other programs under the menu repaint on their own time: give them a moment.
        QTimer.singleShot(SCREEN_SETTLE_MS, self._pick_screen_region)

    def scan_image_file(self, path: Path) -> None:
        try:
            self.start(ArraySource.from_file(path))
        except KeydeskError as exc:
            self._fail(exc)

    def _scan_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        image = clipboard.image()
        if not image.isNull():
            self.scan_image(image, self.tr("clipboard"))
        elif clipboard.text().strip():
            self._handle_texts([clipboard.text()])
        else:
            self._fail_text(self.tr("The clipboard holds no image and no text."))

    def scan_image(self, image: QImage, name: str) -> None:
        self.start(ArraySource(qimage_to_frame(image), name))

    def _pick_screen_region(self) -> None:
        from desktop.ui.scan.screen_picker import ScreenRegionPicker

        self.hide()
        picker = ScreenRegionPicker(self)
        picker.regionChosen.connect(self._screen_region_chosen)
        picker.cancelled.connect(self.reject)
        picker.start()

    def _screen_region_chosen(self, frame: object) -> None:
        self.open()
        self.start(ArraySource(frame, self.tr("screen")))  # type: ignore[arg-type]

    def start(self, source: FrameSource) -> None:
        """Preview and decode ``source`` (replacing any source being scanned)."""
        self._stop_session()
        self._source = source
        self._found_any = False
        self.state = "scanning"
        self.retry_button.setVisible(False)
        self.pages.setCurrentWidget(self.preview)
        self._set_confirm_buttons(False)
        hint = (
            self.tr("Hold the QR code up to the camera.")
            if self._kind == "camera"
            else self.tr("Looking for a QR code…")
        )
        self.preview.set_message(hint)
        session = ScanSession(source, self)
        session.frameReady.connect(self.preview.set_frame)
        session.decoded.connect(self._decoded)
        session.failed.connect(self._fail)
        session.ended.connect(self._ended)
        self._session = session
        session.start()

    # --- results ----------------------------------------------------------------------------

    def _decoded(self, codes: list[FoundCode], size: tuple[int, int]) -> None:
        if self.state != "scanning" or not codes:
            return
        self._found_any = True
        self.preview.set_outlines(codes, size)
        self._handle_texts([code.text for code in codes])

    def _handle_texts(self, texts: list[str]) -> None:
        accounts: list[Account] = []
        problem: KeydeskError | None = None
        for text in texts:
            try:
                accounts.extend(self._accounts_of(text))
            except InvalidInput as exc:
                problem = exc
        if accounts:
            self._show_confirm(accounts)
        elif problem is not None:
            self.preview.set_message(explain(problem), "error")
            self.state = "scanning" if self._session is not None else "error"

    def _accounts_of(self, text: str) -> list[Account]:
        payload = read_payload(text)
        if payload.migration is None:
            return list(payload.accounts)
        try:
            self._batch.add(payload.migration)
        except MigrationBatchMismatch:
            raise MigrationBatchMismatch(self._batch_mismatch_text()) from None
        if not self._batch.complete:
            self._show_batch_progress()
            return []
        return self._batch.accounts()

    def _batch_mismatch_text(self) -> str:
        return (
            self.tr(
                "This code belongs to another Google Authenticator export. Finish the current one "
                "first (%1 of %2 scanned)."
            )
            .replace("%1", str(self._batch.scanned))
            .replace("%2", str(self._batch.batch_size))
        )

    def _show_batch_progress(self) -> None:
        scanned, size = self._batch.scanned, self._batch.batch_size
        self.progress.setText(
            self.tr("%1 of %2 scanned").replace("%1", str(scanned)).replace("%2", str(size))
        )
        missing = ", ".join(str(n) for n in self._batch.missing)
        self.preview.set_message(
            self.tr("Export code %1 of %2 scanned. Now show code %3.")
            .replace("%1", str(scanned))
            .replace("%2", str(size))
            .replace("%3", missing),
            "success",
        )

    def _show_confirm(self, accounts: list[Account]) -> None:
        self._stop_session()
        self.state = "confirm"
        count = len(accounts)
        heading = (
            self.tr("Found 1 account") if count == 1 else self.tr("Found %n accounts", "", count)
        )
        self.confirm.set_snapshot(self.preview.snapshot())
        self.confirm.show_accounts(accounts, heading)
        self.add_button.setText(
            self.tr("&Add account") if count == 1 else self.tr("&Add %n accounts", "", count)
        )
        self.pages.setCurrentWidget(self.confirm)
        self._set_confirm_buttons(True)
        self.add_button.setFocus()

    def _fail(self, error: KeydeskError) -> None:
        self._fail_text(explain(error))

    def _fail_text(self, text: str) -> None:
        self._stop_session()
        self.state = "error"
        self.retry_button.setVisible(self._source is not None)
        self.preview.set_message(text, "error")

    def _ended(self) -> None:
        if self.state != "scanning":
            return
        self._stop_session()
        self.state = "not_found"
        self.retry_button.setVisible(True)
        if not self._found_any:
            self.preview.set_message(
                self.tr("No QR code was found. Try a sharper or larger picture."), "error"
            )

    def message(self) -> str:
        return self.preview.message()

    # --- leaving ----------------------------------------------------------------------------

    def scan_again(self) -> None:
        self.confirm.stop()
        if self._batch.complete:
            self._batch = MigrationBatch()
            self.progress.clear()
        if self._source is not None:
            self.start(self._source)

    def _confirm(self) -> None:
        accounts = self.confirm.confirmed_accounts()
        self.confirm.stop()
        self.accountsConfirmed.emit(accounts)
        self.accept()

    def _stop_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.stop()
            session.deleteLater()

    def done(self, result: int) -> None:
        self._stop_session()
        self.confirm.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_session()
        super().closeEvent(event)
