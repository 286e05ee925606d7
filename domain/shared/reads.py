"""How repositories read: one small interface (`Db`), two implementations, typed read models.

A repository runs its statements through `Db` (`rows`, `first`, `scalar`, `column`) and turns what comes back into
read models (`@read_model` dataclasses, or dataclasses of its own for other shapes) or plain values before returning.
Engine rows never leave a repository, so a method returns the same types whichever implementation ran it:

- `SessionDb` wraps a SQLAlchemy AsyncSession: units of work, jobs and scripts (the plain path; it also writes, and
  write methods reach its `session` for ORM entities, e.g. `…_for_update`).
- `PoolDb` (domain.shared.fastdb) runs the same statements, compiled once by SQLAlchemy, straight on an asyncpg pool:
  the API's request path. Read-only.

Repository read methods carry `@reads`. With the environment variable READ_PATH_CHECK naming a file, every `@reads`
method that runs on the fast path runs again on the plain path and the two answers are compared (type and value);
the test suite runs the API that way and fails on any difference (tests/api/test_read_paths.py).
"""
from __future__ import annotations

import asyncio
import base64
import copy
import dataclasses
import functools
import json
import os
import pickle
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


class ReadOnlyDb(RuntimeError):
    """A write (or an ORM entity load) was attempted on the read-only request path."""


class Db:
    """What repositories read through. Rows are only used inside repositories (index, unpack or attribute access)."""

    writable = False
    shadow: Any = None  # a ReadCheck on the fast path while READ_PATH_CHECK is on

    async def rows(self, stmt: Any, params: Mapping[str, Any] | None = None) -> Sequence[Any]:
        """Every row of `stmt`: what each implementation (SessionDb, PoolDb) provides."""
        raise NotImplementedError  # an interface method; SessionDb and PoolDb implement it

    async def first(self, stmt: Any, params: Mapping[str, Any] | None = None) -> Any:
        """The first row, or None."""
        rows = await self.rows(stmt, params)
        return rows[0] if rows else None

    async def scalar(self, stmt: Any, params: Mapping[str, Any] | None = None) -> Any:
        """The first column of the first row, or None."""
        row = await self.first(stmt, params)
        return None if row is None else row[0]

    async def column(self, stmt: Any, params: Mapping[str, Any] | None = None) -> list[Any]:
        """The first column of every row."""
        return [r[0] for r in await self.rows(stmt, params)]

    @property
    def session(self) -> AsyncSession:
        raise ReadOnlyDb("this read path is read-only: writes and entity loads need a unit of work")

    async def close(self) -> None:
        return None


class SessionDb(Db):
    """The plain path: a SQLAlchemy AsyncSession (transactional in a unit of work, autocommit for reads)."""

    writable = True

    def __init__(self, session: AsyncSession, *, record: bool = True) -> None:
        self._session = session
        self.record = record and CHECK_FILE is not None  # READ_PATH_CHECK: note @reads calls for replay

    @property
    def session(self) -> AsyncSession:
        return self._session

    async def rows(self, stmt: Any, params: Mapping[str, Any] | None = None) -> Sequence[Any]:
        return (await self._session.execute(stmt, params)).all()

    async def close(self) -> None:
        await self._session.close()


def as_db(db: Db | AsyncSession) -> Db:
    """A Db for either a Db or a bare AsyncSession (units of work and jobs hand repositories their session)."""
    return db if isinstance(db, Db) else SessionDb(db)


class Repository:
    """Base of every repository: `db` for reads (either path), `session` for writes (units of work only)."""

    def __init__(self, db: Db | AsyncSession) -> None:
        self.db = as_db(db)

    @property
    def session(self) -> AsyncSession:
        return self.db.session


# --- read models ------------------------------------------------------------------------------------------------

def _python_type(prop: Any) -> Any:
    column = prop.columns[0]
    try:
        t: Any = column.type.python_type
    except NotImplementedError:
        t = Any
    return t | None if column.nullable and t is not Any else t


def read_model(model: type, *, exclude: Iterable[str] = ()) -> Callable[[type[T]], type[T]]:
    """Class decorator: a slotted dataclass whose fields are `model`'s mapped columns in table order (deferred ones,
    such as file contents, and `exclude`d ones left out). Methods and properties written in the class body stay
    (a rule such as WarningRule.formula is written once, in the model module, and called from both). Adds
    `columns` (what to select), `select()`, `of(row)` and `many(rows)`."""
    skip = set(exclude)

    def wrap(cls: type[T]) -> type[T]:
        props = [p for p in sa_inspect(model).column_attrs if not p.deferred and p.key not in skip]
        body = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
        body["__annotations__"] = {p.key: _python_type(p) for p in props}
        made = dataclasses.dataclass(slots=True)(type(cls.__name__, cls.__bases__, body))
        made.columns = tuple(getattr(model, p.key) for p in props)  # type: ignore[attr-defined]
        made.model = model  # type: ignore[attr-defined]
        return made  # type: ignore[return-value]

    return wrap


class ReadModel:
    """Helpers shared by read models: rows select and convert by position (`columns` order = field order)."""

    columns: tuple[Any, ...] = ()

    @classmethod
    def select(cls) -> Any:
        return select(*cls.columns)

    @classmethod
    def of(cls: type[T], row: Sequence[Any]) -> T:
        return cls(*row)

    @classmethod
    def many(cls: type[T], rows: Iterable[Sequence[Any]]) -> list[T]:
        return [cls(*r) for r in rows]


def named(cls: Callable[..., T], rows: Iterable[Any]) -> list[T]:
    """Rows of an ad-hoc select as `cls(**columns by label)` (a dataclass declared beside the query)."""
    return [cls(**row_mapping(r)) for r in rows]


def row_mapping(r: Any) -> dict[str, Any]:
    """A row's columns by label, from either path's row type (a dict is returned as it is)."""
    if type(r) is dict:
        return r
    items = getattr(type(r), "items", None)
    return dict(items(r)) if items is not None else dict(r._mapping)


# --- the read-path check ----------------------------------------------------------------------------------------

CHECK_FILE = os.environ.get("READ_PATH_CHECK") or None


def reads(fn: F) -> F:
    """Marks a repository read method: it returns read models or plain values and runs on either Db. With
    READ_PATH_CHECK set, a call on the fast path is repeated on the plain path and both answers are compared."""
    fn.__reads__ = True  # type: ignore[attr-defined]
    if CHECK_FILE is None:
        return fn

    @functools.wraps(fn)
    async def checked(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = await fn(self, *args, **kwargs)
        shadow = getattr(self.db, "shadow", None)
        if shadow is not None:
            await shadow.compare(self, fn, args, kwargs, result)
        elif getattr(self.db, "record", False):
            _record_plain(self, fn, args, kwargs)
        return result

    checked.__reads__ = True  # type: ignore[attr-defined]
    return checked  # type: ignore[return-value]


_RECORDED: dict[str, set[str]] = {}
RECORD_PER_METHOD = 5


def _qualified(repo_type: type, fn: Any) -> str:
    return f"{repo_type.__module__}.{repo_type.__qualname__}.{fn.__name__}"


def _record_plain(repo: Any, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Notes a plain-path call (a service's or a job's read) so that the test suite replays it on both paths
    afterwards: the first few distinct argument sets of each method per process."""
    name = _qualified(type(repo), fn)
    try:
        call = base64.b64encode(pickle.dumps((type(repo), fn.__name__, args, kwargs))).decode()
    except Exception:  # noqa: BLE001 - an argument that cannot be replayed: the coverage check will name the method
        return
    seen = _RECORDED.setdefault(name, set())
    if call in seen or len(seen) >= RECORD_PER_METHOD:
        return
    seen.add(call)
    with open(CHECK_FILE, "a", encoding="utf-8") as out:  # type: ignore[arg-type]
        out.write(json.dumps({"method": name, "plain": call}) + "\n")


def writes(fn: F) -> F:
    """Marks a repository write method (or an entity load for a write): it needs a unit of work's session."""
    fn.__writes__ = True  # type: ignore[attr-defined]
    return fn


def read_methods(classes: Iterable[type]) -> dict[str, Any]:
    """`Class.method` → function for every @reads method of the given repository classes."""
    found = {}
    for cls in classes:
        for name, value in vars(cls).items():
            if getattr(value, "__reads__", False):
                found[f"{cls.__module__}.{cls.__qualname__}.{name}"] = value
    return found


async def settled(value: Any) -> Any:
    """A value made comparable: pages with their total count awaited, read models and containers walked."""
    from domain.shared.pagination import Page

    if isinstance(value, Page):
        return ("Page", await settled(value.items), value.cursors, value.has_next, value.has_previous,
                await value.count())
    if isinstance(value, list | tuple):
        return type(value)([await settled(v) for v in value])
    if isinstance(value, dict):
        return {k: await settled(v) for k, v in value.items()}
    return value


def difference(a: Any, b: Any, path: str = "") -> str | None:
    """Where two answers differ in type or value (None: identical), e.g. `[3].price: Decimal('1.0') != 1.0`."""
    if type(a) is not type(b):
        return f"{path or 'answer'}: type {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, list | tuple):
        if len(a) != len(b):
            return f"{path or 'answer'}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return f"{path or 'answer'}: keys {sorted(map(str, a))} != {sorted(map(str, b))}"
        for k in a:
            found = difference(a[k], b[k], f"{path}[{k!r}]")
            if found:
                return found
        return None
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        for f in dataclasses.fields(a):
            found = difference(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
            if found:
                return found
        return None
    if isinstance(a, Decimal) and a.is_nan():
        return None if b.is_nan() else f"{path}: {a!r} != {b!r}"
    return None if a == b else f"{path or 'answer'}: {a!r} != {b!r}"


class ReadCheck:
    """Repeats fast-path reads on the plain path and writes every call and every difference to CHECK_FILE."""

    def __init__(self, sessions: Callable[[], AsyncSession], path: str) -> None:
        self.sessions = sessions
        self.path = path

    async def _plain(self, repo: Any, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        async with self.sessions() as session:
            twin = copy.copy(repo)
            twin.db = SessionDb(session, record=False)
            return await settled(await fn(twin, *args, **kwargs))

    async def compare(self, repo: Any, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any], result: Any) -> None:
        from domain.shared.db import current_counter

        name = _qualified(type(repo), fn)
        token = current_counter.set(None)  # the check's own statements are not the request's
        try:
            fast = await settled(result)
            found = difference(fast, await self._plain(repo, fn, args, kwargs))
            for attempt in range(5):
                if not found:
                    break
                # A write committed between the two reads (a job's progress, another request) explains a difference
                # that goes away: read both again a little later; only a difference that stays is reported.
                await asyncio.sleep(0.05 * (attempt + 1))
                again = await settled(await fn(copy.copy(repo), *args, **kwargs))
                found = difference(again, await self._plain(repo, fn, args, kwargs))
        finally:
            current_counter.reset(token)
        line = {"method": name, "difference": found}
        if found:
            line["args"] = repr((args, kwargs))[:2000]
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
