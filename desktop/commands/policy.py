"""``keydesk policy show [--json]`` and ``keydesk policy check FILE``: the policy pinned by IT."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import policy_of, print_json
from desktop.core.errors import PolicyInvalid
from desktop.core.policy import Policy, Problem, check_policy_file

DESCRIPTION = """\
IT pins settings in a policy: --policy FILE, else /etc/keydesk/policy.json on Linux; the registry
(HKLM\\SOFTWARE\\Policies\\Keydesk) then %ProgramData%\\Keydesk\\policy.json on Windows; managed
preferences then /Library/Application Support/Keydesk/policy.json on macOS. The first found is
used whole; an invalid one stops Keydesk (exit 2). --policy only works where none is installed."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "policy",
        help="show the policy in force, or check a draft",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="every key's value in force and where it came from")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)
    check = actions.add_parser("check", help="validate a draft policy file (changes nothing)")
    check.add_argument("file", metavar="FILE", type=Path)
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(func=run_check, skip_policy=True)


def run_show(args: argparse.Namespace) -> int:
    policy = policy_of(args)
    if args.json:
        print_json(policy_json(policy))
        return 0
    print(f"Policy: {policy.source or 'none (nothing is pinned)'}")
    for key, value, origin in policy.effective():
        shown = _text(value) if value is not None else _unset(key)
        print(f"  {key:<24} {shown:<28} {origin}")
    return 0


def policy_json(policy: Policy) -> dict[str, Any]:
    return {
        "source": policy.source,
        "keys": {
            key: {"value": value, "pinned": policy.pinned(key), "source": origin}
            for key, value, origin in policy.effective()
        },
    }


def _unset(key: str) -> str:
    return "(any issuer)" if key == "allowed_issuers" else "(the user's choice)"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "(none)"
    return str(value)


def run_check(args: argparse.Namespace) -> int:
    try:
        policy = check_policy_file(args.file)
    except PolicyInvalid as exc:
        problems = [p for p in exc.problems if isinstance(p, Problem)]
        if args.json:
            print_json({"valid": False, "problems": [_problem_json(p) for p in problems]})
        for problem in [] if args.json else problems:
            print(f"keydesk: {problem.describe()}", file=sys.stderr)
        return exc.exit_status
    if args.json:
        print_json({"valid": True, "pinned": dict(policy.pinned_values)})
    else:
        keys = ", ".join(policy.pinned_values) or "nothing"
        print(f"{args.file} is a valid policy; it pins: {keys}")
    return 0


def _problem_json(problem: Problem) -> dict[str, str]:
    return {
        "source": problem.source,
        "key": problem.key,
        "value": problem.value,
        "reason": problem.reason,
        "message": problem.detail,
    }
