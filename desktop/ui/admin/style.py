"""The admin window's style sheet (colours from the palette, so light and dark both work).

Text tones (#fieldError, #fieldOk, #pendingNote, the status dot) are in the app style sheet,
which has a colour for each scheme: :mod:`desktop.ui.app_style`."""

from __future__ import annotations

from desktop.ui.theme import ACCENT

STYLE = f"""
#syncBar {{ background: palette(base); border-bottom: 1px solid palette(mid); }}
#syncState {{ font-weight: 600; }}
#badge {{ border-radius: 9px; padding: 2px 9px; background: palette(button); }}
#badge[tone="warn"] {{ background: #fff3cd; color: #5c4300; }}
#badge[tone="alert"] {{ background: #fde2e1; color: #8a1c1c; }}
#supportBanner {{ background: #fde2e1; border: 1px solid #f5b5b2; border-radius: 8px; }}
#supportBanner QLabel {{ color: #8a1c1c; }}
#pageTitle {{ font-size: 14pt; font-weight: 600; }}
#pageIntro {{ color: palette(placeholder-text); }}
#verdict {{ font-size: 12pt; font-weight: 600; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: none; border-radius: 6px; padding: 6px 14px;
}}
QPushButton#primary:disabled {{ background: palette(mid); }}
QPushButton#danger {{
    background: #c53030; color: white; border: none; border-radius: 6px; padding: 6px 14px;
}}
QPushButton#danger:disabled {{ background: palette(mid); color: palette(window); }}
QTabWidget::pane {{ border: none; }}
"""
