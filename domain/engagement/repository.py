"""All SQL of public engagement's records: feedback, evaluations, purchase needs, notices, and the institutions they
name. Reads return read models (domain.engagement.views), scoped by an EngagementAccess; the usage, disclosure
and trace figures are in domain.engagement.usage."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select, update

from domain.engagement.access import EngagementAccess
from domain.engagement.criteria import FeedbackCriteria, FeedbackGroupBy, NeedCriteria, NeedGroupBy
from domain.engagement.models import InstitutionRating, PublicFeedback, PublicNotice, PurchaseNeed
from domain.engagement.views import (FeedbackView, InstitutionPublicInfoView, InstitutionRef, NeedGroup, NeedView,
                                     NoticeView, RatingView)
from domain.identity.models import Organisation
from domain.shared.db import aligned, any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes

INSTITUTION_SUBTYPES = ("HOSPITAL", "PHARMACY")


def _scoped(model: Any, access: EngagementAccess) -> list[Any]:
    where: list[Any] = []
    if access.institution is not None:
        where.append(model.institution_id == access.institution)
    elif access.divisions is not None:
        where.append(any_of(model.division_code, access.divisions))
    return where


# --- feedback (PUB-20…22) ----------------------------------------------------------------------------

_FEEDBACK_GROUP = {FeedbackGroupBy.STATE: PublicFeedback.state, FeedbackGroupBy.PROBLEM_TYPE: PublicFeedback.problem_type,
                   FeedbackGroupBy.DIVISION: PublicFeedback.division_code}


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


class FeedbackRepository(Repository):
    @reads
    async def page(self, access: EngagementAccess, criteria: FeedbackCriteria,
                   request: PageRequest) -> Page[FeedbackView]:
        """Visible feedback, newest first."""
        stmt = FeedbackView.select().where(*_feedback_where(access, criteria))
        return await keyset_page(self.db, stmt, [(PublicFeedback.id, True)], request, id_col=PublicFeedback.id,
                                 make=FeedbackView.of)

    @reads
    async def page_of_insured(self, insured_id: int, request: PageRequest) -> Page[FeedbackView]:
        """One insured person's own feedback, newest first."""
        stmt = FeedbackView.select().where(PublicFeedback.insured_id == insured_id)
        return await keyset_page(self.db, stmt, [(PublicFeedback.id, True)], request, id_col=PublicFeedback.id,
                                 make=FeedbackView.of)

    @reads
    async def counts(self, access: EngagementAccess, criteria: FeedbackCriteria,
                     group_by: FeedbackGroupBy) -> dict[str, int]:
        """Visible feedback per state, problem type or division."""
        col = _FEEDBACK_GROUP[group_by]
        rows = await self.db.rows(select(col, func.count()).where(*_feedback_where(access, criteria)).group_by(col))
        return {k: int(n) for k, n in rows}

    @reads
    async def get_many(self, access: EngagementAccess, ids: Sequence[int]) -> list[FeedbackView | None]:
        """Visible feedback aligned to `ids` (None: missing or out of scope)."""
        if not ids:
            return []
        rows = await self.db.rows(FeedbackView.select().where(any_of(PublicFeedback.id, list(ids)),
                                                              *_scoped(PublicFeedback, access)))
        return aligned(ids, FeedbackView.many(rows), "id")

    @writes
    async def lock(self, access: EngagementAccess, feedback_id: int) -> PublicFeedback | None:
        """Returns and locks one visible feedback."""
        return (await self.session.scalars(select(PublicFeedback).where(
            PublicFeedback.id == feedback_id, *_scoped(PublicFeedback, access)).with_for_update())).first()

    @writes
    async def by_client_key(self, insured_id: int, client_key: str) -> PublicFeedback | None:
        """What this person already sent with this client key (a retried submit), in the submit's unit of work."""
        return (await self.session.scalars(select(PublicFeedback).where(
            PublicFeedback.insured_id == insured_id, PublicFeedback.client_key == client_key))).first()

    @writes
    async def set_state(self, feedback_id: int, state: str, **values: Any) -> None:
        """Moves one feedback to `state` with the handling columns given."""
        await self.session.execute(update(PublicFeedback).where(PublicFeedback.id == feedback_id)
                                   .values(state=state, updated_at=func.now(), **values))


# --- evaluations (PUB-23) ----------------------------------------------------------------------------

def average(distribution: dict[int, int]) -> Decimal | None:
    """Mean stars to one decimal (half up), None without evaluations."""
    n = sum(distribution.values())
    if not n:
        return None
    return (Decimal(sum(s * c for s, c in distribution.items())) / n).quantize(Decimal("0.1"), ROUND_HALF_UP)


class RatingRepository(Repository):
    @staticmethod
    def _where(access: EngagementAccess, institution_id: int | None) -> list[Any]:
        where = _scoped(InstitutionRating, access)
        if institution_id is not None:
            where.append(InstitutionRating.institution_id == institution_id)
        return where

    @reads
    async def page(self, access: EngagementAccess, institution_id: int | None,
                   request: PageRequest) -> Page[RatingView]:
        """Visible evaluations, newest first."""
        stmt = RatingView.select().where(*self._where(access, institution_id))
        return await keyset_page(self.db, stmt, [(InstitutionRating.id, True)], request,
                                 id_col=InstitutionRating.id, make=RatingView.of)

    @reads
    async def get(self, access: EngagementAccess, rating_id: int) -> RatingView | None:
        """One visible evaluation (the audited reveal of its comment)."""
        row = await self.db.first(RatingView.select().where(InstitutionRating.id == rating_id,
                                                             *self._where(access, None)))
        return None if row is None else RatingView.of(row)

    @reads
    async def distribution(self, access: EngagementAccess, institution_id: int | None) -> dict[int, int]:
        """Visible evaluations per number of stars."""
        rows = await self.db.rows(select(InstitutionRating.stars, func.count())
                                  .where(*self._where(access, institution_id)).group_by(InstitutionRating.stars))
        return {int(s): int(n) for s, n in rows}

    @reads
    async def summary(self, institution_ids: Sequence[int]) -> dict[int, tuple[Decimal, int]]:
        """Average stars (one decimal) and number of evaluations per institution, for the public institution
        pages (evaluations are public); institutions without evaluations are absent."""
        if not institution_ids:
            return {}
        r = InstitutionRating
        rows = await self.db.rows(select(r.institution_id, func.sum(r.stars), func.count())
                                  .where(any_of(r.institution_id, list(institution_ids))).group_by(r.institution_id))
        return {int(i): ((Decimal(int(s)) / int(n)).quantize(Decimal("0.1"), ROUND_HALF_UP), int(n))
                for i, s, n in rows}

    @writes
    async def of_day(self, insured_id: int, institution_id: int, day: date) -> InstitutionRating | None:
        """This person's evaluation of the institution on `day`, in the rating's unit of work."""
        return (await self.session.scalars(select(InstitutionRating).where(
            InstitutionRating.insured_id == insured_id, InstitutionRating.institution_id == institution_id,
            InstitutionRating.business_date == day))).first()

    @writes
    async def by_client_key(self, insured_id: int, client_key: str) -> InstitutionRating | None:
        """What this person already sent with this client key, in the rating's unit of work."""
        return (await self.session.scalars(select(InstitutionRating).where(
            InstitutionRating.insured_id == insured_id, InstitutionRating.client_key == client_key)
            .order_by(InstitutionRating.id))).first()


# --- purchase needs (PUB-25, IND-33) -----------------------------------------------------------------

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


_NEED_GROUP = {NeedGroupBy.DRUG_NAME: PurchaseNeed.drug_name,
               NeedGroupBy.MONTH: func.to_char(PurchaseNeed.business_date, "YYYY-MM"),
               NeedGroupBy.DIVISION: PurchaseNeed.division_code}


class NeedRepository(Repository):
    @reads
    async def page(self, access: EngagementAccess, criteria: NeedCriteria, request: PageRequest) -> Page[NeedView]:
        """Visible purchase needs, newest first."""
        stmt = NeedView.select().where(*_need_where(access, criteria))
        return await keyset_page(self.db, stmt, [(PurchaseNeed.id, True)], request, id_col=PurchaseNeed.id,
                                 make=NeedView.of)

    @reads
    async def page_of_insured(self, insured_id: int, request: PageRequest) -> Page[NeedView]:
        """One insured person's own purchase needs, newest first."""
        stmt = NeedView.select().where(PurchaseNeed.insured_id == insured_id)
        return await keyset_page(self.db, stmt, [(PurchaseNeed.id, True)], request, id_col=PurchaseNeed.id,
                                 make=NeedView.of)

    @reads
    async def grouped(self, access: EngagementAccess, criteria: NeedCriteria, group_by: NeedGroupBy,
                      limit: int = 100) -> list[NeedGroup]:
        """Visible needs per drug name, month (YYYY-MM) or division, most registrations first."""
        m = PurchaseNeed
        k = _NEED_GROUP[group_by].label("k")
        stmt = (select(k, func.count().label("n"), func.count(func.distinct(m.insured_id)).label("people"),
                       func.sum(m.quantity).label("qty"),
                       func.count().filter(m.state == "ANALYSED").label("analysed"))
                .where(*_need_where(access, criteria)).group_by(k).order_by(func.count().desc(), k).limit(limit))
        return [NeedGroup(*r) for r in await self.db.rows(stmt)]

    @writes
    async def lock(self, access: EngagementAccess, need_id: int) -> PurchaseNeed | None:
        """Returns and locks one visible purchase need."""
        return (await self.session.scalars(select(PurchaseNeed).where(
            PurchaseNeed.id == need_id, *_scoped(PurchaseNeed, access)).with_for_update())).first()

    @writes
    async def get(self, access: EngagementAccess, need_id: int) -> PurchaseNeed | None:
        """One visible purchase need, in a unit of work (the audited reveal of its contact phone)."""
        return (await self.session.scalars(select(PurchaseNeed).where(
            PurchaseNeed.id == need_id, *_scoped(PurchaseNeed, access)))).first()

    @writes
    async def by_client_key(self, insured_id: int, client_key: str) -> PurchaseNeed | None:
        """What this person already sent with this client key, in the registration's unit of work."""
        return (await self.session.scalars(select(PurchaseNeed).where(
            PurchaseNeed.insured_id == insured_id, PurchaseNeed.client_key == client_key))).first()


# --- notices (PUB-26) --------------------------------------------------------------------------------

class NoticeRepository(Repository):
    @reads
    async def get_many(self, codes: Sequence[str]) -> dict[str, NoticeView]:
        """Configured notices of these divisions."""
        if not codes:
            return {}
        rows = await self.db.rows(NoticeView.select().where(any_of(PublicNotice.division_code, list(codes))))
        return {v.division_code: v for v in NoticeView.many(rows)}

    @writes
    async def lock(self, code: str) -> PublicNotice | None:
        """Returns and locks a division's notice."""
        return (await self.session.scalars(select(PublicNotice).where(PublicNotice.division_code == code)
                                           .with_for_update())).first()


# --- institutions ------------------------------------------------------------------------------------

_PUBLIC_INFO = select(Organisation.code, Organisation.name, Organisation.address, Organisation.public_phone,
                      Organisation.business_hours, Organisation.intro, Organisation.public_listed, Organisation.lat,
                      Organisation.lon, Organisation.updated_at)


class InstitutionRepository(Repository):
    """Designated institutions as public engagement names them (public information only)."""

    @reads
    async def by_code(self, code: str) -> InstitutionRef | None:
        """A designated institution (hospital or pharmacy) by its code."""
        o = Organisation
        row = await self.db.first(select(o.id, o.code, o.name, o.division_code).where(
            o.code == code, any_of(o.subtype, list(INSTITUTION_SUBTYPES))))
        return None if row is None else InstitutionRef(*row)

    @reads
    async def public_info(self, org_id: int) -> InstitutionPublicInfoView | None:
        """An institution's public information (None: not a designated institution)."""
        row = await self.db.first(_PUBLIC_INFO.where(Organisation.id == org_id,
                                                     Organisation.subtype.in_(INSTITUTION_SUBTYPES)))
        return None if row is None else InstitutionPublicInfoView(*row)

    @writes
    async def lock(self, org_id: int) -> Organisation | None:
        """Returns and locks one organisation, for its staff to change its public information."""
        return await self.session.get(Organisation, org_id, with_for_update=True)
