"""Inputs of the inquiry workflow."""
from __future__ import annotations

from datetime import date

import strawberry
from strawberry.file_uploads import Upload

from schema.common.types import f
from schema.inquiry.enums import InquiryState


@strawberry.input(description="问询任务筛选")
class InquiryFilter:
    states: list[InquiryState] | None = f("状态（多选）", default=None)
    division_code: str | None = f("预警所在区划（含下级）", default=None)
    organisation_id: strawberry.ID | None = f("反馈单位", default=None)
    rule_id: strawberry.ID | None = f("预警规则", default=None)
    drug_code: str | None = f("药品编码（23 位）", default=None)
    overdue: bool | None = f("只看已过反馈期限仍未反馈的", default=None)


@strawberry.input(description="将预警加入问询（SUP-15/16）")
class InquiryCreateInput:
    warning_ids: list[strawberry.ID] = f("预警（每条生成一个问询任务，最多 100 条）")
    opinion: str | None = f("问询说明", default=None)


@strawberry.input(description="对一批问询任务执行同一操作（全部成功或全部不执行）")
class InquiryStepInput:
    ids: list[strawberry.ID] = f("问询任务（最多 100 条）")
    opinion: str | None = f("意见（退回时必填）", default=None)


@strawberry.input(description="下发问询任务（SUP-20）")
class InquiryDispatchInput:
    ids: list[strawberry.ID] = f("问询任务（单个或批量，最多 100 条）")
    opinion: str | None = f("下发说明", default=None)
    due_date: date | None = f("反馈期限（不早于今天）", default=None)
    respondent_id: strawberry.ID | None = f("反馈单位：区县覆盖预警没有具体供应主体时必填，须在预警所在区县",
                                            default=None)


@strawberry.input(description="一个佐证材料（Base64，供不便使用 multipart 的客户端）")
class EvidenceFileInput:
    file_name: str = f("文件名")
    content_base64: str = f("文件内容的 Base64 编码")


@strawberry.input(description="反馈问询任务（SUP-21）：反馈内容与佐证材料")
class InquiryFeedbackSubmitInput:
    id: strawberry.ID = f("问询任务")
    feedback: str = f("反馈内容（必填，最多 4000 字）")
    files: list[Upload] | None = f("佐证材料（multipart 上传；PDF、PNG、JPG、docx、xlsx，每个 ≤ 10 MB，最多 10 个）",
                                   default=None)
    files_base64: list[EvidenceFileInput] | None = f("佐证材料（Base64 方式，与 files 二选一或合用）", default=None)


@strawberry.input(description="标记通知已读")
class NotificationsMarkReadInput:
    ids: list[strawberry.ID] | None = f("通知；不传表示全部标记已读", default=None)
