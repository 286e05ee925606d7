"""The usage, disclosure and trace figures of the public side (PUB-27, DRUG-26, DRUG-27): SQL aggregates over the
public side's tables (usage_event and its daily rollup, trace_scan) and listed institutions' stock, within an
EngagementAccess's divisions. No row leaves the database; the figures come back as named tuples."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import BigInteger, Date, Integer, any_, cast, exists, func, select, text, union_all

from domain.engagement.access import EngagementAccess
from domain.engagement.views import (DayCount, DayKindCount, DayResultCount, DrugCount, KeywordCount,
                                     PublishingCount)
from domain.public.models import TraceScan, UsageEvent
from domain.public.rollup import UNKNOWN_DIVISION, UsageDaily, UsageItemDaily, UsageRolledDay
from domain.shared.db import any_of
from domain.shared.reads import Repository, reads

T = TypeVar("T")


def _area_of(col: Any, access: EngagementAccess) -> list[Any]:
    return [] if access.divisions is None else [any_of(col, access.divisions)]


def _unrolled_days(start: date, end: date) -> Any:
    """`ARRAY(the days of [start, end] without a usage_rolled_day row)`: evaluated once per statement (an InitPlan),
    so `business_date = ANY(it)` is an index range per day; usually just today, or today and yesterday."""
    day = cast(func.generate_series(cast(start, Date), cast(end, Date), text("interval '1 day'")), Date).label("d")
    days = select(day).subquery("days")
    missing = select(days.c.d).where(~exists().where(UsageRolledDay.business_date == days.c.d))
    return func.array(missing.scalar_subquery())


_PUBLISHING = text("""
    SELECT CASE WHEN GROUPING(pref) = 1 THEN '*' ELSE pref END AS pref, count(*) AS institutions,
      count(*) FILTER (WHERE subtype = 'HOSPITAL') AS hospitals,
      count(*) FILTER (WHERE subtype = 'PHARMACY') AS pharmacies
    FROM (SELECT o.id, o.subtype, CASE WHEN dv.level = 'COUNTY' THEN dv.parent_code ELSE dv.code END AS pref
          FROM stock_level l JOIN organisation o ON o.id = l.organisation_id
          JOIN division dv ON dv.code = o.division_code
          WHERE l.drug_code_id = :d AND l.on_hand > 0 AND o.public_listed
            AND o.subtype IN ('HOSPITAL', 'PHARMACY')
            AND (CAST(:area AS text[]) IS NULL OR o.division_code = ANY(CAST(:area AS text[])))) x
    GROUP BY GROUPING SETS ((pref), ())""")


class UsageRepository(Repository):
    """Usage figures (PUB-27, DRUG-26) and trace-scan figures (DRUG-27).

    Usage is read per day from the daily rollup (usage_daily, usage_item_daily: domain.public.rollup) for the days
    it holds, and from usage_event for the others (today; a day the job has not reached yet): one statement
    reads both halves, with one snapshot, so a day is never counted twice or missed while the job rolls it, and
    the figures equal the raw aggregates. Unknown divisions are '' in the rollup and NULL in usage_event."""

    @staticmethod
    def _raw(access: EngagementAccess, start: date, end: date) -> list[Any]:
        return [UsageEvent.business_date == any_(_unrolled_days(start, end)),
                *_area_of(UsageEvent.division_code, access)]

    @staticmethod
    def _rolled(model: Any, access: EngagementAccess, start: date, end: date) -> list[Any]:
        return [model.business_date.between(start, end), *_area_of(model.division_code, access)]

    async def _merged(self, make: Callable[..., T] | None, raw: Any, rolled: Any, keys: Sequence[str], *,
                      having: Any = None, order: Sequence[Any] = (), limit: int | None = None) -> list[Any]:
        """Sums `n` per `keys` over the raw and the rolled halves (each already grouped): `make(*keys, n)` each
        (a plain tuple without `make`), in `order`, or by the keys without one (a few hundred rows at most: sorted
        here, as the hash aggregate's order differs between plans)."""
        u = union_all(raw, rolled).subquery("u")
        cols = [u.c[k] for k in keys]
        n = cast(func.sum(u.c.n), BigInteger).label("n")
        stmt = select(*cols, n).group_by(*cols)
        if having is not None:
            stmt = stmt.having(having(u))
        if order:
            stmt = stmt.order_by(*[o(u, n) for o in order])
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = [tuple(r) for r in await self.db.rows(stmt)]
        if not order:
            rows.sort()
        return rows if make is None else [make(*r) for r in rows]

    @reads
    async def totals(self, access: EngagementAccess, start: date, end: date) -> dict[str, int]:
        """Events per kind."""
        e, r = UsageEvent, UsageDaily
        rows = await self._merged(
            None,
            select(e.kind.label("kind"), func.count().label("n")).where(*self._raw(access, start, end))
            .group_by(e.kind),
            select(r.kind, func.sum(r.events).label("n")).where(*self._rolled(r, access, start, end)).group_by(r.kind),
            ["kind"])
        return {k: int(n) for k, n in rows}

    @reads
    async def daily(self, access: EngagementAccess, start: date, end: date) -> list[DayKindCount]:
        """Events per day and kind."""
        e, r = UsageEvent, UsageDaily
        return await self._merged(
            DayKindCount,
            select(e.business_date.label("d"), e.kind.label("kind"), func.count().label("n"))
            .where(*self._raw(access, start, end)).group_by(e.business_date, e.kind),
            select(r.business_date.label("d"), r.kind, func.sum(r.events).label("n"))
            .where(*self._rolled(r, access, start, end)).group_by(r.business_date, r.kind),
            ["d", "kind"])

    @reads
    async def scans_daily(self, access: EngagementAccess, start: date, end: date,
                          drug_id: int | None = None) -> list[DayResultCount]:
        """Trace scans per day and result."""
        where = [TraceScan.business_date.between(start, end), *_area_of(TraceScan.division_code, access)]
        if drug_id is not None:
            where.append(TraceScan.drug_code_id == drug_id)
        rows = await self.db.rows(select(TraceScan.business_date, TraceScan.result, func.count()).where(*where)
                                  .group_by(TraceScan.business_date, TraceScan.result))
        return [DayResultCount(*r) for r in sorted(tuple(r) for r in rows)]

    @reads
    async def top_keywords(self, access: EngagementAccess, start: date, end: date,
                           limit: int = 20) -> list[KeywordCount]:
        """The most searched drug keywords (常搜), trimmed, most searched first."""
        e, r = UsageEvent, UsageItemDaily
        kw = func.btrim(e.keyword)
        return await self._merged(
            KeywordCount,
            select(kw.label("kw"), func.count().label("n"))
            .where(e.kind == "DRUG_SEARCH", e.keyword.is_not(None), *self._raw(access, start, end)).group_by(kw),
            select(r.item.label("kw"), func.sum(r.events).label("n"))
            .where(r.kind == "DRUG_SEARCH", *self._rolled(r, access, start, end)).group_by(r.item),
            ["kw"], having=lambda u: u.c.kw != "", order=[lambda u, n: n.desc(), lambda u, n: u.c.kw], limit=limit)

    @reads
    async def visits_by_division(self, access: EngagementAccess, start: date,
                                 end: date) -> dict[str | None, int]:
        """Visits per division of origin (None: unknown)."""
        e, r = UsageEvent, UsageDaily
        div = func.coalesce(e.division_code, UNKNOWN_DIVISION)
        rows = await self._merged(
            None,
            select(div.label("div"), func.count().label("n"))
            .where(e.kind == "VISIT", *self._raw(access, start, end)).group_by(div),
            select(r.division_code.label("div"), func.sum(r.events).label("n"))
            .where(r.kind == "VISIT", *self._rolled(r, access, start, end)).group_by(r.division_code),
            ["div"])
        return {(d or None): int(n) for d, n in rows}

    @reads
    async def top_drugs(self, access: EngagementAccess, start: date, end: date, limit: int = 10) -> list[DrugCount]:
        """The most queried drug codes, most queried first."""
        e, r = UsageEvent, UsageItemDaily
        return await self._merged(
            DrugCount,
            select(e.drug_code_id.label("drug_code_id"), func.count().label("n"))
            .where(e.kind == "DRUG_QUERY", e.drug_code_id.is_not(None), *self._raw(access, start, end))
            .group_by(e.drug_code_id),
            select(cast(r.item, Integer).label("drug_code_id"), func.sum(r.events).label("n"))  # cast per item
            .where(r.kind == "DRUG_QUERY", *self._rolled(r, access, start, end)).group_by(r.item),
            ["drug_code_id"], order=[lambda u, n: n.desc(), lambda u, n: u.c.drug_code_id], limit=limit)

    @reads
    async def drug_queries(self, access: EngagementAccess, drug_id: int, start: date, end: date) -> list[DayCount]:
        """One drug's public-side queries per day."""
        e, r = UsageEvent, UsageItemDaily
        return await self._merged(
            DayCount,
            select(e.business_date.label("d"), func.count().label("n"))
            .where(e.drug_code_id == drug_id, e.kind == "DRUG_QUERY", *self._raw(access, start, end))
            .group_by(e.business_date),
            select(r.business_date.label("d"), func.sum(r.events).label("n"))
            .where(r.kind == "DRUG_QUERY", r.item == str(drug_id), *self._rolled(r, access, start, end))
            .group_by(r.business_date),
            ["d"])

    @reads
    async def publishing_institutions(self, access: EngagementAccess, drug_id: int) -> list[PublishingCount]:
        """Listed institutions with the drug on sale (on hand > 0), per prefecture ('*' = the total)."""
        area = None if access.divisions is None else sorted(access.divisions)
        rows = await self.db.rows(_PUBLISHING.bindparams(d=drug_id, area=area))
        return [PublishingCount(*r) for r in sorted(tuple(r) for r in rows)]
