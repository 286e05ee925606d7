"""API2:2023 Broken Authentication: deactivation, a password change and a role or post change revoke the account's
tokens at once (within TOKEN_CHECK_SECONDS on every API process), a revoked token cannot be refreshed, and staff
tokens are short-lived (the SPA renews an active session with sessionRefresh)."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from domain.identity.passwords import hash_password
from domain.shared.config import Settings
from tests.helpers import Api, make_user, sql
from tests.security.conftest import TOKEN_CHECK_SECONDS

ME = "{ me { username scopes } }"


def _refused_within(api: Api, token: str, seconds: float) -> dict:
    """Polls until the token is refused; returns the refusal (fails after `seconds`)."""
    deadline = time.monotonic() + seconds
    while True:
        r = api.gql(ME, token=token)
        if r.errors:
            return r.errors[0]
        assert time.monotonic() < deadline, "the revoked token is still honoured"
        time.sleep(0.1)


@pytest.mark.parametrize("change", [
    "active = false",
    "password_hash = $2",
    "posts = ARRAY['AUDITOR']::varchar[]",
    "role = 'COUNTY_OFFICIAL'",
])
def test_an_account_change_revokes_its_tokens_at_once(secure_api: Api, change: str):
    name = f"sec_rev_{abs(hash(change)) % 10**6}"
    make_user(name, "PREFECTURE_OFFICIAL", [], "650100")
    token = secure_api.login(name).ok()["userLogin"]["token"]
    assert secure_api.gql(ME, token=token).ok()["me"]["username"] == name
    args = (name, hash_password("Changed@2026")) if "$2" in change else (name,)
    sql(f"UPDATE app_user SET {change} WHERE username = $1", *args)
    err = _refused_within(secure_api, token, TOKEN_CHECK_SECONDS + 2)
    assert err["extensions"] == {"code": "UNAUTHENTICATED", "reason": "TOKEN_REVOKED"}
    r = secure_api.gql("mutation { sessionRefresh { token } }", token=token)
    assert r.codes == ["UNAUTHENTICATED"]  # a revoked token buys no new one


def test_signing_in_again_after_a_change_works_at_once_with_the_new_rights(secure_api: Api):
    make_user("sec_rev_relogin", "PREFECTURE_OFFICIAL", [], "650100")
    old = secure_api.login("sec_rev_relogin").ok()["userLogin"]["token"]
    assert "tags:write" not in secure_api.gql(ME, token=old).ok()["me"]["scopes"]
    sql("UPDATE app_user SET posts = ARRAY['TAG_MAINTAINER']::varchar[] WHERE username = 'sec_rev_relogin'")
    new = secure_api.login("sec_rev_relogin").ok()["userLogin"]["token"]
    assert "tags:write" in secure_api.gql(ME, token=new).ok()["me"]["scopes"]  # not held back by the cache
    assert _refused_within(secure_api, old, TOKEN_CHECK_SECONDS + 2)["extensions"]["reason"] == "TOKEN_REVOKED"


def test_sign_in_bookkeeping_does_not_revoke(secure_api: Api):
    """Failed attempts and last-login times change the row without changing what a token stands for."""
    make_user("sec_rev_keep", "PREFECTURE_OFFICIAL", [], "650100")
    token = secure_api.login("sec_rev_keep").ok()["userLogin"]["token"]
    secure_api.login("sec_rev_keep", "Wrong@2026")
    secure_api.login("sec_rev_keep")
    time.sleep(TOKEN_CHECK_SECONDS + 0.2)
    assert secure_api.gql(ME, token=token).ok()["me"]["username"] == "sec_rev_keep"


def test_staff_tokens_are_short_lived_and_insured_ones_shorter_than_a_day(secure_api: Api):
    r = secure_api.login("xj_viewer").ok()["userLogin"]
    expires = datetime.fromisoformat(r["expiresAt"])
    assert expires - datetime.now(timezone.utc) <= timedelta(minutes=Settings.token_ttl_minutes, seconds=5)
    assert Settings.token_ttl_minutes <= 30 and Settings.insured_token_ttl_minutes < 24 * 60
