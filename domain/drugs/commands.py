"""Inputs of the drugs domain's use cases."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from domain.drugs.models import ErrorPolicy, ReimbursementClass, TagTarget, TagValueType
from domain.shared.commands import Command

VersionNo = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[^\x00-\x1f]+$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Text = Annotated[str, StringConstraints(max_length=2000)]
Short = Annotated[str, StringConstraints(max_length=32)]
Opinion = Annotated[str, StringConstraints(max_length=2000)]

LABELS = {"address": "地址", "contact_name": "联系人", "contact_phone": "联系方式", "credit_code": "统一社会信用代码",
          "version_no": "版本号", "name": "名称", "description": "说明", "file_name": "文件名",
          "catalog_no": "编号", "insurance_name": "医保药品名称", "insurance_form": "医保剂型",
          "restriction": "支付限制", "remark": "备注", "code": "编码", "allowed_values": "可选值",
          "value": "标签值", "opinion": "意见", "indications": "功能主治", "dosage": "用量",
          "frequency": "使用频次", "method": "使用方法", "shelf_life_months": "有效期（月）"}


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


class CreateTag(Command):
    code: Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[A-Za-z][A-Za-z0-9_]*$")]
    name: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    description: Text | None = None
    value_type: TagValueType
    allowed_values: list[Annotated[str, StringConstraints(min_length=1, max_length=64)]] = Field(
        default_factory=list, max_length=100)
    applies_to: TagTarget


class UpdateTag(Command):
    tag_id: int
    name: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    description: Text | None = None
    allowed_values: list[Annotated[str, StringConstraints(min_length=1, max_length=64)]] | None = Field(
        default=None, max_length=100)


class SetTagValue(Command):
    tag_id: int
    target_id: int
    value: Annotated[str, StringConstraints(max_length=256)] = "true"


class UpdateManufacturer(Command):
    """DRUG-22 生产企业信息: address, contact person and details, unified social credit code."""
    manufacturer_id: int
    address: Annotated[str, StringConstraints(max_length=200)] | None = None
    contact_name: Annotated[str, StringConstraints(max_length=64)] | None = None
    contact_phone: Annotated[str, StringConstraints(max_length=32, pattern=r"^$|^[0-9+()\- ]{5,32}$")] | None = None
    credit_code: Annotated[str, StringConstraints(max_length=18)] | None = None


class UpdatePackageInsert(Command):
    drug_id: int
    dosage: Text | None = None
    frequency: Annotated[str, StringConstraints(max_length=128)] | None = None
    method: Annotated[str, StringConstraints(max_length=128)] | None = None
    indications: Text | None = None
    shelf_life_months: Annotated[int, Field(ge=1, le=600)] | None = None
