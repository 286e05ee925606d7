"""Root query fields of the inquiry workflow (SUP-19…24), the supply home page (SUP-01) and notifications."""
from __future__ import annotations

from datetime import datetime, time

import strawberry

from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.inquiry.access import InquiryAccess
from domain.inquiry.models import INQUIRY_WORKFLOW, InquiryState as _State
from domain.inquiry.repository import InquiryCriteria, InquiryRepository
from domain.inquiry.service import todo_specs
from domain.notifications.access import NotificationAccess
from domain.notifications.repository import NotificationRepository
from domain.shared.config import SHANGHAI, shanghai_today
from domain.shared.scopes import Scope
from domain.supply.access import OrgAccess, division_filter
from domain.supply.models import LEVEL_LABELS, WARNING_WORKFLOW
from domain.supply.criteria import WarningCriteria, WarningGroupBy
from domain.supply.warnings import WarningRepository
from resolvers.context import Info
from schema.inquiry import types as t
from schema.inquiry.enums import InquiryAction, InquiryState
from schema.inquiry.inputs import InquiryFilter
from schema.permissions import needs
from schema.relay import from_global_id, page_request
from schema.supply.types import WarningCount


async def inquiry_criteria(info: Info, flt: InquiryFilter | None) -> InquiryCriteria:
    if flt is None:
        return InquiryCriteria()
    drug_id = None
    if flt.drug_code:
        drug = await DrugRepository(info.context.db).get_by_code(normalise_code(flt.drug_code)[:23])
        drug_id = drug.id if drug else -1
    return InquiryCriteria(
        states=tuple(s.value for s in flt.states or ()),
        division_codes=division_filter(info.context.tree, flt.division_code, ["filter", "divisionCode"]),
        organisation_id=from_global_id(flt.organisation_id, "Organisation")[1] if flt.organisation_id else None,
        rule_id=from_global_id(flt.rule_id, "WarningRule")[1] if flt.rule_id else None,
        drug_code_id=drug_id, overdue_on=shanghai_today() if flt.overdue else None)


def _today_start() -> datetime:
    return datetime.combine(shanghai_today(), time.min, tzinfo=SHANGHAI)


@strawberry.type
class InquiryQueries:
    @strawberry.field(description="问询任务（SUP-19 自治区：待分配/已分配；SUP-20 市州：待下发/已下发；SUP-21 机构："
                                  "待反馈/待审核/已办结；SUP-22 市州：待审核/已审核；SUP-24 已归档），最新在前",
                      extensions=needs(Scope.INQUIRIES_READ))
    async def inquiry_tasks(self, info: Info, first: int | None = 20, after: str | None = None,
                            offset: int | None = None, filter: InquiryFilter | None = None
                            ) -> t.InquiryTaskConnection | None:
        page = await InquiryRepository(info.context.db).page(
            InquiryAccess.of(info.context.principal), await inquiry_criteria(info, filter),
            page_request(first, after, offset))
        return t.InquiryTaskConnection.of(page, t.InquiryTask.of)

    @strawberry.field(description="按 ID 读取一个问询任务（不可见为 null）", extensions=needs(Scope.INQUIRIES_READ))
    async def inquiry_task(self, info: Info, id: strawberry.ID) -> t.InquiryTask | None:
        (row,) = await InquiryRepository(info.context.db).get_many(
            InquiryAccess.of(info.context.principal), [from_global_id(id, "InquiryTask")[1]])
        return t.InquiryTask.of(row) if row else None

    @strawberry.field(description="问询任务按状态计数（SUP-21 待反馈、待审核、已办结的数量等），可与筛选条件组合",
                      extensions=needs(Scope.INQUIRIES_READ))
    async def inquiry_task_counts(self, info: Info, filter: InquiryFilter | None = None
                                  ) -> list[t.InquiryStateCount] | None:
        access = InquiryAccess.of(info.context.principal)
        counts = await InquiryRepository(info.context.db).counts(access, await inquiry_criteria(info, filter))
        return [t.InquiryStateCount(state=InquiryState(s), label=INQUIRY_WORKFLOW.states[s], count=counts.get(s, 0))
                for s in _State if s not in access.hidden]

    @strawberry.field(description="药品云平台首页（SUP-01）", extensions=needs(Scope.NOTIFICATIONS_READ))
    async def supply_home(self, info: Info) -> t.SupplyHome:
        ctx = info.context
        who = ctx.principal
        since = _today_start()
        inquiries, wrepo = InquiryRepository(ctx.db), WarningRepository(ctx.db)
        access = InquiryAccess.of(who)
        org_access = OrgAccess.of(who)
        sees_warnings = who.has(Scope.SUPPLY_READ) or org_access.own is not None
        wt, wct, wa, wca = (await wrepo.warning_figures(org_access, since)
                            if sees_warnings else (0, 0, 0, 0))
        pt, pft, pa, pfa = (await inquiries.problem_figures(access, since) if who.has(Scope.INQUIRIES_READ)
                            else (0, 0, 0, 0))
        by_state = by_level = None
        if who.has(Scope.SUPPLY_READ):
            states = dict(await wrepo.counts(org_access, WarningCriteria(), WarningGroupBy.STATE))
            by_state = [WarningCount(key=s, label=WARNING_WORKFLOW.states[s], count=states.get(s, 0))
                        for s in WARNING_WORKFLOW.states]
            open_states = tuple(s for s in WARNING_WORKFLOW.states if s != "CLOSED")
            levels = dict(await wrepo.counts(org_access, WarningCriteria(states=open_states), WarningGroupBy.LEVEL))
            by_level = [WarningCount(key=lv.value, label=label, count=levels.get(lv.value, 0))
                        for lv, label in LEVEL_LABELS.items()]
        counts = await inquiries.counts(access, InquiryCriteria()) if who.has(Scope.INQUIRIES_READ) else {}
        todos = []
        for spec in todo_specs(who):
            n = (await inquiries.counts(access, spec.criteria)).get(spec.state, 0)
            todos.append(t.InquiryTodo(action=InquiryAction(spec.action), label=spec.label,
                                       state=InquiryState(spec.state), count=n))
        notifications: list[t.Notification] = []
        unread = 0
        reader = NotificationAccess.of(who)
        if reader is not None:
            nrepo = NotificationRepository(ctx.db)
            page = await nrepo.page(reader, False, page_request(10, None, None))
            notifications = [t.Notification.of(n) for n in page.items]
            unread = await nrepo.unread_count(reader)
        return t.SupplyHome(
            today=t.HomeFigures(warnings=wt, problems=pt, closed_warnings=wct, finished_problems=pft),
            total=t.HomeFigures(warnings=wa, problems=pa, closed_warnings=wca, finished_problems=pfa),
            warnings_by_state=by_state, warnings_by_level=by_level,
            inquiries_by_state=[t.InquiryStateCount(state=InquiryState(s), label=INQUIRY_WORKFLOW.states[s],
                                                    count=counts.get(s, 0)) for s in _State if s not in access.hidden]
            if who.has(Scope.INQUIRIES_READ) else [],
            todos=todos, unread_notifications=unread, notifications=notifications)

    @strawberry.field(description="本单位收到的通知（告警、问询下发、审核结果等），最新在前",
                      extensions=needs(Scope.NOTIFICATIONS_READ))
    async def notifications(self, info: Info, first: int | None = 20, after: str | None = None,
                            offset: int | None = None, unread_only: bool = False) -> t.NotificationConnection | None:
        request = page_request(first, after, offset)
        reader = NotificationAccess.of(info.context.principal)
        if reader is None:
            return None
        page = await NotificationRepository(info.context.db).page(reader, unread_only, request)
        return t.NotificationConnection.of(page, t.Notification.of)
