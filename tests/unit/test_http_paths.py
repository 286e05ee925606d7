"""The GraphQL endpoint's start-up check of the schema's extensions and its content negotiation, without a server."""
from __future__ import annotations

import pytest
import strawberry
from strawberry.directive import DirectiveLocation
from strawberry.extensions import MaskErrors, SchemaExtension

from api.graphql import GraphQLApp, prefers_graphql_response
from domain.shared.config import Settings
from resolvers.context import AppState
from schema.extensions import make_engine_extension


@strawberry.type
class Query:
    answer: int = 42


@strawberry.directive(locations=[DirectiveLocation.FIELD])
def shout(value: str) -> str:
    return value.upper()


class Tracing(SchemaExtension):
    def on_operation(self):  # type: ignore[no-untyped-def]
        yield


def app_for(schema: strawberry.Schema) -> GraphQLApp:
    return GraphQLApp(schema, AppState(settings=Settings(), database=None, tree=None))  # type: ignore[arg-type]


def test_the_api_starts_with_the_engine_extension_alone():
    app = app_for(strawberry.Schema(query=Query, extensions=[make_engine_extension(10, False)]))
    assert app._engine is not None


@pytest.mark.parametrize("extra", [MaskErrors, Tracing])
def test_the_api_refuses_to_start_with_an_extension_its_direct_path_would_skip(extra):
    schema = strawberry.Schema(query=Query, extensions=[make_engine_extension(10, False), extra])
    with pytest.raises(RuntimeError, match=f"would skip {extra.__name__}"):
        app_for(schema)


def test_the_api_refuses_to_start_without_the_engine_or_with_directives():
    with pytest.raises(RuntimeError, match="engines found: 0"):
        app_for(strawberry.Schema(query=Query))
    with pytest.raises(RuntimeError, match="DirectivesExtension"):
        app_for(strawberry.Schema(query=Query, extensions=[make_engine_extension(10, False)], directives=[shout]))


@pytest.mark.parametrize(("accept", "preferred"), [
    (None, False),
    ("", False),
    ("application/json", False),
    ("*/*", False),
    ("application/*", False),
    ("text/html", False),
    ("application/graphql-response+json", True),
    ("Application/GraphQL-Response+JSON", True),
    ("application/graphql-response+json, application/json;q=0.9", True),
    # urql's default
    ("application/graphql-response+json, application/graphql+json, application/json, text/event-stream, "
     "multipart/mixed", True),
    ("application/json, application/graphql-response+json", False),
    ("application/graphql-response+json;q=0.5, application/json", False),
    ("application/json;q=0.5, application/graphql-response+json;q=0.8", True),
    ("application/graphql-response+json;q=0, */*", False),
    ("application/graphql-response+json, */*", True),
    ("*/*;q=0.1, application/graphql-response+json;q=0.5", True),
    ("application/graphql-response+json;q=0.5, */*", False),
])
def test_the_graphql_response_media_type_is_chosen_when_the_client_prefers_it(accept, preferred):
    assert prefers_graphql_response(accept) is preferred
    if accept is not None:
        assert prefers_graphql_response(accept.encode()) is preferred
