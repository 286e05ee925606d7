"""Enterprise data exchange: wholesalers' 报盘 uploads and offers (DRUG-14…18, SUP-06), API batches (DRUG-17,
SUP-03, SUP-09) and distributors' delivery orders (SUP-09), with the rules read from both entities and views."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, LargeBinary, Numeric, String,
                        Text, UniqueConstraint, func)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base
from domain.supply.models import QTY

MONEY = Numeric(18, 2)  # yuan; NUMERIC, never float


class BatchKind(StrEnum):
    OFFER = "OFFER"              # DRUG-17 wholesale offers from the procurement interface
    DISTRIBUTOR = "DISTRIBUTOR"  # SUP-03 distributor information
    DELIVERY = "DELIVERY"        # SUP-09 delivery orders and in-transit quantities


class ExchangeBatch(Base):
    """One API batch; (kind, sender, batch key) makes resending it a no-op that returns the first result."""

    __tablename__ = "exchange_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    sender: Mapped[str] = mapped_column(String(32))  # O:<organisation id> or U:<user id>
    batch_key: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))  # the enterprise reported for
    row_count: Mapped[int] = mapped_column(Integer)
    summary: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (
        UniqueConstraint("kind", "sender", "batch_key"),
        CheckConstraint("kind IN ('OFFER','DISTRIBUTOR','DELIVERY')", name="kind"),
    )
    __mapper_args__ = {"eager_defaults": True}


class UploadState(StrEnum):
    UPLOADED = "UPLOADED"
    VALIDATING = "VALIDATING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class RowStatus(StrEnum):
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class WholesaleUpload(Base):
    """A wholesaler's 报盘 file (DRUG-15/16). UPLOADED → (job) VALIDATING → SUCCEEDED | FAILED; a FAILED upload is
    re-uploaded (重传) with its corrected rows as a new attempt on the same upload: FAILED → UPLOADED."""

    __tablename__ = "wholesale_upload"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    division_code: Mapped[str] = mapped_column(String(6))  # the wholesaler's (officials' scoping)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    file_name: Mapped[str] = mapped_column(String(200))
    file_format: Mapped[str] = mapped_column(String(8))
    file_size: Mapped[int] = mapped_column(Integer)
    file_content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(12), default=UploadState.UPLOADED)
    total_rows: Mapped[int] = mapped_column(Integer, default=0)      # rows of the latest attempt
    succeeded_rows: Mapped[int] = mapped_column(Integer, default=0)  # of the latest attempt
    failed_rows: Mapped[int] = mapped_column(Integer, default=0)     # of the latest attempt
    imported_rows: Mapped[int] = mapped_column(Integer, default=0)   # landed in offers, over all attempts
    failure_code: Mapped[str | None] = mapped_column(String(32))
    failure_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())
    validated_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        CheckConstraint("state IN ('UPLOADED','VALIDATING','SUCCEEDED','FAILED')", name="state"),
        Index("ix_wholesale_upload_org", "organisation_id", "id"),
        Index("ix_wholesale_upload_division", "division_code", "id"),
    )
    __mapper_args__ = {"eager_defaults": True}


class WholesaleUploadRow(Base):
    """One data row of one attempt of an upload, with its result and failure reasons."""

    __tablename__ = "wholesale_upload_row"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    upload_id: Mapped[int] = mapped_column(ForeignKey("wholesale_upload.id", ondelete="CASCADE"))
    attempt: Mapped[int] = mapped_column(Integer)
    row_no: Mapped[int] = mapped_column(Integer)  # the line in the file (header = 1)
    drug_code: Mapped[str | None] = mapped_column(String(64))
    values: Mapped[dict[str, Any]] = mapped_column(JSONB)  # the row as read (column title → text)
    status: Mapped[str] = mapped_column(String(12))
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)  # [{column, code, message}]

    __table_args__ = (
        CheckConstraint("status IN ('SUCCEEDED','FAILED')", name="status"),
        Index("ix_wholesale_upload_row_upload", "upload_id", "attempt", "row_no", "id"),
    )


class ListingStatus(StrEnum):
    LISTED = "LISTED"        # 已挂网
    UNLISTED = "UNLISTED"    # 未挂网
    WITHDRAWN = "WITHDRAWN"  # 已撤网


class WholesaleOffer(Base):
    """What a wholesaler carries (批发企业配备 / 可供应, DRUG-22 wholesaler fields): the latest reported row per code."""

    __tablename__ = "wholesale_offer"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"), primary_key=True)
    division_code: Mapped[str] = mapped_column(String(6))
    stock_qty: Mapped[Decimal] = mapped_column(QTY)
    purchase_price: Mapped[Decimal | None] = mapped_column(MONEY)
    purchase_date: Mapped[date | None] = mapped_column(Date)
    listing_status: Mapped[str | None] = mapped_column(String(16))
    listing_id: Mapped[str | None] = mapped_column(String(64))
    listing_price: Mapped[Decimal | None] = mapped_column(MONEY)
    listing_category: Mapped[str | None] = mapped_column(String(32))  # 挂网类别 (DRUG-22)
    as_of: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(8))  # UPLOAD or API
    upload_id: Mapped[int | None] = mapped_column(ForeignKey("wholesale_upload.id", ondelete="SET NULL"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_batch.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        CheckConstraint("stock_qty >= 0", name="stock_qty"),
        CheckConstraint("purchase_price IS NULL OR purchase_price >= 0", name="purchase_price"),
        CheckConstraint("listing_price IS NULL OR listing_price >= 0", name="listing_price"),
        CheckConstraint("source IN ('UPLOAD','API')", name="source"),
        Index("ix_wholesale_offer_drug", "drug_code_id", "organisation_id"),
        Index("ix_wholesale_offer_division", "division_code", "organisation_id", "drug_code_id"),
    )


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"        # 待配送
    IN_TRANSIT = "IN_TRANSIT"  # 配送中
    DELIVERED = "DELIVERED"    # 已送达（可部分）
    CANCELLED = "CANCELLED"    # 已取消


class DeliveryOrder(Base):
    """One line of an order a distributor delivers (采购订单配送, SUP-09): order number × drug code."""

    __tablename__ = "delivery_order"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    distributor_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    division_code: Mapped[str] = mapped_column(String(6))  # the distributor's (officials' scoping)
    order_no: Mapped[str] = mapped_column(String(64))
    institution_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"))
    ordered_qty: Mapped[Decimal] = mapped_column(QTY)
    delivered_qty: Mapped[Decimal] = mapped_column(QTY)
    order_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    delivered_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_batch.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        UniqueConstraint("distributor_id", "order_no", "drug_code_id"),
        CheckConstraint("status IN ('PENDING','IN_TRANSIT','DELIVERED','CANCELLED')", name="status"),
        CheckConstraint("ordered_qty > 0 AND delivered_qty >= 0", name="quantities"),
        Index("ix_delivery_order_division", "division_code", "distributor_id", "id"),
        Index("ix_delivery_order_institution", "institution_id", "id"),
        # DRUG-06: which catalog drugs were delivered to institutions within a window
        Index("ix_delivery_order_drug_delivered", "drug_code_id", "delivered_date"),
    )


def on_time(line: Any, today: date) -> bool | None:
    """Whether a delivery order line (an entity or its view) arrived in full by its due date: None without a due date,
    for a cancelled line, or while it is not yet due and undelivered; False once overdue. The delivery statistics
    count the same rule in SQL (ExchangeRepository.delivery_stats_page)."""
    if line.due_date is None or line.status == DeliveryStatus.CANCELLED:
        return None
    if line.delivered_date is not None:
        return bool(line.delivered_date <= line.due_date and line.delivered_qty >= line.ordered_qty)
    return False if line.due_date < today else None
