"""The GraphQL endpoint's two paths (api.graphql): which one answers what, one admission per request whichever
answers, persisted documents on both, and application/graphql-response+json on both (GraphQL over HTTP)."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, _env, _serve
from tests.helpers import Api

GRJ = "application/graphql-response+json"
LIMIT = 4  # public requests per minute and client on the limited server: one token every 15 s
PING = "query Ping { __typename }"
TOUCH = "mutation Touch { __typename }"
ECHO = "query Echo($c: String) { drug(code: $c) { code } }"
TYPENAME = {"data": {"__typename": "Query"}}


def doc_id(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


@pytest.fixture(scope="module")
def limited(database: None, queue_name: str) -> Iterator[str]:
    """One API process with a public rate limit of LIMIT, trusting X-Forwarded-For from 127.0.0.1 so that each case
    below is a client of its own, and three persisted documents."""
    path = ROOT / ".local" / "test-api-paths-documents.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({doc_id(d): d for d in (PING, TOUCH, ECHO)}))
    yield from _serve(_env(ARQ_QUEUE=queue_name, PERSISTED_DOCUMENTS=str(path), PUBLIC_RATE_LIMIT=str(LIMIT),
                           TRUSTED_PROXIES="127.0.0.1"), "api-paths")


def send(base: str, kind: str, client: str = "", accept: str | None = None) -> httpx.Response:
    """One anonymous (public-app) request of the given kind."""
    h = {"x-forwarded-for": client} if client else {}
    if accept:
        h["accept"] = accept
    url = base + "/graphql"
    match kind:
        case "post":
            return httpx.post(url, json={"query": "{ __typename }"}, headers=h)
        case "get":
            return httpx.get(url, params={"query": "{ __typename }"}, headers=h)
        case "persisted":
            return httpx.post(url, json={"documentId": doc_id(PING)}, headers=h)
        case "persisted-get":
            return httpx.get(url, params={"documentId": doc_id(PING)}, headers=h)
        case "unknown-document":
            return httpx.post(url, json={"documentId": "0" * 64}, headers=h)
        case "extensions":
            return httpx.post(url, json={"query": "{ __typename }", "extensions": {"trace": True}}, headers=h)
        case "multipart":
            return httpx.post(url, data={"operations": json.dumps({"query": "{ __typename }"}), "map": "{}"},
                              files={"unused": ("a.txt", b"a", "text/plain")}, headers=h)
        case "batch":
            return httpx.post(url, json=[{"query": "{ __typename }"}, {"query": "{ __typename }"}], headers=h)
        case "invalid":
            return httpx.post(url, json={"query": "{ nope }"}, headers=h)
        case "syntax":
            return httpx.post(url, json={"query": "{"}, headers=h)
        case "malformed":
            return httpx.post(url, content=b'{"query": ', headers={**h, "content-type": "application/json"})
        case "graphiql":
            return httpx.get(url, headers={**h, "accept": "text/html"})
        case "get-mutation":
            return httpx.get(url, params={"query": "mutation { __typename }"}, headers=h)
    raise AssertionError(kind)


DIRECT = ["post", "get", "persisted", "persisted-get", "unknown-document", "malformed"]
VIEW = ["extensions", "multipart", "batch", "invalid", "syntax", "graphiql", "get-mutation"]


@pytest.mark.parametrize("kind", DIRECT + VIEW)
def test_each_request_is_admitted_exactly_once_whichever_path_answers(limited: str, kind: str):
    client = f"10.13.2.{(DIRECT + VIEW).index(kind) + 1}"
    first = send(limited, kind, client)
    assert first.headers["x-graphql-path"] == ("direct" if kind in DIRECT else "view"), first.text
    statuses = [first.status_code] + [send(limited, kind, client).status_code for _ in range(LIMIT - 1)]
    assert 429 not in statuses  # LIMIT requests: LIMIT tokens, not more
    over = send(limited, kind, client)  # and not fewer: the next one finds the bucket empty
    assert over.status_code == 429 and int(over.headers["retry-after"]) >= 1
    assert over.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"


def test_what_each_path_answers(limited: str):
    client = "10.13.3.{}"
    assert send(limited, "post", client.format(1)).json() == {"data": {"__typename": "Query"}}
    assert send(limited, "persisted-get", client.format(2)).json() == {"data": {"__typename": "Query"}}
    assert send(limited, "extensions", client.format(3)).json() == {"data": {"__typename": "Query"}}
    assert send(limited, "multipart", client.format(4)).json() == {"data": {"__typename": "Query"}}
    batch = send(limited, "batch", client.format(5))
    assert (batch.status_code, batch.text) == (400, "Batching is not enabled")
    invalid = send(limited, "invalid", client.format(6))
    assert invalid.status_code == 200 and invalid.json()["data"] is None
    assert [e["extensions"]["code"] for e in invalid.json()["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    malformed = send(limited, "malformed", client.format(7))
    assert malformed.status_code == 400  # answered at the edge with a coded JSON error (tests/security)
    assert malformed.json()["errors"][0]["extensions"] == {"code": "BAD_REQUEST", "reason": "INVALID_JSON"}
    assert "GraphiQL" in send(limited, "graphiql", client.format(8)).text
    unknown = send(limited, "unknown-document", client.format(9))
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


def test_a_persisted_document_the_view_answers_runs_as_if_it_had_been_sent(limited: str):
    url = limited + "/graphql"
    # a mutation over GET: the view refuses it by its operation type, so it saw the document behind the id
    r = httpx.get(url, params={"documentId": doc_id(TOUCH)}, headers={"x-forwarded-for": "10.13.4.1"})
    assert (r.status_code, r.text, r.headers["x-graphql-path"]) == (400, "mutations are not allowed when using GET",
                                                                    "view")
    # NUL input goes to the view, whose engine extension refuses it
    r = httpx.post(url, json={"documentId": doc_id(ECHO), "variables": {"c": "X\x00"}},
                   headers={"x-forwarded-for": "10.13.4.2"})
    assert r.headers["x-graphql-path"] == "view"
    assert r.json()["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "reason": "INVALID_CHARACTER"}
    # and the same document without NUL runs directly, as a persisted operation
    r = httpx.post(url, json={"documentId": doc_id(ECHO), "variables": {"c": "X"}},
                   headers={"x-forwarded-for": "10.13.4.3"})
    assert r.headers["x-graphql-path"] == "direct"
    assert [e["extensions"]["code"] for e in r.json()["errors"]] == ["UNAUTHENTICATED"]


def test_the_common_requests_take_the_direct_path(api: Api):
    token = api.token("wlmq_official")
    r = api.gql("query($c: String) { drug(code: $c) { code } }", {"c": "X"}, token=token)
    assert r.headers["x-graphql-path"] == "direct" and r.ok() == {"drug": None}
    r = api.gql("{ __typename }", method="GET", token=token)
    assert r.headers["x-graphql-path"] == "direct" and r.ok() == {"__typename": "Query"}
    empty = httpx.get(api.base + "/graphql", params={"query": "{ __typename }", "variables": "", "extensions": ""})
    assert empty.headers["x-graphql-path"] == "direct" and empty.json() == {"data": {"__typename": "Query"}}


# --- application/graphql-response+json -----------------------------------------------------------------------------

def post(base: str, body: Any, accept: str | None = GRJ, token: str | None = None) -> httpx.Response:
    h = {"accept": accept} if accept else {}
    if token:
        h["authorization"] = f"Bearer {token}"
    return httpx.post(base + "/graphql", json=body, headers=h)


@pytest.mark.parametrize(("accept", "media_type"), [
    (None, "application/json"), ("*/*", "application/json"), ("application/json", "application/json"),
    (GRJ, GRJ), (f"{GRJ}, application/json;q=0.9", GRJ), (f"application/json, {GRJ}", "application/json"),
])
def test_the_response_media_type_follows_the_clients_preference(api: Api, accept: str | None, media_type: str):
    for r in (post(api.base, {"query": "{ __typename }"}, accept),  # direct
              post(api.base, {"query": "{ __typename }", "extensions": {"a": 1}}, accept)):  # the view
        assert r.status_code == 200 and r.json() == {"data": {"__typename": "Query"}}
        assert r.headers["content-type"].split(";")[0] == media_type


REQUEST_ERRORS = {
    "syntax": ({"query": "{"}, "GRAPHQL_VALIDATION_FAILED"),
    "validation": ({"query": "{ nope }"}, "GRAPHQL_VALIDATION_FAILED"),
    "too deep": ({"query": '{ drug(code: "x") { variety { drugs { variety { drugs { variety { drugs { variety { drugs '
                           '{ variety { drugs { code } } } } } } } } } } } }'}, "QUERY_TOO_DEEP"),
    "variable coercion": ({"query": "query($c: String!) { drug(code: $c) { code } }", "variables": {}},
                          "BAD_USER_INPUT"),
    "NUL": ({"query": "query($c: String) { drug(code: $c) { code } }", "variables": {"c": "\x00"}},
            "BAD_USER_INPUT"),
    "unknown document": ({"documentId": "0" * 64}, "PERSISTED_QUERY_NOT_FOUND"),
}


@pytest.mark.parametrize("case", REQUEST_ERRORS)
def test_a_request_that_fails_before_execution_is_a_400_without_data_under_graphql_response_json(api: Api, case: str):
    body, code = REQUEST_ERRORS[case]
    r = post(api.base, body)
    assert r.status_code == 400 and r.headers["content-type"].startswith(GRJ)
    assert "data" not in r.json() and code in [e["extensions"]["code"] for e in r.json()["errors"]]
    legacy = post(api.base, body, accept="application/json")  # as before: 200 and data null
    assert legacy.status_code == 200 and legacy.headers["content-type"] == "application/json"
    assert legacy.json()["data"] is None and legacy.json()["errors"] == r.json()["errors"]


def test_the_variable_coercion_failure_is_answered_by_the_direct_path(api: Api):
    # the one request error graphql-core's executor reports itself: the direct path must shape it too
    body, _ = REQUEST_ERRORS["variable coercion"]
    assert post(api.base, body).headers["x-graphql-path"] == "direct"


def test_field_errors_keep_200_and_data_under_graphql_response_json(api: Api):
    r = post(api.base, {"query": "{ drugs(first: 1) { totalCount } }"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(GRJ)
    assert r.json()["data"] == {"drugs": None} and r.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_get_and_multipart_follow_graphql_response_json_too(api: Api):
    url, h = api.base + "/graphql", {"accept": GRJ}
    ok = httpx.get(url, params={"query": "{ __typename }"}, headers=h)
    bad = httpx.get(url, params={"query": "{ nope }"}, headers=h)
    assert (ok.status_code, ok.json(), ok.headers["content-type"].split(";")[0]) == (200, TYPENAME, GRJ)
    assert bad.status_code == 400 and "data" not in bad.json() and bad.headers["content-type"].startswith(GRJ)
    form = {"map": "{}"}
    files = {"unused": ("a.txt", b"a", "text/plain")}
    ok = httpx.post(url, data={**form, "operations": json.dumps({"query": "{ __typename }"})}, files=files, headers=h)
    bad = httpx.post(url, data={**form, "operations": json.dumps({"query": "{ nope }"})}, files=files, headers=h)
    assert ok.headers["x-graphql-path"] == bad.headers["x-graphql-path"] == "view"
    assert (ok.status_code, ok.json(), ok.headers["content-type"].split(";")[0]) == (200, TYPENAME, GRJ)
    assert bad.status_code == 400 and "data" not in bad.json() and bad.headers["content-type"].startswith(GRJ)
    legacy = httpx.post(url, data={**form, "operations": json.dumps({"query": "{ nope }"})}, files=files)
    assert legacy.status_code == 200 and legacy.json()["data"] is None


def test_refused_introspection_is_a_403_under_graphql_response_json(production_server: str):
    r = post(production_server, {"query": "{ __schema { queryType { name } } }"})
    assert r.status_code == 403 and "data" not in r.json()
    assert r.json()["errors"][0]["extensions"]["reason"] == "INTROSPECTION_DISABLED"
    legacy = post(production_server, {"query": "{ __schema { queryType { name } } }"}, accept=None)
    assert legacy.status_code == 200 and legacy.json()["data"] is None


def test_throttled_requests_are_429_without_data_under_graphql_response_json(limited: str):
    client = "10.13.5.1"
    for _ in range(LIMIT):
        assert send(limited, "post", client, accept=GRJ).status_code == 200
    r = send(limited, "post", client, accept=GRJ)
    assert r.status_code == 429 and r.headers["content-type"].startswith(GRJ) and "data" not in r.json()
    assert r.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"

