"""Organisations and user accounts."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ARRAY, Boolean, CheckConstraint, Double, ForeignKey, Index, Integer, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps
from domain.shared.scopes import Post, Role, scopes_for


class OrgKind(StrEnum):
    BUREAU = "BUREAU"              # 医疗保障局 / 经办机构
    INSTITUTION = "INSTITUTION"    # 定点医疗机构 / 定点零售药店
    ENTERPRISE = "ENTERPRISE"      # 批发 / 配送 / 生产企业
    PARTNER = "PARTNER"            # 商保公司、银行、其他部门


class OrgSubtype(StrEnum):
    """Supply entities (供应主体, SUP-02…13): what an institution or enterprise is."""

    HOSPITAL = "HOSPITAL"          # 定点医疗机构 (fixmedins_type 1), code H + division + sequence
    PHARMACY = "PHARMACY"          # 定点零售药店 (fixmedins_type 2), code P + division + sequence
    WHOLESALER = "WHOLESALER"      # 批发企业
    DISTRIBUTOR = "DISTRIBUTOR"    # 配送企业


class Ownership(StrEnum):
    PUBLIC = "PUBLIC"    # 公立
    PRIVATE = "PRIVATE"  # 民营


# hosp_lv dictionary (11-codes-and-formats.md)
HOSPITAL_LEVELS = {"01": "三级特等", "02": "三甲", "03": "三乙", "04": "三丙", "05": "二甲", "06": "二乙",
                   "07": "二丙", "08": "一甲", "09": "一乙", "10": "一丙", "11": "无等级"}


class Organisation(Timestamps, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    division_code: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), index=True)
    # Supply entities only (null for bureaus and partners).
    subtype: Mapped[str | None] = mapped_column(String(16))
    ownership: Mapped[str | None] = mapped_column(String(8))        # hospitals: PUBLIC / PRIVATE
    hospital_level: Mapped[str | None] = mapped_column(String(2))   # hospitals: hosp_lv code 01…11
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    address: Mapped[str | None] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(64))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    # Public-facing information of institutions (PUB-05…18, maintained by the institution: PUB-24).
    # Coordinates are WGS-84 (datum conversions happen at the API edge, domain.public.geo).
    lat: Mapped[float | None] = mapped_column(Double)
    lon: Mapped[float | None] = mapped_column(Double)
    public_listed: Mapped[bool] = mapped_column(Boolean, default=True, server_default="true")
    public_phone: Mapped[str | None] = mapped_column(String(32))
    business_hours: Mapped[str | None] = mapped_column(String(64))
    intro: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (
        CheckConstraint("subtype IS NULL OR subtype IN ('HOSPITAL','PHARMACY','WHOLESALER','DISTRIBUTOR')",
                        name="subtype"),
        CheckConstraint("ownership IS NULL OR ownership IN ('PUBLIC','PRIVATE')", name="ownership"),
        # Institution codes: H (医疗机构) / P (零售药店) + the institution's own 6-digit division + 5-digit sequence;
        # the division exists because division_code is a foreign key.
        CheckConstraint("subtype IS NULL OR subtype NOT IN ('HOSPITAL','PHARMACY') OR "
                        "(code ~ '^[HP][0-9]{11}$' AND left(code, 1) = CASE subtype WHEN 'HOSPITAL' THEN 'H' ELSE 'P' END "
                        "AND substr(code, 2, 6) = division_code)", name="institution_code"),
        Index("ix_organisation_subtype", "subtype", "division_code"),
        CheckConstraint("(lat IS NULL) = (lon IS NULL) AND (lat IS NULL OR (lat BETWEEN -90 AND 90 "
                        "AND lon BETWEEN -180 AND 180))", name="coordinates"),
        # KNN nearest-first over listed institutions (earthdistance: ll_to_earth is a cube; <-> uses this index).
        Index("ix_organisation_earth", func.ll_to_earth(text("lat"), text("lon")), postgresql_using="gist",
              postgresql_where=text("lat IS NOT NULL AND subtype IN ('HOSPITAL','PHARMACY')")),
    )

    AUDIT_FIELDS = ("name", "address", "contact_name", "contact_phone", "credit_code", "lat", "lon",
                    "public_listed", "public_phone", "business_hours", "intro")


def post_set(posts: list[str] | None) -> frozenset[Post]:
    """A user's posts as enum members (the entity and its read model both call this)."""
    return frozenset(Post(p) for p in posts or ())


class User(Timestamps, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32))
    posts: Mapped[list[str]] = mapped_column(ARRAY(String(32)), default=list)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    last_login_at: Mapped[datetime | None] = mapped_column()
    # Written into each token and compared per request (api.auth); a trigger bumps it when the account is
    # deactivated or its password, role, posts or organisation change, which revokes every earlier token.
    token_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    @property
    def post_set(self) -> frozenset[Post]:
        return post_set(self.posts)

    @property
    def scopes(self):  # noqa: ANN201
        return scopes_for(self.role_enum, self.post_set)
