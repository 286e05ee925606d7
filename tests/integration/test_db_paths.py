"""The two implementations of Db give the same rows for the statement kinds repositories use: ORM columns, text()
with named parameters, bound statements, IN lists, ARRAY, Uuid, JSONB, and Numeric/Float columns whose values
arrive as a different PostgreSQL type than declared (SQLAlchemy's result processors convert them; PoolDb must too)."""
from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import Float, Numeric, bindparam, cast, func, literal, literal_column, select, text

from domain.drugs.models import DrugCode, Tag
from domain.shared.fastdb import PoolDb, create_read_pool
from domain.shared.files import GeneratedFile
from domain.shared.reads import SessionDb, difference, row_mapping


@pytest.fixture
async def both(db):
    pool = await create_read_pool(db.url, 2)
    try:
        async with db.read_sessions() as s:
            yield PoolDb(pool), SessionDb(s)
    finally:
        await pool.close()


def _plain(rows):
    return [(tuple(r), row_mapping(r)) for r in rows]


STATEMENTS = [
    ("orm columns", lambda: select(DrugCode.id, DrugCode.code, DrugCode.updated_at).order_by(DrugCode.id).limit(5), None),
    ("text with names", lambda: text("SELECT code, generic_name FROM drug_code WHERE code > :c ORDER BY code LIMIT 3"),
     None),
    ("bound", lambda: select(DrugCode.id).where(DrugCode.code == bindparam("code")), "code"),
    ("in list", lambda: select(DrugCode.id).where(DrugCode.id.in_([1, 2, 3])).order_by(DrugCode.id), None),
    ("array", lambda: select(Tag.allowed_values).order_by(Tag.id).limit(5), None),
    ("numeric read as float", lambda: select(cast(literal(Decimal("1.25")), Float).label("f"),
                                             cast(literal(2.5, Float), Numeric).label("n")), None),
    ("float8 into Numeric, numeric into Float", lambda: select(
        literal_column("1.5::float8", Numeric).label("a"), literal_column("2.25::numeric", Float).label("b"),
        func.avg(DrugCode.id).label("c")), None),
    ("uuid", lambda: select(GeneratedFile.key).limit(3), None),
    ("jsonb", lambda: text("SELECT jsonb_build_object('a', 1, 'b', array[1,2]) AS j"), None),
]


@pytest.mark.parametrize("name,make,bound", STATEMENTS, ids=[s[0] for s in STATEMENTS])
async def test_both_paths_return_the_same_rows(both, name, make, bound):
    fast, plain = both
    stmt = make()
    params = None
    if name == "text with names":
        params = {"c": "X"}
    elif bound:
        code = (await plain.rows(select(DrugCode.code).limit(1)))[0][0]
        params = {bound: code}
    a, b = _plain(await fast.rows(stmt, params)), _plain(await plain.rows(stmt, params))
    assert difference(a, b) is None, difference(a, b)
    if name.startswith("float8"):
        assert type(a[0][0][0]) is Decimal and type(a[0][0][1]) is float


async def test_writes_are_refused_on_the_fast_path(both):
    from domain.shared.reads import ReadOnlyDb

    fast, plain = both
    with pytest.raises(ReadOnlyDb):
        fast.session  # noqa: B018
    assert plain.session is not None


async def test_an_unknown_uuid_key_is_none_on_both(both):
    fast, plain = both
    stmt = select(GeneratedFile.key).where(GeneratedFile.key == uuid.uuid4())
    assert await fast.first(stmt) is None and await plain.first(stmt) is None
