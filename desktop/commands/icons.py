"""``keydesk icons``: import Aegis icon packs, list them, remove one, show an issuer's match."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import print_json, profile_home
from desktop.core import icon_packs, issuer_icons
from desktop.core.errors import KeydeskError, NotFound


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "icons",
        help="issuer icons: import an Aegis icon pack, list or remove packs, test a match",
        description="Issuer icons come from imported Aegis icon packs (zip with pack.json), then "
        "the bundled simple-icons set; no icon is ever fetched from the network.",
    )
    actions = parser.add_subparsers(dest="icons_action", metavar="ACTION")
    importing = actions.add_parser("import", help="import an Aegis icon pack (.zip)")
    importing.add_argument("file", metavar="FILE", type=Path)
    listing = actions.add_parser("list", help="list the imported packs (the default)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = actions.add_parser("remove", help="remove an imported pack")
    remove.add_argument("uuid", metavar="UUID")
    match = actions.add_parser("match", help="which icon an issuer gets")
    match.add_argument("issuer", metavar="ISSUER")
    match.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    action = args.icons_action or "list"
    home = _home(args, create=action == "import")
    if action == "import":
        assert home is not None
        pack = icon_packs.import_pack(args.file, home)
        print(f"Imported icon pack {pack.name} (version {pack.version}): {len(pack.icons)} issuers")
    elif action == "remove":
        if home is None or not icon_packs.remove_pack(home, args.uuid):
            raise NotFound(f"no imported icon pack {args.uuid}")
        print(f"Removed icon pack {args.uuid}")
    elif action == "match":
        _match(home, args.issuer, args.json)
    else:
        _list(home, args.json)
    return 0


def _home(args: argparse.Namespace, *, create: bool) -> Path | None:
    """The profile folder; None when listing or matching before any profile exists."""
    try:
        return profile_home(args, create=create)
    except KeydeskError:
        if create:
            raise
        return None


def _list(home: Path | None, as_json: bool) -> None:
    packs = icon_packs.load_packs(home) if home is not None else []
    rows = [
        {"uuid": p.uuid, "name": p.name, "version": p.version, "issuers": len(p.icons)}
        for p in packs
    ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        print("No icon packs imported; the bundled simple-icons set is used.")
    for row in rows:
        print(f"{row['uuid']}  {row['name']} (version {row['version']}, {row['issuers']} issuers)")


def _match(home: Path | None, issuer: str, as_json: bool) -> None:
    result: dict[str, str] = {"issuer": issuer, "source": "letter"}
    for pack in icon_packs.load_packs(home) if home is not None else []:
        path = pack.icon_for(issuer)
        if path is not None:
            result = {"issuer": issuer, "source": "pack", "pack": pack.name, "file": str(path)}
            break
    else:
        icon = issuer_icons.simple_icon(issuer)
        if icon is not None:
            result = {"issuer": issuer, "source": "simple-icons", "slug": icon.slug}
    if as_json:
        print_json(result)
    else:
        print(", ".join(f"{key}: {value}" for key, value in result.items()))
