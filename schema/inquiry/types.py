"""GraphQL types of the inquiry workflow (SUP-18…24) and the supply home page (SUP-01)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry

from domain.inquiry import models as m
from domain.inquiry.service import available_steps
from domain.inquiry.views import InquiryEvidenceView, InquiryTaskView
from domain.notifications.views import NotificationView
from domain.shared.config import shanghai_today
from domain.supply.models import WARNING_WORKFLOW
from schema.common.types import Actor, Division, Organisation, division_of, f, local
from schema.common.types import WorkflowEvent
from schema.drugs.types import Drug
from schema.inquiry.enums import InquiryAction, InquiryState
from schema.relay import Connection, Node, to_global_id
from schema.supply.types import SupplyWarning, WarningCount, WarningRule

SYSTEM = Actor(username="system", display_name="系统（预警评估）")


def _event(r: Any, label: str, key: str) -> WorkflowEvent:
    return WorkflowEvent(action=key, label=label, from_state=(r.before or {}).get("state"),
                         to_state=(r.after or {}).get("state"),
                         actor=Actor(username=r.actor_username, display_name=r.actor_name), at=local(r.at),
                         opinion=r.opinion)


@strawberry.type(description="佐证材料（SUP-21）：下载地址需带登录令牌（Authorization: Bearer），仅任务可见者可下载")
class InquiryEvidence(Node):
    round: int = f("第几轮反馈")
    file_name: str = f("文件名")
    media_type: str = f("文件类型（按文件内容识别）")
    size: int = f("字节数")
    sha256: str = f("SHA-256 校验和（十六进制）")
    uploaded_at: datetime = f("上传时间")
    url: str = f("下载地址（相对路径）")

    @classmethod
    def of(cls, e: InquiryEvidenceView) -> InquiryEvidence:
        return cls(id=to_global_id("InquiryEvidence", e.id), round=e.round, file_name=e.file_name,
                   media_type=e.media_type, size=e.size, sha256=e.sha256, uploaded_at=local(e.uploaded_at),
                   url=f"/files/evidence/{e.id}")


@strawberry.type(description="问询任务（SUP-18）：一条预警的问询，自治区分配 → 市州下发 → 供应主体反馈 → 市州审核 → 归档")
class InquiryTask(Node):
    state: InquiryState = f("状态")
    state_label: str = f("状态名称")
    title: str = f("标题：规则、供应主体（或区县）与药品")
    division_code: str = f("预警所在区划")
    handling_division_code: str = f("负责下发、审核的医保局所在区划（市州；自治区直辖县级市为自治区）")
    due_date: date | None = f("反馈期限（下发时设定）")
    feedback: str | None = f("最近一轮反馈内容")
    round: int = f("反馈轮次（被退回后再次反馈加 1）")
    created_at: datetime = f("加入问询时间")
    allocated_at: datetime | None = f("分配时间")
    dispatched_at: datetime | None = f("下发时间")
    fed_back_at: datetime | None = f("最近反馈时间")
    reviewed_at: datetime | None = f("最近审核时间")
    archived_at: datetime | None = f("归档时间")
    _pk: strawberry.Private[int]
    _warning_id: strawberry.Private[int]
    _rule_id: strawberry.Private[int]
    _drug_id: strawberry.Private[int]
    _org_id: strawberry.Private[int | None]
    _row: strawberry.Private[InquiryTaskView]

    @strawberry.field(description="已过反馈期限仍未反馈")
    def overdue(self) -> bool:
        return (self.state == m.InquiryState.PENDING_FEEDBACK and self.due_date is not None
                and self.due_date < shanghai_today())

    @strawberry.field(description="预警所在区划")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)

    @strawberry.field(description="负责的医保局所在区划")
    def handling_division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.handling_division_code)

    @strawberry.field(description="来源预警")
    async def warning(self, info: strawberry.Info) -> SupplyWarning | None:
        w = await info.context.loaders.inquiry_warning.load(self._warning_id)
        return SupplyWarning.of(w) if w else None

    @strawberry.field(description="预警规则")
    async def rule(self, info: strawberry.Info) -> WarningRule | None:
        r = await info.context.loaders.inquiry_rule.load(self._rule_id)
        return WarningRule.of(r) if r else None

    @strawberry.field(description="药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @strawberry.field(description="反馈单位（供应主体）；区县覆盖预警在下发前为 null")
    async def organisation(self, info: strawberry.Info) -> Organisation | None:
        if self._org_id is None:
            return None
        o = await info.context.loaders.organisation.load(self._org_id)
        return Organisation.of(o) if o else None

    @strawberry.field(description="佐证材料（各轮反馈上传的文件）")
    async def evidence(self, info: strawberry.Info) -> list[InquiryEvidence]:
        return [InquiryEvidence.of(e) for e in await info.context.loaders.inquiry_evidence.load(self._pk)]

    @strawberry.field(description="进度跟踪（SUP-23）：从预警识别起每一步的时间、操作人和意见/反馈，读取自审计记录")
    async def timeline(self, info: strawberry.Info) -> list[WorkflowEvent]:
        loaders = info.context.loaders
        w = await loaders.inquiry_warning.load(self._warning_id)
        out: list[WorkflowEvent] = []
        if w is not None:
            out.append(WorkflowEvent(action="identify", label="预警识别", from_state=None, to_state="IDENTIFIED",
                                     actor=SYSTEM, at=local(w.first_seen_at),
                                     opinion=f"指标值 {w.value}，阈值 {w.threshold}"))
            for r in await loaders.warning_history.load(w.id):
                key = r.action.split(".", 1)[1]
                if key == "alert":
                    out.append(_event(r, WARNING_WORKFLOW.by_name["alert"].label, key))
        for r in await loaders.inquiry_history.load(self._pk):
            key = r.action.split(".", 1)[1]
            t = m.INQUIRY_WORKFLOW.by_name.get(key)
            out.append(_event(r, t.label if t else "加入问询", key))
        out.sort(key=lambda e: e.at)
        return out

    @strawberry.field(description="当前用户此刻可以执行的操作（按状态、岗位、层级、是否本单位及不相容岗位计算）")
    async def available_actions(self, info: strawberry.Info) -> list[InquiryAction]:
        who = info.context.principal
        rows = await info.context.loaders.inquiry_history.load(self._pk)
        last = m.INQUIRY_WORKFLOW.last_actors((r.action, r.actor_id) for r in rows)
        return [InquiryAction(a) for a in available_steps(self._row, who, last)]

    @classmethod
    def of(cls, t: InquiryTaskView) -> InquiryTask:
        return cls(id=to_global_id("InquiryTask", t.id), state=m.InquiryState(t.state),
                   state_label=m.INQUIRY_WORKFLOW.states[t.state], title=t.title, division_code=t.division_code,
                   handling_division_code=t.handling_division, due_date=t.due_date, feedback=t.feedback,
                   round=t.round, created_at=local(t.created_at), allocated_at=local(t.allocated_at),
                   dispatched_at=local(t.dispatched_at), fed_back_at=local(t.fed_back_at),
                   reviewed_at=local(t.reviewed_at), archived_at=local(t.archived_at), _pk=t.id,
                   _warning_id=t.warning_id, _rule_id=t.rule_id, _drug_id=t.drug_code_id, _org_id=t.organisation_id,
                   _row=t)


InquiryTaskConnection = Connection[InquiryTask]


@strawberry.type(description="某状态的问询任务数")
class InquiryStateCount:
    state: InquiryState = f("状态")
    label: str = f("状态名称")
    count: int = f("任务数")


@strawberry.type(description="一项待办：当前用户可在该状态的任务上执行的操作及任务数")
class InquiryTodo:
    action: InquiryAction = f("待执行的操作")
    label: str = f("待办名称，如 待分配、待下发、待反馈、待审核、待归档")
    state: InquiryState = f("任务所处状态")
    count: int = f("任务数")


@strawberry.type(description="通知（SUP-01）：申请、告警、问询处置等结果通知")
class Notification(Node):
    kind: str = f("类型，如 inquiry.dispatch、inquiry.approve、inquiry.reject、warning.alert")
    title: str = f("标题")
    body: str = f("内容")
    entity_type: str | None = f("相关对象类型，如 InquiryTask、SupplyWarning")
    entity_id: strawberry.ID | None = f("相关对象的全局 ID（可直接打开办理）")
    created_at: datetime = f("通知时间")
    read: bool = f("当前用户是否已读")

    @classmethod
    def of(cls, n: NotificationView) -> Notification:
        gid = to_global_id(n.entity_type, n.entity_id) if n.entity_type and n.entity_id else None
        return cls(id=to_global_id("Notification", n.id), kind=n.kind, title=n.title, body=n.body,
                   entity_type=n.entity_type, entity_id=strawberry.ID(gid) if gid else None,
                   created_at=local(n.created_at), read=bool(n.read))


NotificationConnection = Connection[Notification]


@strawberry.type(description="今日或累计的数据")
class HomeFigures:
    warnings: int = f("预警数（识别的预警条数）")
    problems: int = f("问题数（加入问询的问题条数）")
    closed_warnings: int = f("已解除的预警数")
    finished_problems: int = f("已办结（含归档）的问题数")


@strawberry.type(description="药品云平台首页（SUP-01）：今日及上线至今累计数据、预警处置情况、问询待办和结果通知")
class SupplyHome:
    today: HomeFigures = f("今日（北京时间）")
    total: HomeFigures = f("系统上线至今累计")
    warnings_by_state: list[WarningCount] | None = f("预警按状态（处置情况）；无预警查看权限时为 null")
    warnings_by_level: list[WarningCount] | None = f("未解除的预警按等级；无预警查看权限时为 null")
    inquiries_by_state: list[InquiryStateCount] = f("可见问询任务按状态")
    todos: list[InquiryTodo] = f("当前用户的问询待办（各环节），可直接办理")
    unread_notifications: int = f("未读通知数")
    notifications: list[Notification] = f("最近通知（最多 10 条）")
