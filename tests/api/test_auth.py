"""Sign-in, tokens and the deny-by-default guard, through HTTP as clients call it."""
import base64
import os
import time

from domain.identity.tokens import TokenClaims, issue
from domain.shared.scopes import Role, Scope
from tests.helpers import Api, make_user, sql

PROTECTED = "{ drugs(first: 1) { totalCount } }"


def test_login_returns_a_token_with_role_posts_scopes_and_division(api: Api):
    r = api.login("xj_admin").ok()["userLogin"]
    assert r["userErrors"] == [] and r["token"]
    v = r["viewer"]
    assert v["role"] == "REGION_OFFICIAL" and v["divisionCode"] == "650000"
    assert "CATALOG_MAINTAINER" in v["posts"] and "catalog:write" in v["scopes"]


def test_wrong_password_is_a_coded_user_error_and_no_token(api: Api):
    r = api.login("wlmq_official", "nope").ok()["userLogin"]
    assert r["token"] is None and r["userErrors"][0]["code"] == "INVALID_CREDENTIALS"


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(api: Api):
    r = api.login("nobody_here", "nope").ok()["userLogin"]
    assert r["userErrors"][0]["code"] == "INVALID_CREDENTIALS"


def test_empty_credentials_name_the_missing_field(api: Api):
    r = api.login("", "x").ok()["userLogin"]
    assert r["userErrors"][0]["code"] == "MISSING_CREDENTIALS" and r["userErrors"][0]["field"] == ["username"]


def test_repeated_failures_lock_the_account_then_even_the_right_password_is_refused(api: Api):
    make_user("lock_me", "PREFECTURE_OFFICIAL", [], "650100")
    for _ in range(5):
        api.login("lock_me", "wrong")
    r = api.login("lock_me").ok()["userLogin"]
    assert r["token"] is None and r["userErrors"][0]["code"] == "ACCOUNT_LOCKED"
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login_failed' AND entity_label = 'lock_me'")[0]["n"] == 5


def test_disabled_account_cannot_sign_in(api: Api):
    make_user("gone_user", "PREFECTURE_OFFICIAL", [], "650100")
    sql("UPDATE app_user SET active = false WHERE username = 'gone_user'")
    assert api.login("gone_user").ok()["userLogin"]["userErrors"][0]["code"] == "ACCOUNT_DISABLED"


def test_anonymous_callers_get_unauthenticated_for_protected_fields(api: Api):
    r = api.gql(PROTECTED)
    assert r.codes == ["UNAUTHENTICATED"] and r.errors[0]["extensions"]["reason"] == "NO_TOKEN"


def test_forged_token_is_unauthenticated(api: Api):
    token = api.token("xj_admin")
    header, payload, sig = token.split(".")
    r = api.gql(PROTECTED, token=f"{header}.{payload}.{sig[::-1]}")
    assert r.codes == ["UNAUTHENTICATED"] and r.errors[0]["extensions"]["reason"] == "TOKEN_INVALID"


def test_token_signed_with_another_key_is_unauthenticated(api: Api):
    claims = TokenClaims(1, "x", "x", Role.REGION_OFFICIAL, frozenset(), frozenset(Scope), 1, "650000", 0)
    token, _ = issue(claims, "an-attacker-secret-that-is-long-enough!", 600)
    assert api.gql(PROTECTED, token=token).codes == ["UNAUTHENTICATED"]


def test_expired_token_says_so(api: Api):
    claims = TokenClaims(1, "xj_admin", "x", Role.REGION_OFFICIAL, frozenset(), frozenset({Scope.DRUGS_READ}), 1,
                         "650000", 0)
    token, _ = issue(claims, os.environ["JWT_SECRET"], 60, now=time.time() - 7200)
    r = api.gql(PROTECTED, token=token)
    assert r.codes == ["UNAUTHENTICATED"] and r.errors[0]["extensions"]["reason"] == "TOKEN_EXPIRED"


def test_login_still_works_with_a_stale_token_in_the_header(api: Api):
    r = api.gql('mutation { userLogin(input: {username: "xj_admin", password: "Demo@2026"}) { token } }', token="stale")
    assert r.ok()["userLogin"]["token"]


def test_missing_scope_is_forbidden_not_empty(api: Api):
    r = api.gql("{ catalogVersions(first: 1) { totalCount } }", as_="tianshan_official")
    assert r.codes == ["FORBIDDEN"] and r.errors[0]["extensions"]["scope"] == "catalog:read"


def test_a_forbidden_field_does_not_hide_the_others(api: Api):
    r = api.gql("{ me { username } catalogVersions(first: 1) { totalCount } }", as_="tianshan_official")
    assert r.data["me"]["username"] == "tianshan_official" and r.data["catalogVersions"] is None


def test_session_refresh_issues_a_new_token(api: Api):
    r = api.gql("mutation { sessionRefresh { token viewer { username } userErrors { code } } }", as_="wlmq_official")
    out = r.ok()["sessionRefresh"]
    assert out["token"] and out["viewer"]["username"] == "wlmq_official"


def test_me_reports_the_area_for_the_header(api: Api):
    me = api.gql("{ me { displayName roleLabel areaPath division { code name level } organisation { name } } }",
                 as_="tianshan_official").ok()["me"]
    assert me["areaPath"] == ["新疆维吾尔自治区", "乌鲁木齐市", "天山区"]
    assert me["division"]["level"] == "COUNTY" and me["organisation"]["name"].endswith("医疗保障局")


def test_other_types_show_a_user_by_public_fields_only(api: Api):
    nodes = api.gql("{ catalogVersions(first: 20) { nodes { id createdBy { username displayName } } } }",
                    as_="xj_admin").ok()["catalogVersions"]["nodes"]
    made = [n for n in nodes if n["createdBy"] is not None]
    assert made
    for n in made:
        pk = int(base64.urlsafe_b64decode(n["id"] + "=" * (-len(n["id"]) % 4)).decode().split(":")[1])
        (u,) = sql("SELECT u.username, u.display_name FROM catalog_version v JOIN app_user u ON u.id = v.created_by "
                   "WHERE v.id = $1", pk)
        assert n["createdBy"] == {"username": u["username"], "displayName": u["display_name"]}
