"""The main window's style sheet; colours come from the palette and the scheme's tokens."""

from __future__ import annotations

from desktop.ui.theme import ACCENT, TOKENS

_TEMPLATE = """
#topBar {{ background: palette(window); }}
#search {{
    border: 1px solid {outline}; border-radius: 9px; padding: 7px 10px;
    background: palette(base); font-size: 11pt;
}}
#search:focus {{ border: 2px solid {focus}; padding: 6px 9px; }}
QToolButton#barButton {{
    border: 1px solid {outline}; border-radius: 9px; padding: 6px 12px; background: palette(button);
}}
QToolButton#barButton:hover, QToolButton#barButton:focus {{ border-color: {focus}; }}
QToolButton#barButton::menu-indicator {{ image: none; width: 0; }}
QPushButton#chip {{
    border: 1px solid {outline}; border-radius: 12px; padding: 3px 14px; min-height: 18px;
    background: palette(base);
}}
QPushButton#chip:hover {{ border-color: {focus}; }}
QPushButton#chip:checked {{ background: {accent}; color: white; border-color: {accent}; }}
QPushButton#chip:focus {{ border: 2px solid {focus}; }}
QPushButton#primary {{
    background: {accent}; color: white; border: none; border-radius: 8px; padding: 8px 16px;
}}
QPushButton#primary:focus {{ border: 2px solid palette(text); }}
#emptyState QPushButton {{
    padding: 8px 16px; border-radius: 8px; border: 1px solid {outline}; background: palette(button);
}}
#emptyState QPushButton:focus {{ border: 2px solid {focus}; }}
#emptyState QPushButton#primary {{ background: {accent}; color: white; border: 1px solid {accent}; }}
#emptyState QPushButton#primary:focus {{ border: 2px solid palette(text); }}
#emptyTitle {{ font-size: 17pt; font-weight: 600; margin-top: 10px; }}
#emptyIntro {{ color: {muted}; font-size: 10.5pt; }}
#emptySteps {{ font-size: 10.5pt; }}
#hint {{ color: {muted}; padding: 6px 0 10px 0; }}
#noMatches {{ color: {muted}; font-size: 11pt; }}
#banner {{
    background: #fff3cd; border: 1px solid #f0d48a; border-radius: 8px; margin: 2px 10px 4px 10px;
}}
#banner QLabel {{ color: #5c4300; }}
#banner QPushButton {{ padding: 4px 10px; }}
#notice {{ background: #2b2f36; border-radius: 10px; }}
#noticeText {{ color: #ffffff; }}
#noticeAction {{
    color: #8db4ff; background: transparent; border: none; font-weight: 600; padding: 4px 8px;
}}
QListView#accounts {{ background: palette(window); border: none; outline: none; }}
"""


def window_style(scheme: str) -> str:
    return _TEMPLATE.format(accent=ACCENT, **TOKENS["dark" if scheme == "dark" else "light"])
