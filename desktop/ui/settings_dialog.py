"""The settings dialog; writes go through :class:`desktop.ui.settings.Settings`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import check_server_url
from desktop.core.errors import InvalidInput
from desktop.core.shortcut import parse_shortcut
from desktop.ui import settings as keys
from desktop.ui.buttons import follow_platform
from desktop.ui.settings import CLIPBOARD_RANGE, Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(self._codes_box())
        layout.addWidget(self._appearance_box())
        layout.addWidget(self._tray_box())
        layout.addWidget(self._window_box())
        layout.addWidget(self._lock_box(parent))
        layout.addWidget(self._clock_box())
        self._mark_managed()
        self.error = QLabel(self)
        self.error.setProperty("tone", "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        follow_platform(buttons)
        layout.addWidget(buttons)
        self._fit(layout)

    def _fit(self, layout: QVBoxLayout) -> None:
        """Tall enough for every wrapped hint: show() would cap the dialog at 2/3 of the screen
        (533 px on an 800 px screen) and squeeze the hints under their fields."""
        self.ensurePolished()
        width = self.minimumWidth()
        self.resize(width, layout.totalHeightForWidth(width))

    def _codes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Codes"), self)
        form = QFormLayout(box)
        self.clear_delay = QSpinBox(box)
        self.clear_delay.setRange(*CLIPBOARD_RANGE)
        self.clear_delay.setSuffix(self.tr(" s"))
        self.clear_delay.setValue(self.settings.get_int(keys.CLIPBOARD_CLEAR))
        self.clear_delay.setAccessibleName(self.tr("Clear the clipboard after"))
        form.addRow(self.tr("C&lear the clipboard after:"), self.clear_delay)
        self.hide_codes = self._check(box, self.tr("&Hide codes until clicked"), keys.HIDE_CODES)
        self.show_next = self._check(
            box, self.tr("Show the &next code near the end of the period"), keys.SHOW_NEXT
        )
        form.addRow(self.hide_codes)
        form.addRow(self.show_next)
        return box

    def _appearance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"), self)
        form = QFormLayout(box)
        self.theme = QComboBox(box)
        for value, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(self.theme.findData(self.settings.get_str(keys.THEME)))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.language = QComboBox(box)
        for value, text in (("", self.tr("System language")), ("en", "English"), ("ru", "Русский")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(
            max(self.language.findData(self.settings.get_str(keys.LANGUAGE)), 0)
        )
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time Keydesk starts."), box)
        note.setWordWrap(True)
        note.setProperty("tone", "muted")
        form.addRow("", note)
        return box

    def _tray_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("System tray"), self)
        form = QFormLayout(box)
        self.start_minimised = self._check(
            box, self.tr("&Start minimised to the tray"), keys.START_MINIMISED
        )
        self.close_to_tray = self._check(
            box, self.tr("&Closing the window keeps Keydesk in the tray"), keys.CLOSE_TO_TRAY
        )
        form.addRow(self.start_minimised)
        form.addRow(self.close_to_tray)
        return box

    def _lock_box(self, parent: QWidget | None) -> QGroupBox:
        box = QGroupBox(self.tr("Lock"), self)
        form = QFormLayout(box)
        self.idle_minutes = QSpinBox(box)
        self.idle_minutes.setRange(0, 24 * 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setValue(round(self.settings.get_int(keys.LOCK_IDLE_SECONDS) / 60))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without input"))
        form.addRow(self.tr("Lock after &idle:"), self.idle_minutes)
        self.lock_on_session = self._check(
            box, self.tr("Lock when the computer &locks or sleeps"), keys.LOCK_ON_SESSION_LOCK
        )
        self.lock_on_minimise = self._check(
            box, self.tr("Lock when &minimised"), keys.LOCK_ON_MINIMISE
        )
        form.addRow(self.lock_on_session)
        form.addRow(self.lock_on_minimise)
        self.profile = getattr(parent, "profile", None)
        self.always_ask = QCheckBox(self.tr("Always &ask for this profile's passphrase at start"))
        self.always_ask.setChecked(bool(getattr(self.profile, "always_ask", True)))
        if self.profile is not None:
            form.addRow(self.always_ask)
        return box

    def _clock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clock check"), self)
        form = QFormLayout(box)
        self.drift_server = QLineEdit(self.settings.get_str(keys.DRIFT_SERVER), box)
        self.drift_server.setPlaceholderText("https://…")
        self.drift_server.setAccessibleName(self.tr("Time server"))
        form.addRow(self.tr("Time &server:"), self.drift_server)
        note = QLabel(
            self.tr(
                "Keydesk compares the computer's clock with this HTTPS server at start and every hour. Leave empty to turn the check off."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setProperty("tone", "muted")
        form.addRow("", note)
        return box

    def _mark_managed(self) -> None:
        """Settings the policy pins: disabled, and saying who decides them."""
        from desktop.ui.policy_gate import managed_text

        widgets: dict[str, QWidget] = {
            keys.CLIPBOARD_CLEAR: self.clear_delay,
            keys.HIDE_CODES: self.hide_codes,
            keys.LANGUAGE: self.language,
            keys.DRIFT_SERVER: self.drift_server,
            keys.QUICK_PICK_HOTKEY: self.hotkey,
            keys.LOCK_IDLE_SECONDS: self.idle_minutes,
            keys.LOCK_ON_SESSION_LOCK: self.lock_on_session,
        }
        for key, widget in widgets.items():
            if not self.settings.pinned(key):
                continue
            widget.setEnabled(False)
            widget.setToolTip(managed_text())
            widget.setAccessibleDescription(managed_text())
            box = widget.parentWidget()
            form = box.layout() if box is not None else None
            assert isinstance(form, QFormLayout)
            position: tuple[int, object] = form.getWidgetPosition(widget)  # type: ignore[assignment]
            label = QLabel(managed_text(), box)
            label.setObjectName("managed")
            label.setStyleSheet("font-style: italic;")
            form.insertRow(position[0] + 1, "", label)

    def _window_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Window and quick pick"), self)
        form = QFormLayout(box)
        self.always_on_top = self._check(
            box, self.tr("Keep the window &on top of others"), keys.ALWAYS_ON_TOP
        )
        form.addRow(self.always_on_top)
        self.hotkey = QLineEdit(self.settings.get_str(keys.QUICK_PICK_HOTKEY), box)
        self.hotkey.setPlaceholderText(self.tr("Off"))
        self.hotkey.setAccessibleName(self.tr("Global shortcut for the quick pick"))
        form.addRow(self.tr("&Quick pick shortcut:"), self.hotkey)
        note = QLabel(
            self.tr("From anywhere on the desktop, e.g. Ctrl+Alt+K; empty turns it off."), box
        )
        note.setWordWrap(True)
        note.setProperty("tone", "muted")
        form.addRow("", note)
        return box

    def _check(self, parent: QWidget, text: str, key: str) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.setChecked(self.settings.get_bool(key))
        return box

    def _save(self) -> None:
        server = self.drift_server.text().strip()
        if server:
            try:
                check_server_url(server)
            except InvalidInput:
                self.error.setText(self.tr("The time server must be an https:// address."))
                self.error.show()
                self.drift_server.setFocus()
                return
        hotkey = self.hotkey.text().strip()
        if hotkey:
            try:
                hotkey = str(parse_shortcut(hotkey))
            except InvalidInput:
                self.error.setText(
                    self.tr(
                        "Write the shortcut as modifiers and a key, e.g. Ctrl+Alt+K "
                        "(Ctrl, Alt or Meta included), or leave it empty."
                    )
                )
                self.error.show()
                self.hotkey.setFocus()
                return
        values: dict[str, bool | int | str] = {
            keys.CLIPBOARD_CLEAR: self.clear_delay.value(),
            keys.HIDE_CODES: self.hide_codes.isChecked(),
            keys.SHOW_NEXT: self.show_next.isChecked(),
            keys.THEME: str(self.theme.currentData()),
            keys.LANGUAGE: str(self.language.currentData()),
            keys.START_MINIMISED: self.start_minimised.isChecked(),
            keys.CLOSE_TO_TRAY: self.close_to_tray.isChecked(),
            keys.DRIFT_SERVER: server,
            keys.ALWAYS_ON_TOP: self.always_on_top.isChecked(),
            keys.QUICK_PICK_HOTKEY: hotkey,
            keys.LOCK_IDLE_SECONDS: self.idle_minutes.value() * 60,
            keys.LOCK_ON_SESSION_LOCK: self.lock_on_session.isChecked(),
            keys.LOCK_ON_MINIMISE: self.lock_on_minimise.isChecked(),
        }
        for key, value in values.items():
            if not self.settings.pinned(key):
                self.settings.set(key, value)
        self._save_always_ask()
        self.accept()

    def _save_always_ask(self) -> None:
        profile = self.profile
        if profile is None or profile.always_ask == self.always_ask.isChecked():
            return
        from desktop.core.profiles import ProfileStore

        store = ProfileStore(profile.folder.parent.parent)
        changed = store.set_always_ask(profile, self.always_ask.isChecked())
        parent = self.parentWidget()
        if parent is not None and getattr(parent, "profile", None) is profile:
            parent.profile = changed  # type: ignore[attr-defined]
