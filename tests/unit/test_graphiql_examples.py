"""The worked examples GraphiQL opens as tabs are valid documents of the current schema."""
import pytest
from graphql import parse, validate

from api.graphiql import EXAMPLES
from domain.shared.config import Settings
from resolvers.schema import build_schema

SCHEMA = build_schema(Settings())._schema  # graphql-core's schema under strawberry's


def _query(example: str | tuple) -> str:
    return example[0] if isinstance(example, tuple) else example


@pytest.mark.parametrize("example", EXAMPLES, ids=[_query(e).split("：", 1)[0][2:] for e in EXAMPLES])
def test_example_is_valid(example):
    errors = validate(SCHEMA, parse(_query(example)))
    assert not errors, [e.message for e in errors]
