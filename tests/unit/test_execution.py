"""schema.execution's short paths give exactly graphql-core's results: the same data, errors, messages and paths,
for plain leaves, plain objects, lists of objects, nulls where the schema forbids them, errors raised deep inside,
async fields beside plain ones, arguments, aliases, fragments and directives; and when the executor serves at all."""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from enum import Enum
from typing import Any

import pytest
import strawberry
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from domain.shared.config import Settings
from schema.execution import CHECKED_WITH, ExecutionContext, execution_context_class

# an error that nulls a parent leaves its async siblings unawaited when the loop closes, in graphql-core as here
pytestmark = pytest.mark.filterwarnings("ignore:coroutine .* was never awaited:RuntimeWarning")


@strawberry.enum
class Kind(Enum):
    A = "A"
    B = "B"


@strawberry.type
class Leafy:
    name: str
    count: int | None
    kind: Kind
    must: str  # set to None on purpose in some items

    @strawberry.field
    def boom(self) -> str | None:
        raise ValueError("boom")

    @strawberry.field
    def boom_required(self) -> str:
        raise ValueError("required boom")

    @strawberry.field
    async def later(self) -> str:
        await asyncio.sleep(0)
        return self.name + "!"

    @strawberry.field
    def shout(self, times: int = 1) -> str:
        return self.name.upper() * times


@strawberry.interface
class Named:
    title: str


@strawberry.type
class Badge(Named):
    """A type implementing an interface: strawberry gives it an is_type_of check (an isinstance test)."""

    colour: str


@strawberry.type
class Other(Named):
    shade: str


@strawberry.type
class Holder:
    label: str
    item: Leafy
    maybe: Leafy | None
    items: list[Leafy]
    maybe_items: list[Leafy | None] | None
    badge: Badge | None = None
    badges: list[Badge] = dataclasses.field(default_factory=list)


def leafy(name: str, must: Any = "ok", count: int | None = 1) -> Leafy:
    return Leafy(name=name, count=count, kind=Kind.A, must=must)


def _holders() -> list[Holder]:
    return [Holder(label="h1", item=leafy("a"), maybe=None, items=[leafy("b"), leafy("c", count=None)],
                       maybe_items=[leafy("d"), None]),
                Holder(label="h2", item=leafy("e", must=None), maybe=leafy("f"), items=[leafy("g", must=None)],
                       maybe_items=None)]


@strawberry.type
class Query:
    @strawberry.field
    def holders(self) -> list[Holder]:
        return _holders()

    @strawberry.field
    def one(self) -> Holder | None:
        return Holder(label="x", item=leafy("bad", must=None), maybe=None, items=[], maybe_items=[])

    @strawberry.field
    def badged(self) -> list[Holder]:
        """Badges as plain object fields and list items; the second holder's badge is of the wrong type, which
        graphql-core's is_type_of check reports."""
        good = Holder(label="g", item=leafy("g"), maybe=None, items=[], maybe_items=None, badge=Badge(title="t", colour="red"),
                      badges=[Badge(title="a", colour="blue"), Badge(title="b", colour="green")])
        wrong = Holder(label="w", item=leafy("w"), maybe=None, items=[], maybe_items=None,
                       badge=Other(title="o", shade="x"), badges=[Badge(title="c", colour="red"), Other(title="d", shade="y")])  # type: ignore[arg-type,list-item]
        return [good, wrong]

    @strawberry.field
    async def async_holders(self) -> list[Holder]:
        await asyncio.sleep(0)
        return _holders()


fast = strawberry.Schema(Query, execution_context_class=ExecutionContext, config=StrawberryConfig())
plain = strawberry.Schema(Query, config=StrawberryConfig())

QUERIES = [
    "{ holders { label item { name count kind } maybe { name } items { name count kind later } } }",
    "{ holders { item { name must } } }",  # non-null leaf is null in h2: bubbles to item → holder
    "{ holders { label items { name must } } }",  # null inside a list item of a non-null list
    "{ holders { maybeItems { name must kind } } }",
    "{ one { label item { name must } } }",  # bubbles up to the nullable root field
    "{ holders { item { name boom } } }",  # an error in a nullable field: null there, error with path
    "{ holders { item { boomRequired } label } }",  # an error in a non-null field bubbles
    "{ holders { a: item { n: name, name } b: item { kind } } }",  # aliases, the same object twice
    "{ holders { item { ...F } } } fragment F on Leafy { name shout(times: 2) count }",
    "query($s: Boolean!) { holders { item { name @skip(if: $s) count @include(if: $s) } } }",
    "{ asyncHolders { label item { name later } items { later must } } }",
    "{ badged { label badge { title colour } } }",  # is_type_of on a plain object field: wrong type → error
    "{ badged { label badges { title colour } } }",  # …and on list items
]


def run(schema: strawberry.Schema, query: str) -> dict[str, Any]:
    result = asyncio.run(schema.execute(query, variable_values={"s": True}))
    return {"data": result.data,
            "errors": sorted([(e.message, tuple(e.path or ())) for e in result.errors or []])}


@pytest.mark.parametrize("query", QUERIES)
def test_the_short_paths_answer_as_graphql_core(query: str) -> None:
    assert run(fast, query) == run(plain, query)


def test_the_cases_above_do_reach_errors_and_nulls() -> None:
    # the comparison is only worth something if the tricky cases happen
    bubbled = run(fast, "{ one { label item { name must } } }")
    assert bubbled["data"] == {"one": None}
    assert bubbled["errors"] == [("Cannot return null for non-nullable field Leafy.must.", ("one", "item", "must"))]
    located = run(fast, "{ holders { item { name boom } } }")
    assert located["data"]["holders"][0]["item"] == {"name": "a", "boom": None}
    assert ("boom", ("holders", 1, "item", "boom")) in located["errors"]


def test_the_short_paths_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"object": 0, "generic": 0}
    short, generic = ExecutionContext._complete_object, ExecutionContext.build_resolve_info

    def counted_short(self: Any, *a: Any) -> Any:
        calls["object"] += 1
        return short(self, *a)

    def counted_generic(self: Any, *a: Any) -> Any:
        calls["generic"] += 1
        return generic(self, *a)

    monkeypatch.setattr(ExecutionContext, "_complete_object", counted_short)
    monkeypatch.setattr(ExecutionContext, "build_resolve_info", counted_generic)
    run(fast, "{ holders { label item { name count kind } items { name kind } } }")
    # the root field and the two lists resolve through graphql-core; both items' `item` and every leaf do not
    assert calls == {"object": 2, "generic": 3}


def test_the_executor_subclass_serves_only_the_versions_it_was_checked_against(caplog):
    assert execution_context_class(True) is ExecutionContext  # the installed versions are the pinned ones
    assert execution_context_class(False) is None
    newer = {**CHECKED_WITH, "graphql-core": "3.3.3"}
    with caplog.at_level(logging.WARNING, logger="zhilian.graphql"):
        assert execution_context_class(True, newer) is None
    assert "3.3.3" in caplog.text and "stock execution context" in caplog.text


def test_fast_executor_off_builds_the_schema_with_strawberrys_stock_executor():
    from resolvers.schema import build_schema

    assert build_schema(Settings(fast_executor=False)).execution_context_class is StrawberryGraphQLCoreExecutionContext
    assert build_schema(Settings()).execution_context_class is ExecutionContext
