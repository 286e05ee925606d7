"""Drug master data and business tags (DRUG-07, 08, 11…13, 19…21): varieties, drug codes, manufacturers, dictionaries."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ARRAY, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps

CODE_C = String(23, collation="C")  # byte order: prefix LIKE can use the b-tree index


class DrugType(StrEnum):
    X = "X"  # 西药
    Z = "Z"  # 中成药


class DrugClass(Base):
    """ATC level-4 class (西药) or TCM class (中成药)."""

    __tablename__ = "drug_class"

    # 中成药 and 西药 class codes overlap (A12AA is 钙 for X and a TCM class for Z): the key is (kind, code).
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    code: Mapped[str] = mapped_column(String(5, collation="C"), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))


class DosageForm(Base):
    __tablename__ = "dosage_form"

    code: Mapped[str] = mapped_column(String(4, collation="C"), primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    group_name: Mapped[str] = mapped_column(String(32))


class Manufacturer(Timestamps, Base):
    __tablename__ = "manufacturer"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(5, collation="C"), unique=True)  # the code's enterprise segment
    name: Mapped[str] = mapped_column(String(128))
    credit_code: Mapped[str | None] = mapped_column(String(18))
    province: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(64))    # DRUG-22 联系人
    contact_phone: Mapped[str | None] = mapped_column(String(32))   # DRUG-22 联系方式
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)


class Variety(Timestamps, Base):
    """品种: one generic name (通用名) in one class; identified by the first 10 (X) or 11 (Z) code characters."""

    __tablename__ = "variety"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_prefix: Mapped[str] = mapped_column(String(11, collation="C"), unique=True)
    type: Mapped[str] = mapped_column(String(1))
    class_code: Mapped[str] = mapped_column(String(5, collation="C"), index=True)
    name_code: Mapped[str] = mapped_column(String(5, collation="C"))
    generic_name: Mapped[str] = mapped_column(String(128))
    initials: Mapped[str] = mapped_column(String(64, collation="C"))
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_variety_generic_name_trgm", "generic_name", postgresql_using="gin",
              postgresql_ops={"generic_name": "gin_trgm_ops"}),
        Index("ix_variety_initials", "initials"),
    )


class DrugCode(Timestamps, Base):
    """药品编码: one product/pack. Basic-information fields follow the NHSA 总表 columns (DRUG-20)."""

    __tablename__ = "drug_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE_C, unique=True)
    type: Mapped[str] = mapped_column(String(1))
    class_code: Mapped[str] = mapped_column(String(5, collation="C"))
    variety_id: Mapped[int] = mapped_column(ForeignKey("variety.id"), index=True)
    form_code: Mapped[str] = mapped_column(String(4, collation="C"), index=True)
    manufacturer_id: Mapped[int] = mapped_column(ForeignKey("manufacturer.id"), index=True)
    generic_name: Mapped[str] = mapped_column(String(128))
    trade_name: Mapped[str | None] = mapped_column(String(128))
    registered_name: Mapped[str] = mapped_column(String(128))
    registered_form: Mapped[str | None] = mapped_column(String(32))
    spec: Mapped[str | None] = mapped_column(String(128))
    packaging: Mapped[str | None] = mapped_column(String(128))
    packaging_material: Mapped[str | None] = mapped_column(String(64))
    min_pack_qty: Mapped[int | None] = mapped_column(Integer)
    min_prep_unit: Mapped[str | None] = mapped_column(String(16))
    min_pack_unit: Mapped[str | None] = mapped_column(String(16))
    approval_no: Mapped[str | None] = mapped_column(String(64))
    standard_code: Mapped[str | None] = mapped_column(String(20))
    market_status: Mapped[str | None] = mapped_column(String(16))
    license_holder: Mapped[str | None] = mapped_column(String(128))
    # Search columns, maintained by the service on every write.
    search_text: Mapped[str] = mapped_column(Text)
    generic_initials: Mapped[str] = mapped_column(String(64, collation="C"))
    trade_initials: Mapped[str | None] = mapped_column(String(64, collation="C"))
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_drug_code_search_trgm", "search_text", postgresql_using="gin",
              postgresql_ops={"search_text": "gin_trgm_ops"}),
        Index("ix_drug_code_generic_initials", "generic_initials"),
        Index("ix_drug_code_trade_initials", "trade_initials"),
        Index("ix_drug_code_class_code", "class_code", "code"),
        # One- and two-character terms: pg_trgm extracts no trigram from '%布洛%', so without this a short term
        # reads every row (domain.drugs.search).
        Index("ix_drug_code_search_grams", func.zl_search_grams(search_text), postgresql_using="gin"),
    )

    def refresh_search(self) -> None:
        """Recomputes the search columns from the names."""
        for k, v in search_columns(self.generic_name, self.trade_name, self.registered_name).items():
            setattr(self, k, v)


def search_columns(generic_name: str, trade_name: str | None, registered_name: str | None) -> dict[str, str | None]:
    """The search columns of a drug code (search_text, generic_initials, trade_initials) from its names."""
    from domain.drugs.codes import initials

    names = [generic_name, trade_name or "", registered_name or ""]
    return {"search_text": " ".join(n for n in names if n), "generic_initials": initials(generic_name),
            "trade_initials": initials(trade_name) if trade_name else None}


class PackageInsert(Base):
    """说明书 section of the one-drug-one-file archive (DRUG-21)."""

    __tablename__ = "drug_package_insert"

    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id", ondelete="CASCADE"), primary_key=True)
    dosage: Mapped[str | None] = mapped_column(Text)
    frequency: Mapped[str | None] = mapped_column(String(128))
    method: Mapped[str | None] = mapped_column(String(128))
    indications: Mapped[str | None] = mapped_column(Text)
    shelf_life_months: Mapped[int | None] = mapped_column(Integer)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class TagValueType(StrEnum):
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"
    TEXT = "TEXT"
    NUMBER = "NUMBER"


class TagTarget(StrEnum):
    VARIETY = "VARIETY"
    DRUG_CODE = "DRUG_CODE"
    BOTH = "BOTH"


class Tag(Timestamps, Base):
    """A business tag attribute (DRUG-11), owned by a region or prefecture bureau."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_division: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    value_type: Mapped[str] = mapped_column(String(16))
    allowed_values: Mapped[list[str]] = mapped_column(ARRAY(String(64)), default=list)
    applies_to: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (UniqueConstraint("owner_division", "code"),)


class VarietyTag(Base):
    __tablename__ = "variety_tag"

    variety_id: Mapped[int] = mapped_column(ForeignKey("variety.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)
    value: Mapped[str] = mapped_column(String(256))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class DrugTag(Base):
    __tablename__ = "drug_tag"

    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)
    value: Mapped[str] = mapped_column(String(256))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class TraceProduct(Base):
    """药品标识码 (the first 7 digits of a 20-digit 药品追溯码) → the drug code it identifies: master data the national
    drug traceability platform publishes; a public trace scan (PUB-19, DRUG-27) reads it."""

    __tablename__ = "trace_product"

    prefix: Mapped[str] = mapped_column(String(7, collation="C"), primary_key=True)
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"), index=True)
    pack_note: Mapped[str | None] = mapped_column(String(64))
