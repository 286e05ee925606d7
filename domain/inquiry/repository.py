"""All SQL of the inquiry workflow: tasks, evidence files, counts by state."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select, update

from domain.drugs.models import DrugCode
from domain.identity.models import Organisation
from domain.inquiry.access import InquiryAccess
from domain.inquiry.models import InquiryEvidence, InquiryState, InquiryTask
from domain.inquiry.views import EvidenceFile, InquiryEvidenceView, InquiryTaskView, SubjectNames
from domain.shared.db import aligned, any_of
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes
from domain.supply.models import WarningRule


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


class InquiryRepository(Repository):
    @reads
    async def page(self, access: InquiryAccess, criteria: InquiryCriteria,
                   request: PageRequest) -> Page[InquiryTaskView]:
        """The tasks the caller sees, newest first."""
        return await keyset_page(self.db, InquiryTaskView.select().where(*_where(access, criteria)),
                                 [(InquiryTask.id, True)], request, id_col=InquiryTask.id, make=InquiryTaskView.of)

    @reads
    async def counts(self, access: InquiryAccess, criteria: InquiryCriteria) -> dict[str, int]:
        """Tasks the caller sees, per state."""
        rows = await self.db.rows(
            select(InquiryTask.state, func.count()).where(*_where(access, criteria)).group_by(InquiryTask.state))
        return {s: int(n) for s, n in rows}

    @reads
    async def get_many(self, access: InquiryAccess, ids: Sequence[int]) -> list[InquiryTaskView | None]:
        """Tasks aligned to `ids`, None where the caller does not see one."""
        if not ids:
            return []
        rows = await self.db.rows(InquiryTaskView.select().where(
            *_where(access, InquiryCriteria()), any_of(InquiryTask.id, list(ids))))
        return aligned(ids, InquiryTaskView.many(rows), "id")

    @writes
    async def lock_many(self, access: InquiryAccess, ids: Sequence[int]) -> list[InquiryTask | None]:
        """Returns and locks visible tasks aligned to `ids` (locked in id order: no deadlocks)."""
        rows = (await self.session.scalars(select(InquiryTask).where(
            *_where(access, InquiryCriteria()), any_of(InquiryTask.id, list(ids)))
            .order_by(InquiryTask.id).with_for_update())).all()
        return aligned(ids, rows, "id")

    @writes
    async def add_tasks(self, tasks: list[InquiryTask]) -> None:
        """Adds new tasks and gives them their ids."""
        self.session.add_all(tasks)
        await self.session.flush()

    @reads
    async def by_warnings(self, warning_ids: Sequence[int]) -> dict[int, int]:
        """warning id → task id for warnings already in a task."""
        rows = await self.db.rows(select(InquiryTask.warning_id, InquiryTask.id).where(
            any_of(InquiryTask.warning_id, list(warning_ids))))
        return {w: t for w, t in rows}

    @reads
    async def subject_names(self, rule_ids: Sequence[int], drug_ids: Sequence[int],
                            org_ids: Sequence[int]) -> SubjectNames:
        """The names new tasks' titles are made of: warning rules, drugs (registered names), organisations."""
        rules = await self.db.rows(select(WarningRule.id, WarningRule.name).where(any_of(WarningRule.id, rule_ids)))
        drugs = await self.db.rows(select(DrugCode.id, DrugCode.registered_name).where(any_of(DrugCode.id, drug_ids)))
        orgs = await self.db.rows(select(Organisation.id, Organisation.name).where(
            any_of(Organisation.id, org_ids))) if org_ids else []
        return SubjectNames({i: n for i, n in rules}, {i: n for i, n in drugs}, {i: n for i, n in orgs})

    @writes
    async def set_state(self, ids: Sequence[int], state: str, **values: Any) -> None:
        """Moves tasks to a state, with the step's time stamp and values."""
        await self.session.execute(update(InquiryTask).where(any_of(InquiryTask.id, list(ids)))
                                   .values(state=state, updated_at=func.now(), **values))

    # --- evidence ------------------------------------------------------------------------------

    @writes
    async def add_evidence(self, files: list[InquiryEvidence]) -> None:
        """Adds a feedback round's evidence files."""
        self.session.add_all(files)

    @reads
    async def evidence_for_tasks(self, task_ids: Sequence[int]) -> list[list[InquiryEvidenceView]]:
        """Evidence metadata (no content) aligned to `task_ids`, oldest first (the tasks are already visible to
        the caller)."""
        if not task_ids:
            return []
        rows = await self.db.rows(InquiryEvidenceView.select().where(any_of(InquiryEvidence.task_id, list(task_ids)))
                                  .order_by(InquiryEvidence.task_id, InquiryEvidence.id))
        by: dict[int, list[InquiryEvidenceView]] = {}
        for r in rows:
            e = InquiryEvidenceView.of(r)
            by.setdefault(e.task_id, []).append(e)
        return [by.get(t, []) for t in task_ids]

    @reads
    async def evidence_content(self, access: InquiryAccess, evidence_id: int) -> EvidenceFile | None:
        """An evidence file with its bytes, if its task is visible to the caller."""
        row = await self.db.first(
            select(InquiryEvidence.file_name, InquiryEvidence.media_type, InquiryEvidence.sha256,
                   InquiryEvidence.content)
            .join(InquiryTask, InquiryTask.id == InquiryEvidence.task_id)
            .where(InquiryEvidence.id == evidence_id, *_where(access, InquiryCriteria())))
        return None if row is None else EvidenceFile(row[0], row[1], row[2], bytes(row[3]))

    @reads
    async def problem_figures(self, access: InquiryAccess, since: datetime) -> tuple[int, int, int, int]:
        """SUP-01 problems: (created today, finished today, created ever, finished ever) among visible tasks."""
        done = any_of(InquiryTask.state, [InquiryState.CLOSED, InquiryState.ARCHIVED])
        row = await self.db.first(select(
            func.count().filter(InquiryTask.created_at >= since),
            func.count().filter(and_(done, InquiryTask.reviewed_at >= since)),
            func.count(), func.count().filter(done)).where(*_where(access, InquiryCriteria())))
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])
