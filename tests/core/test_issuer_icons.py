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


def test_the_stored_set_is_read_where_there_is_one_else_the_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle and a checkout after ``make setup`` carry ``simple-icons.bin``; a bare editable
    install falls back to the simple-icons-pack wheel. Both answer the same."""
    import simple_icons_pack

    from desktop.core import brand_store

    monkeypatch.setattr(issuer_icons, "resource_dir", lambda: tmp_path)
    issuer_icons._icon_set.cache_clear()
    issuer_icons._simple_icon.cache_clear()
    try:
        assert issuer_icons._icon_set() is simple_icons_pack
        from_wheel = simple_icon("GitHub")
        brand_store.write_store(
            [icon for icon in brand_store.pack_icons() if icon.slug == "github"],
            tmp_path / brand_store.FILENAME,
        )
        issuer_icons._icon_set.cache_clear()
        issuer_icons._simple_icon.cache_clear()
        assert isinstance(issuer_icons._icon_set(), brand_store.BrandStore)
        assert simple_icon("GitHub") == from_wheel and from_wheel is not None
        assert simple_icon("GitLab") is None  # only what the store holds
    finally:
        issuer_icons._icon_set.cache_clear()
        issuer_icons._simple_icon.cache_clear()


def test_an_icon_set_that_cannot_be_read_leaves_the_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A damaged install (the store broken, the wheel missing) must not stop the app."""
    from desktop.core import brand_store

    (tmp_path / brand_store.FILENAME).write_bytes(b"not a store")
    monkeypatch.setattr(issuer_icons, "resource_dir", lambda: tmp_path)
    issuer_icons._icon_set.cache_clear()
    issuer_icons._simple_icon.cache_clear()
    try:
        issuer_icons.preload()
        assert simple_icon("GitHub") is None
        assert "the issuer icons cannot be read, letters are shown" in caplog.text
        assert "is not a simple-icons store" in caplog.text
    finally:
        issuer_icons._icon_set.cache_clear()
        issuer_icons._simple_icon.cache_clear()
