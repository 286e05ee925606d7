"""Inputs of the catalog use cases: versions, entries, imports."""
from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

from domain.catalog.models import ErrorPolicy, ReimbursementClass
from domain.shared.commands import Command

VersionNo = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[^\x00-\x1f]+$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Text = Annotated[str, StringConstraints(max_length=2000)]
Short = Annotated[str, StringConstraints(max_length=32)]

LABELS = {"version_no": "版本号", "name": "名称", "description": "说明", "file_name": "文件名", "catalog_no": "编号",
          "insurance_name": "医保药品名称", "insurance_form": "医保剂型", "restriction": "支付限制", "remark": "备注",
          "opinion": "意见"}


class StartImport(Command):
    file_name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    on_errors: ErrorPolicy = ErrorPolicy.REJECT_FILE
    version_no: VersionNo | None = None
    name: Name | None = None
    description: Text | None = None
    target_version_id: int | None = None


class CreateVersion(Command):
    version_no: VersionNo
    name: Name
    description: Text | None = None


class ReuseVersion(CreateVersion):
    source_version_id: int


class UpdateVersion(Command):
    version_id: int
    name: Name | None = None
    description: Text | None = None


class EntryFields(Command):
    catalog_no: Short | None = None
    reimbursement_class: ReimbursementClass | None = None
    insurance_name: Name | None = None
    insurance_form: Short | None = None
    restriction: Text | None = None
    remark: Text | None = None


class AddEntry(EntryFields):
    version_id: int
    drug_code: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    reimbursement_class: ReimbursementClass


class StartMasterDataImport(Command):
    """The NHSA drug-code master table (总表) to bring master data up to date (DRUG-07)."""

    file_name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    on_errors: ErrorPolicy = ErrorPolicy.REJECT_FILE
