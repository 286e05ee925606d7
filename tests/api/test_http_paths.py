"""The GraphQL endpoint's two paths (api.graphql): which one answers what, one admission per request whichever
answers, and persisted documents on both."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import ROOT, _env, _serve
from tests.helpers import Api

LIMIT = 4  # public requests per minute and client on the limited server: one token every 15 s
PING = "query Ping { __typename }"
TOUCH = "mutation Touch { __typename }"
ECHO = "query Echo($c: String) { drug(code: $c) { code } }"


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


def send(base: str, kind: str, client: str = "") -> httpx.Response:
    """One anonymous (public-app) request of the given kind."""
    h = {"x-forwarded-for": client} if client else {}
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


DIRECT = ["post", "get", "persisted", "persisted-get", "unknown-document"]
VIEW = ["extensions", "multipart", "batch", "invalid", "syntax", "malformed", "graphiql", "get-mutation"]


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
    assert (malformed.status_code, malformed.text) == (400, "Unable to parse request body as JSON")
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
