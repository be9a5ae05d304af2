"""The audit log: who did what, when, from where — with filters and paging (online; offline it
shows the last page it fetched)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget

from desktop.admin.service import AdminService
from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.page import EditorPage, prepare_table, read_only
from desktop.ui.admin.values import action_text, code_text, entry_names, resource_text

PAGE = 50


class AuditLogView(EditorPage):
    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("Audit log"),
            self.tr(
                "Every security change and every login failure, newest first. "
                "End a filter with * to match a prefix (security.*)."
            ),
        )
        self.offset = 0
        self.total = 0
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("Who (login)"))
        self.action = QLineEdit(self)
        self.action.setPlaceholderText(self.tr("Action, e.g. security.*"))
        self.outcome = QComboBox(self)
        for text, value in (
            (self.tr("Any outcome"), ""),
            (self.tr("Success"), "success"),
            (self.tr("Wrong password"), "bad_password"),
            (self.tr("Wrong code"), "invalid_code"),
            (self.tr("Address not allowed"), "ip_not_allowed"),
        ):
            self.outcome.addItem(text, value)
        self.search = QPushButton(self.tr("Search"), self)
        self.search.clicked.connect(self.first_page)
        self.actor.returnPressed.connect(self.first_page)
        self.action.returnPressed.connect(self.first_page)
        self.table = QTableWidget(self)
        prepare_table(
            self.table,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("From"),
                self.tr("Action"),
                self.tr("Resource"),
                self.tr("Outcome"),
            ],
            stretch=4,
        )
        self.page_label = QLabel(self)
        self.previous = QPushButton(self.tr("‹ Newer"), self)
        self.previous.clicked.connect(lambda: self._load(max(0, self.offset - PAGE)))
        self.next = QPushButton(self.tr("Older ›"), self)
        self.next.clicked.connect(lambda: self._load(self.offset + PAGE))
        filters = QHBoxLayout()
        for widget in (self.actor, self.action, self.outcome, self.search):
            filters.addWidget(widget)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.previous)
        paging.addWidget(self.next)
        self.body.addLayout(filters)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(paging)
        self._loaded_once = False
        self.names: dict[str, str] = {}

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.names = entry_names(snapshot)
        if not self._loaded_once and snapshot.get("logged_in"):
            self._loaded_once = True
            self.first_page()
        elif not self._loaded_once and snapshot.get("audit_cache"):
            cache = snapshot["audit_cache"]
            self._show(cache, offline=True)

    def first_page(self) -> None:
        self._load(0)

    def filters(self) -> dict[str, Any]:
        found = {
            "actor": self.actor.text().strip(),
            "action": self.action.text().strip(),
            "outcome": self.outcome.currentData(),
        }
        return {k: v for k, v in found.items() if v}

    def _load(self, offset: int) -> None:
        params = {**self.filters(), "limit": PAGE, "offset": offset}

        def fetch(service: AdminService) -> dict[str, Any]:
            answer = service.client().get("/v1/audit_events", params)
            page = {"events": answer.data, "meta": answer.meta or {}}
            if offset == 0 and len(params) == 2:
                service.store.set_meta("audit_cache", page)
            return page

        self.controller.on_network(fetch, self._show, lambda _exc: self._offline())

    def _offline(self) -> None:
        self.page_label.setText(
            self.tr("The audit log needs the server; showing what was last fetched.")
        )

    def _show(self, page: dict[str, Any], offline: bool = False) -> None:
        events = page.get("events") or []
        meta = page.get("meta") or {}
        self.offset, self.total = int(meta.get("offset", 0)), int(meta.get("total", len(events)))
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            when = str(event.get("at", "")).replace("T", " ")[:19]
            cells = [
                when,
                event.get("actor_login") or "—",
                event.get("ip") or "",
                action_text(event.get("action")),
                resource_text(event.get("resource"), self.names),
                code_text(event.get("outcome")),
            ]
            raw = {3: event.get("action"), 4: event.get("resource")}
            for column, text in enumerate(cells):
                item = read_only(text)
                # The server's own words stay one hover away, for filters and support tickets.
                item.setToolTip(str(raw.get(column) or ""))
                self.table.setItem(row, column, item)
        first = self.offset + 1 if events else 0
        text = self.tr("%1–%2 of %3").replace("%1", str(first))
        text = text.replace("%2", str(self.offset + len(events))).replace("%3", str(self.total))
        self.page_label.setText(text + (self.tr(" (offline copy)") if offline else ""))
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + len(events) < self.total)
