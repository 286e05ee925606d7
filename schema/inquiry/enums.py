"""Enums of the inquiry workflow as GraphQL enums."""
from __future__ import annotations

from enum import StrEnum

import strawberry

from domain.inquiry.errors import InquiryErrorCode as _InquiryErrorCode
from domain.inquiry.models import InquiryState as _InquiryState

InquiryErrorCode = strawberry.enum(_InquiryErrorCode, name="InquiryErrorCode", description="问询业务错误码")
InquiryState = strawberry.enum(_InquiryState, name="InquiryState", description=(
    "问询任务状态：PENDING_ALLOCATION 待分配（自治区），PENDING_DISPATCH 待下发（市州，=已分配），"
    "PENDING_FEEDBACK 待反馈（供应主体，=已下发），PENDING_REVIEW 待审核（市州），CLOSED 已办结（审核通过），"
    "ARCHIVED 已归档"))


@strawberry.enum(description="问询任务上的操作")
class InquiryAction(StrEnum):
    ALLOCATE = "allocate"
    DISPATCH = "dispatch"
    FEEDBACK = "feedback"
    APPROVE = "approve"
    REJECT = "reject"
    ARCHIVE = "archive"
