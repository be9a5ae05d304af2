"""The packaging helpers live in packaging/distkit (not an installed package). The folder goes
last on sys.path, so nothing in it shadows an installed module."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))
