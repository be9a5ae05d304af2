"""`make dist-check` runs this (inside scripts/with-keyring.sh): see packaging/distkit/smoke.py."""

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from distkit.smoke import main

    sys.exit(main())
