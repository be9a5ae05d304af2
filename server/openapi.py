"""resources/openapi.json, generated from the application."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from server.app import create_app
from server.config import ServerConfig
from server.mail import DirMailer

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "resources" / "openapi.json"


def build_spec() -> dict[str, Any]:
    """The OpenAPI document of a throwaway app (the spec does not depend on the data)."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        app = create_app(
            ServerConfig(db_url=f"sqlite:///{base / 'spec.db'}", secret_key=bytes(32)),
            mailer=DirMailer(base / "mail"),
        )
        spec = app.openapi()
        app.state.services.engine.dispose()
    spec["servers"] = [{"url": "http://127.0.0.1:8765", "description": "make run-server"}]
    return spec


def render(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def dump(path: Path = DEFAULT_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(build_spec()), encoding="utf-8")
    return path
