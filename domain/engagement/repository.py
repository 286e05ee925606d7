"""All SQL of public engagement: feedback, evaluations, purchase needs, notices, and the usage, disclosure and
trace-scan figures read from the public side's tables (usage_event, trace_scan)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, Integer, any_, cast, exists, func, select, text, union_all, update

from domain.engagement.access import EngagementAccess
from domain.engagement.models import InstitutionRating, PublicFeedback, PublicNotice, PurchaseNeed
from domain.identity.models import Organisation
from domain.public.models import TraceScan, UsageEvent
from domain.public.rollup import UNKNOWN_DIVISION, UsageDaily, UsageItemDaily, UsageRolledDay
from domain.shared.db import aligned, any_of
from domain.shared.pagination import Page, PageRequest, keyset_page


def _scoped(model: Any, access: EngagementAccess, *, institution_col: Any = None) -> list[Any]:
    where: list[Any] = []
    if access.institution is not None:
        where.append((institution_col if institution_col is not None else model.institution_id) == access.institution)
    elif access.divisions is not None:
        where.append(any_of(model.division_code, access.divisions))
    return where


# --- feedback (PUB-20…22) ----------------------------------------------------------------------------

@dataclass(frozen=True)
class FeedbackCriteria:
    states: tuple[str, ...] = ()
    problem_types: tuple[str, ...] = ()
    division_codes: frozenset[str] | None = None
    institution_id: int | None = None
    created_from: Any = None   # datetime, inclusive
    created_until: Any = None  # datetime, exclusive


class FeedbackGroupBy:
    STATE = "state"
    PROBLEM_TYPE = "problem_type"
    DIVISION = "division_code"


def _feedback_where(access: EngagementAccess, c: FeedbackCriteria) -> list[Any]:
    m = PublicFeedback
    where = _scoped(m, access)
    if c.states:
        where.append(any_of(m.state, c.states))
    if c.problem_types:
        where.append(any_of(m.problem_type, c.problem_types))
    if c.division_codes is not None:
        where.append(any_of(m.division_code, c.division_codes))
    if c.institution_id is not None:
        where.append(m.institution_id == c.institution_id)
    if c.created_from is not None:
        where.append(m.created_at >= c.created_from)
    if c.created_until is not None:
        where.append(m.created_at < c.created_until)
    return where


class FeedbackRepository:
    def __init__(self, session: Any) -> None:
        self.session = session

    async def page(self, access: EngagementAccess, criteria: FeedbackCriteria,
                   request: PageRequest) -> Page[PublicFeedback]:
        """Visible feedback, newest first."""
        stmt = select(PublicFeedback).where(*_feedback_where(access, criteria))
        return await keyset_page(self.session, stmt, [(PublicFeedback.id, True)], request, id_col=PublicFeedback.id)

    async def page_of_insured(self, insured_id: int, request: PageRequest) -> Page[PublicFeedback]:
        """One insured person's own feedback, newest first."""
        stmt = select(PublicFeedback).where(PublicFeedback.insured_id == insured_id)
        return await keyset_page(self.session, stmt, [(PublicFeedback.id, True)], request, id_col=PublicFeedback.id)

    async def counts(self, access: EngagementAccess, criteria: FeedbackCriteria, group_by: str) -> dict[str, int]:
        """Visible feedback per state, problem type or division."""
        col = getattr(PublicFeedback, group_by)
        rows = (await self.session.execute(select(col, func.count()).where(*_feedback_where(access, criteria))
                                           .group_by(col))).all()
        return {k: int(n) for k, n in rows}

    async def get_many(self, access: EngagementAccess, ids: Sequence[int]) -> list[PublicFeedback | None]:
        if not ids:
            return []
        rows = (await self.session.scalars(select(PublicFeedback).where(
            any_of(PublicFeedback.id, list(ids)), *_scoped(PublicFeedback, access)))).all()
        return aligned(ids, rows, "id")

    async def lock(self, access: EngagementAccess, feedback_id: int) -> PublicFeedback | None:
        """Returns and locks one visible feedback."""
        return (await self.session.scalars(select(PublicFeedback).where(
            PublicFeedback.id == feedback_id, *_scoped(PublicFeedback, access)).with_for_update())).first()

    async def by_client_key(self, insured_id: int, client_key: str) -> PublicFeedback | None:
        return (await self.session.scalars(select(PublicFeedback).where(
            PublicFeedback.insured_id == insured_id, PublicFeedback.client_key == client_key))).first()

    async def set_state(self, feedback_id: int, state: str, **values: Any) -> None:
        await self.session.execute(update(PublicFeedback).where(PublicFeedback.id == feedback_id)
                                   .values(state=state, updated_at=func.now(), **values))


# --- evaluations (PUB-23) ----------------------------------------------------------------------------

class RatingRepository:
    def __init__(self, session: Any) -> None:
        self.session = session

    def _where(self, access: EngagementAccess, institution_id: int | None) -> list[Any]:
        where = _scoped(InstitutionRating, access)
        if institution_id is not None:
            where.append(InstitutionRating.institution_id == institution_id)
        return where

    async def page(self, access: EngagementAccess, institution_id: int | None,
                   request: PageRequest) -> Page[InstitutionRating]:
        """Visible evaluations, newest first."""
        stmt = select(InstitutionRating).where(*self._where(access, institution_id))
        return await keyset_page(self.session, stmt, [(InstitutionRating.id, True)], request,
                                 id_col=InstitutionRating.id)

    async def distribution(self, access: EngagementAccess, institution_id: int | None) -> dict[int, int]:
        """Visible evaluations per number of stars."""
        rows = (await self.session.execute(select(InstitutionRating.stars, func.count())
                                           .where(*self._where(access, institution_id))
                                           .group_by(InstitutionRating.stars))).all()
        return {int(s): int(n) for s, n in rows}

    async def of_day(self, insured_id: int, institution_id: int, day: date) -> InstitutionRating | None:
        return (await self.session.scalars(select(InstitutionRating).where(
            InstitutionRating.insured_id == insured_id, InstitutionRating.institution_id == institution_id,
            InstitutionRating.business_date == day))).first()

    async def by_client_key(self, insured_id: int, client_key: str) -> InstitutionRating | None:
        return (await self.session.scalars(select(InstitutionRating).where(
            InstitutionRating.insured_id == insured_id, InstitutionRating.client_key == client_key)
            .order_by(InstitutionRating.id))).first()


def average(distribution: dict[int, int]) -> Decimal | None:
    """Mean stars to one decimal (half up), None without evaluations."""
    n = sum(distribution.values())
    if not n:
        return None
    return (Decimal(sum(s * c for s, c in distribution.items())) / n).quantize(Decimal("0.1"), ROUND_HALF_UP)


async def rating_summary(session: Any, institution_ids: Sequence[int]) -> dict[int, tuple[Decimal, int]]:
    """Average stars (one decimal) and number of evaluations per institution, for the public institution pages;
    institutions without evaluations are absent."""
    if not institution_ids:
        return {}
    r = InstitutionRating
    rows = (await session.execute(select(r.institution_id, func.sum(r.stars), func.count())
                                  .where(any_of(r.institution_id, list(institution_ids)))
                                  .group_by(r.institution_id))).all()
    return {int(i): ((Decimal(int(s)) / int(n)).quantize(Decimal("0.1"), ROUND_HALF_UP), int(n)) for i, s, n in rows}


# --- purchase needs (PUB-25, IND-33) -----------------------------------------------------------------

@dataclass(frozen=True)
class NeedCriteria:
    states: tuple[str, ...] = ()
    division_codes: frozenset[str] | None = None
    drug_name: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class NeedGroupBy:
    DRUG_NAME = "DRUG_NAME"
    DIVISION = "DIVISION"
    MONTH = "MONTH"


def _need_where(access: EngagementAccess, c: NeedCriteria) -> list[Any]:
    m = PurchaseNeed
    where = _scoped(m, access)
    if c.states:
        where.append(any_of(m.state, c.states))
    if c.division_codes is not None:
        where.append(any_of(m.division_code, c.division_codes))
    if c.drug_name:
        where.append(m.drug_name.contains(c.drug_name, autoescape=True))
    if c.date_from is not None:
        where.append(m.business_date >= c.date_from)
    if c.date_to is not None:
        where.append(m.business_date <= c.date_to)
    return where


class NeedRepository:
    def __init__(self, session: Any) -> None:
        self.session = session

    async def page(self, access: EngagementAccess, criteria: NeedCriteria, request: PageRequest) -> Page[PurchaseNeed]:
        """Visible purchase needs, newest first."""
        stmt = select(PurchaseNeed).where(*_need_where(access, criteria))
        return await keyset_page(self.session, stmt, [(PurchaseNeed.id, True)], request, id_col=PurchaseNeed.id)

    async def page_of_insured(self, insured_id: int, request: PageRequest) -> Page[PurchaseNeed]:
        stmt = select(PurchaseNeed).where(PurchaseNeed.insured_id == insured_id)
        return await keyset_page(self.session, stmt, [(PurchaseNeed.id, True)], request, id_col=PurchaseNeed.id)

    async def lock(self, access: EngagementAccess, need_id: int) -> PurchaseNeed | None:
        return (await self.session.scalars(select(PurchaseNeed).where(
            PurchaseNeed.id == need_id, *_scoped(PurchaseNeed, access)).with_for_update())).first()

    async def get(self, access: EngagementAccess, need_id: int) -> PurchaseNeed | None:
        return (await self.session.scalars(select(PurchaseNeed).where(
            PurchaseNeed.id == need_id, *_scoped(PurchaseNeed, access)))).first()

    async def by_client_key(self, insured_id: int, client_key: str) -> PurchaseNeed | None:
        return (await self.session.scalars(select(PurchaseNeed).where(
            PurchaseNeed.insured_id == insured_id, PurchaseNeed.client_key == client_key))).first()

    async def grouped(self, access: EngagementAccess, criteria: NeedCriteria, key: Any,
                      limit: int = 100) -> list[Any]:
        """(key, registrations, people, quantity, analysed) per key, most registrations first."""
        m = PurchaseNeed
        k = key.label("k")
        stmt = (select(k, func.count().label("n"), func.count(func.distinct(m.insured_id)).label("people"),
                       func.sum(m.quantity).label("qty"),
                       func.count().filter(m.state == "ANALYSED").label("analysed"))
                .where(*_need_where(access, criteria)).group_by(k).order_by(func.count().desc(), k).limit(limit))
        return list((await self.session.execute(stmt)).all())


# --- notices (PUB-26) --------------------------------------------------------------------------------

class NoticeRepository:
    def __init__(self, session: Any) -> None:
        self.session = session

    async def get_many(self, codes: Sequence[str]) -> dict[str, PublicNotice]:
        """Configured notices of these divisions."""
        if not codes:
            return {}
        rows = (await self.session.scalars(select(PublicNotice).where(
            any_of(PublicNotice.division_code, list(codes))))).all()
        return {r.division_code: r for r in rows}

    async def lock(self, code: str) -> PublicNotice | None:
        return (await self.session.scalars(select(PublicNotice).where(PublicNotice.division_code == code)
                                           .with_for_update())).first()


# --- organisations -----------------------------------------------------------------------------------

async def institution_by_code(session: Any, code: str) -> Organisation | None:
    """A designated institution (hospital or pharmacy) by its code."""
    return (await session.scalars(select(Organisation).where(
        Organisation.code == code, any_of(Organisation.subtype, ["HOSPITAL", "PHARMACY"])))).first()


# --- usage, disclosure and trace figures (PUB-27, DRUG-26, DRUG-27) ----------------------------------

def _area_of(col: Any, area: frozenset[str] | None) -> list[Any]:
    return [] if area is None else [any_of(col, area)]


def _unrolled_days(start: date, end: date) -> Any:
    """`ARRAY(the days of [start, end] without a usage_rolled_day row)`: evaluated once per statement (an InitPlan),
    so `business_date = ANY(it)` is an index range per day; usually just today, or today and yesterday."""
    day = cast(func.generate_series(cast(start, Date), cast(end, Date), text("interval '1 day'")), Date).label("d")
    days = select(day).subquery("days")
    missing = select(days.c.d).where(~exists().where(UsageRolledDay.business_date == days.c.d))
    return func.array(missing.scalar_subquery())


class UsageRepository:
    """Usage figures (PUB-27, DRUG-26) and trace-scan figures (DRUG-27): SQL aggregates, no row leaves the database.

    Usage is read per day from the daily rollup (usage_daily, usage_item_daily: domain.public.rollup) for the days
    it holds, and from usage_event for the others (today; a day the job has not reached yet): one statement
    reads both halves, with one snapshot, so a day is never counted twice or missed while the job rolls it, and
    the figures equal the raw aggregates. Unknown divisions are '' in the rollup and NULL in usage_event."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def _raw(self, area: frozenset[str] | None, start: date, end: date) -> list[Any]:
        return [UsageEvent.business_date == any_(_unrolled_days(start, end)),
                *_area_of(UsageEvent.division_code, area)]

    @staticmethod
    def _rolled(model: Any, area: frozenset[str] | None, start: date, end: date) -> list[Any]:
        return [model.business_date.between(start, end), *_area_of(model.division_code, area)]

    async def _merged(self, raw: Any, rolled: Any, keys: Sequence[str], *, having: Any = None,
                      order: Sequence[Any] = (), limit: int | None = None) -> list[Any]:
        """Sums `n` per `keys` over the raw and the rolled halves (each already grouped)."""
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
        return list((await self.session.execute(stmt)).all())

    async def totals(self, area: frozenset[str] | None, start: date, end: date) -> dict[str, int]:
        """Events per kind."""
        e, r = UsageEvent, UsageDaily
        rows = await self._merged(
            select(e.kind.label("kind"), func.count().label("n")).where(*self._raw(area, start, end)).group_by(e.kind),
            select(r.kind, func.sum(r.events).label("n")).where(*self._rolled(r, area, start, end)).group_by(r.kind),
            ["kind"])
        return {k: int(n) for k, n in rows}

    async def daily(self, area: frozenset[str] | None, start: date, end: date) -> list[Any]:
        """(date, kind, count) rows."""
        e, r = UsageEvent, UsageDaily
        return await self._merged(
            select(e.business_date.label("d"), e.kind.label("kind"), func.count().label("n"))
            .where(*self._raw(area, start, end)).group_by(e.business_date, e.kind),
            select(r.business_date.label("d"), r.kind, func.sum(r.events).label("n"))
            .where(*self._rolled(r, area, start, end)).group_by(r.business_date, r.kind),
            ["d", "kind"])

    async def scans_daily(self, area: frozenset[str] | None, start: date, end: date,
                          drug_id: int | None = None) -> list[Any]:
        """(date, result, count) rows of trace scans."""
        where = [TraceScan.business_date.between(start, end), *_area_of(TraceScan.division_code, area)]
        if drug_id is not None:
            where.append(TraceScan.drug_code_id == drug_id)
        return list((await self.session.execute(select(TraceScan.business_date, TraceScan.result, func.count())
                                                .where(*where)
                                                .group_by(TraceScan.business_date, TraceScan.result))).all())

    async def top_keywords(self, area: frozenset[str] | None, start: date, end: date, limit: int = 20) -> list[Any]:
        """The most searched drug keywords (常搜): (kw, n), trimmed, most searched first."""
        e, r = UsageEvent, UsageItemDaily
        kw = func.btrim(e.keyword)
        return await self._merged(
            select(kw.label("kw"), func.count().label("n"))
            .where(e.kind == "DRUG_SEARCH", e.keyword.is_not(None), *self._raw(area, start, end)).group_by(kw),
            select(r.item.label("kw"), func.sum(r.events).label("n"))
            .where(r.kind == "DRUG_SEARCH", *self._rolled(r, area, start, end)).group_by(r.item),
            ["kw"], having=lambda u: u.c.kw != "", order=[lambda u, n: n.desc(), lambda u, n: u.c.kw], limit=limit)

    async def visits_by_division(self, area: frozenset[str] | None, start: date, end: date) -> dict[str | None, int]:
        """Visits per division of origin (null: unknown)."""
        e, r = UsageEvent, UsageDaily
        div = func.coalesce(e.division_code, UNKNOWN_DIVISION)
        rows = await self._merged(
            select(div.label("div"), func.count().label("n"))
            .where(e.kind == "VISIT", *self._raw(area, start, end)).group_by(div),
            select(r.division_code.label("div"), func.sum(r.events).label("n"))
            .where(r.kind == "VISIT", *self._rolled(r, area, start, end)).group_by(r.division_code),
            ["div"])
        return {(d or None): int(n) for d, n in rows}

    async def top_drugs(self, area: frozenset[str] | None, start: date, end: date, limit: int = 10) -> list[Any]:
        """The most queried drug codes: (drug_code_id, n), most queried first."""
        e, r = UsageEvent, UsageItemDaily
        return await self._merged(
            select(e.drug_code_id.label("drug_code_id"), func.count().label("n"))
            .where(e.kind == "DRUG_QUERY", e.drug_code_id.is_not(None), *self._raw(area, start, end))
            .group_by(e.drug_code_id),
            select(cast(r.item, Integer).label("drug_code_id"), func.sum(r.events).label("n"))  # cast per item
            .where(r.kind == "DRUG_QUERY", *self._rolled(r, area, start, end)).group_by(r.item),
            ["drug_code_id"], order=[lambda u, n: n.desc(), lambda u, n: u.c.drug_code_id], limit=limit)

    async def drug_queries(self, area: frozenset[str] | None, drug_id: int, start: date, end: date) -> list[Any]:
        """(date, count) of one drug's public-side queries."""
        e, r = UsageEvent, UsageItemDaily
        return await self._merged(
            select(e.business_date.label("d"), func.count().label("n"))
            .where(e.drug_code_id == drug_id, e.kind == "DRUG_QUERY", *self._raw(area, start, end))
            .group_by(e.business_date),
            select(r.business_date.label("d"), func.sum(r.events).label("n"))
            .where(r.kind == "DRUG_QUERY", r.item == str(drug_id), *self._rolled(r, area, start, end))
            .group_by(r.business_date),
            ["d"])

    async def publishing_institutions(self, area: frozenset[str] | None, drug_id: int) -> list[Any]:
        """Listed institutions with the drug on sale (on hand > 0), per prefecture ('*' = the total)."""
        return list((await self.session.execute(text("""
            SELECT CASE WHEN GROUPING(pref) = 1 THEN '*' ELSE pref END AS pref, count(*) AS institutions,
              count(*) FILTER (WHERE subtype = 'HOSPITAL') AS hospitals,
              count(*) FILTER (WHERE subtype = 'PHARMACY') AS pharmacies
            FROM (SELECT o.id, o.subtype, CASE WHEN dv.level = 'COUNTY' THEN dv.parent_code ELSE dv.code END AS pref
                  FROM stock_level l JOIN organisation o ON o.id = l.organisation_id
                  JOIN division dv ON dv.code = o.division_code
                  WHERE l.drug_code_id = :d AND l.on_hand > 0 AND o.public_listed
                    AND o.subtype IN ('HOSPITAL', 'PHARMACY')
                    AND (CAST(:area AS text[]) IS NULL OR o.division_code = ANY(CAST(:area AS text[])))) x
            GROUP BY GROUPING SETS ((pref), ())""").bindparams(
            d=drug_id, area=None if area is None else sorted(area)))).all())
