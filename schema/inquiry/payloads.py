"""Mutation payloads and user errors of the inquiry workflow."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from schema.errors import UserError
from schema.inquiry.enums import InquiryErrorCode
from schema.inquiry.types import InquiryTask


@strawberry.type(description="问询业务错误")
class InquiryUserError(UserError):
    code: InquiryErrorCode = f("错误码")


@strawberry.type(description="问询任务操作结果")
class InquiryTasksPayload:
    tasks: list[InquiryTask] = f("操作后的任务；失败时为空")
    user_errors: list[InquiryUserError] = f("业务错误（逐条）；为空表示成功，任何一条出错则全部未处理")


@strawberry.type(description="问询反馈结果")
class InquiryTaskPayload:
    task: InquiryTask | None = f("反馈后的任务；失败时为 null")
    user_errors: list[InquiryUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="标记通知已读的结果")
class NotificationsMarkReadPayload:
    marked: int = f("新标记为已读的条数")
    unread: int = f("剩余未读条数")
    user_errors: list[InquiryUserError] = f("业务错误")
