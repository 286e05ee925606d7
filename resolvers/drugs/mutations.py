"""Root mutation fields of drug master data and tags (DRUG-08, 11…13, 21, 22). Each is one unit of work; a
DomainError becomes userErrors."""
from __future__ import annotations

import strawberry

from domain.drugs import commands as c
from domain.drugs.errors import TagErrorCode as _TagCode
from domain.drugs.export import DrugExportService
from domain.drugs.master_data import ManufacturerService, PackageInsertService
from domain.drugs.models import TagTarget as _TagTarget
from domain.drugs.tags import TagService
from domain.shared.commands import parse
from domain.shared.errors import DomainError
from domain.shared.scopes import Scope
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.common.types import DownloadFile
from schema.drugs import inputs as i
from schema.drugs import payloads as p
from schema.drugs.types import Drug, Manufacturer, Tag
from schema.permissions import needs
from schema.relay import from_global_id, to_global_id


@strawberry.type
class DrugMutations:
    @strawberry.mutation(description="定义业务标签（DRUG-11）", extensions=needs(Scope.TAGS_WRITE))
    async def tag_create(self, info: Info, input: i.TagCreateInput) -> p.TagPayload:
        async def run() -> p.TagPayload:
            cmd = parse(c.CreateTag, c.LABELS, code=input.code, name=input.name, description=input.description,
                        value_type=input.value_type.value, allowed_values=input.allowed_values or [],
                        applies_to=input.applies_to.value)
            tag = await TagService(info.context.uow()).create(cmd)
            return p.TagPayload(tag=Tag.of(tag), user_errors=[])
        return await mutate(run, p.TagPayload, p.TagUserError, tag=None)

    @strawberry.mutation(description="修改业务标签", extensions=needs(Scope.TAGS_WRITE))
    async def tag_update(self, info: Info, input: i.TagUpdateInput) -> p.TagPayload:
        async def run() -> p.TagPayload:
            cmd = parse(c.UpdateTag, c.LABELS, tag_id=id_arg(input.id, "Tag", "id") or 0, name=input.name,
                        description=input.description, allowed_values=input.allowed_values)
            tag = await TagService(info.context.uow()).update(cmd)
            return p.TagPayload(tag=Tag.of(tag), user_errors=[])
        return await mutate(run, p.TagPayload, p.TagUserError, tag=None)

    @strawberry.mutation(description="删除业务标签及其全部取值", extensions=needs(Scope.TAGS_WRITE))
    async def tag_delete(self, info: Info, input: i.TagDeleteInput) -> p.TagDeletePayload:
        async def run() -> p.TagDeletePayload:
            tid = await TagService(info.context.uow()).delete(id_arg(input.id, "Tag", "id") or 0)
            return p.TagDeletePayload(deleted_id=to_global_id("Tag", tid), user_errors=[])
        return await mutate(run, p.TagDeletePayload, p.TagUserError, deleted_id=None)

    @strawberry.mutation(description="为品种（DRUG-12）或药品编码（DRUG-13）设置标签值", extensions=needs(Scope.TAGS_WRITE))
    async def tag_assign(self, info: Info, input: i.TagAssignInput) -> p.TagPayload:
        async def run() -> p.TagPayload:
            kind, target = _target(input.target_id)
            cmd = parse(c.SetTagValue, c.LABELS, tag_id=id_arg(input.tag_id, "Tag", "tagId") or 0,
                        target_id=target, value=input.value)
            tag = await TagService(info.context.uow()).set_value(cmd, kind)
            return p.TagPayload(tag=Tag.of(tag), user_errors=[])
        return await mutate(run, p.TagPayload, p.TagUserError, tag=None)

    @strawberry.mutation(description="移除品种或药品编码上的标签", extensions=needs(Scope.TAGS_WRITE))
    async def tag_unassign(self, info: Info, input: i.TagUnassignInput) -> p.TagPayload:
        async def run() -> p.TagPayload:
            kind, target = _target(input.target_id)
            tag = await TagService(info.context.uow()).remove_value(
                id_arg(input.tag_id, "Tag", "tagId") or 0, target, kind)
            return p.TagPayload(tag=Tag.of(tag), user_errors=[])
        return await mutate(run, p.TagPayload, p.TagUserError, tag=None)

    @strawberry.mutation(description="把当前筛选条件下的药品主数据导出为 Excel（最多 5 万行；导出会记入审计）",
                         extensions=needs(Scope.DRUGS_READ))
    async def drug_export(self, info: Info, input: i.DrugExportInput) -> p.DrugExportPayload:
        from domain.drugs.criteria import DrugSort as _Sort
        from resolvers.drugs.queries import drug_criteria  # the list's own filter: one reading of it

        async def run() -> p.DrugExportPayload:
            criteria = drug_criteria(input.filter)
            described = {k: v for k, v in vars(criteria).items() if v is not None}
            f = await DrugExportService(info.context.uow()).export(criteria, _Sort(input.sort.value), described)
            return p.DrugExportPayload(file=DownloadFile.of(f), user_errors=[])
        return await mutate(run, p.DrugExportPayload, p.DrugUserError, file=None)

    @strawberry.mutation(description="维护一药一档的说明书信息（DRUG-21）", extensions=needs(Scope.DRUGS_WRITE))
    async def drug_package_insert_update(self, info: Info, input: i.DrugPackageInsertUpdateInput) -> p.DrugPayload:
        async def run() -> p.DrugPayload:
            fields = {k: getattr(input, k) for k in ("dosage", "frequency", "method", "indications",
                                                      "shelf_life_months") if getattr(input, k) is not None}
            cmd = parse(c.UpdatePackageInsert, c.LABELS, drug_id=id_arg(input.drug_id, "Drug", "drugId") or 0,
                        **fields)
            drug = await PackageInsertService(info.context.uow()).update(cmd)
            info.context.loaders.package_insert.clear(drug.id)
            return p.DrugPayload(drug=Drug.of(drug), user_errors=[])
        return await mutate(run, p.DrugPayload, p.DrugUserError, drug=None)

    @strawberry.mutation(description="维护生产企业信息（DRUG-22 生产经营信息：地址、联系人、联系方式、统一社会信用代码）",
                         extensions=needs(Scope.DRUGS_WRITE))
    async def manufacturer_update(self, info: Info, input: i.ManufacturerUpdateInput) -> p.ManufacturerPayload:
        async def run() -> p.ManufacturerPayload:
            fields = {k: getattr(input, k) for k in ("address", "contact_name", "contact_phone", "credit_code")
                      if getattr(input, k) is not None}
            cmd = parse(c.UpdateManufacturer, c.LABELS,
                        manufacturer_id=id_arg(input.id, "Manufacturer", "id") or 0, **fields)
            m = await ManufacturerService(info.context.uow()).update(cmd)
            info.context.loaders.manufacturer.clear(m.id)
            return p.ManufacturerPayload(manufacturer=Manufacturer.of(m), user_errors=[])
        return await mutate(run, p.ManufacturerPayload, p.DrugUserError, manufacturer=None)


def _target(gid: str) -> tuple[_TagTarget, int]:
    try:
        kind, pk = from_global_id(gid, ("Variety", "Drug"))
    except Exception as exc:  # noqa: BLE001
        raise DomainError("targetId 必须是品种或药品的 ID", code=_TagCode.TARGET_NOT_FOUND, field=["targetId"]) from exc
    return (_TagTarget.VARIETY if kind == "Variety" else _TagTarget.DRUG_CODE), pk
