"""A global shortcut through the XDG desktop portal (``org.freedesktop.portal.GlobalShortcuts``).

On Wayland an app cannot grab keys. Where the desktop's portal offers this interface, the app
asks for a shortcut; the desktop binds it (often after asking the user) and reports each press
with a signal. Pure Python over D-Bus (jeepney); blocking, so the GUI runs it on a thread.

The protocol, as the portal documentation describes it:

1. the interface's ``version`` property on ``org.freedesktop.portal.Desktop``
   ``/org/freedesktop/portal/desktop``: no such name or interface → the desktop does not offer it;
2. ``CreateSession(a{sv} options) → o request``, options ``handle_token`` and
   ``session_handle_token``; the request's ``org.freedesktop.portal.Request.Response(u, a{sv})``
   carries ``session_handle``;
3. ``BindShortcuts(o session, a(sa{sv}) shortcuts, s parent_window, a{sv} options) → o request``,
   each shortcut an id with ``description`` and ``preferred_trigger``; the Response's
   ``shortcuts`` lists the ones bound (possibly none);
4. ``Activated(o session, s shortcut_id, t timestamp, a{sv} options)`` on each press;
5. ``org.freedesktop.portal.Session.Close()`` on the session handle ends it.

A Request's path is ``/org/freedesktop/portal/desktop/request/SENDER/TOKEN`` (SENDER: the
caller's unique bus name without ``:`` and with ``.`` → ``_``), so the Response signal is
subscribed to before the call (portals before xdg-desktop-portal 0.9, which chose other paths,
are not supported). Response codes: 0 success, 1 cancelled by the user, 2 other.

Tested against a stand-in portal on a private session bus (``tests/ui/fake_portal.py``),
not against a real desktop: Debian 12's xdg-desktop-portal predates this interface.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from desktop.core.errors import KeydeskError
from desktop.core.shortcut import Shortcut

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
SESSION_INTERFACE = "org.freedesktop.portal.Session"
SHORTCUT_ID = "quick-pick"
#: How long to wait for the portal's answer to a request (the desktop may ask the user first).
ANSWER_TIMEOUT_S = 120.0
CALL_TIMEOUT_S = 10.0


class GlobalShortcutsUnavailable(KeydeskError):
    """The desktop does not offer global shortcuts, or did not bind ours. ``reason``:
    ``no_portal``, ``no_interface``, ``declined``, ``failed``."""

    code = "global_shortcuts_unavailable"


def portal_trigger(shortcut: Shortcut) -> str:
    """``Ctrl+Alt+K`` in the XDG shortcuts specification's form: ``CTRL+ALT+k`` (modifiers
    CTRL, ALT, SHIFT, LOGO; the key an xkbcommon keysym name)."""
    names = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "meta": "LOGO"}
    order = [m for m in ("ctrl", "alt", "shift", "meta") if m in shortcut.modifiers]
    return "+".join([*(names[m] for m in order), _keysym(shortcut.key)])


_KEYSYMS = {
    "space": "space",
    "insert": "Insert",
    "home": "Home",
    "end": "End",
    "pageup": "Page_Up",
    "pagedown": "Page_Down",
    "pause": "Pause",
    "print": "Print",
}


def _keysym(key: str) -> str:
    if key in _KEYSYMS:
        return _KEYSYMS[key]
    return key.upper() if key.startswith("f") and key[1:].isdigit() else key


class PortalShortcut:
    """One bound shortcut on the session bus. ``bind()`` then ``listen()`` (blocks until
    ``close()``); every press calls ``on_activated`` on the listening thread."""

    def __init__(self, bus: str = "SESSION") -> None:
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._conn = open_dbus_connection(bus=bus)
        except (OSError, KeyError, ValueError) as exc:
            raise GlobalShortcutsUnavailable(
                f"no D-Bus session bus: {exc}", reason="no_portal"
            ) from exc
        self._sender = self._conn.unique_name.lstrip(":").replace(".", "_")
        self.session = ""
        self.bound_trigger = ""
        self._closed = False
        self._activations = ExitStack()
        self._activated: Any = None

    def bind(self, shortcut: Shortcut, description: str) -> str:
        """Create a session and bind the shortcut; returns how the desktop says to press it."""
        from jeepney import MatchRule

        self._require_interface()
        # Subscribed first: a press right after binding is not lost.
        rule = MatchRule(type="signal", interface=INTERFACE, member="Activated", path=OBJECT_PATH)
        self._activated = self._activations.enter_context(self._subscribed(rule))
        results = self._request(
            "CreateSession",
            "a{sv}",
            lambda token: (
                {
                    "handle_token": ("s", token),
                    "session_handle_token": ("s", "keydesk_" + secrets.token_hex(8)),
                },
            ),
        )
        session = results.get("session_handle", ("s", ""))[1]
        if not session:
            raise GlobalShortcutsUnavailable("the portal made no session", reason="failed")
        self.session = str(session)
        wanted = [
            (
                SHORTCUT_ID,
                {
                    "description": ("s", description),
                    "preferred_trigger": ("s", portal_trigger(shortcut)),
                },
            )
        ]
        results = self._request(
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            lambda token: (self.session, wanted, "", {"handle_token": ("s", token)}),
        )
        bound = dict(results.get("shortcuts", ("a(sa{sv})", []))[1])
        if SHORTCUT_ID not in bound:
            raise GlobalShortcutsUnavailable("the desktop bound no shortcut", reason="declined")
        info = bound[SHORTCUT_ID]
        self.bound_trigger = str(info.get("trigger_description", ("s", ""))[1])
        return self.bound_trigger

    def listen(self, on_activated: Callable[[int], None]) -> None:
        """Call ``on_activated(timestamp_ms)`` for each press of our shortcut until closed."""
        assert self._activated is not None, "bind() first"
        with self._activations:
            while not self._closed:
                try:
                    message = self._conn.recv_until_filtered(self._activated)
                except (OSError, ValueError):
                    return  # closed under us: the normal way out
                session, shortcut_id, timestamp, _options = message.body
                if session == self.session and shortcut_id == SHORTCUT_ID:
                    on_activated(int(timestamp))

    def close(self) -> None:
        """End the session (the desktop releases the shortcut) and the connection. Safe to
        call from another thread: it wakes ``listen()``."""
        if self._closed:
            return
        self._closed = True
        import contextlib
        import socket

        from jeepney import DBusAddress, new_method_call

        with contextlib.suppress(OSError, ValueError):
            if self.session:
                session = DBusAddress(self.session, bus_name=BUS_NAME, interface=SESSION_INTERFACE)
                self._conn.send(new_method_call(session, "Close"))
            self._conn.sock.shutdown(socket.SHUT_RDWR)
        self._conn.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _require_interface(self) -> None:
        from jeepney import DBusAddress, DBusErrorResponse, Properties

        portal = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        try:
            reply = self._conn.send_and_get_reply(
                Properties(portal).get("version"), timeout=CALL_TIMEOUT_S
            )
            _unwrap(reply)
        except DBusErrorResponse as exc:
            no_portal = exc.name in (
                "org.freedesktop.DBus.Error.ServiceUnknown",
                "org.freedesktop.DBus.Error.NameHasNoOwner",
            )
            raise GlobalShortcutsUnavailable(
                f"{exc.name}: {exc.data}", reason="no_portal" if no_portal else "no_interface"
            ) from exc
        except TimeoutError as exc:
            raise GlobalShortcutsUnavailable("the portal did not answer", reason="failed") from exc

    def _request(
        self, method: str, signature: str, body: Callable[[str], tuple[Any, ...]]
    ) -> dict[str, Any]:
        """Call a portal method that answers through a Request object; its results."""
        from jeepney import DBusAddress, DBusErrorResponse, MatchRule, new_method_call

        token = "keydesk_" + secrets.token_hex(8)
        path = f"{OBJECT_PATH}/request/{self._sender}/{token}"
        rule = MatchRule(type="signal", interface=REQUEST_INTERFACE, member="Response", path=path)
        portal = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        with self._subscribed(rule) as queue:
            try:
                reply = self._conn.send_and_get_reply(
                    new_method_call(portal, method, signature, body(token)),
                    timeout=CALL_TIMEOUT_S,
                )
                _unwrap(reply)
                response = self._conn.recv_until_filtered(queue, timeout=ANSWER_TIMEOUT_S)
            except DBusErrorResponse as exc:
                raise GlobalShortcutsUnavailable(f"{method}: {exc.name}", reason="failed") from exc
            except TimeoutError as exc:
                raise GlobalShortcutsUnavailable(
                    f"{method}: no answer from the portal", reason="failed"
                ) from exc
        code, results = response.body
        if code != 0:
            reason = "declined" if code == 1 else "failed"
            raise GlobalShortcutsUnavailable(f"{method}: response {code}", reason=reason)
        return dict(results)

    @contextmanager
    def _subscribed(self, rule: Any) -> Iterator[Any]:
        from jeepney.bus_messages import message_bus

        self._conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        with self._conn.filter(rule) as queue:
            yield queue


def _unwrap(reply: Any) -> Any:
    from jeepney import DBusErrorResponse, MessageType

    if reply.header.message_type == MessageType.error:
        raise DBusErrorResponse(reply)
    return reply.body
