"""The style sheet every window shares: control outlines and text tones with enough contrast.

Fusion draws outlines from the window colour darkened (1.1:1 on the dark theme, 1.7:1 on the
light one); these rules draw them in the scheme's ``outline`` colour (3:1 or more). Text tones
are set with a ``tone`` property ("muted", "error", "ok", "pending") rather than by hand, so a
colour lives in one place per scheme: :data:`desktop.ui.theme.TOKENS`.
"""

from __future__ import annotations

from desktop.ui.resources import icon_path
from desktop.ui.theme import ACCENT, TOKENS

_TEMPLATE = """
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateTimeEdit, QComboBox {{
    border: 1px solid {outline}; border-radius: 4px; background: palette(base);
    padding: 3px 5px; min-height: 18px;
}}
QComboBox:editable, QSpinBox, QDateTimeEdit {{ padding-right: 2px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateTimeEdit:focus,
QComboBox:focus {{ border-color: {focus}; }}
QLineEdit:disabled, QSpinBox:disabled, QComboBox:disabled {{ background: palette(window); }}
QComboBox::drop-down {{ border: none; width: 20px; }}
QComboBox::down-arrow {{ image: url({arrow}); width: 10px; height: 10px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 16px; }}
QSpinBox::up-arrow {{ image: url({up}); width: 8px; height: 8px; }}
QSpinBox::down-arrow {{ image: url({arrow}); width: 8px; height: 8px; }}
QPushButton {{
    border: 1px solid {outline}; border-radius: 5px; background: palette(button);
    padding: 5px 14px; min-height: 18px;
}}
QPushButton:hover, QPushButton:focus {{ border-color: {focus}; }}
QPushButton:pressed {{ background: palette(midlight); }}
QPushButton:default {{ border: 2px solid {focus}; padding: 4px 13px; }}
QPushButton:disabled {{ border-color: palette(mid); }}
QPushButton:flat {{ border: none; background: transparent; }}
QCheckBox::indicator, QGroupBox::indicator, QAbstractItemView::indicator {{
    width: 14px; height: 14px; border: 1px solid {outline}; border-radius: 3px;
    background: palette(base);
}}
QRadioButton::indicator {{
    width: 14px; height: 14px; border: 1px solid {outline}; border-radius: 8px;
    background: palette(base);
}}
QCheckBox::indicator:checked, QGroupBox::indicator:checked,
QAbstractItemView::indicator:checked {{
    background: {accent}; border-color: {accent}; image: url({check});
}}
QRadioButton::indicator:checked {{ background: palette(base); border: 5px solid {accent}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {focus}; }}
QCheckBox::indicator:disabled, QAbstractItemView::indicator:disabled {{
    border-color: palette(mid); background: palette(window);
}}
QCheckBox::indicator:checked:disabled, QAbstractItemView::indicator:checked:disabled {{
    background: palette(mid); border-color: palette(mid);
}}
*[tone="muted"] {{ color: {muted}; }}
*[tone="error"], #fieldError {{ color: {error}; }}
*[tone="ok"], #fieldOk {{ color: {ok}; }}
*[tone="pending"], #pendingNote {{ color: {pending}; }}
#dot[state="online"] {{ color: {ok}; }}
#dot[state="offline"] {{ color: {pending}; }}
#dot[state="auth"] {{ color: {error}; }}
QLineEdit[valid="false"] {{ border: 2px solid {error}; border-radius: 4px; padding: 2px; }}
QLineEdit[valid="true"] {{ border: 2px solid {ok}; border-radius: 4px; padding: 2px; }}
"""


def _url(name: str) -> str:
    return icon_path(name).as_posix()


def app_style(scheme: str) -> str:
    colours = TOKENS["dark" if scheme == "dark" else "light"]
    return _TEMPLATE.format(
        accent=ACCENT,
        check=_url("checkmark"),
        arrow=_url(f"chevron-down-{scheme}"),
        up=_url(f"chevron-up-{scheme}"),
        **colours,
    )
