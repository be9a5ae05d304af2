"""Reads an application's accessibility tree over AT-SPI, as a screen reader does.

Run by the system Python (Debian's python3-pyatspi), not the project's: it is another process,
talking to Keydesk only through the accessibility bus. Usage:
``atspi_reader.py APP_NAME MIN_ROWS TIMEOUT_S [WINDOW...]`` prints the tree as JSON once the app
shows at least MIN_ROWS list items and a showing window named after each WINDOW (exit 0), or an
error (exit 1) when the timeout passes first.
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    return None


def walk(node, path, out, depth=0):
    try:
        role = node.getRoleName()
        states = node.getState()
        out.append(
            {
                "path": path,
                "role": role,
                "name": node.name or "",
                "showing": states.contains(pyatspi.STATE_SHOWING),
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            }
        )
        count = node.childCount
    except Exception as exc:  # a node that vanished while being read
        out.append({"path": path, "error": str(exc)})
        return
    if depth > 40:
        return
    for index in range(min(count, 300)):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, f"{path}/{role}[{index}]", out, depth + 1)


def main():
    name, min_rows, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    windows = set(sys.argv[4:])
    deadline = time.monotonic() + timeout
    last = []
    while time.monotonic() < deadline:
        app = find_app(name)
        if app is not None:
            last = []
            walk(app, "", last)
            rows = [n for n in last if n.get("role") == "list item" and n.get("name")]
            shown = {n.get("name") for n in last if n.get("showing") and n["path"].count("/") == 1}
            if len(rows) >= min_rows and windows <= shown:
                print(json.dumps(last))
                return 0
        time.sleep(0.2)
    wanted = f"{name} with {min_rows} rows and windows {sorted(windows)}"
    print(json.dumps({"error": f"{wanted} not seen", "tree": last}))
    return 1


if __name__ == "__main__":
    sys.exit(main())
