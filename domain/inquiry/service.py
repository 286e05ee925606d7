"""Use cases of the inquiry workflow (SUP-15…24): add warnings to inquiries, allocate, dispatch, feed back
with evidence, review, archive. Each is one transaction with its audit rows and notifications."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from domain.divisions.models import DivisionTree
from domain.divisions.repository import load_tree
from domain.identity.models import OrgKind
from domain.identity.repository import IdentityRepository
from domain.identity.views import OrganisationView
from domain.inquiry.access import InquiryAccess, handling_division
from domain.inquiry.errors import InquiryError
from domain.inquiry.errors import InquiryErrorCode as C
from domain.inquiry.evidence import check_files
from domain.inquiry.models import (CREATE_ACTION, ENTITY_STEPS, HANDLER_STEPS, INQUIRY_WORKFLOW, REGION_STEPS, S,
                                   InquiryEvidence, InquiryState, InquiryTask)
from domain.inquiry.repository import InquiryCriteria, InquiryRepository
from domain.inquiry.views import EvidenceFile, InquiryTaskView
from domain.notifications.repository import NotificationRepository
from domain.shared.config import shanghai_today
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.principal import Principal
from domain.shared.scopes import Role, Scope
from domain.shared.uow import UnitOfWork
from domain.shared.personal import protect
from domain.shared.workflow import MAX_OPINION, WorkflowError
from domain.supply.access import OrgAccess
from domain.supply.models import WARNING_WORKFLOW, SupplyWarning
from domain.supply.warnings import WarningRepository

TASK = "InquiryTask"
WARNING = "SupplyWarning"
MAX_BATCH = 100
MAX_FEEDBACK = 4000


def _ids(ids: list[int], what: str) -> list[int]:
    if not ids:
        raise InquiryError(f"请选择{what}", code=C.REQUIRED, field=["ids"])
    if len(ids) > MAX_BATCH:
        raise InquiryError(f"一次最多处理 {MAX_BATCH} 条", code=C.TOO_MANY_VALUES, field=["ids"])
    return list(dict.fromkeys(ids))


def _item_error(i: int, e: DomainError) -> InquiryError:
    return InquiryError(f"第 {i + 1} 条：{e.message}", code=e.code, field=["ids", str(i)], details=e.details)


@dataclass(frozen=True)
class Notice:
    org_id: int
    kind: str
    title: str
    body: str
    task_id: int


class InquiryService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def who(self) -> Principal:
        return self.uow.who

    async def _history(self, task_ids: list[int]) -> dict[int, dict[str, int | None]]:
        rows = await self.uow.audit.list_for_entities(TASK, [str(t) for t in task_ids], INQUIRY_WORKFLOW.actions)
        return {t: INQUIRY_WORKFLOW.last_actors((r.action, r.actor_id) for r in hist)
                for t, hist in zip(task_ids, rows, strict=True)}

    async def _notify(self, notices: list[Notice]) -> None:
        await self.uow.repo(NotificationRepository).add_many(
            [(n.org_id, n.kind, n.title, n.body, TASK, str(n.task_id)) for n in notices])

    async def _bureaus(self, divisions: set[str]) -> dict[str, int]:
        return await self.uow.repo(NotificationRepository).bureau_ids(sorted(divisions))

    # --- SUP-15/16 加入问询 → SUP-18 task ------------------------------------------------------

    async def create_from_warnings(self, warning_ids: list[int], opinion: str | None) -> list[InquiryTaskView]:
        """Puts warnings into inquiry: one task per warning. The region's tasks wait for allocation; a
        prefecture's own tasks start allocated to itself (待下发). All or nothing."""
        who = self.who
        ids = _ids(warning_ids, "预警数据")
        if who.role not in (Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL) or not who.has(Scope.WARNINGS_HANDLE):
            raise InquiryError("只有自治区或市州医保局的预警处置人员可以加入问询", code=C.FORBIDDEN)
        async with self.uow as uow:
            tree = await load_tree(uow.session)
            wrepo, repo = uow.repo(WarningRepository), uow.repo(InquiryRepository)
            warnings = await wrepo.lock_many(OrgAccess.of(who), ids)
            existing = await repo.by_warnings(ids)
            errors: list[InquiryError] = []
            for i, (wid, w) in enumerate(zip(ids, warnings, strict=True)):
                if w is None:
                    errors.append(InquiryError(f"第 {i + 1} 条：预警不存在", code=C.NOT_FOUND, field=["ids", str(i)],
                                               details={"id": wid}))
                elif wid in existing:
                    errors.append(InquiryError(f"第 {i + 1} 条：该预警已在问询中", code=C.ALREADY_IN_INQUIRY,
                                               field=["ids", str(i)], details={"task": existing[wid]}))
                elif w.state == "CLOSED":
                    errors.append(InquiryError(f"第 {i + 1} 条：预警已解除，无需问询", code=C.WARNING_CLOSED,
                                               field=["ids", str(i)]))
                else:
                    try:
                        WARNING_WORKFLOW.check("inquire", w.state, who, {}, opinion)
                        if who.role == Role.PREFECTURE_OFFICIAL and \
                                handling_division(tree, w.division_code) != who.division_code:
                            raise InquiryError("该预警不由本局下发和审核", code=C.NOT_HANDLING_BUREAU)
                    except (WorkflowError, InquiryError) as e:
                        errors.append(_item_error(i, e))
            if errors:
                raise ValidationFailed(list(errors))
            ws: list[SupplyWarning] = [w for w in warnings if w is not None]
            titles = await self._titles(repo, ws, tree)
            now = datetime.now(timezone.utc)
            region_level = who.role == Role.REGION_OFFICIAL
            state = InquiryState.PENDING_ALLOCATION if region_level else InquiryState.PENDING_DISPATCH
            tasks = [InquiryTask(warning_id=w.id, rule_id=w.rule_id, drug_code_id=w.drug_code_id,
                                 organisation_id=w.organisation_id, division_code=w.division_code,
                                 handling_division=handling_division(tree, w.division_code), state=state,
                                 title=titles[w.id], round=0, created_by=who.user_id,
                                 allocated_at=None if region_level else now) for w in ws]
            await repo.add_tasks(tasks)
            from_states = {w.id: w.state for w in ws}  # the UPDATE below also refreshes the objects
            await wrepo.set_state([w.id for w in ws], "IN_INQUIRY")
            for w, t in zip(ws, tasks, strict=True):
                uow.record(WARNING_WORKFLOW.action("inquire"), WARNING, w.id, label=f"rule {w.rule_id}",
                           division_code=w.division_code,
                           **WARNING_WORKFLOW.audit_states("inquire", from_states[w.id], task=t.id), opinion=opinion)
                uow.record(CREATE_ACTION, TASK, t.id, label=t.title, division_code=t.division_code,
                           after={"state": state, "warning": w.id}, opinion=opinion)
            if not region_level:
                bureaus = await self._bureaus({t.handling_division for t in tasks})
                await self._notify([Notice(bureaus[t.handling_division], "inquiry.allocate", "新的问询任务待下发",
                                           t.title, t.id) for t in tasks if t.handling_division in bureaus])
            await uow.commit()
            fresh = await repo.get_many(InquiryAccess(None), [t.id for t in tasks])
        return [t for t in fresh if t is not None]

    async def _titles(self, repo: InquiryRepository, ws: list[SupplyWarning], tree: DivisionTree) -> dict[int, str]:
        names = await repo.subject_names(list({w.rule_id for w in ws}), list({w.drug_code_id for w in ws}),
                                         [w.organisation_id for w in ws if w.organisation_id is not None])
        out = {}
        for w in ws:
            node = tree.get(w.division_code)
            subject = names.organisations.get(w.organisation_id) if w.organisation_id else \
                (node.name if node else w.division_code)
            out[w.id] = f"{names.rules.get(w.rule_id, '预警')}：{subject}·{names.drugs.get(w.drug_code_id, '')}"[:200]
        return out

    # --- SUP-19/20/22/24: allocate, dispatch, approve, reject, archive ----------------------------

    async def transition(self, task_ids: list[int], name: str, opinion: str | None, *,
                         due_date: date | None = None, respondent_id: int | None = None) -> list[InquiryTaskView]:
        """Fires one step on every listed task, or on none if any may not (errors name each task)."""
        who = self.who
        ids = _ids(task_ids, "问询任务")
        if name not in REGION_STEPS | HANDLER_STEPS:
            raise InquiryError(f"未知操作：{name}", code=C.UNKNOWN_TRANSITION)
        today = shanghai_today()
        if due_date is not None and due_date < today:
            raise InquiryError("反馈期限不能早于今天", code=C.DUE_DATE_IN_PAST, field=["dueDate"])
        async with self.uow as uow:
            repo = uow.repo(InquiryRepository)
            tasks = await repo.lock_many(InquiryAccess.of(who), ids)
            history = await self._history([t.id for t in tasks if t is not None])
            respondent = await self._respondent(respondent_id) if respondent_id is not None else None
            tree = await load_tree(uow.session) if respondent is not None else None
            errors: list[InquiryError] = []
            for i, (tid, t) in enumerate(zip(ids, tasks, strict=True)):
                if t is None:
                    errors.append(InquiryError(f"第 {i + 1} 条：问询任务不存在", code=C.NOT_FOUND,
                                               field=["ids", str(i)], details={"id": tid}))
                    continue
                try:
                    INQUIRY_WORKFLOW.check(name, t.state, who, history.get(t.id, {}), opinion)
                    self._check_level(name, t)
                    if name == "dispatch":
                        if t.organisation_id is None and respondent is None:
                            raise InquiryError("该预警没有具体供应主体，下发时必须指定反馈单位",
                                               code=C.RESPONDENT_REQUIRED, field=["respondentId"])
                        if respondent is not None and t.organisation_id is None:
                            assert tree is not None
                            if respondent.division_code not in tree.subtree(t.division_code):
                                raise InquiryError("反馈单位不在预警所在区县", code=C.RESPONDENT_OUT_OF_AREA,
                                                   field=["respondentId"])
                except (WorkflowError, InquiryError) as e:
                    errors.append(_item_error(i, e))
            if errors:
                raise ValidationFailed(list(errors))
            live = [t for t in tasks if t is not None]
            target = INQUIRY_WORKFLOW.by_name[name].target
            now = datetime.now(timezone.utc)
            stamp = {"allocate": "allocated_at", "dispatch": "dispatched_at", "approve": "reviewed_at",
                     "reject": "reviewed_at", "archive": "archived_at"}[name]
            notices: list[Notice] = []
            bureaus = await self._bureaus({t.handling_division for t in live}) if name == "allocate" else {}
            for t in live:
                from_state = t.state  # before set_state, which refreshes the object
                values: dict[str, Any] = {stamp: now}
                if name == "dispatch":
                    if due_date is not None:
                        values["due_date"] = due_date
                    if t.organisation_id is None and respondent is not None:
                        values["organisation_id"] = respondent.id
                await repo.set_state([t.id], target, **values)
                org_id = values.get("organisation_id", t.organisation_id)
                states = INQUIRY_WORKFLOW.audit_states(
                    name, from_state, **{k: v for k, v in values.items() if k in ("due_date", "organisation_id")})
                uow.record(INQUIRY_WORKFLOW.action(name), TASK, t.id, label=t.title, division_code=t.division_code,
                           **states, opinion=opinion)
                if name == "allocate" and t.handling_division in bureaus:
                    notices.append(Notice(bureaus[t.handling_division], "inquiry.allocate", "新的问询任务待下发",
                                          t.title, t.id))
                elif name == "dispatch" and org_id is not None:
                    due = f"，请于 {due_date.isoformat()} 前反馈" if due_date else ""
                    notices.append(Notice(org_id, "inquiry.dispatch", "收到问询任务待反馈", t.title + due, t.id))
                elif name in ("approve", "reject") and org_id is not None:
                    result = "审核通过，已办结" if name == "approve" else "被退回，请补充反馈"
                    body = t.title + (f"。审核意见：{opinion.strip()}" if opinion and opinion.strip() else "")
                    notices.append(Notice(org_id, f"inquiry.{name}", f"问询反馈{result}", body, t.id))
            await self._notify(notices)
            await uow.commit()
            fresh = await repo.get_many(InquiryAccess(None), [t.id for t in live])
        return [t for t in fresh if t is not None]

    def _check_level(self, name: str, t: InquiryTask) -> None:
        who = self.who
        if name in REGION_STEPS and who.role != Role.REGION_OFFICIAL:
            raise InquiryError("问询任务由自治区医保局分配", code=C.WRONG_LEVEL)
        if name in HANDLER_STEPS and who.division_code != t.handling_division:
            raise InquiryError("该问询任务由其所在市州医保局下发、审核和归档", code=C.NOT_HANDLING_BUREAU)

    async def _respondent(self, org_id: int) -> OrganisationView:
        (org,) = await self.uow.repo(IdentityRepository).organisations_by_ids([org_id])
        if org is None or org.kind not in (OrgKind.INSTITUTION, OrgKind.ENTERPRISE) or org.subtype is None:
            raise InquiryError("反馈单位不存在或不是供应主体", code=C.NOT_FOUND, field=["respondentId"])
        return org

    # --- SUP-21 feedback with evidence -----------------------------------------------------------

    async def download_evidence(self, evidence_id: int) -> EvidenceFile | None:
        """An evidence file of a task the caller can see, with an audit row for the download in the same
        transaction (evidence may hold personal data); None when there is none the caller can see."""
        async with self.uow as uow:
            found = await uow.repo(InquiryRepository).evidence_content(InquiryAccess.of(self.who), evidence_id)
            if found is None:
                return None
            uow.record("inquiry_evidence.download", "InquiryEvidence", evidence_id, label=found.file_name,
                       after={"size": len(found.content), "sha256": found.sha256})
            await uow.commit()
        return found


    async def feedback(self, task_id: int, text: str | None,
                       files: list[tuple[str | None, bytes]]) -> InquiryTaskView:
        """The addressed supply entity answers (text required) with evidence files; goes to review."""
        who = self.who
        body = (text or "").strip()
        if not body:
            raise InquiryError("请填写反馈内容", code=C.REQUIRED, field=["feedback"])
        if len(body) > MAX_FEEDBACK:
            raise InquiryError(f"反馈内容不能超过 {MAX_FEEDBACK} 字", code=C.VALUE_TOO_LONG, field=["feedback"])
        checked = check_files(files)
        async with self.uow as uow:
            repo = uow.repo(InquiryRepository)
            (t,) = await repo.lock_many(InquiryAccess.of(who), [task_id])
            if t is None:
                raise InquiryError("问询任务不存在", code=C.NOT_FOUND, field=["id"])
            history = await self._history([t.id])
            try:
                INQUIRY_WORKFLOW.check("feedback", t.state, who, history[t.id], body[:MAX_OPINION])
            except WorkflowError as e:
                raise InquiryError(e.message, code=e.code, field=e.field, details=e.details) from None
            if who.org_id is None or who.org_id != t.organisation_id:
                raise InquiryError("只能反馈下发给本单位的问询任务", code=C.NOT_ADDRESSEE)
            rnd = t.round + 1
            now = datetime.now(timezone.utc)
            await repo.add_evidence([InquiryEvidence(task_id=t.id, round=rnd, file_name=f.file_name,
                                                     media_type=f.media_type, size=f.size, sha256=f.sha256,
                                                     content=f.content, uploaded_by=who.user_id) for f in checked])
            from_state = t.state  # before set_state, which refreshes the object
            shown, clear = protect(body)
            await repo.set_state([t.id], InquiryState.PENDING_REVIEW, feedback=shown, feedback_clear=clear, round=rnd,
                                 fed_back_at=now)
            uow.record(INQUIRY_WORKFLOW.action("feedback"), TASK, t.id, label=t.title, division_code=t.division_code,
                       **INQUIRY_WORKFLOW.audit_states(
                           "feedback", from_state, round=rnd,
                           files=[{"name": f.file_name, "size": f.size, "sha256": f.sha256} for f in checked]),
                       opinion=body)
            bureaus = await self._bureaus({t.handling_division})
            if t.handling_division in bureaus:
                await self._notify([Notice(bureaus[t.handling_division], "inquiry.feedback", "问询反馈待审核",
                                           t.title, t.id)])
            await uow.commit()
            (fresh,) = await repo.get_many(InquiryAccess(None), [t.id])
        assert fresh is not None
        return fresh


def available_steps(t: Any, who: Principal, last_actor: dict[str, int | None]) -> list[str]:
    """The steps `who` may take on a task now (state, scope, level, addressee, separation of duties)."""
    out = []
    for tr in INQUIRY_WORKFLOW.available(t.state, who, last_actor):
        if tr.name in REGION_STEPS and who.role != Role.REGION_OFFICIAL:
            continue
        if tr.name in HANDLER_STEPS and who.division_code != t.handling_division:
            continue
        if tr.name in ENTITY_STEPS and (who.org_id is None or who.org_id != t.organisation_id):
            continue
        out.append(tr.name)
    return out


@dataclass(frozen=True)
class TodoSpec:
    action: str
    label: str
    state: str
    criteria: Any


def todo_specs(who: Principal) -> list[TodoSpec]:
    """The to-do lists a user has (SUP-01 问询各环节的待办事项), each a state and the tasks it covers."""
    out: list[TodoSpec] = []
    if who.has(Scope.INQUIRIES_MANAGE) and who.role == Role.REGION_OFFICIAL:
        out.append(TodoSpec("allocate", "待分配", S.PENDING_ALLOCATION, InquiryCriteria(states=(S.PENDING_ALLOCATION,))))
    if who.division_code is not None and who.role in (Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL):
        mine = who.division_code
        if who.has(Scope.INQUIRIES_MANAGE):
            out.append(TodoSpec("dispatch", "待下发", S.PENDING_DISPATCH,
                                InquiryCriteria(states=(S.PENDING_DISPATCH,), handling_division=mine)))
        if who.has(Scope.INQUIRIES_REVIEW):
            out.append(TodoSpec("approve", "待审核", S.PENDING_REVIEW,
                                InquiryCriteria(states=(S.PENDING_REVIEW,), handling_division=mine)))
            out.append(TodoSpec("archive", "待归档", S.CLOSED, InquiryCriteria(states=(S.CLOSED,), handling_division=mine)))
    if who.has(Scope.INQUIRIES_FEEDBACK) and who.org_id is not None:
        out.append(TodoSpec("feedback", "待反馈", S.PENDING_FEEDBACK,
                            InquiryCriteria(states=(S.PENDING_FEEDBACK,), organisation_id=who.org_id)))
    return out
