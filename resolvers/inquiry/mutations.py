"""Root mutation fields of the inquiry workflow. Each is one unit of work; DomainError becomes userErrors."""
from __future__ import annotations

import base64
import binascii
from typing import Any, TypeVar

import strawberry

from domain.inquiry.errors import InquiryError
from domain.inquiry.errors import InquiryErrorCode as C
from domain.inquiry.evidence import MAX_BYTES, MAX_FILES
from domain.inquiry.service import InquiryService
from domain.notifications.service import NotificationService
from domain.shared.scopes import Scope
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.inquiry import inputs as i
from schema.inquiry import payloads as p
from schema.inquiry.types import InquiryTask
from schema.permissions import needs

P = TypeVar("P")



def _gids(gids: list[strawberry.ID], type_name: str, field: str) -> list[int]:
    """Decodes a list argument of global IDs; a malformed one is a coded error on `<field>.<index>`."""
    out = []
    for k, gid in enumerate(gids):
        v = id_arg(gid, type_name, f"{field}.{k}")
        assert v is not None
        out.append(v)
    return out


def _task_ids(ids: list[strawberry.ID]) -> list[int]:
    return _gids(ids, "InquiryTask", "ids")


def _step(name: str, scope: Scope, description: str) -> Any:
    async def resolve(info: Info, input: i.InquiryStepInput) -> p.InquiryTasksPayload:
        async def run() -> p.InquiryTasksPayload:
            rows = await InquiryService(info.context.uow()).transition(_task_ids(input.ids), name, input.opinion)
            return p.InquiryTasksPayload(tasks=[InquiryTask.of(r) for r in rows], user_errors=[])
        return await mutate(run, p.InquiryTasksPayload, p.InquiryUserError, tasks=[])

    return strawberry.mutation(resolver=resolve, extensions=needs(scope), description=description)


async def _files(input: i.InquiryFeedbackSubmitInput) -> list[tuple[str | None, bytes]]:
    out: list[tuple[str | None, bytes]] = []
    uploads = list(input.files or [])
    encoded = list(input.files_base64 or [])
    if len(uploads) + len(encoded) > MAX_FILES:
        raise InquiryError(f"每次反馈最多上传 {MAX_FILES} 个佐证材料", code=C.TOO_MANY_FILES, field=["files"])
    for u in uploads:
        data = await u.read(MAX_BYTES + 1)
        out.append((getattr(u, "filename", None), data if isinstance(data, bytes) else data.encode()))
    for k, e in enumerate(encoded):
        if len(e.content_base64) > (MAX_BYTES * 4) // 3 + 8:
            out.append((e.file_name, b"\0" * (MAX_BYTES + 1)))  # reported as too large by the checks
            continue
        try:
            out.append((e.file_name, base64.b64decode(e.content_base64, validate=True)))
        except (binascii.Error, ValueError) as exc:
            raise InquiryError(f"第 {k + 1} 个 Base64 文件内容无效", code=C.INVALID_VALUE,
                               field=["filesBase64", str(k)]) from exc
    return out


@strawberry.type
class InquiryMutations:
    @strawberry.mutation(description="将预警加入问询（SUP-15/16 加入问询 → SUP-18）：每条预警生成一个问询任务；"
                                     "自治区加入的待分配，市州加入的直接待本局下发",
                         extensions=needs(Scope.WARNINGS_HANDLE))
    async def inquiry_create(self, info: Info, input: i.InquiryCreateInput) -> p.InquiryTasksPayload:
        async def run() -> p.InquiryTasksPayload:
            ids = _gids(input.warning_ids, "SupplyWarning", "warningIds")
            rows = await InquiryService(info.context.uow()).create_from_warnings(ids, input.opinion)
            return p.InquiryTasksPayload(tasks=[InquiryTask.of(r) for r in rows], user_errors=[])
        return await mutate(run, p.InquiryTasksPayload, p.InquiryUserError, tasks=[])

    inquiry_allocate = _step("allocate", Scope.INQUIRIES_MANAGE,
                             "分配问询任务（SUP-19，自治区；单个或批量）：分配给预警所在市州医保局，状态变为待下发")

    @strawberry.mutation(description="下发问询任务（SUP-20，市州；单个或批量）：下发给供应主体，可设反馈期限",
                         extensions=needs(Scope.INQUIRIES_MANAGE))
    async def inquiry_dispatch(self, info: Info, input: i.InquiryDispatchInput) -> p.InquiryTasksPayload:
        async def run() -> p.InquiryTasksPayload:
            respondent = id_arg(input.respondent_id, "Organisation", "respondentId")
            rows = await InquiryService(info.context.uow()).transition(
                _task_ids(input.ids), "dispatch", input.opinion, due_date=input.due_date, respondent_id=respondent)
            return p.InquiryTasksPayload(tasks=[InquiryTask.of(r) for r in rows], user_errors=[])
        return await mutate(run, p.InquiryTasksPayload, p.InquiryUserError, tasks=[])

    @strawberry.mutation(description="反馈问询任务（SUP-21，供应主体）：提报反馈信息并上传佐证材料，提交市州审核",
                         extensions=needs(Scope.INQUIRIES_FEEDBACK))
    async def inquiry_feedback_submit(self, info: Info, input: i.InquiryFeedbackSubmitInput) -> p.InquiryTaskPayload:
        async def run() -> p.InquiryTaskPayload:
            tid = id_arg(input.id, "InquiryTask", "id")
            assert tid is not None
            row = await InquiryService(info.context.uow()).feedback(tid, input.feedback, await _files(input))
            return p.InquiryTaskPayload(task=InquiryTask.of(row), user_errors=[])
        return await mutate(run, p.InquiryTaskPayload, p.InquiryUserError, task=None)

    inquiry_approve = _step("approve", Scope.INQUIRIES_REVIEW,
                            "审核通过问询反馈（SUP-22，市州）：任务办结；反馈人不能审核自己的反馈")
    inquiry_reject = _step("reject", Scope.INQUIRIES_REVIEW,
                           "退回问询反馈（SUP-22，市州）：必须填写意见，任务回到待反馈")
    inquiry_archive = _step("archive", Scope.INQUIRIES_REVIEW, "归档已办结的问询任务（SUP-24，单个或批量）")

    @strawberry.mutation(description="标记通知已读（不传 ids 表示全部）", extensions=needs(Scope.NOTIFICATIONS_READ))
    async def notifications_mark_read(self, info: Info,
                                      input: i.NotificationsMarkReadInput) -> p.NotificationsMarkReadPayload:
        async def run() -> p.NotificationsMarkReadPayload:
            ids = None if input.ids is None else _gids(input.ids, "Notification", "ids")
            marked, unread = await NotificationService(info.context.uow()).mark_read(ids)
            return p.NotificationsMarkReadPayload(marked=marked, unread=unread, user_errors=[])
        return await mutate(run, p.NotificationsMarkReadPayload, p.InquiryUserError, marked=0, unread=0)
