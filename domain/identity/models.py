"""Organisations and user accounts."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ARRAY, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps
from domain.shared.scopes import Post, Role, scopes_for


class OrgKind(StrEnum):
    BUREAU = "BUREAU"              # 医疗保障局 / 经办机构
    INSTITUTION = "INSTITUTION"    # 定点医疗机构 / 定点零售药店
    ENTERPRISE = "ENTERPRISE"      # 批发 / 配送 / 生产企业
    PARTNER = "PARTNER"            # 商保公司、银行、其他部门


class Organisation(Timestamps, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    division_code: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), index=True)


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

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    @property
    def post_set(self) -> frozenset[Post]:
        return frozenset(Post(p) for p in self.posts or ())

    @property
    def scopes(self):  # noqa: ANN201
        return scopes_for(self.role_enum, self.post_set)
