"""Random but reproducible admin edits of every kind, and the checks that they arrived once."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from desktop.admin.api import ApiClient
from desktop.admin.edits import Editor
from desktop.admin.model import Status
from desktop.admin.pull import pull
from desktop.admin.store import Store
from desktop.admin.view import collection, full_view, strip_server_fields
from desktop.core.errors import InvalidInput

KINDS = (
    "ip_add", "ip_update", "ip_remove", "rule_add", "rule_update", "rule_remove",
    "two_factor", "filter", "permission",
)  # fmt: skip
WEIGHTS = (30, 10, 5, 12, 6, 4, 12, 8, 12)
PROTECTED = "this office"


class Workload:
    def __init__(self, editor: Editor, seed: int) -> None:
        self.editor = editor
        self.rng = random.Random(seed)
        self.counter = 0

    def run(self, count: int, every_kind_first: bool = True) -> None:
        kinds = list(KINDS) if every_kind_first else []
        done = 0
        while done < count:
            kind = kinds.pop(0) if kinds else self.rng.choices(KINDS, WEIGHTS)[0]
            try:
                getattr(self, kind)()
            except InvalidInput:
                continue  # e.g. nothing to update yet, or no change
            done += 1

    def _entries(self, area: str) -> list[str]:
        found = collection(self.editor.store, area)
        return [key for key, doc in found.items() if doc.get("name") != PROTECTED]

    def ip_add(self) -> None:
        self.counter += 1
        n = self.counter
        if self.rng.random() < 0.3:
            value = f"2001:db8:{n:x}::/48"
        elif self.rng.random() < 0.3:
            value = f"10.{n // 250 % 250}.{n % 250}.1-10.{n // 250 % 250}.{n % 250}.9"
        else:
            value = f"10.{n // 250 % 250}.{n % 250}.0/24"
        self.editor.add_ip(value, name=f"net {n}")

    def ip_update(self) -> None:
        ids = self._entries("ip_allowlist")
        if not ids:
            raise InvalidInput("none")
        self.editor.update_ip(self.rng.choice(ids), name=f"renamed {self.rng.randrange(10**6)}")

    def ip_remove(self) -> None:
        ids = self._entries("ip_allowlist")
        if len(ids) < 2:
            raise InvalidInput("keep some")
        self.editor.remove_ip(self.rng.choice(ids))

    def rule_add(self) -> None:
        self.counter += 1
        kind = self.rng.choice(["word", "regex", "pii"])
        rule: dict[str, Any] = {"name": f"rule {self.counter}", "kind": kind,
                                "action": self.rng.choice(["block", "mask", "flag"])}  # fmt: skip
        if kind == "pii":
            rule["pii_type"] = self.rng.choice(["card", "email", "phone"])
        else:
            rule["pattern"] = (
                f"secret{self.counter}" if kind == "word" else rf"code-\d{{{self.counter % 5 + 2}}}"
            )
        self.editor.add_rule(rule)

    def rule_update(self) -> None:
        ids = self._entries("content_filter")
        if not ids:
            raise InvalidInput("none")
        self.editor.update_rule(
            self.rng.choice(ids), direction=self.rng.choice(["in", "out", "both"])
        )

    def rule_remove(self) -> None:
        ids = self._entries("content_filter")
        if not ids:
            raise InvalidInput("none")
        self.editor.remove_rule(self.rng.choice(ids))

    def two_factor(self) -> None:
        choice = self.rng.randrange(4)
        if choice == 0:
            self.editor.patch_two_factor({"grace_hours": self.rng.randrange(0, 200)})
        elif choice == 1:
            roles = sorted(
                self.rng.sample(["operator", "supervisor", "admin"], self.rng.randrange(0, 3))
            )
            self.editor.patch_two_factor({"required_roles": roles})
        elif choice == 2:
            self.editor.patch_two_factor(
                {"email_code": {"ttl_seconds": self.rng.randrange(60, 601)}}
            )
        else:
            self.editor.patch_two_factor({"totp": {"issuer": f"Keydesk {self.rng.randrange(99)}"}})

    def filter(self) -> None:
        if self.rng.random() < 0.5:
            self.editor.patch_content_filter(
                {"attachments": {"max_size_mb": self.rng.randrange(1, 100)}}
            )
        else:
            exts = self.rng.sample(["exe", "bat", "zip", "iso", "msi", "js"], 3)
            self.editor.patch_content_filter({"attachments": {"blocked_extensions": exts}})

    def permission(self) -> None:
        role = self.rng.choice(["operator", "supervisor"])
        section, function = self.rng.choice(
            [("clients", "export"), ("reports", "view_all"), ("tags", "edit"), ("dialogs", "view_all"),
             ("broadcasts", "send"), ("api", "view_token")]
        )  # fmt: skip
        current = collection(self.editor.store, "roles")[role]["permissions"][section][function]
        self.editor.set_permissions(role, {section: {function: not current}})


def comparable(view: dict[str, Any]) -> dict[str, Any]:
    """What must match between the intended local view and the server's state."""
    clean = strip_server_fields(view)
    support = clean.pop("support_access")
    clean["support"] = {k: support.get(k) for k in ("enabled", "reason", "ticket_ref")}
    for area, key in (("ip_allowlist", "entries"), ("content_filter", "rules")):
        clean[area][key] = {e["id"]: e for e in clean[area][key]}
    clean["roles"] = {r["id"]: r for r in clean["roles"]}
    clean["operators"] = {o["id"]: o.get("two_factor_method") for o in clean["operators"]}
    return clean


def server_view(client: ApiClient, scratch: Store) -> dict[str, Any]:
    pull(scratch, client, 0.0)
    return comparable(full_view(scratch))


def audit_events(client: ApiClient, actor: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    while True:
        answer = client.get(
            "/v1/audit_events", {"actor": actor, "limit": 200, "offset": len(found)}
        )
        found += answer.data
        if not answer.data or len(found) >= answer.meta["total"]:
            return found


def setting_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["action"].startswith(("security.", "roles.", "operators."))
            and e["outcome"] == "success"]  # fmt: skip


def check_each_change_once(store: Store, events: list[dict[str, Any]]) -> tuple[int, int]:
    """(lost, duplicated): pushed items vs the audit events they made."""
    pushed = [i for i in store.items((Status.DONE,)) if i.outcome == "pushed"]
    per_resource = Counter(e["resource"] for e in setting_events(events))
    expected: Counter[str] = Counter()
    for item in pushed:
        expected[_audit_resource(item.resource)] += 1
    lost = sum((expected - per_resource).values())
    duplicated = sum((per_resource - expected).values())
    return lost, duplicated


def _audit_resource(resource: str) -> str:
    area, _, entry = resource.partition("/")
    if area == "ip_allowlist" and entry:
        return f"security/ip_allowlist/entry/{entry}"
    if area == "content_filter" and entry:
        return f"security/content_filter/rule/{entry}"
    if area == "roles":
        return resource
    return f"security/{area}"
