"""A stand-in for the desktop portal's GlobalShortcuts on the private session bus.

It implements what the portal documentation describes and nothing more: the interface's
``version`` property, ``CreateSession`` and ``BindShortcuts`` answering through
``org.freedesktop.portal.Request.Response`` on ``/org/freedesktop/portal/desktop/request/
SENDER/TOKEN``, sessions at ``.../session/SENDER/TOKEN`` with ``Session.Close``, and the
``Activated`` signal, sent when a test calls :meth:`FakePortal.activate`. Without the interface
it answers the property read as GDBus does for an unknown interface (InvalidArgs).
"""

from __future__ import annotations

import threading
import time
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from desktop.core.portal_shortcuts import (
    BUS_NAME,
    INTERFACE,
    OBJECT_PATH,
    REQUEST_INTERFACE,
    SESSION_INTERFACE,
)


class FakePortal:
    def __init__(self, *, with_interface: bool = True, bind_response: int = 0) -> None:
        self.with_interface = with_interface
        self.bind_response = bind_response
        self.conn = open_dbus_connection(bus="SESSION")
        reply = self.conn.send_and_get_reply(message_bus.RequestName(BUS_NAME), timeout=10)
        assert reply.body == (1,), f"could not own {BUS_NAME}: {reply.body}"
        self.sessions: list[str] = []
        self.closed: list[str] = []
        #: (session, [(id, {key: value})]) for every BindShortcuts call, values unwrapped.
        self.bindings: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = []
        self._sending = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-portal", daemon=True)
        self._thread.start()

    def activate(self, session: str, shortcut_id: str) -> None:
        """The user pressed the bound shortcut."""
        portal = DBusAddress(OBJECT_PATH, interface=INTERFACE)
        stamp = int(time.monotonic() * 1000)
        self._send(new_signal(portal, "Activated", "osta{sv}", (session, shortcut_id, stamp, {})))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.conn.close()

    # --- serving ----------------------------------------------------------------------------

    def _send(self, message: Any) -> None:
        with self._sending:
            self.conn.send(message)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self.conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return
            if message.header.message_type == MessageType.method_call:
                self._pending: list[Any] = []
                self._send(self._answer(message))
                for later in self._pending:  # a Request's Response follows the method's reply
                    self._send(later)

    def _answer(self, call: Any) -> Any:
        fields = call.header.fields
        interface = fields.get(HeaderFields.interface)
        member = fields[HeaderFields.member]
        sender = str(fields[HeaderFields.sender]).lstrip(":").replace(".", "_")
        if interface == "org.freedesktop.DBus.Properties" and member == "Get":
            if self.with_interface and call.body == (INTERFACE, "version"):
                return new_method_return(call, "v", (("u", 2),))
            return new_error(
                call, "org.freedesktop.DBus.Error.InvalidArgs", "s", ("No such interface",)
            )
        if interface == INTERFACE and self.with_interface and member == "CreateSession":
            return self._create_session(call, sender)
        if interface == INTERFACE and self.with_interface and member == "BindShortcuts":
            return self._bind(call, sender)
        if interface == SESSION_INTERFACE and member == "Close":
            self.closed.append(str(fields[HeaderFields.path]))
            return new_method_return(call)
        return new_error(call, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))

    def _create_session(self, call: Any, sender: str) -> Any:
        (options,) = call.body
        request = f"{OBJECT_PATH}/request/{sender}/{options['handle_token'][1]}"
        session = f"{OBJECT_PATH}/session/{sender}/{options['session_handle_token'][1]}"
        self.sessions.append(session)
        self._respond_later(request, 0, {"session_handle": ("s", session)})
        return new_method_return(call, "o", (request,))

    def _bind(self, call: Any, sender: str) -> Any:
        session, shortcuts, _parent_window, options = call.body
        request = f"{OBJECT_PATH}/request/{sender}/{options['handle_token'][1]}"
        wanted = [(sid, {key: value[1] for key, value in info.items()}) for sid, info in shortcuts]
        self.bindings.append((session, wanted))
        bound = [
            (
                sid,
                {
                    "description": ("s", info["description"]),
                    "trigger_description": ("s", info.get("preferred_trigger", "")),
                },
            )
            for sid, info in wanted
        ]
        results = {"shortcuts": ("a(sa{sv})", bound)} if self.bind_response == 0 else {}
        self._respond_later(request, self.bind_response, results)
        return new_method_return(call, "o", (request,))

    def _respond_later(self, request: str, code: int, results: dict[str, Any]) -> None:
        address = DBusAddress(request, interface=REQUEST_INTERFACE)
        self._pending.append(new_signal(address, "Response", "ua{sv}", (code, results)))
