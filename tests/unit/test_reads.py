"""The read-path comparison finds every difference of type or value, and read models follow their mapped class."""
from __future__ import annotations

import contextlib
import dataclasses
import json
from datetime import date
from decimal import Decimal

from domain.drugs.models import Tag
from domain.shared.pagination import Page
from domain.shared.reads import Db, ReadCheck, ReadModel, Repository, SessionDb, difference, read_model, reads


@read_model(Tag, exclude=("created_by",))
class TagRow(ReadModel):
    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def test_read_models_take_the_mapped_columns_in_table_order_and_keep_their_properties():
    names = [f.name for f in dataclasses.fields(TagRow)]
    assert names == ["id", "owner_division", "code", "name", "description", "value_type", "allowed_values",
                     "applies_to", "created_at", "updated_at"]
    row = TagRow.of((1, "650000", "T1", "标签", None, "TEXT", [], "BOTH", None, None))
    assert row.label == "T1 标签" and row == TagRow(*row_values(row))
    assert [c.key for c in TagRow.columns] == names


def row_values(row):
    return [getattr(row, f.name) for f in dataclasses.fields(row)]


def test_difference_names_type_and_value_differences_with_their_path():
    assert difference([1, Decimal("1.0")], [1, Decimal("1.0")]) is None
    assert "type Decimal != float" in difference([Decimal("1.5")], [1.5])
    assert difference({"a": [date(2026, 1, 1)]}, {"a": [date(2026, 1, 2)]}).startswith("['a'][0]")
    a, b = TagRow.of((1, "650000", "T1", "n", None, "TEXT", [], "BOTH", None, None)), \
        TagRow.of((1, "650000", "T1", "m", None, "TEXT", [], "BOTH", None, None))
    assert difference(a, b) == ".name: 'n' != 'm'"
    assert "2 items != 1" in difference((1, 2), (1,))
    assert difference(Decimal("NaN"), Decimal("NaN")) is None


class _FakeSession:
    async def close(self) -> None:
        return None


class _Disagreeing(Repository):
    """Answers differently on the plain path: what a second read path with its own behaviour would do."""

    @reads
    async def figure(self, n: int) -> object:
        return Decimal(n) if isinstance(self.db, SessionDb) else float(n)

    @reads
    async def page(self) -> Page[int]:
        async def count() -> int:
            return 2 if isinstance(self.db, SessionDb) else 3
        return Page([1, 2], ["a", "b"], False, False, count)


class _FastDb(Db):
    pass


async def test_the_check_reports_a_read_that_differs_between_the_paths(tmp_path):
    log = tmp_path / "check.jsonl"

    @contextlib.asynccontextmanager
    async def sessions():
        yield _FakeSession()

    check = ReadCheck(sessions, str(log))  # type: ignore[arg-type]
    repo = _Disagreeing(_FastDb())
    await check.compare(repo, _Disagreeing.figure, (7,), {}, await repo.figure(7))
    await check.compare(repo, _Disagreeing.page, (), {}, await repo.page())
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    assert [x["method"].rsplit(".", 1)[1] for x in lines] == ["figure", "page"]
    assert "Decimal" in lines[0]["difference"] and "3 != 2" in lines[1]["difference"]


async def test_a_loaders_value_is_ready_only_after_its_load_completed():
    from resolvers.common.loaders import NOT_READY, BatchLoader, now_or_later

    calls = []

    async def fetch(keys):
        calls.append(list(keys))
        return [k * 10 for k in keys]

    loader = BatchLoader(fetch)
    assert loader.ready(1) is NOT_READY
    later = now_or_later(loader, 1, lambda v: v + 1)
    assert not isinstance(later, int) and await later == 11
    assert loader.ready(1) == 10 and now_or_later(loader, 1, lambda v: v + 1) == 11
    await loader.load_many([2, 3])
    assert [loader.ready(k) for k in (2, 3, 4)] == [20, 30, NOT_READY] and calls == [[1], [2, 3]]
