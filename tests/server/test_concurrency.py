"""Versions, ETags, If-Match (428/412) and Idempotency-Key (replay/422)."""

from __future__ import annotations

import threading

from tests.server.client import Api

TWO_FACTOR = "/v1/security/two_factor"
ENTRIES = "/v1/security/ip_allowlist/entries"


def test_every_area_has_version_and_etag(api: Api) -> None:
    answer = api.get("/v1/security")
    assert answer.headers["ETag"]
    document = answer.json()["data"]
    assert set(document) == {"two_factor", "ip_allowlist", "content_filter", "support_access"}
    for area in document.values():
        assert area["version"] >= 1 and area["etag"].startswith('"')
    single = api.get(TWO_FACTOR)
    assert single.headers["ETag"] == document["two_factor"]["etag"]


def test_missing_if_match_is_428(api: Api) -> None:
    answer = api.write("PATCH", TWO_FACTOR, {"grace_hours": 5}, etag=None)
    assert answer.status_code == 428
    assert answer.json()["code"] == "precondition_required"


def test_missing_idempotency_key_is_400(api: Api) -> None:
    headers = {"If-Match": "*"}
    answer = api.call(
        "PATCH", TWO_FACTOR, as_user="admin", json={"grace_hours": 5}, headers=headers
    )
    assert answer.status_code == 400
    assert answer.json()["code"] == "idempotency_key_required"


def test_stale_etag_is_412_with_the_current_resource(api: Api) -> None:
    old = api.get(TWO_FACTOR).headers["ETag"]
    first = api.write("PATCH", TWO_FACTOR, {"grace_hours": 5}, etag=old)
    assert first.status_code == 200
    new_etag = first.headers["ETag"]
    assert new_etag != old and first.json()["data"]["version"] == 2
    stale = api.write("PATCH", TWO_FACTOR, {"grace_hours": 6}, etag=old)
    assert stale.status_code == 412
    body = stale.json()
    assert body["code"] == "stale_version"
    assert body["data"]["grace_hours"] == 5 and body["data"]["etag"] == new_etag
    assert stale.headers["ETag"] == new_etag
    assert api.write("PATCH", TWO_FACTOR, {"grace_hours": 6}, etag=new_etag).status_code == 200


def test_weak_and_listed_etags_match(api: Api) -> None:
    etag = api.get(TWO_FACTOR).headers["ETag"]
    answer = api.write("PATCH", TWO_FACTOR, {"grace_hours": 7}, etag=f'"other", W/{etag}')
    assert answer.status_code == 200


def test_idempotent_replay_returns_the_stored_answer(api: Api) -> None:
    body = {"kind": "cidr", "value": "192.0.2.0/24"}
    first = api.write("PUT", f"{ENTRIES}/a", body, key="key-1")
    assert first.status_code == 201
    api.write("PUT", f"{ENTRIES}/a", {**body, "name": "changed"})
    replay = api.write("PUT", f"{ENTRIES}/a", body, key="key-1")
    assert replay.status_code == 201
    assert replay.json() == first.json()
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.headers["ETag"] == first.headers["ETag"]
    assert api.data(f"{ENTRIES}/a")["name"] == "changed"


def test_same_key_with_another_body_is_422(api: Api) -> None:
    api.write("PUT", f"{ENTRIES}/a", {"kind": "cidr", "value": "192.0.2.0/24"}, key="k")
    other = api.write("PUT", f"{ENTRIES}/a", {"kind": "cidr", "value": "192.0.3.0/24"}, key="k")
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    elsewhere = api.write("PATCH", TWO_FACTOR, {"grace_hours": 1}, key="k")
    assert elsewhere.status_code == 422


def test_keys_belong_to_their_user(api: Api) -> None:
    api.write("PUT", f"{ENTRIES}/a", {"kind": "cidr", "value": "192.0.2.0/24"}, key="shared")
    grant = {"permissions": {"security": {"view": True, "edit": True}}}
    assert api.write("PATCH", "/v1/roles/supervisor", grant).status_code == 200
    answer = api.write(
        "PUT",
        f"{ENTRIES}/b",
        {"kind": "cidr", "value": "192.0.3.0/24"},
        key="shared",
        as_user="super1",
    )
    assert answer.status_code == 201


def test_entry_adds_with_star_never_conflict(api: Api) -> None:
    area_etag = api.get("/v1/security/ip_allowlist").headers["ETag"]
    results: list[int] = []

    def add(index: int) -> None:
        body = {"kind": "cidr", "value": f"10.{index}.0.0/16"}
        results.append(api.write("PUT", f"{ENTRIES}/e{index}", body).status_code)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [201] * 8
    # the area's ETag moved on: area writes with the old one are stale
    assert (
        api.write(
            "PATCH", "/v1/security/ip_allowlist", {"enabled": False}, etag=area_etag
        ).status_code
        == 412
    )
    # POST with the same client id is create-only
    again = api.write("POST", ENTRIES, {"id": "e1", "kind": "cidr", "value": "10.1.0.0/16"})
    assert again.status_code == 409
    assert again.json()["code"] == "already_exists"


def test_entry_edits_use_the_entry_etag(api: Api) -> None:
    created = api.write("PUT", f"{ENTRIES}/a", {"kind": "cidr", "value": "192.0.2.0/24"})
    entry_etag = created.headers["ETag"]
    api.write("PUT", f"{ENTRIES}/b", {"kind": "cidr", "value": "192.0.3.0/24"})
    # another entry changing does not make this entry's ETag stale
    renamed = api.write(
        "PUT",
        f"{ENTRIES}/a",
        {"kind": "cidr", "value": "192.0.2.0/24", "name": "office"},
        etag=entry_etag,
    )
    assert renamed.status_code == 200
    stale = api.write("DELETE", f"{ENTRIES}/a", etag=entry_etag)
    assert stale.status_code == 412
    assert stale.json()["data"]["name"] == "office"
    assert stale.headers["ETag"] == renamed.headers["ETag"]
    area_etag = api.get("/v1/security/ip_allowlist").headers["ETag"]
    assert api.write("DELETE", f"{ENTRIES}/a", etag=area_etag).status_code == 200
    gone = api.write("DELETE", f"{ENTRIES}/a")
    assert gone.status_code == 404
    edit_deleted = api.write(
        "PUT",
        f"{ENTRIES}/a",
        {"kind": "cidr", "value": "192.0.2.0/24"},
        etag=renamed.headers["ETag"],
    )
    assert edit_deleted.status_code == 412


def test_post_create_takes_star_or_area_etag(api: Api) -> None:
    area_etag = api.get("/v1/security/ip_allowlist").headers["ETag"]
    body = {"id": "p1", "kind": "range", "value": "10.0.0.1-10.0.0.9"}
    created = api.write("POST", ENTRIES, body, etag=area_etag)
    assert created.status_code == 201
    assert created.headers["Area-ETag"] != area_etag
    body["id"] = "p2"
    assert api.write("POST", ENTRIES, body, etag=area_etag).status_code == 412
