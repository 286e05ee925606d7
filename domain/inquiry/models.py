"""The four-level inquiry workflow over warnings (SUP-18…24): region allocates → prefecture dispatches →
supply entity feeds back with evidence → prefecture reviews → archived."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps
from domain.shared.scopes import Scope
from domain.shared.workflow import Opinion, Transition, Workflow


class InquiryState(StrEnum):
    PENDING_ALLOCATION = "PENDING_ALLOCATION"  # 待分配 (region)
    PENDING_DISPATCH = "PENDING_DISPATCH"      # 已分配 = 待下发 (prefecture)
    PENDING_FEEDBACK = "PENDING_FEEDBACK"      # 已下发 = 待反馈 (supply entity)
    PENDING_REVIEW = "PENDING_REVIEW"          # 待审核 (prefecture)
    CLOSED = "CLOSED"                          # 已审核 / 已办结
    ARCHIVED = "ARCHIVED"                      # 已归档


S = InquiryState
INQUIRY_WORKFLOW = Workflow(
    name="inquiry",
    states={S.PENDING_ALLOCATION: "待分配", S.PENDING_DISPATCH: "待下发", S.PENDING_FEEDBACK: "待反馈",
            S.PENDING_REVIEW: "待审核", S.CLOSED: "已办结", S.ARCHIVED: "已归档"},
    transitions=(
        Transition("allocate", "分配", frozenset({S.PENDING_ALLOCATION}), S.PENDING_DISPATCH,
                   Scope.INQUIRIES_MANAGE, opinion=Opinion.OPTIONAL),
        Transition("dispatch", "下发", frozenset({S.PENDING_DISPATCH}), S.PENDING_FEEDBACK,
                   Scope.INQUIRIES_MANAGE, opinion=Opinion.OPTIONAL),
        Transition("feedback", "反馈", frozenset({S.PENDING_FEEDBACK}), S.PENDING_REVIEW,
                   Scope.INQUIRIES_FEEDBACK, opinion=Opinion.REQUIRED),
        # Whoever fed back never reviews it (an account holding both scopes is refused).
        Transition("approve", "审核通过", frozenset({S.PENDING_REVIEW}), S.CLOSED,
                   Scope.INQUIRIES_REVIEW, opinion=Opinion.OPTIONAL, not_by=("feedback",)),
        Transition("reject", "退回", frozenset({S.PENDING_REVIEW}), S.PENDING_FEEDBACK,
                   Scope.INQUIRIES_REVIEW, opinion=Opinion.REQUIRED, not_by=("feedback",)),
        Transition("archive", "归档", frozenset({S.CLOSED}), S.ARCHIVED,
                   Scope.INQUIRIES_REVIEW, opinion=Opinion.OPTIONAL),
    ),
)

# Which bureau acts at each step: the region allocates; the handling (prefecture) bureau does the rest.
REGION_STEPS = frozenset({"allocate"})
HANDLER_STEPS = frozenset({"dispatch", "approve", "reject", "archive"})
ENTITY_STEPS = frozenset({"feedback"})
# Created by an official: the action name on the audit trail (not a transition: there is no state before it).
CREATE_ACTION = "inquiry.create"


class InquiryTask(Timestamps, Base):
    """One inquiry about one warning (a warning is in at most one task)."""

    __tablename__ = "inquiry_task"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    warning_id: Mapped[int] = mapped_column(ForeignKey("supply_warning.id"), unique=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("warning_rule.id"))
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"))
    # The supply entity that answers; a county-level coverage warning gets one chosen at dispatch.
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    division_code: Mapped[str] = mapped_column(String(6))          # where the subject is
    handling_division: Mapped[str] = mapped_column(String(6))      # the bureau that dispatches and reviews
    state: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date)              # feedback deadline set at dispatch
    feedback: Mapped[str | None] = mapped_column(Text)              # the latest feedback text, masked
    feedback_clear: Mapped[str | None] = mapped_column(Text)        # as written, when it held personal data
    round: Mapped[int] = mapped_column(Integer, default=0)          # feedback rounds (a rejection opens another)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    allocated_at: Mapped[datetime | None] = mapped_column()
    dispatched_at: Mapped[datetime | None] = mapped_column()
    fed_back_at: Mapped[datetime | None] = mapped_column()
    reviewed_at: Mapped[datetime | None] = mapped_column()
    archived_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        CheckConstraint("state IN ('PENDING_ALLOCATION','PENDING_DISPATCH','PENDING_FEEDBACK','PENDING_REVIEW',"
                        "'CLOSED','ARCHIVED')", name="state"),
        Index("ix_inquiry_task_handling", "handling_division", "state", "id"),
        Index("ix_inquiry_task_org", "organisation_id", "state", "id"),
        Index("ix_inquiry_task_state", "state", "id"),
    )
    __mapper_args__ = {"eager_defaults": True}


class InquiryEvidence(Base):
    """An evidence file (佐证材料) of one feedback round, stored durably with its SHA-256."""

    __tablename__ = "inquiry_evidence"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("inquiry_task.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    uploaded_at: Mapped[datetime] = mapped_column(server_default=text("now()"))

    __table_args__ = (CheckConstraint("size > 0", name="size"),)
    __mapper_args__ = {"eager_defaults": True}
