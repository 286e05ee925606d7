"""Bad input gets a clear 4xx or BAD_USER_INPUT, never an internal error (issue 14 items 11 and 12)."""
from __future__ import annotations

import base64
import json

import httpx
import pytest

from tests.helpers import Api, sql

JSON = {"content-type": "application/json"}


def _gid(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _auth(api: Api, who: str = "xj_admin") -> dict[str, str]:
    return {"authorization": f"Bearer {api.token(who)}"}


# Text arguments of several domains; the lone surrogate reaches none of them.
TEXT_ARGUMENTS = [
    ("query($s: String) { manufacturers(search: $s) { totalCount } }", {}),
    ("query($s: String) { varieties(search: $s) { totalCount } }", {}),
    ("query($s: String) { catalogVersions(search: $s) { totalCount } }", {}),
    ("query($s: String) { drugs(filter: {search: $s}) { totalCount } }", {}),
    ("query($s: String) { auditLog(filter: {action: $s}) { totalCount } }", {}),
    ("query($s: String!) { drugCodeCheck(code: $s) { valid } }", {}),
    ("query($s: String) { traceProducts(prefix: $s) { totalCount } }", {}),
    ("query($s: String!) { division(code: $s) { name } }", {}),
]


@pytest.mark.parametrize(("query", "extra"), TEXT_ARGUMENTS)
def test_lone_surrogate_in_a_variable_is_bad_user_input(api: Api, query: str, extra: dict):
    """API8:2023 Security Misconfiguration: "\\ud800" in a JSON variable is refused as 400 BAD_USER_INPUT (it used to
    reach PostgreSQL and come back as INTERNAL_SERVER_ERROR with the database's message)."""
    body = '{"query": %s, "variables": {"s": "\\ud800abc"}}' % json.dumps(query)
    r = api.client.post("/graphql", content=body.encode(), headers={**JSON, **_auth(api)})
    assert r.status_code == 400
    error = r.json()["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "reason": "INVALID_CHARACTER"}
    # GET parameters, and the multipart form the view decodes with the standard library (which accepts it)
    r = api.client.get("/graphql", params={"query": query, "variables": '{"s": "\\udc00"}'}, headers=_auth(api))
    assert r.status_code == 400 and r.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    operations = '{"query": %s, "variables": {"s": "x\\ud800"}}' % json.dumps(query)
    r = api.client.post("/graphql", files={"operations": (None, operations), "map": (None, "{}")},
                        headers=_auth(api))
    codes = [e["extensions"]["code"] for e in r.json()["errors"]]
    assert codes == ["BAD_USER_INPUT"], r.json()


@pytest.mark.parametrize("body", [b"null", b"42", b'"query"', b"true"])
def test_json_body_that_is_not_an_object_is_400(api: Api, body: bytes):
    """API8:2023 Security Misconfiguration: a JSON body that is null, a number or a string is a 400 with a JSON
    error (it was a plain 500)."""
    r = api.client.post("/graphql", content=body, headers=JSON)
    assert r.status_code == 400
    assert r.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_invalid_utf8_and_invalid_json_bodies_are_400(api: Api):
    """API8:2023 Security Misconfiguration: a body that is not UTF-8, or not JSON, is a 400 with a JSON error."""
    r = api.client.post("/graphql", content=b'{"query": "{ __typename \xff }"}', headers=JSON)
    assert r.status_code == 400
    assert r.json()["errors"][0]["extensions"] == {"code": "BAD_REQUEST", "reason": "INVALID_UTF8"}
    r = api.client.post("/graphql", content=b'{"query": ', headers=JSON)
    assert r.status_code == 400
    assert r.json()["errors"][0]["extensions"] == {"code": "BAD_REQUEST", "reason": "INVALID_JSON"}
    r = api.client.get("/graphql", params={"query": "{ __typename }", "variables": "{nope"})
    assert r.status_code == 400 and r.json()["errors"][0]["extensions"]["reason"] == "INVALID_JSON"


@pytest.mark.parametrize("raw", ["Drug:99999999999999999999", "Drug:9223372036854775808", "Drug:-1", "Drug: 7",
                                 "Drug:1_0", "Organisation:18446744073709551616"])
def test_node_id_out_of_range_is_bad_user_input(api: Api, raw: str):
    """API8:2023 Security Misconfiguration: an ID whose key is beyond PostgreSQL's bigint (or not plain digits)
    is BAD_USER_INPUT INVALID_ID, never INTERNAL_SERVER_ERROR."""
    for gid in (_gid(raw), raw):
        r = api.gql("query($id: ID!) { node(id: $id) { id } }", {"id": gid}, as_="xj_admin")
        assert r.data == {"node": None}
        assert [(e["extensions"]["code"], e["extensions"]["reason"]) for e in r.errors] == [
            ("BAD_USER_INPUT", "INVALID_ID")]


def test_crafted_cursor_is_bad_user_input(api: Api):
    """API8:2023 Security Misconfiguration: a cursor whose key is out of range or of the wrong type is refused as
    INVALID_CURSOR before it reaches SQL."""
    for values in ([2**70], ["not a code", "x"], ["XA01", 2**64], ["a\x00b"]):
        cursor = base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")
        r = api.gql("query($a: String) { manufacturers(after: $a) { totalCount } drugs(after: $a) { totalCount } }",
                    {"a": cursor}, as_="xj_admin")
        codes = {e["extensions"]["code"] for e in r.errors}
        assert codes == {"BAD_USER_INPUT"}, r.errors


def test_like_wildcards_in_search_text_match_themselves(api: Api):
    """API8:2023 Security Misconfiguration: `_` and `%` in a search are literal characters, not patterns."""
    total = api.gql("{ manufacturers { totalCount } }", as_="xj_admin").ok()["manufacturers"]["totalCount"]
    assert total > 0
    literal = sql("SELECT count(*) FROM manufacturer WHERE position('_' in name) > 0")[0][0]
    for text, expected in (("_", literal), ("%", sql("SELECT count(*) FROM manufacturer WHERE "
                                                     "position('%' in name) > 0")[0][0])):
        r = api.gql("query($s: String) { manufacturers(search: $s) { totalCount } }", {"s": text}, as_="xj_admin")
        assert r.ok()["manufacturers"]["totalCount"] == expected < total
    actions = api.gql("{ auditLog { totalCount } }", as_="xj_admin").ok()["auditLog"]["totalCount"]
    assert actions > 0
    for text in ("%", "_", "%.%"):
        r = api.gql("query($a: String) { auditLog(filter: {action: $a}) { totalCount } }", {"a": text},
                    as_="xj_admin")
        assert r.ok()["auditLog"]["totalCount"] == 0


SUGGESTING = [
    ("{ drg { id } }", {}),                                   # unknown field: "Did you mean 'drug' or 'drugs'?"
    ("{ drugs(frist: 1) { totalCount } }", {}),              # unknown argument
    ("query($k: TagTarget) { tags(appliesTo: $k) { name } }", {"k": "DRGU"}),  # unknown enum value in a variable
    ("{ tags(appliesTo: DRGU) { name } }", {}),              # unknown enum value in a literal
    ("{ drugs { nodes { codee } } }", {}),
]


@pytest.mark.parametrize(("query", "variables"), SUGGESTING)
def test_production_does_not_suggest_schema_names(production_server: str, query: str, variables: dict):
    """API8:2023 Security Misconfiguration: in production no validation or coercion message says "Did you mean",
    which revealed the schema's names to anonymous callers with introspection closed."""
    r = httpx.post(production_server + "/graphql", json={"query": query, "variables": variables})
    errors = r.json()["errors"]
    assert errors
    assert all("Did you mean" not in e["message"] for e in errors), errors
    assert all(e["extensions"]["code"] in ("GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT") for e in errors)


def test_development_still_suggests(api: Api):
    """API8:2023 Security Misconfiguration: suggestions stay where they help (development), so the production
    test above is not passing by accident."""
    r = api.gql("{ drg { id } }")
    assert "Did you mean" in r.errors[0]["message"]


def test_an_explicit_null_for_an_optional_input_is_bad_input_not_a_server_error(api: Api):
    """Found by the fuzzer (tests/fuzz): `publicListed: null` on a field that may be omitted but not nulled.
    API8:2023 Security Misconfiguration."""
    doc = "mutation { institutionPublicInfoUpdate(input: { publicListed: null }) { info { name } } }"
    for who in ("xj_hospital", "xj_admin"):
        r = api.gql(doc, as_=who)
        assert r.codes == ["BAD_USER_INPUT"], r.body
        assert "Maybe" not in r.errors[0]["message"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01"])
def test_dates_outside_the_business_years_are_the_callers_error(api: Api, day: str):
    """Found by the longer fuzzing run (tests/README.md): `publicFeedback(filter: {from: "0001-01-01"})` overflowed
    turning the day's Shanghai start into UTC. Dates and times are 1900–2999 at the scalar. API8:2023."""
    doc = "query($f: Date) { publicFeedback(filter: {from: $f}) { totalCount } }"
    r = api.gql(doc, {"f": day}, as_="wlmq_official")
    assert r.codes == ["BAD_USER_INPUT"], r.body
    literal = api.gql('{ publicFeedback(filter: {from: "%s"}) { totalCount } }' % day, as_="wlmq_official")
    assert literal.codes == ["GRAPHQL_VALIDATION_FAILED"], literal.body
    ok = api.gql(doc, {"f": "2026-01-01"}, as_="wlmq_official")
    assert ok.errors == [] and isinstance(ok.data["publicFeedback"]["totalCount"], int)
    dt = api.gql("query($t: DateTime) { auditLog(filter: {since: $t}) { totalCount } }",
                 {"t": day + "T00:00:00+08:00"}, as_="xj_admin")
    assert dt.codes == ["BAD_USER_INPUT"], dt.body
