"""HTTP behaviour: GraphiQL, health, production masking and the introspection gate, NUL input, the executor."""
from __future__ import annotations

import httpx
from graphql import GraphQLError

from domain.shared.config import Settings
from schema.extensions import _coded
from tests.helpers import Api

INTROSPECT = "{ __schema { queryType { name } } }"


def test_graphiql_is_served_locally_with_examples(api: Api):
    r = httpx.get(api.base + "/graphql", headers={"accept": "text/html"})
    assert r.status_code == 200 and "GraphiQL" in r.text
    if "/graphiql-assets/graphiql.js" in r.text:  # local assets installed (make setup does this)
        assert "SearchDrugs" in r.text and httpx.get(api.base + "/graphiql-assets/graphiql.js").status_code == 200


def test_health_reports_database_and_queue(api: Api):
    body = httpx.get(api.base + "/healthz").json()
    assert body["status"] == "ok" and body["database"] == "ok"


def test_development_allows_introspection_for_tools(api: Api):
    assert api.gql(INTROSPECT).ok()["__schema"]["queryType"]["name"] == "Query"


def test_production_refuses_anonymous_introspection_but_serves_officials(production_server: str):
    prod = Api(production_server)
    r = prod.gql(INTROSPECT)
    assert r.codes == ["FORBIDDEN"] and r.errors[0]["extensions"]["reason"] == "INTROSPECTION_DISABLED"
    assert prod.gql(INTROSPECT, as_="wlmq_official").ok()["__schema"]["queryType"]["name"] == "Query"
    assert prod.gql("{ __typename }").ok() == {"__typename": "Query"}


def test_production_keeps_coded_errors_visible(production_server: str):
    prod = Api(production_server)
    assert prod.gql("{ drugs(first: 1) { totalCount } }").codes == ["UNAUTHENTICATED"]
    assert prod.gql("{ nope }").codes == ["GRAPHQL_VALIDATION_FAILED"]
    assert "x-sql-statements" not in prod.gql("{ __typename }").headers


def test_unexpected_errors_are_masked_in_every_mode_and_typed_in_development():
    # a database error's text carries the statement's parameters: never shown, only the exception's type outside
    # production, and an id that the log line (Schema.process_errors) repeats
    raw = GraphQLError("boom", path=["drugs"], original_error=RuntimeError("password=secret in a stack"))
    masked = _coded(raw, production=True)
    error_id = masked.extensions["errorId"]
    assert masked.message == f"服务器内部错误（编号 {error_id}）"
    assert masked.extensions == {"code": "INTERNAL_SERVER_ERROR", "errorId": error_id}
    dev = _coded(raw, production=False)
    assert "secret" not in dev.message and dev.extensions["exception"] == "RuntimeError"
    assert dev.extensions["errorId"] == error_id


def test_nul_characters_in_input_are_refused_cleanly(api: Api):
    r = api.gql("query($c: String) { drug(code: $c) { code } }", {"c": "X\x00"}, as_="wlmq_official")
    assert r.codes == ["BAD_USER_INPUT"] and r.errors[0]["extensions"]["reason"] == "INVALID_CHARACTER"


def test_the_server_runs_the_executor_this_test_run_asks_for(api: Api):
    # `make test` runs tests/api twice: as configured (fast) and with FAST_EXECUTOR=0 (strawberry's stock executor)
    expected = "fast" if Settings.from_env().fast_executor else "stock"
    assert httpx.get(api.base + "/healthz").json()["executor"] == expected
