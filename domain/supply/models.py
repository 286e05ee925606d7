"""Supply: stock reports, movements and levels (SUP-04, DRUG-06), warning rules and warnings (SUP-14…17)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (ARRAY, BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, Numeric,
                        String, Text, UniqueConstraint, func, text)
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps
from domain.shared.scopes import Scope
from domain.shared.workflow import Opinion, Transition, Workflow

QTY = Numeric(18, 3)  # quantities in minimum packs; NUMERIC, never float


class MovementKind(StrEnum):
    RECEIPT = "RECEIPT"        # 进 (received)
    SALE = "SALE"              # 销 (sold / dispensed)
    ADJUSTMENT = "ADJUSTMENT"  # 存 reconciled: reported on-hand minus the running balance


class StockReportBatch(Base):
    """One stockReport call; (organisation, batch_key) makes resending the same batch a no-op."""

    __tablename__ = "stock_report_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    batch_key: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    movement_count: Mapped[int] = mapped_column(Integer)
    reported_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (UniqueConstraint("organisation_id", "batch_key"),)
    __mapper_args__ = {"eager_defaults": True}  # created_at comes back with the INSERT (RETURNING)


class StockMovement(Base):
    __tablename__ = "stock_movement"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"))
    business_date: Mapped[date] = mapped_column(Date)  # Asia/Shanghai calendar day
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))  # SALE: 销售金额 when reported (DRUG-24)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("stock_report_batch.id", ondelete="SET NULL"))

    __table_args__ = (
        CheckConstraint("kind IN ('RECEIPT','SALE','ADJUSTMENT')", name="kind"),
        # days of stock: sales of one organisation × code over a date window
        Index("ix_stock_movement_org_drug_date", "organisation_id", "drug_code_id", "business_date"),
        Index("ix_stock_movement_drug_date", "drug_code_id", "business_date"),
        # "recently purchased" (PUB-07): one index-only probe per institution × drug
        Index("ix_stock_movement_receipts", "organisation_id", "drug_code_id", "business_date",
              postgresql_where=text("kind = 'RECEIPT'")),
    )


class StockLevel(Base):
    """The latest reported stock of one drug code at one organisation (the stocking 配备 facts)."""

    __tablename__ = "stock_level"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"), primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(QTY)
    in_transit: Mapped[Decimal | None] = mapped_column(QTY)  # distributors (配送企业在途)
    as_of: Mapped[date] = mapped_column(Date)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("stock_report_batch.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand"),
        # the incremental warning evaluation reads the levels written since the previous run
        Index("ix_stock_level_updated_at", "updated_at"),
        # coverage: which organisations stock a code
        Index("ix_stock_level_drug_stocked", "drug_code_id", "organisation_id", postgresql_where=text("on_hand > 0")),
    )


class StockWindowSales(Base):
    """Sales of one organisation × code over the `window_days` days up to its level's as-of date, for each window
    an enabled days-of-stock rule uses: what "average daily consumption over the last N days" needs, kept up to date
    by each stock report (a few index rows per reported code), so that evaluating the rules is a scan of the levels
    instead of a pass over every movement in the window. `as_of` is the level's date the sum was taken at: a row
    whose date differs from the level's is stale and the evaluation recomputes it first."""

    __tablename__ = "stock_window_sales"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"), primary_key=True)
    window_days: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[date] = mapped_column(Date)
    sold: Mapped[Decimal] = mapped_column(QTY)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (Index("ix_stock_window_sales_updated_at", "updated_at"),)


class RuleLevel(StrEnum):
    RED = "RED"
    ORANGE = "ORANGE"
    YELLOW = "YELLOW"


class RuleMetric(StrEnum):
    DAYS_OF_STOCK = "DAYS_OF_STOCK"
    LOW_COVERAGE = "LOW_COVERAGE"


LEVEL_LABELS = {RuleLevel.RED: "红色", RuleLevel.ORANGE: "橙色", RuleLevel.YELLOW: "黄色"}


def formula(metric: str, threshold: Decimal, window_days: int) -> str:
    """The rule's formula written out for users (SUP-14 阈值说明)."""
    t = format(threshold.normalize(), "f")
    if metric == RuleMetric.DAYS_OF_STOCK:
        return (f"可供天数 = 当前库存 ÷ 近 {window_days} 天日均销量（近 {window_days} 天销量合计 ÷ {window_days}）；"
                f"可供天数 < {t} 天时预警（近 {window_days} 天无销量的不计算）")
    return (f"配备机构数 = 区县内当前库存 > 0 的目标机构数；目录内药品编码在某区县的配备机构数 < {t} 时预警"
            f"（仅统计区县内有目标机构、且本辖区内至少一家机构在 {window_days} 天内报告过库存的编码）")


class WarningRule(Timestamps, Base):
    """A warning rule (SUP-14), owned by the bureau that defined it; it applies within that bureau's area."""

    __tablename__ = "warning_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_division: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    level: Mapped[str] = mapped_column(String(8))
    metric: Mapped[str] = mapped_column(String(24))
    target_subtypes: Mapped[list[str]] = mapped_column(ARRAY(String(16)))
    threshold: Mapped[Decimal] = mapped_column(QTY)
    window_days: Mapped[int] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted_at: Mapped[datetime | None] = mapped_column()
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (
        CheckConstraint("level IN ('RED','ORANGE','YELLOW')", name="level"),
        CheckConstraint("metric IN ('DAYS_OF_STOCK','LOW_COVERAGE')", name="metric"),
        Index("ix_warning_rule_owner_name", "owner_division", "name", unique=True,
              postgresql_where=text("deleted_at IS NULL")),
    )

    AUDIT_FIELDS = ("name", "level", "metric", "target_subtypes", "threshold", "window_days", "description", "enabled")
    __mapper_args__ = {"eager_defaults": True}

    @property
    def formula(self) -> str:
        return formula(self.metric, self.threshold, self.window_days)


class WarningState(StrEnum):
    IDENTIFIED = "IDENTIFIED"
    ALERTED = "ALERTED"
    IN_INQUIRY = "IN_INQUIRY"
    CLOSED = "CLOSED"


WARNING_WORKFLOW = Workflow(
    name="warning",
    states={WarningState.IDENTIFIED: "已识别", WarningState.ALERTED: "已告警", WarningState.IN_INQUIRY: "问询中",
            WarningState.CLOSED: "已解除"},
    transitions=(
        Transition("alert", "发起告警", frozenset({WarningState.IDENTIFIED}), WarningState.ALERTED,
                   Scope.WARNINGS_HANDLE, opinion=Opinion.OPTIONAL),
        # SUP-15/16 加入问询: the inquiry service fires it when it creates the task (SUP-18).
        Transition("inquire", "加入问询", frozenset({WarningState.IDENTIFIED, WarningState.ALERTED}),
                   WarningState.IN_INQUIRY, Scope.WARNINGS_HANDLE, opinion=Opinion.OPTIONAL),
    ),
)


class SupplyWarning(Base):
    """One warning: a rule's condition holding for a subject (organisation or county) and a drug code.

    At most one open (not CLOSED) warning exists per (rule, subject, drug code): the partial unique index is
    what the evaluation job's INSERT … ON CONFLICT targets, so re-running it never duplicates."""

    __tablename__ = "supply_warning"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("warning_rule.id"))
    level: Mapped[str] = mapped_column(String(8))
    subject_key: Mapped[str] = mapped_column(String(16))  # O:<organisation id> or D:<county code>
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    subtype: Mapped[str | None] = mapped_column(String(16))
    division_code: Mapped[str] = mapped_column(String(6))  # where the subject is (scoping)
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"))
    value: Mapped[Decimal] = mapped_column(QTY)
    threshold: Mapped[Decimal] = mapped_column(QTY)
    state: Mapped[str] = mapped_column(String(12), default=WarningState.IDENTIFIED)
    first_seen_at: Mapped[datetime] = mapped_column()
    last_seen_at: Mapped[datetime] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    alerted_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        CheckConstraint("state IN ('IDENTIFIED','ALERTED','IN_INQUIRY','CLOSED')", name="state"),
        Index("uq_supply_warning_open", "rule_id", "subject_key", "drug_code_id", unique=True,
              postgresql_where=text("state <> 'CLOSED'")),
        Index("ix_supply_warning_division", "division_code", "state", "id"),
        Index("ix_supply_warning_rule", "rule_id", "state", "id"),
        Index("ix_supply_warning_org", "organisation_id", "id"),
        {"postgresql_with": {"fillfactor": 70}},  # values are rewritten daily: keep the updates HOT
    )


class WarningEvaluationRun(Base):
    """One run of the evaluation job: when it started (every statement of the run sees the data committed before
    then) and what it changed. A job enqueued before a run started is already answered by that run."""

    __tablename__ = "warning_evaluation_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    finished_at: Mapped[datetime | None] = mapped_column()
    mode: Mapped[str] = mapped_column(String(12), default="FULL", server_default="FULL")  # FULL / INCREMENTAL
    rules: Mapped[int] = mapped_column(Integer, default=0)
    opened: Mapped[int] = mapped_column(Integer, default=0)
    refreshed: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[int] = mapped_column(Integer, default=0)


def days_of_stock(on_hand: Decimal, sold: Decimal, days: int) -> Decimal | None:
    """On-hand ÷ average daily sales over `days` days (analyses, SUP-41…45); None without sales."""
    if sold <= 0:
        return None
    return (Decimal(on_hand) * days / Decimal(sold)).quantize(Decimal("0.1"))
