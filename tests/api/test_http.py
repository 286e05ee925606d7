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
    for path in ("/healthz", "/healthz/ready"):
        r = httpx.get(api.base + path)
        body = r.json()
        assert r.status_code == 200 and body["status"] == "ok" and body["failing"] == []
        assert body["database"] == "ok" and body["queue"] == "ok"
    assert httpx.get(api.base + "/healthz/live").json() == {"status": "ok"}


def test_health_without_the_queue_is_degraded_with_503_but_alive(database: None):
    """A load balancer must see a degraded API as not ready (503, naming the queue) while liveness stays 200, so the
    process is not restarted for an outage a restart cannot fix."""
    import socket
    import time

    from tests.conftest import PY, ROOT, _env, _free_port, _start

    with socket.socket() as s:  # a port nothing listens on: Redis "down"
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    port = _free_port()
    proc = _start([PY, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1", "--port", str(port),
                   "--no-access-log"], _env(REDIS_URL=f"redis://127.0.0.1:{dead}/0"), ROOT / ".local" / "test-api-noredis.log")
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            assert proc.poll() is None and time.time() < deadline, "API did not start; see .local/test-api-noredis.log"
            try:
                live = httpx.get(base + "/healthz/live", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        assert live.status_code == 200 and live.json() == {"status": "ok"}
        for path in ("/healthz", "/healthz/ready"):
            r = httpx.get(base + path, timeout=10)
            body = r.json()
            assert r.status_code == 503 and body["status"] == "degraded", body
            assert body["database"] == "ok" and body["queue"] != "ok" and body["failing"] == ["queue"]
    finally:
        proc.terminate()
        proc.wait(10)


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
