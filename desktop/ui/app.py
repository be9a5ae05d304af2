"""``keydesk`` with no subcommand: the GUI. Also ``--self-check`` for packaging smoke tests.

Start-up is kept lean: the vault is unlocked by a process forked before PySide6 is imported (a
thread elsewhere), the window is completed after its first frame, and dialogs, scanning and
HTTP are imported only when first used. ``--self-check`` reports the timeline.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.core.instance import Listener
    from desktop.core.policy import Policy
    from desktop.core.profiles import Profile

EXIT_OK, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 3


class GuiOptions(NamedTuple):
    home: str | None = None
    self_check: bool = False
    #: ``--show [FILTER]``: raise the window with the search field focused, FILTER typed in.
    show: bool = False
    filter: str | None = None
    profile: str = ""
    #: ``--quick-pick``: open the running instance's quick-pick popup instead of its window.
    quick_pick: bool = False
    #: ``--policy FILE``: try a draft policy (refused where IT installed one).
    policy: str | None = None
    #: ``--kiosk``: kiosk mode to try it out (a policy can turn it on, never off).
    kiosk: bool = False


def parse_gui_options(args: list[str]) -> GuiOptions:
    """The GUI's options. The CLI routes here only when no subcommand is given, so argparse
    (3 ms) is not needed; unknown options are ignored as before."""
    values: dict[str, str] = {}
    show = False
    for index, arg in enumerate(args):
        following = args[index + 1] if index + 1 < len(args) else None
        name, equals, value = arg.partition("=")
        if name in VALUE_OPTIONS and equals:
            values[name] = value
        elif arg in VALUE_OPTIONS and following is not None:
            values[arg] = following
        if name == "--show":
            show = True
            if equals:
                values["--show"] = value
            elif following is not None and not following.startswith("-"):
                values["--show"] = following
    return GuiOptions(
        home=values.get("--home"),
        self_check="--self-check" in args,
        show=show,
        filter=values.get("--show"),
        profile=values.get("--profile", ""),
        policy=values.get("--policy"),
        kiosk="--kiosk" in args,
        quick_pick="--quick-pick" in args,
    )


#: Options followed by a value (``--show``'s is optional and handled on its own).
VALUE_OPTIONS = frozenset({"--home", "--profile", "--policy"})


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux), for the self-check's start-up figure."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return max((up - started) * 1000, 0.0)


def _prefer_offscreen() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def starting_profile(home: Path, name: str | None) -> tuple[Profile | None, str]:
    """The profile to open at start, or (None, "") for the picker, or (None, why not)."""
    from desktop.core.errors import KeydeskError
    from desktop.core.profile_migration import migrate_legacy
    from desktop.core.profiles import ProfileAmbiguous, ProfileStore

    try:
        migrate_legacy(home)
        store = ProfileStore(home)
        return store.resolve(name) or store.create_default(), ""
    except ProfileAmbiguous:
        return None, ""
    except KeydeskError as exc:
        return None, exc.message
    except OSError as exc:
        return None, f"{home}: {exc.strerror}"


def run_gui(args: list[str]) -> int:
    #: Start-up milestones (perf_counter), reported by --self-check.
    timeline = {"entered": time.perf_counter()}
    # No cyclic garbage collection until the window is ready (Startup resumes it): start-up
    # allocates a great deal and frees almost nothing, so the collector's passes find nothing.
    gc.disable()
    options = parse_gui_options(args)
    from desktop.core.profile import home_dir

    home = home_dir(options.home)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    profile, problem = starting_profile(home, options.profile or None)
    listener = None
    if not options.self_check:
        # One instance per profile: keyed by its id once resolved, so a name and "the only
        # profile" reach the same window. Before the policy is read: handing over starts
        # nothing, and a second launch is then a few imports and a socket round trip.
        handed = _hand_over(home, options, profile.id if profile is not None else None)
        if isinstance(handed, int):
            return handed  # the running instance took it: no Qt, no unlock here
        listener = handed
    policy = _policy_or_refusal(options, listener)
    if isinstance(policy, int):
        return policy  # an invalid policy: never start with part of it ignored
    from desktop.ui.unlock import app_recorder, start_unlock

    kiosk = options.kiosk or policy.kiosk
    # The keyring's round trip overlaps Qt's start-up.
    future = (
        start_unlock(
            profile.folder,
            always_ask=profile.always_ask,
            recorder=app_recorder(policy, kiosk=kiosk),
        )
        if profile is not None
        else None
    )
    timeline["unlock started"] = time.perf_counter()
    if options.self_check:
        _prefer_offscreen()
    from PySide6.QtWidgets import QApplication

    from desktop.ui.pyside_scan import stop_source_scans

    stop_source_scans()  # before the ~60 modules of the window are imported
    from desktop.ui.startup import Startup

    timeline["qt imported"] = time.perf_counter()

    from desktop.ui.theme import STYLE_ARGUMENTS

    existing = QApplication.instance()
    app = existing or QApplication([sys.argv[0] or "keydesk", *STYLE_ARGUMENTS])
    assert isinstance(app, QApplication)
    startup = Startup(
        app,
        home,
        future,
        profile=profile,
        problem=problem,
        self_check=options.self_check,
        timeline=timeline,
        style_set=existing is None,
        policy=policy,
        kiosk=kiosk,
    )
    if listener is not None:
        startup.serve_instance(listener, options.filter if options.show else None)
    startup.begin()
    status = app.exec()
    status = startup.exit_status if startup.exit_status is not None else status
    if existing is None:  # this process is the app: end it without the slow teardown
        from desktop.ui.app_exit import end_process

        end_process(app, status)
    return status


def _policy_or_refusal(options: GuiOptions, listener: Listener | None = None) -> Policy | int:
    """The policy in force; an invalid one is told on stderr and in a dialog, exit status 2.
    The single-instance socket is given up first: nothing would answer a later launch."""
    from desktop.core.errors import PolicyInvalid
    from desktop.core.policy import load_policy

    try:
        return load_policy(options.policy)
    except PolicyInvalid as exc:
        if listener is not None:
            listener.close()
        sys.stderr.write(f"keydesk: {exc.message}\n")
        if not options.self_check:
            from desktop.ui.policy_gate import show_policy_error

            show_policy_error(exc)
        return exc.exit_status


def _hand_over(
    home: Path, options: GuiOptions, profile_id: str | None = None
) -> int | Listener | None:
    """Hand the request to this profile's running instance (an exit status), or become it."""
    from desktop.core import instance

    request = instance.show_request(options.filter)
    if options.quick_pick:
        request["action"] = "quick-pick"
    try:
        point = instance.endpoint(home, profile_id or options.profile)
        reply, listener = instance.hand_over_or_claim(point, request)
    except instance.InstanceUnavailable as exc:
        sys.stderr.write(f"keydesk: running without the single-instance socket: {exc}\n")
        return None
    except OSError as exc:
        sys.stderr.write(f"keydesk: the running Keydesk did not answer ({exc})\n")
        return EXIT_FAILURE
    if reply is not None:
        return EXIT_OK if reply.get("ok") else EXIT_FAILURE
    return listener
