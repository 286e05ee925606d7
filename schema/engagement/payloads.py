"""Mutation payloads and user errors of public engagement."""
from __future__ import annotations

import strawberry

from schema.common.types import f
from schema.engagement.enums import EngagementErrorCode
from schema.engagement.types import (InstitutionPublicInfo, InstitutionRating, PublicFeedback, PublicNotice,
                                     PurchaseNeed)
from schema.errors import UserError


@strawberry.type(description="公众服务业务错误")
class EngagementUserError(UserError):
    code: EngagementErrorCode = f("错误码")


@strawberry.type(description="反馈结果")
class PublicFeedbackPayload:
    feedback: PublicFeedback | None = f("反馈；失败时为 null")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="评价结果")
class InstitutionRatePayload:
    evaluation: InstitutionRating | None = f("评价；失败时为 null")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="公开信息维护结果")
class InstitutionPublicInfoPayload:
    info: InstitutionPublicInfo | None = f("保存后的公开信息；失败时为 null")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="查看联系电话的结果")
class PurchaseNeedContactRevealPayload:
    contact_phone: str | None = f("未打码的联系电话；登记人未留电话时为空；失败时为空")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="自由文本原文的查看结果")
class PersonalTextRevealPayload:
    text: str | None = f("原文（个人信息不打码）；字段为空时为空；失败时为空")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="购药需求结果")
class PurchaseNeedPayload:
    need: PurchaseNeed | None = f("购药需求；失败时为 null")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")


@strawberry.type(description="公告设置结果")
class PublicNoticeSetPayload:
    notice: PublicNotice | None = f("保存后的公告；失败时为 null")
    user_errors: list[EngagementUserError] = f("业务错误；为空表示成功")
