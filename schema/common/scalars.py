"""Date and DateTime as strawberry defines them (same names, descriptions and formats), with the years a business
date can have: 1900–2999. A date like 0001-01-01 parsed fine but overflowed when turned into a Shanghai day's start
in UTC or a day after 9999-12-31 (an internal error the GraphQL fuzzer found); now it is the caller's input error
(BAD_USER_INPUT for a variable, a validation error for a literal), before any resolver runs."""
from __future__ import annotations

import datetime as dt

import dateutil.parser
from strawberry.schema.types.base_scalars import DateDefinition, DateTimeDefinition, wrap_parser
from strawberry.types.scalar import ScalarDefinition

EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def _in_range(value: dt.date) -> dt.date:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"年份须在 {EARLIEST_YEAR} 至 {LATEST_YEAR} 之间")
    return value


BoundedDate = ScalarDefinition(
    name=DateDefinition.name, description=DateDefinition.description, specified_by_url=None,
    serialize=DateDefinition.serialize, parse_literal=None, origin=dt.date,
    parse_value=wrap_parser(lambda v: _in_range(dt.date.fromisoformat(v)), "Date"))

BoundedDateTime = ScalarDefinition(
    name=DateTimeDefinition.name, description=DateTimeDefinition.description, specified_by_url=None,
    serialize=DateTimeDefinition.serialize, parse_literal=None, origin=dt.datetime,
    parse_value=wrap_parser(lambda v: _in_range(dateutil.parser.isoparse(v)), "DateTime"))

SCALAR_OVERRIDES = {dt.date: BoundedDate, dt.datetime: BoundedDateTime}
