"""The packaged app's file of simple-icons answers exactly as the simple-icons-pack wheel does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import simple_icons_pack

from desktop.core import brand_store, issuer_icons
from desktop.core.resources import RESOURCES_ENV, resource_dir

from .test_issuer_icons import COMMON


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("resources") / brand_store.FILENAME
    brand_store.write_store(brand_store.pack_icons(), path)
    return path


def test_every_icon_of_the_wheel_is_stored_unchanged(store_file: Path) -> None:
    store = brand_store.BrandStore(store_file)
    icons = brand_store.pack_icons()
    assert len(store) == len(icons) > 3000
    for icon in icons:
        wheel = simple_icons_pack.get_icon(icon.slug)
        stored = store.get_icon(icon.slug)
        assert wheel is not None and stored is not None
        assert (stored.slug, stored.title, stored.svg, stored.hex) == (
            wheel.slug,
            wheel.title,
            wheel.svg,
            wheel.hex,
        )


def test_lookups_that_miss_in_the_wheel_miss_in_the_store(store_file: Path) -> None:
    store = brand_store.BrandStore(store_file)
    for key in ("", "chat2desk", "GitHub", "github.json", "../github", " github"):
        assert simple_icons_pack.get_icon(key) is None
        assert store.get_icon(key) is None


def test_the_store_is_far_smaller_than_the_wheel_and_reproducible(
    store_file: Path, tmp_path: Path
) -> None:
    wheel = Path(simple_icons_pack.__file__).parent
    wheel_bytes = sum(p.stat().st_size for p in wheel.rglob("*.so"))
    assert store_file.stat().st_size < wheel_bytes / 3
    again = tmp_path / brand_store.FILENAME
    brand_store.write_store(reversed(brand_store.pack_icons()), again)
    assert again.read_bytes() == store_file.read_bytes()


def test_a_file_that_is_no_store_is_refused(tmp_path: Path) -> None:
    other = tmp_path / brand_store.FILENAME
    other.write_bytes(b"PK\x03\x04 something else entirely")
    with pytest.raises(brand_store.StoreDamaged):
        brand_store.BrandStore(other)


@pytest.fixture
def packaged_resources(store_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app as the bundle runs it: the store among its resources."""
    monkeypatch.setenv(RESOURCES_ENV, str(store_file.parent))
    for cached in (resource_dir, issuer_icons._icon_set, issuer_icons._simple_icon):
        cached.cache_clear()
    yield
    monkeypatch.delenv(RESOURCES_ENV)
    for cached in (resource_dir, issuer_icons._icon_set, issuer_icons._simple_icon):
        cached.cache_clear()


@pytest.mark.usefixtures("packaged_resources")
def test_issuers_get_the_same_brands_from_the_store() -> None:
    assert isinstance(issuer_icons._icon_set(), brand_store.BrandStore)
    for issuer, expected in COMMON.items():
        icon = issuer_icons.simple_icon(issuer)
        assert icon is not None and icon.slug == expected, issuer
        wheel = simple_icons_pack.get_icon(expected)
        assert wheel is not None
        assert (icon.svg, icon.colour) == (wheel.svg, f"#{wheel.hex}")
    assert issuer_icons.simple_icon("Chat2Desk") is None
