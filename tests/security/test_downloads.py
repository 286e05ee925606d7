"""Downloads of generated files (OWASP API1:2023 Broken Object Level Authorization; the signed link is the
authentication a browser can carry, API2:2023 Broken Authentication): only the user who made an export downloads
it, by the link signed for them (10 minutes) or with their token; anything else learns nothing about the file; every
download is audited."""
from __future__ import annotations

import os
import time
import uuid
from urllib.parse import parse_qs, urlsplit

import httpx

from domain.shared.files import LINK_LIFETIME, signed_path
from tests.helpers import Api, sql
from tests.supply_helpers import make_supply_org

SECRET = os.environ["JWT_SECRET"]
TEMPLATE = "mutation { stockReportTemplateExport { file { url fileName } userErrors { code } } }"


def _export(api: Api, user: str) -> tuple[str, str]:
    """A fresh file made by `user`: its signed url and key."""
    url = api.gql(TEMPLATE, as_=user).ok()["stockReportTemplateExport"]["file"]["url"]
    return url, urlsplit(url).path.rsplit("/", 1)[1]


def _uid(username: str) -> int:
    return sql("SELECT id FROM app_user WHERE username = $1", username)[0]["id"]


def test_the_signed_link_downloads_for_its_user_and_is_audited(api: Api):
    _, _, user = make_supply_org("PHARMACY", "650102")
    url, key = _export(api, user)
    q = parse_qs(urlsplit(url).query)
    assert q["u"] == [str(_uid(user))] and int(q["e"][0]) <= time.time() + LINK_LIFETIME + 1 and len(q["s"][0]) == 64
    r = httpx.get(api.base + url)
    assert r.status_code == 200 and r.content[:2] == b"PK" and r.headers["cache-control"] == "private, no-store"
    audit = sql("SELECT actor_username, entity_type FROM audit_log WHERE action = 'file.download' AND entity_id = $1",
                key)
    assert [(a["actor_username"], a["entity_type"]) for a in audit] == [(user, "GeneratedFile")]


def test_unsigned_tampered_or_expired_links_are_refused(api: Api):
    _, _, user = make_supply_org("PHARMACY", "650102")
    url, key = _export(api, user)
    path = f"/files/download/{key}"
    assert httpx.get(api.base + path).status_code == 401  # neither a link nor a token
    tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
    assert httpx.get(api.base + tampered).status_code == 403
    stretched = url.replace(f"e={parse_qs(urlsplit(url).query)['e'][0]}", f"e={int(time.time()) + 86400}")
    assert httpx.get(api.base + stretched).status_code == 403  # a longer life breaks the signature
    expired = signed_path(key, _uid(user), SECRET, now=time.time() - LINK_LIFETIME - 5)
    assert httpx.get(api.base + expired).status_code == 403
    far = signed_path(key, _uid(user), SECRET, now=time.time() + 7 * 86400)  # even validly signed: too long a life
    assert httpx.get(api.base + far).status_code == 403
    forged = signed_path(key, _uid(user), "not-the-server-secret-0123456789abcdef")
    assert httpx.get(api.base + forged).status_code == 403
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'file.download' AND entity_id = $1",
               key)[0]["n"] == 0


def test_another_users_link_or_token_gets_the_answer_of_a_missing_file(api: Api):
    _, _, owner = make_supply_org("PHARMACY", "650102")
    _, _, other = make_supply_org("PHARMACY", "650102")
    _, key = _export(api, owner)
    theirs = httpx.get(api.base + signed_path(key, _uid(other), SECRET))  # a valid link, but for someone else
    missing = httpx.get(api.base + signed_path(uuid.uuid4(), _uid(other), SECRET))
    assert theirs.status_code == missing.status_code == 404 and theirs.json() == missing.json()
    with_token = httpx.get(api.base + f"/files/download/{key}", headers={"authorization": f"Bearer {api.token(other)}"})
    assert with_token.status_code == 404
    # a bureau official with audit rights is not the owner either
    assert httpx.get(api.base + f"/files/download/{key}",
                     headers={"authorization": f"Bearer {api.token('xj_admin')}"}).status_code == 404
    own = httpx.get(api.base + f"/files/download/{key}", headers={"authorization": f"Bearer {api.token(owner)}"})
    assert own.status_code == 200 and own.content[:2] == b"PK"
    assert [a["actor_username"] for a in sql(
        "SELECT actor_username FROM audit_log WHERE action = 'file.download' AND entity_id = $1", key)] == [owner]


def test_an_expired_file_is_gone_even_with_a_fresh_link(api: Api):
    _, _, user = make_supply_org("PHARMACY", "650102")
    _, key = _export(api, user)
    sql("UPDATE generated_file SET expires_at = now() - interval '1 second' WHERE key = $1", uuid.UUID(key))
    assert httpx.get(api.base + signed_path(key, _uid(user), SECRET)).status_code == 404
