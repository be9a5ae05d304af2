"""Issuer → icon matching over the bundled simple-icons set, with the network cut off."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import issuer_icons
from desktop.core.issuer_icons import candidates, simple_icon, slug

#: 30 issuers as services write them in otpauth labels, and the brand each must show.
COMMON = {
    "GitHub": "github",
    "GitHub, Inc.": "github",
    "GitLab": "gitlab",
    "Google": "google",
    "accounts.google.com": "google",
    "Facebook": "facebook",
    "Discord": "discord",
    "Dropbox": "dropbox",
    "Apple": "apple",
    "Twitter": "x",
    "Reddit": "reddit",
    "PayPal": "paypal",
    "Steam": "steam",
    "store.steampowered.com": "steam",
    "Twitch": "twitch",
    "Cloudflare": "cloudflare",
    "DigitalOcean": "digitalocean",
    "Bitwarden": "bitwarden",
    "1Password": "1password",
    "Proton AG": "proton",
    "Coinbase": "coinbase",
    "Binance": "binance",
    "npm": "npm",
    "PyPI": "pypi",
    "Docker Hub": "docker",
    "Atlassian": "atlassian",
    "Bitbucket": "bitbucket",
    "Zoom": "zoom",
    "Telegram": "telegram",
    "Epic Games": "epicgames",
    "Battle.net": "battledotnet",
    "Mastodon": "mastodon",
    "Okta": "okta",
    "Stripe": "stripe",
    "Shopify": "shopify",
}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to reach the network fails the test (favicons must never be fetched)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network call attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


@pytest.mark.parametrize(("issuer", "expected"), sorted(COMMON.items()))
def test_common_issuers_get_their_brand(issuer: str, expected: str) -> None:
    icon = simple_icon(issuer)
    assert icon is not None, candidates(issuer)
    assert icon.slug == expected
    assert icon.svg.startswith("<svg") and icon.colour.startswith("#")


def test_the_slug_rule_of_simple_icons() -> None:
    assert slug("Battle.net") == "battledotnet"
    assert slug("Notepad++") == "notepadplusplus"
    assert slug("AT&T") == "atandt"
    assert slug("Škoda") == "skoda"


def test_unknown_issuers_get_no_icon_and_the_letter_stays() -> None:
    assert simple_icon("Chat2Desk") is None
    assert simple_icon("") is None


def test_the_name_is_used_only_without_an_issuer() -> None:
    gmail = simple_icon("", "anna@gmail.com")
    assert gmail is not None and gmail.slug == "gmail"
    assert simple_icon("Chat2Desk", "anna@gmail.com") is None


def test_the_icon_set_is_not_imported_with_the_module() -> None:
    source = Path(issuer_icons.__file__).read_text(encoding="utf-8")
    assert "\nimport simple_icons_pack" not in source  # only inside the lazy loader
