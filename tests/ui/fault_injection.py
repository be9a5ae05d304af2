"""Running Keydesk in a subprocess with one function made to fail, as a bug there would."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

#: ``python -c`` code: argv[1] is ``module:Qualified.name``, the rest is Keydesk's command line.
_RUN_WITH_FAULT = """
import importlib, sys
module_name, _, qualname = sys.argv.pop(1).partition(":")
owner = importlib.import_module(module_name)
*path, name = qualname.split(".")
for part in path:
    owner = getattr(owner, part)
def injected(*args, **kwargs):
    raise RuntimeError("injected fault")
setattr(owner, name, injected)
from desktop.cli import main
sys.argv = ["keydesk", *sys.argv[1:]]
sys.exit(main())
"""

FAULT = "RuntimeError: injected fault"


def command_with_fault(target: str, *args: str) -> list[str]:
    """``keydesk ARGS`` in which calling ``target`` (``module:Qualified.name``) raises."""
    return [sys.executable, "-c", _RUN_WITH_FAULT, target, *args]


def run_with_fault(target: str, *args: str, env: dict[str, str]) -> Any:
    return subprocess.run(
        command_with_fault(target, *args),
        capture_output=True,
        text=True,
        timeout=60,  # a safety net: the runs end in about a second
        env=env,
        check=False,
    )
