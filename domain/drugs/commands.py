"""Inputs of the drug master-data and tag use cases."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from domain.drugs.models import TagTarget, TagValueType
from domain.shared.commands import Command

Text = Annotated[str, StringConstraints(max_length=2000)]

LABELS = {"address": "地址", "contact_name": "联系人", "contact_phone": "联系方式", "credit_code": "统一社会信用代码",
          "name": "名称", "description": "说明", "code": "编码", "allowed_values": "可选值", "value": "标签值",
          "indications": "功能主治", "dosage": "用量", "frequency": "使用频次", "method": "使用方法",
          "shelf_life_months": "有效期（月）"}


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
