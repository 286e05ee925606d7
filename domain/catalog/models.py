"""Catalog versions, their entries and national-file imports (DRUG-01…05, 07): the bureau's drug catalog."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, Timestamps
from domain.shared.scopes import Scope
from domain.shared.workflow import Opinion, Transition, Workflow


class CatalogState(StrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    FINALISED = "FINALISED"
    PUBLISHED = "PUBLISHED"


CATALOG_WORKFLOW = Workflow(
    name="catalog_version",
    states={CatalogState.DRAFT: "草稿", CatalogState.SUBMITTED: "待审核",
            CatalogState.FINALISED: "已定稿", CatalogState.PUBLISHED: "已发布"},
    transitions=(
        Transition("submit", "提交审核", frozenset({CatalogState.DRAFT}), CatalogState.SUBMITTED,
                   Scope.CATALOG_WRITE),
        Transition("withdraw", "撤回", frozenset({CatalogState.SUBMITTED}), CatalogState.DRAFT,
                   Scope.CATALOG_WRITE, only_by="submit"),
        Transition("approve", "审核通过", frozenset({CatalogState.SUBMITTED}), CatalogState.FINALISED,
                   Scope.CATALOG_REVIEW, not_by=("submit",)),
        Transition("reject", "审核驳回", frozenset({CatalogState.SUBMITTED}), CatalogState.DRAFT,
                   Scope.CATALOG_REVIEW, opinion=Opinion.REQUIRED, not_by=("submit",)),
        Transition("cancel_finalisation", "取消定稿", frozenset({CatalogState.FINALISED}), CatalogState.DRAFT,
                   Scope.CATALOG_PUBLISH, opinion=Opinion.REQUIRED),
        Transition("publish", "对外发布", frozenset({CatalogState.FINALISED}), CatalogState.PUBLISHED,
                   Scope.CATALOG_PUBLISH),
    ),
)


class CatalogVersion(Timestamps, Base):
    """A version of the drug catalog (DRUG-01), owned by the bureau that maintains it."""

    __tablename__ = "catalog_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_division: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), index=True)
    version_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default=CatalogState.DRAFT)
    source: Mapped[str] = mapped_column(String(16))  # IMPORT | REUSE | MANUAL
    source_version_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_version.id", ondelete="SET NULL"))
    entry_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    finalised_at: Mapped[datetime | None] = mapped_column()
    published_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        UniqueConstraint("owner_division", "version_no"),
        CheckConstraint("state IN ('DRAFT','SUBMITTED','FINALISED','PUBLISHED')", name="state"),
        Index("ix_catalog_version_published", "owner_division", "published_at"),
    )

    @property
    def editable(self) -> bool:
        return self.state == CatalogState.DRAFT

    def audit_view(self) -> dict:
        return {"versionNo": self.version_no, "name": self.name, "state": self.state,
                "entryCount": self.entry_count, "description": self.description}


class ReimbursementClass(StrEnum):
    A = "A"  # 甲类
    B = "B"  # 乙类


class CatalogEntry(Timestamps, Base):
    """One drug code inside a catalog version, with its catalog attributes (DRUG-02, DRUG-07)."""

    __tablename__ = "catalog_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("catalog_version.id", ondelete="CASCADE"))
    drug_code_id: Mapped[int] = mapped_column(ForeignKey("drug_code.id"), index=True)
    catalog_no: Mapped[str | None] = mapped_column(String(32))
    reimbursement_class: Mapped[str] = mapped_column(String(1))
    insurance_name: Mapped[str] = mapped_column(String(128))
    insurance_form: Mapped[str | None] = mapped_column(String(32))
    restriction: Mapped[str | None] = mapped_column(Text)
    remark: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("version_id", "drug_code_id"),
        CheckConstraint("reimbursement_class IN ('A','B')", name="class"),
    )

    AUDIT_FIELDS = ("catalog_no", "reimbursement_class", "insurance_name", "insurance_form", "restriction", "remark")


class ImportState(StrEnum):
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class ImportKind(StrEnum):
    CATALOG = "CATALOG"          # a catalog file: becomes a catalog version (DRUG-01)
    MASTER_DATA = "MASTER_DATA"  # the NHSA drug-code 总表: new codes created, existing codes' attributes updated (DRUG-07)
    TRACE_PRODUCTS = "TRACE_PRODUCTS"  # the traceability platform's 药品标识码 → drug code mappings (PUB-19, DRUG-27)


class ErrorPolicy(StrEnum):
    REJECT_FILE = "REJECT_FILE"            # any bad row → nothing is imported
    IMPORT_VALID_ROWS = "IMPORT_VALID_ROWS"


class CatalogImport(Base):
    """A national catalog file being turned into a catalog version by a background job."""

    __tablename__ = "catalog_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_division: Mapped[str] = mapped_column(String(6), ForeignKey("division.code"), index=True)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(16), default=ImportKind.CATALOG, server_default="CATALOG")
    file_name: Mapped[str] = mapped_column(String(200))
    file_format: Mapped[str] = mapped_column(String(8))
    file_size: Mapped[int] = mapped_column(Integer)
    file_content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    on_errors: Mapped[str] = mapped_column(String(24))
    target_version_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_version.id", ondelete="SET NULL"))
    version_no: Mapped[str | None] = mapped_column(String(32))
    version_name: Mapped[str | None] = mapped_column(String(128))
    version_description: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default=ImportState.QUEUED)
    total_rows: Mapped[int | None] = mapped_column(Integer)
    processed_rows: Mapped[int] = mapped_column(Integer, default=0)
    valid_rows: Mapped[int] = mapped_column(Integer, default=0)
    error_rows: Mapped[int] = mapped_column(Integer, default=0)
    imported_rows: Mapped[int] = mapped_column(Integer, default=0)
    new_drug_codes: Mapped[int] = mapped_column(Integer, default=0)
    updated_drug_codes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failure_code: Mapped[str | None] = mapped_column(String(32))
    failure_message: Mapped[str | None] = mapped_column(Text)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_version.id", ondelete="SET NULL"))
    retry_of: Mapped[int | None] = mapped_column(ForeignKey("catalog_import.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()
    heartbeat_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (CheckConstraint("kind IN ('CATALOG','MASTER_DATA','TRACE_PRODUCTS')", name="kind"),)


class CatalogImportError(Base):
    __tablename__ = "catalog_import_error"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("catalog_import.id", ondelete="CASCADE"))
    row_no: Mapped[int] = mapped_column(Integer)
    column_name: Mapped[str | None] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_catalog_import_error_import", "import_id", "row_no", "id"),)
