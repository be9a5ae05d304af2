"""The AppStream metainfo: packaging/linux's template plus <releases> from CHANGELOG.md."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from distkit.changelog import Release, read_changelog

COMPONENT_ID = "org.keydesk.Keydesk"
# Inline Markdown the changelog uses: `code`, **bold**, [text](url).
_INLINE = re.compile(r"`(?P<code>[^`]+)`|\*\*(?P<bold>[^*]+)\*\*|\[(?P<link>[^\]]+)\]\([^)]*\)")


def render_metainfo(root: Path, version: str, date: str) -> str:
    """The metainfo XML; the unreleased changes are listed as a development release of
    ``version`` dated ``date`` (the build's)."""
    tree = ET.parse(root / "packaging" / "linux" / "keydesk.metainfo.xml")
    component = tree.getroot()
    _check_screenshots(component, root)
    releases = component.find("releases")
    assert releases is not None, "the template has a <releases/> element"
    for release in read_changelog(root / "CHANGELOG.md"):
        releases.append(_release_element(release, version, date))
    ET.indent(tree, space="  ")
    for item in component.iter("li"):  # indent() would put line breaks before inline <code>
        if item.text is not None and not item.text.strip():
            item.text = None
    return ET.tostring(component, encoding="unicode", xml_declaration=True) + "\n"


def _release_element(release: Release, version: str, date: str) -> ET.Element:
    element = ET.Element(
        "release",
        version=version if release.unreleased else release.version,
        date=date if release.unreleased else release.date,
    )
    if release.unreleased:
        element.set("type", "development")
    description = ET.SubElement(element, "description")
    for title, items in release.sections:
        ET.SubElement(description, "p").text = f"{title}:"
        listing = ET.SubElement(description, "ul")
        for item in items:
            _inline(ET.SubElement(listing, "li"), item)
    return element


def _inline(parent: ET.Element, markdown: str) -> None:
    """Markdown's inline code becomes <code>; bold and links become plain text."""
    parent.text = ""
    last: ET.Element | None = None
    position = 0
    for match in _INLINE.finditer(markdown):
        _append_text(parent, last, markdown[position : match.start()])
        if match["code"]:
            last = ET.SubElement(parent, "code")
            last.text = match["code"]
        else:
            _append_text(parent, last, match["bold"] or match["link"])
        position = match.end()
    _append_text(parent, last, markdown[position:])


def _append_text(parent: ET.Element, last: ET.Element | None, text: str) -> None:
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _check_screenshots(component: ET.Element, root: Path) -> None:
    """Every screenshot URL names a file in docs/screenshots, so a renamed picture is noticed."""
    for image in component.iter("image"):
        name = (image.text or "").rsplit("/", 1)[-1]
        if not (root / "docs" / "screenshots" / name).is_file():
            raise FileNotFoundError(f"metainfo screenshot {name} is not in docs/screenshots")
