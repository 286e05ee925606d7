"""Insured persons' identities, drug trace codes and scans, and public-side usage events."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Date, Double, ForeignKey, Index, Integer, String, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base


class IdentityProvider(StrEnum):
    WECHAT = "WECHAT"  # mini-program wx.login code → openid (jscode2session)
    DEV = "DEV"        # development and demo only: the code is a device id


class InsuredPerson(Base):
    """An insured person known to the public app by a provider's subject (WeChat openid, …). No real name or
    ID number is kept here: the public side needs none, so none can leak."""

    __tablename__ = "insured_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(128))
    union_id: Mapped[str | None] = mapped_column(String(128))
    display_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_login_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (UniqueConstraint("provider", "subject"),)


class TraceScanResult(StrEnum):
    FOUND = "FOUND"
    INVALID_FORMAT = "INVALID_FORMAT"
    UNKNOWN_CODE = "UNKNOWN_CODE"


class TraceScan(Base):
    """One public-side scan of a pack code: the person's own trace record and DRUG-27's scan counts and results."""

    __tablename__ = "trace_scan"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    insured_id: Mapped[int | None] = mapped_column(ForeignKey("insured_person.id"))
    code: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(16))
    drug_code_id: Mapped[int | None] = mapped_column(ForeignKey("drug_code.id"))
    division_code: Mapped[str | None] = mapped_column(String(6))
    scanned_at: Mapped[datetime] = mapped_column(server_default=func.now())
    business_date: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        Index("ix_trace_scan_insured", "insured_id", "id"),
        Index("ix_trace_scan_drug_date", "drug_code_id", "business_date"),
    )


class UsageKind(StrEnum):
    DRUG_SEARCH = "DRUG_SEARCH"                # a keyword search of drugs (常搜, IND-32, ORD-37)
    DRUG_QUERY = "DRUG_QUERY"                  # one drug's detail or outlets opened (DRUG-26 query counts)
    INSTITUTION_SEARCH = "INSTITUTION_SEARCH"  # a pharmacy / medical-institution search (ORD-38)
    INSTITUTION_VIEW = "INSTITUTION_VIEW"      # one institution opened
    VISIT = "VISIT"                            # an app launch, with the region it came from (ORD-36, IND-31)


class UsageEvent(Base):
    """Public-side usage (PUB-27). Written in batches off the request path (domain.public.usage)."""

    __tablename__ = "usage_event"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column()
    business_date: Mapped[date] = mapped_column(Date)  # Asia/Shanghai
    channel: Mapped[str] = mapped_column(String(16))     # MP_WEIXIN / H5 / PARTNER / WEB
    drug_code_id: Mapped[int | None] = mapped_column(Integer)
    institution_id: Mapped[int | None] = mapped_column(Integer)
    keyword: Mapped[str | None] = mapped_column(String(100))
    division_code: Mapped[str | None] = mapped_column(String(6))
    insured_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        # a day's events (the rollup job, and the not-yet-rolled days the dashboards read raw: domain.public.rollup)
        Index("ix_usage_event_date_kind", "business_date", "kind"),
        Index("ix_usage_event_drug_date", "drug_code_id", "business_date",
              postgresql_where="drug_code_id IS NOT NULL"),
        Index("ix_usage_event_occurred_brin", "occurred_at", postgresql_using="brin"),
    )


class PublicHolder(Base):
    """A listed, positioned institution holding a drug (on hand > 0): the nearest holders of a drug come from a
    GiST scan of (drug_code_id, ll_to_earth(lat, lon)) that visits that drug's holders only. Derived data, kept by
    database triggers on stock_level and organisation (migration 0015_public_holder); never written by the app."""

    __tablename__ = "public_holder"

    drug_code_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True,
                                                 index=True)
    subtype: Mapped[str] = mapped_column(String(16))
    division_code: Mapped[str] = mapped_column(String(6))
    lat: Mapped[float] = mapped_column(Double)
    lon: Mapped[float] = mapped_column(Double)
    # the pair's last receipt and last settled sale (PUB-07/08 flags), kept by triggers on the two ledgers (0016)
    last_receipt_on: Mapped[date | None] = mapped_column(Date)
    last_settled_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_public_holder_knn", "drug_code_id", func.ll_to_earth(text("lat"), text("lon")),
              postgresql_using="gist"),
    )
