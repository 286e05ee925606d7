"""All SQL of the inquiry workflow: tasks, evidence files, counts by state."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, select, update

from domain.identity.models import Organisation
from domain.inquiry.access import InquiryAccess
from domain.inquiry.models import InquiryEvidence, InquiryState, InquiryTask
from domain.shared.db import aligned, any_of
from domain.shared.pagination import Page, PageRequest, keyset_page


@dataclass(frozen=True)
class InquiryCriteria:
    states: tuple[str, ...] = ()
    division_codes: frozenset[str] | None = None   # subject's division within this subtree
    organisation_id: int | None = None
    rule_id: int | None = None
    drug_code_id: int | None = None
    created_from: datetime | None = None
    created_until: datetime | None = None
    overdue_on: Any = None                          # a date: due before it and still awaiting feedback
    handling_division: str | None = None


def _where(access: InquiryAccess, c: InquiryCriteria) -> list[Any]:
    where: list[Any] = []
    if access.hidden:
        where.append(InquiryTask.state.not_in(sorted(access.hidden)))
    if access.own is not None:
        where.append(InquiryTask.organisation_id == access.own)
    elif access.divisions is not None:
        where.append(any_of(InquiryTask.division_code, access.divisions))
    if c.states:
        where.append(any_of(InquiryTask.state, c.states))
    if c.division_codes is not None:
        where.append(any_of(InquiryTask.division_code, c.division_codes))
    if c.organisation_id is not None:
        where.append(InquiryTask.organisation_id == c.organisation_id)
    if c.rule_id is not None:
        where.append(InquiryTask.rule_id == c.rule_id)
    if c.drug_code_id is not None:
        where.append(InquiryTask.drug_code_id == c.drug_code_id)
    if c.created_from is not None:
        where.append(InquiryTask.created_at >= c.created_from)
    if c.created_until is not None:
        where.append(InquiryTask.created_at < c.created_until)
    if c.handling_division is not None:
        where.append(InquiryTask.handling_division == c.handling_division)
    if c.overdue_on is not None:
        where.append(and_(InquiryTask.state == InquiryState.PENDING_FEEDBACK, InquiryTask.due_date < c.overdue_on))
    return where


class InquiryRepository:
    def __init__(self, session: Any) -> None:
        self.session = session

    def _tasks(self, access: InquiryAccess, c: InquiryCriteria) -> Select[tuple[InquiryTask]]:
        return select(InquiryTask).where(*_where(access, c))

    async def page(self, access: InquiryAccess, criteria: InquiryCriteria, request: PageRequest) -> Page[InquiryTask]:
        """Newest first."""
        return await keyset_page(self.session, self._tasks(access, criteria), [(InquiryTask.id, True)], request,
                                 id_col=InquiryTask.id)

    async def counts(self, access: InquiryAccess, criteria: InquiryCriteria) -> dict[str, int]:
        """Tasks per state."""
        rows = (await self.session.execute(
            select(InquiryTask.state, func.count()).where(*_where(access, criteria)).group_by(InquiryTask.state))).all()
        return {s: int(n) for s, n in rows}

    async def get_many(self, access: InquiryAccess, ids: Sequence[int]) -> list[InquiryTask | None]:
        if not ids:
            return []
        rows = (await self.session.scalars(self._tasks(access, InquiryCriteria()).where(
            any_of(InquiryTask.id, list(ids))))).all()
        return aligned(ids, rows, "id")

    async def lock_many(self, access: InquiryAccess, ids: Sequence[int]) -> list[InquiryTask | None]:
        """Returns and locks visible tasks aligned to `ids` (locked in id order: no deadlocks)."""
        rows = (await self.session.scalars(self._tasks(access, InquiryCriteria()).where(
            any_of(InquiryTask.id, list(ids))).order_by(InquiryTask.id).with_for_update())).all()
        return aligned(ids, rows, "id")

    async def by_warnings(self, warning_ids: Sequence[int]) -> dict[int, int]:
        """warning id → task id for warnings already in a task."""
        rows = (await self.session.execute(select(InquiryTask.warning_id, InquiryTask.id).where(
            any_of(InquiryTask.warning_id, list(warning_ids))))).all()
        return {w: t for w, t in rows}

    async def tasks_for_warnings(self, access: InquiryAccess, warning_ids: Sequence[int]) -> list[InquiryTask | None]:
        rows = (await self.session.scalars(self._tasks(access, InquiryCriteria()).where(
            any_of(InquiryTask.warning_id, list(warning_ids))))).all()
        return aligned(warning_ids, rows, "warning_id")

    async def set_state(self, ids: Sequence[int], state: str, **values: Any) -> None:
        await self.session.execute(update(InquiryTask).where(any_of(InquiryTask.id, list(ids)))
                                   .values(state=state, updated_at=func.now(), **values))

    async def organisation(self, org_id: int) -> Organisation | None:
        return await self.session.get(Organisation, org_id)

    # --- evidence ------------------------------------------------------------------------------

    async def evidence_for_tasks(self, task_ids: Sequence[int]) -> list[list[InquiryEvidence]]:
        """Evidence metadata (no content) aligned to `task_ids`, oldest first."""
        if not task_ids:
            return []
        cols = [InquiryEvidence.id, InquiryEvidence.task_id, InquiryEvidence.round, InquiryEvidence.file_name,
                InquiryEvidence.media_type, InquiryEvidence.size, InquiryEvidence.sha256, InquiryEvidence.uploaded_by,
                InquiryEvidence.uploaded_at]
        rows = (await self.session.execute(select(*cols).where(any_of(InquiryEvidence.task_id, list(task_ids)))
                                           .order_by(InquiryEvidence.task_id, InquiryEvidence.id))).all()
        by: dict[int, list[Any]] = {}
        for r in rows:
            by.setdefault(r.task_id, []).append(r)
        return [by.get(t, []) for t in task_ids]

    async def evidence_content(self, access: InquiryAccess, evidence_id: int) -> tuple[Any, bytes] | None:
        """An evidence file and its bytes, if its task is visible to the caller."""
        row = (await self.session.execute(
            select(InquiryEvidence.file_name, InquiryEvidence.media_type, InquiryEvidence.sha256,
                   InquiryEvidence.content, InquiryEvidence.task_id)
            .join(InquiryTask, InquiryTask.id == InquiryEvidence.task_id)
            .where(InquiryEvidence.id == evidence_id, *_where(access, InquiryCriteria())))).first()
        if row is None:
            return None
        return row, bytes(row.content)

    async def problem_figures(self, access: InquiryAccess, since: datetime) -> tuple[int, int, int, int]:
        """SUP-01 problems: (created today, finished today, created ever, finished ever) among visible tasks."""
        done = any_of(InquiryTask.state, [InquiryState.CLOSED, InquiryState.ARCHIVED])
        row = (await self.session.execute(select(
            func.count().filter(InquiryTask.created_at >= since),
            func.count().filter(and_(done, InquiryTask.reviewed_at >= since)),
            func.count(), func.count().filter(done)).where(*_where(access, InquiryCriteria())))).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])
