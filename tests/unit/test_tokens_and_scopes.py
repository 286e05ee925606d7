import time

import pytest

from domain.identity.passwords import hash_password, verify_password
from domain.identity.tokens import TokenClaims, TokenError, issue, verify
from domain.shared.scopes import Post, Role, Scope, invalid_posts, scopes_for

SECRET = "unit-test-secret-that-is-long-enough-123"
CLAIMS = TokenClaims(user_id=7, username="u", display_name="用户", role=Role.PREFECTURE_OFFICIAL,
                     posts=frozenset({Post.AUDITOR}), scopes=frozenset({Scope.DRUGS_READ, Scope.AUDIT_READ}), org_id=3,
                     division_code="650100", expires_at=0)


def test_token_round_trip_keeps_role_posts_scopes_and_division():
    token, exp = issue(CLAIMS, SECRET, 60)
    c = verify(token, SECRET)
    assert (c.user_id, c.role, c.posts, c.scopes, c.org_id, c.division_code) == (
        7, Role.PREFECTURE_OFFICIAL, frozenset({Post.AUDITOR}), CLAIMS.scopes, 3, "650100")
    assert c.expires_at == exp


def test_expired_token_is_refused_as_expired():
    token, _ = issue(CLAIMS, SECRET, 60, now=time.time() - 3600)
    with pytest.raises(TokenError) as e:
        verify(token, SECRET)
    assert e.value.reason == "TOKEN_EXPIRED"


@pytest.mark.parametrize("mutate", [lambda t: t[:-2] + "xx", lambda t: "abc.def.ghi", lambda t: ""])
def test_forged_or_garbled_tokens_are_invalid(mutate):
    token, _ = issue(CLAIMS, SECRET, 60)
    with pytest.raises(TokenError) as e:
        verify(mutate(token), SECRET)
    assert e.value.reason == "TOKEN_INVALID"


def test_token_signed_with_another_secret_is_invalid():
    token, _ = issue(CLAIMS, "another-secret-that-is-long-enough-0000", 60)
    with pytest.raises(TokenError):
        verify(token, SECRET)


def test_argon2_hashes_verify_only_the_right_password():
    h = hash_password("Pa55word!")
    assert h.startswith("$argon2id$")
    assert verify_password(h, "Pa55word!") and not verify_password(h, "wrong") and not verify_password(None, "x")


def test_county_officials_get_no_catalog_or_master_data_scope():
    scopes = scopes_for(Role.COUNTY_OFFICIAL, frozenset())
    assert Scope.CATALOG_READ not in scopes and Scope.DRUGS_READ not in scopes


def test_catalog_posts_belong_to_the_region_only():
    assert invalid_posts(Role.PREFECTURE_OFFICIAL, (Post.CATALOG_MAINTAINER,)) == [Post.CATALOG_MAINTAINER]
    assert invalid_posts(Role.REGION_OFFICIAL, (Post.CATALOG_MAINTAINER, Post.CATALOG_REVIEWER)) == []
