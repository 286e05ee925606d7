"""Request size and cost limits (issue 14 item 1): every refusal comes before any execution work, with a code."""
from __future__ import annotations

import time

import httpx
import pytest
from graphql import parse

from domain.shared.config import Settings
from resolvers.schema import build_schema, limits
from schema.cost import MAX_PAGE, Limits, compile_costs
from schema.extensions import ParseCache, Prepared, make_engine_extension
from tests.helpers import Api
from tests.security.documents import mp_documents, spa_documents

SETTINGS = Settings(jwt_secret="x" * 40)
LIMITS = limits(SETTINGS)
SCHEMA = build_schema(SETTINGS)._schema


def _prepare(text: str) -> Prepared:
    engine = make_engine_extension(SETTINGS.max_query_depth, False, LIMITS)
    return engine.prepare(text, SCHEMA)  # type: ignore[attr-defined]


def _worst_cost(text: str) -> int:
    """The cost of a document with every page-size variable at the largest page the API serves."""
    plans = compile_costs(SCHEMA, parse(text))
    return max(p.cost({name: MAX_PAGE for factors in p.terms for name, _ in factors}) for p in plans.values())


def _post(api: Api, body: object, token: str | None = None, **kw: object) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return api.client.post("/graphql", json=body, headers=headers, **kw)  # type: ignore[arg-type]


def test_body_over_the_limit_is_refused_with_413_before_it_is_read(api: Api):
    """API4:2023 Unrestricted Resource Consumption: a 2 MB body is refused by its Content-Length."""
    query = "{" + " ".join(f"a{i}: __typename" for i in range(100_000)) + "}"
    started = time.perf_counter()
    r = _post(api, {"query": query})
    assert r.status_code == 413
    assert r.json()["errors"][0]["extensions"] == {"code": "REQUEST_TOO_LARGE", "maxBytes": SETTINGS.max_body_bytes}
    assert time.perf_counter() - started < 2


def test_chunked_body_over_the_limit_is_refused_while_streaming(api: Api):
    """API4:2023 Unrestricted Resource Consumption: without a Content-Length the bytes received are counted."""
    def chunks():
        yield b'{"query": "{ __typename }", "pad": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    r = api.client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


def test_too_many_tokens_is_refused_before_validation(api: Api):
    """API4:2023 Unrestricted Resource Consumption: 30,000 aliases (90,000 tokens, under the byte limit) stop at the
    token cap while parsing, for every client, quickly."""
    query = "{" + " ".join(f"a{i}:__typename" for i in range(30_000)) + "}"
    assert len(query.encode()) < SETTINGS.max_body_bytes
    started = time.perf_counter()
    r = _post(api, {"query": query})
    elapsed = time.perf_counter() - started
    error = r.json()["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_LARGE" and error["extensions"]["limit"] in ("tokens", "length")
    assert elapsed < 1.5, elapsed


def test_too_many_aliases_is_refused(api: Api):
    """API4:2023 Unrestricted Resource Consumption: more aliases than the cap (each alias repeats a resolver)."""
    query = "{" + " ".join(f"a{i}: __typename" for i in range(LIMITS.max_aliases + 1)) + "}"
    r = _post(api, {"query": query})
    ext = r.json()["errors"][0]["extensions"]
    assert ext == {"code": "QUERY_TOO_LARGE", "limit": "aliases", "max": LIMITS.max_aliases,
                   "found": LIMITS.max_aliases + 1}
    assert r.json()["data"] is None


def test_fragment_bomb_is_refused_by_the_expanded_field_count(api: Api):
    """API4:2023 Unrestricted Resource Consumption: twenty fragments each spreading the previous one twice expand to
    2^19 copies of its fields from a short document; counting stops at a cap instead of expanding them all."""
    frags = ["fragment F0 on Query { __typename me { username } }"]
    frags += [f"fragment F{i} on Query {{ ...F{i - 1} me {{ ...on Viewer {{ username }} }} ...F{i - 1} }}"
              for i in range(1, 20)]
    query = "{ ...F19 }\n" + "\n".join(frags)
    started = time.perf_counter()
    r = _post(api, {"query": query})
    assert r.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_LARGE"
    # copies of the same fields at one level: whichever count passes its cap first stops the expansion
    assert r.json()["errors"][0]["extensions"]["limit"] in ("fields", "duplicates")
    assert time.perf_counter() - started < 1.5


NESTED = ("query($n: Int) { drugs(first: $n) { nodes { code supplyFile { supplyByInstitution(first: 100) "
          "{ nodes { received } } } } } }")


@pytest.mark.parametrize("path", ["direct", "view"])
def test_costly_query_is_refused_before_execution_on_both_paths(api: Api, path: str):
    """API4:2023 Unrestricted Resource Consumption: a page of drugs each with a page of institutions' supply
    (the 15-second request of the issue) is refused with its cost and the budget, and runs no SQL; the view
    (strawberry's pipeline: here chosen by a non-empty `extensions`) refuses it with the same function."""
    body: dict[str, object] = {"query": NESTED, "variables": {"n": 100}}
    if path == "view":
        body["extensions"] = {"trace": True}
    r = _post(api, body, api.token("xj_admin"))
    error = r.json()["errors"][0]
    assert r.json()["data"] is None
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["extensions"]["budget"] == LIMITS.budget_official
    assert error["extensions"]["cost"] == _worst_cost(NESTED) > LIMITS.budget_official
    assert r.headers["x-graphql-path"] == path
    assert r.headers["x-sql-statements"] == "0"


def test_cost_follows_the_variables_and_the_role(api: Api):
    """API4:2023 Unrestricted Resource Consumption: the same document is within an official's budget with a
    small page and over it with a large one; an anonymous caller's budget is smaller still."""
    small = _post(api, {"query": NESTED, "variables": {"n": 2}}, api.token("xj_admin"))
    assert not small.json().get("errors"), small.json()
    assert len(small.json()["data"]["drugs"]["nodes"]) == 2
    query = "query($n: Int) { drugs(first: $n) { nodes { tags { tag { name } } variety { genericName } } } }"
    anonymous = _post(api, {"query": query, "variables": {"n": 100}})
    ext = anonymous.json()["errors"][0]["extensions"]
    assert ext["code"] == "QUERY_TOO_COSTLY" and ext["budget"] == LIMITS.budget_public
    official = _post(api, {"query": query, "variables": {"n": 100}}, api.token("xj_admin"))
    assert not official.json().get("errors")


def test_analytics_aliases_are_refused(api: Api):
    """API4:2023 Unrestricted Resource Consumption: repeating an analysis under aliases adds its declared cost per
    alias (1,000 aliases of supplyCoverage ran 18-23 s)."""
    query = "{" + " ".join(f"a{i}: supplyCoverage {{ catalogCodes }}" for i in range(40)) + "}"
    r = _post(api, {"query": query}, api.token("xj_admin"))
    ext = r.json()["errors"][0]["extensions"]
    assert ext["code"] == "QUERY_TOO_COSTLY" and ext["cost"] > ext["budget"]


def test_every_persisted_mini_program_document_is_within_the_public_budget():
    """API4:2023 Unrestricted Resource Consumption: the allow-listed documents of anonymous callers and insured
    persons pass the size limits and, at the largest pages, the public budget (a budget change cannot break them
    unnoticed)."""
    docs = mp_documents()
    assert docs
    for key, text in docs.items():
        prepared = _prepare(text)
        assert prepared.document is not None and not prepared.errors, (key, prepared.errors)
        assert _worst_cost(text) <= LIMITS.budget_public, key


def test_every_admin_spa_document_is_within_the_officials_budget():
    """API4:2023 Unrestricted Resource Consumption: every operation the officials' SPA sends (with the fragments
    it spreads) passes the size limits and, at the largest pages, the officials' budget."""
    docs = spa_documents()
    assert len(docs) > 100
    for name, text in docs.items():
        prepared = _prepare(text)
        assert prepared.document is not None and not prepared.errors, (name, prepared.errors)
        assert _worst_cost(text) <= LIMITS.budget_official, name


def test_nested_pages_multiply_and_declared_weights_count_once_per_call():
    """API4:2023 Unrestricted Resource Consumption: the cost model itself."""
    assert _worst_cost("{ drugs(first: 10) { totalCount nodes { code } } }") == 1 + 10
    assert _worst_cost("{ drugs(first: 10) { nodes { variety { genericName } } } }") == 1 + 10 + 10
    nested = "{ drugs(first: 10) { nodes { supplyFile { supplyByInstitution(first: 5) { nodes { received } } } } } }"
    assert _worst_cost(nested) == 1 + 10 + 10 * (1 + 250 + 5)
    # a variable's page size, its default in the operation, and the argument's default in the schema
    plan = compile_costs(SCHEMA, parse("query($n: Int = 7) { drugs(first: $n) { nodes { code } } }"))[None]
    assert plan.cost({}) == 8 and plan.cost({"n": 3}) == 4 and plan.cost({"n": 10_000}) == 1 + MAX_PAGE
    assert _worst_cost("{ drugs { nodes { code } } }") == 1 + 20


def test_parse_cache_is_bounded_in_bytes_least_recently_used_out():
    """API4:2023 Unrestricted Resource Consumption: distinct large documents cannot grow the parse cache past its
    byte bound (each used to stay, 30 bodies +400 MB)."""
    cache = ParseCache(max_bytes=ParseCache.AST_BYTES_PER_CHAR * 3000)
    texts = [f"{{ a{i}: __typename {'x' * 900} }}" for i in range(10)]
    for text in texts:
        cache.put(text, Prepared(None, ()))
        assert cache.bytes <= cache.max_bytes
    assert len(cache) == 3 and cache.get(texts[-1]) is not None and cache.get(texts[0]) is None
    cache.get(texts[-3])  # used: kept over the one after it
    cache.put("{ b " + "y" * 900 + " }", Prepared(None, ()))
    assert cache.get(texts[-3]) is not None and cache.get(texts[-2]) is None
    cache.put("x" * 4000, Prepared(None, ()))  # larger than the whole bound: not cached at all
    assert cache.get("x" * 4000) is None and cache.bytes <= cache.max_bytes


def test_limits_default_to_the_settings():
    """API4:2023 Unrestricted Resource Consumption: the engine's limits are the process settings'."""
    assert LIMITS == Limits(max_chars=SETTINGS.max_query_chars, max_tokens=SETTINGS.max_query_tokens,
                            max_aliases=SETTINGS.max_query_aliases, max_fields=SETTINGS.max_query_fields,
                            max_duplicates=SETTINGS.max_query_duplicates,
                            budget_public=SETTINGS.cost_budget_public, budget_staff=SETTINGS.cost_budget_staff,
                            budget_official=SETTINGS.cost_budget_official)


def test_many_copies_of_one_field_are_refused_before_validation(api: Api):
    """API4:2023 Unrestricted Resource Consumption: validation compares the fields of one response name pairwise,
    so 220 copies of one field with arguments (within the token and field caps) took 1.4 s for every client; more
    copies than the cap in one selection (fragments flattened in) are refused first."""
    copies = " ".join('division(code: "650000") { name }' for _ in range(LIMITS.max_duplicates + 1))
    started = time.perf_counter()
    r = _post(api, {"query": "{ ...F }\nfragment F on Query { " + copies + " }"})
    assert r.json()["errors"][0]["extensions"] == {"code": "QUERY_TOO_LARGE", "limit": "duplicates",
                                                   "max": LIMITS.max_duplicates}
    assert time.perf_counter() - started < 1.0
