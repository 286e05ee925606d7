"""Focus lists (重点监测清单, SUP-42…45): bureau-maintained lists of selected, shortage, high-frequency and
rare-disease drugs. A member is either one drug code or a whole variety (every code of that generic name)."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base


class FocusKind(StrEnum):
    SELECTED = "SELECTED"              # 中选药品 (centrally procured, SUP-42)
    SHORTAGE = "SHORTAGE"              # 短缺药品 (SUP-43)
    HIGH_FREQUENCY = "HIGH_FREQUENCY"  # 高频药品 (SUP-44)
    RARE_DISEASE = "RARE_DISEASE"      # 罕见病药品 (SUP-45)


FOCUS_LABELS = {FocusKind.SELECTED: "中选药品", FocusKind.SHORTAGE: "短缺药品", FocusKind.HIGH_FREQUENCY: "高频药品",
                FocusKind.RARE_DISEASE: "罕见病药品"}


class FocusListMember(Base):
    """One drug code or variety on one bureau's list of one kind. Removing a member deletes the row; the audit
    trail keeps who added and removed it."""

    __tablename__ = "focus_list_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_division: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"))
    kind: Mapped[str] = mapped_column(String(16))
    drug_code_id: Mapped[int | None] = mapped_column(ForeignKey("drug_code.id"))
    variety_id: Mapped[int | None] = mapped_column(ForeignKey("variety.id"))
    note: Mapped[str | None] = mapped_column(String(200))
    added_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    added_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (
        CheckConstraint("kind IN ('SELECTED','SHORTAGE','HIGH_FREQUENCY','RARE_DISEASE')", name="kind"),
        CheckConstraint("(drug_code_id IS NULL) <> (variety_id IS NULL)", name="one_target"),
        # adding the same member twice is a no-op (INSERT … ON CONFLICT DO NOTHING targets these)
        Index("uq_focus_list_member_drug", "owner_division", "kind", "drug_code_id", unique=True,
              postgresql_where=text("drug_code_id IS NOT NULL")),
        Index("uq_focus_list_member_variety", "owner_division", "kind", "variety_id", unique=True,
              postgresql_where=text("variety_id IS NOT NULL")),
    )
    __mapper_args__ = {"eager_defaults": True}
