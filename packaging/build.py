"""`make dist` runs this: see packaging/distkit/build.py."""

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from distkit.build import main

    sys.exit(main(sys.argv[1:]))
