"""Public engagement (PUB-20…26): insured persons' problem feedback about institutions and its handling by the
bureaus, evaluations of institutions, purchase-need registrations, and the public notice bar's wording."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, SmallInteger, String,
                        Text, UniqueConstraint, func)
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps
from domain.shared.scopes import Scope
from domain.shared.workflow import Opinion, Transition, Workflow


class ProblemType(StrEnum):
    NOT_IN_STOCK = "NOT_IN_STOCK"                # 没有在店内买到药品
    LOCATION_INACCURATE = "LOCATION_INACCURATE"  # 定位距离不准确
    NAVIGATION = "NAVIGATION"                    # 导航问题
    SERVICE = "SERVICE"                          # 服务问题
    OTHER = "OTHER"                              # 其他


PROBLEM_LABELS = {
    ProblemType.NOT_IN_STOCK: "没有在店内买到药品",
    ProblemType.LOCATION_INACCURATE: "定位距离不准确",
    ProblemType.NAVIGATION: "导航问题",
    ProblemType.SERVICE: "服务问题",
    ProblemType.OTHER: "其他",
}


class FeedbackState(StrEnum):
    SUBMITTED = "SUBMITTED"      # 待受理
    IN_HANDLING = "IN_HANDLING"  # 处理中
    HANDLED = "HANDLED"          # 已办结


F = FeedbackState
FEEDBACK_WORKFLOW = Workflow(
    name="public_feedback",
    states={F.SUBMITTED: "待受理", F.IN_HANDLING: "处理中", F.HANDLED: "已办结"},
    transitions=(
        Transition("start", "受理", frozenset({F.SUBMITTED}), F.IN_HANDLING, Scope.PUBLIC_FEEDBACK_HANDLE,
                   opinion=Opinion.OPTIONAL),
        Transition("resolve", "办结", frozenset({F.IN_HANDLING}), F.HANDLED, Scope.PUBLIC_FEEDBACK_HANDLE,
                   opinion=Opinion.REQUIRED),
    ),
)
FEEDBACK_SUBMIT = "public_feedback.submit"  # the insured person's report: the timeline's first entry


class NeedState(StrEnum):
    SUBMITTED = "SUBMITTED"  # 待分析
    ANALYSED = "ANALYSED"    # 已分析


N = NeedState
NEED_WORKFLOW = Workflow(
    name="purchase_need",
    states={N.SUBMITTED: "待分析", N.ANALYSED: "已分析"},
    transitions=(Transition("analyse", "分析", frozenset({N.SUBMITTED}), N.ANALYSED, Scope.PUBLIC_FEEDBACK_HANDLE,
                            opinion=Opinion.REQUIRED),),
)
NEED_SUBMIT = "purchase_need.submit"


class PublicFeedback(Timestamps, Base):
    """One insured person's report of a problem with a designated institution (PUB-20), handled by the bureau of
    the institution's area (PUB-21) and read by the institution itself (PUB-22)."""

    __tablename__ = "public_feedback"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    insured_id: Mapped[int] = mapped_column(ForeignKey("insured_person.id"))
    institution_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    division_code: Mapped[str] = mapped_column(String(6))  # the institution's: distribution statistics, scoping
    problem_type: Mapped[str] = mapped_column(String(24))
    description: Mapped[str | None] = mapped_column(String(500))  # masked (domain.shared.personal)
    description_clear: Mapped[str | None] = mapped_column(Text)    # as written, only when it held personal data
    drug_code_id: Mapped[int | None] = mapped_column(ForeignKey("drug_code.id"))
    state: Mapped[str] = mapped_column(String(16))
    client_key: Mapped[str | None] = mapped_column(String(64))
    handling_note: Mapped[str | None] = mapped_column(Text)
    handling_note_clear: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None] = mapped_column()
    handled_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        CheckConstraint("state IN ('SUBMITTED','IN_HANDLING','HANDLED')", name="state"),
        CheckConstraint("problem_type IN ('NOT_IN_STOCK','LOCATION_INACCURATE','NAVIGATION','SERVICE','OTHER')",
                        name="problem_type"),
        UniqueConstraint("insured_id", "client_key"),
        Index("ix_public_feedback_division", "division_code", "state", "id"),
        Index("ix_public_feedback_institution", "institution_id", "id"),
        Index("ix_public_feedback_insured", "insured_id", "id"),
    )
    __mapper_args__ = {"eager_defaults": True}


class InstitutionRating(Base):
    """An insured person's evaluation of an institution (PUB-23): at most one per person, institution and day."""

    __tablename__ = "institution_rating"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    insured_id: Mapped[int] = mapped_column(ForeignKey("insured_person.id"))
    institution_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    division_code: Mapped[str] = mapped_column(String(6))
    stars: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str | None] = mapped_column(String(300))       # masked (domain.shared.personal)
    comment_clear: Mapped[str | None] = mapped_column(Text)
    client_key: Mapped[str | None] = mapped_column(String(64))
    business_date: Mapped[date] = mapped_column(Date)  # Asia/Shanghai
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (
        CheckConstraint("stars BETWEEN 1 AND 5", name="stars"),
        UniqueConstraint("insured_id", "institution_id", "business_date"),
        Index("ix_institution_rating_institution", "institution_id", "id"),
        Index("ix_institution_rating_division", "division_code", "id"),
    )
    __mapper_args__ = {"eager_defaults": True}


class PurchaseNeed(Timestamps, Base):
    """A drug an insured person could not find, registered for the bureau's analysis (PUB-25, IND-33)."""

    __tablename__ = "purchase_need"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    insured_id: Mapped[int] = mapped_column(ForeignKey("insured_person.id"))
    drug_name: Mapped[str] = mapped_column(String(100))
    drug_code_id: Mapped[int | None] = mapped_column(ForeignKey("drug_code.id"))
    spec: Mapped[str | None] = mapped_column(String(100))
    manufacturer: Mapped[str | None] = mapped_column(String(100))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    division_code: Mapped[str] = mapped_column(String(6))
    note: Mapped[str | None] = mapped_column(String(500))          # masked (domain.shared.personal)
    note_clear: Mapped[str | None] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    client_key: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))
    analysis_note: Mapped[str | None] = mapped_column(Text)
    analysis_note_clear: Mapped[str | None] = mapped_column(Text)
    analysed_at: Mapped[datetime | None] = mapped_column()
    business_date: Mapped[date] = mapped_column(Date)  # Asia/Shanghai, for the monthly statistics

    __table_args__ = (
        CheckConstraint("state IN ('SUBMITTED','ANALYSED')", name="state"),
        CheckConstraint("quantity IS NULL OR quantity > 0", name="quantity"),
        UniqueConstraint("insured_id", "client_key"),
        Index("ix_purchase_need_division", "division_code", "id"),
        Index("ix_purchase_need_date", "business_date"),
        Index("ix_purchase_need_insured", "insured_id", "id"),
    )
    __mapper_args__ = {"eager_defaults": True}


class PublicNotice(Base):
    """The public notice bar's wording for one division (PUB-26); a division without one inherits the nearest
    configured above it."""

    __tablename__ = "public_notice"

    division_code: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), primary_key=True)
    data_calibre: Mapped[str] = mapped_column(String(300))
    risk_reminder: Mapped[str] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())
    updated_by: Mapped[int | None] = mapped_column(Integer)
