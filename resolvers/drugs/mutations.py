"""Root mutation fields of the drugs domain. Each is one unit of work; DomainError becomes userErrors."""
from __future__ import annotations

import base64
import binascii
from typing import Any, TypeVar

import strawberry

from domain.drugs import commands as c
from domain.drugs.errors import CatalogErrorCode as _CatalogCode
from domain.drugs.errors import DrugErrorCode as _DrugCode
from domain.drugs.errors import TagErrorCode as _TagCode
from domain.drugs.models import ErrorPolicy as _ErrorPolicy
from domain.drugs.models import TagTarget as _TagTarget
from domain.drugs.service import CatalogService, DrugExportService, DrugService, TagService
from domain.shared.commands import parse
from domain.shared.errors import DomainError
from domain.shared.scopes import Scope
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.drugs import inputs as i
from schema.drugs import payloads as p
from schema.drugs.types import CatalogEntry, CatalogImport, CatalogVersion, DownloadFile, Drug, Tag
from schema.permissions import needs
from schema.relay import to_global_id

P = TypeVar("P")




def _vid(gid: str, field: str = "id") -> int:
    v = id_arg(gid, "CatalogVersion", field)
    assert v is not None
    return v


def _maybe(**fields: Any) -> dict[str, Any]:
    """Keeps only the Maybe fields the client sent (null included)."""
    return {k: (v.value.value if hasattr(v.value, "value") else v.value) for k, v in fields.items() if v is not None}


async def _file_bytes(input: i.CatalogImportStartInput, limit: int) -> bytes:
    if (input.file is None) == (input.file_base64 is None):
        raise DomainError("请通过 file（multipart 上传）或 fileBase64 之一提供文件", code=_CatalogCode.REQUIRED,
                          field=["file"])
    if input.file is not None:
        data = await input.file.read(limit + 1)
        return data if isinstance(data, bytes) else data.encode()
    raw = input.file_base64 or ""
    if len(raw) > (limit * 4) // 3 + 8:
        raise DomainError("文件超过大小上限", code=_CatalogCode.FILE_TOO_LARGE, field=["fileBase64"])
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DomainError("fileBase64 不是有效的 Base64", code=_CatalogCode.INVALID_FORMAT,
                          field=["fileBase64"]) from exc


def _transition(name: str, label: str, scope: Scope) -> Any:
    async def resolve(info: Info, input: i.CatalogVersionTransitionInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            svc = CatalogService(info.context.uow(), info.context.settings)
            v = await svc.transition(_vid(input.id), name, input.opinion)
            info.context.loaders.catalog_version.clear(v.id)
            info.context.loaders.version_history.clear(v.id)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    return strawberry.mutation(resolver=resolve, description=label, extensions=needs(scope))


@strawberry.type
class DrugMutations:
    @strawberry.mutation(description="上传国家目录文件（.xlsx/.csv），后台检查每一行后创建目录版本（DRUG-01）；"
                                     "有错误行时默认整文件不导入，可选择仅导入正确的行",
                         extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import_start(self, info: Info, input: i.CatalogImportStartInput) -> p.CatalogImportPayload:
        async def run() -> p.CatalogImportPayload:
            content = await _file_bytes(input, info.context.settings.max_upload_bytes)
            cmd = parse(c.StartImport, c.LABELS, file_name=input.file_name,
                        on_errors=_ErrorPolicy(input.on_errors.value), version_no=input.version_no,
                        name=input.name, description=input.description,
                        target_version_id=id_arg(input.target_version_id, "CatalogVersion", "targetVersionId"))
            imp = await CatalogService(info.context.uow(), info.context.settings).start_import(cmd, content)
            return p.CatalogImportPayload(catalog_import=CatalogImport.of(imp), user_errors=[])
        return await mutate(run, p.CatalogImportPayload, p.CatalogUserError, catalog_import=None)

    @strawberry.mutation(description="重新执行失败的导入（例如选择仅导入正确的行）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import_retry(self, info: Info, input: i.CatalogImportRetryInput) -> p.CatalogImportPayload:
        async def run() -> p.CatalogImportPayload:
            imp = await CatalogService(info.context.uow(), info.context.settings).retry_import(
                id_arg(input.import_id, "CatalogImport", "importId") or 0, _ErrorPolicy(input.on_errors.value))
            return p.CatalogImportPayload(catalog_import=CatalogImport.of(imp), user_errors=[])
        return await mutate(run, p.CatalogImportPayload, p.CatalogUserError, catalog_import=None)

    @strawberry.mutation(description="新建空白草稿版本", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_create(self, info: Info, input: i.CatalogVersionCreateInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            cmd = parse(c.CreateVersion, c.LABELS, version_no=input.version_no, name=input.name,
                        description=input.description)
            v = await CatalogService(info.context.uow(), info.context.settings).create(cmd)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    @strawberry.mutation(description="复用已有版本：复制其全部条目生成新的草稿版本（DRUG-01）",
                         extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_reuse(self, info: Info, input: i.CatalogVersionReuseInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            cmd = parse(c.ReuseVersion, c.LABELS, version_no=input.version_no, name=input.name,
                        description=input.description,
                        source_version_id=_vid(input.source_version_id, "sourceVersionId"))
            v = await CatalogService(info.context.uow(), info.context.settings).reuse(cmd)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    @strawberry.mutation(description="修改草稿版本的名称或说明", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_update(self, info: Info, input: i.CatalogVersionUpdateInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            cmd = parse(c.UpdateVersion, c.LABELS, version_id=_vid(input.id), name=input.name,
                        description=input.description)
            v = await CatalogService(info.context.uow(), info.context.settings).update(cmd)
            info.context.loaders.catalog_version.clear(v.id)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    @strawberry.mutation(description="删除草稿版本（DRUG-01）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_delete(self, info: Info, input: i.CatalogVersionIdInput) -> p.CatalogVersionDeletePayload:
        async def run() -> p.CatalogVersionDeletePayload:
            vid = await CatalogService(info.context.uow(), info.context.settings).delete(_vid(input.id))
            info.context.loaders.catalog_version.clear(vid)
            return p.CatalogVersionDeletePayload(deleted_id=to_global_id("CatalogVersion", vid), user_errors=[])
        return await mutate(run, p.CatalogVersionDeletePayload, p.CatalogUserError, deleted_id=None)

    catalog_version_submit = _transition("submit", "提交审核（DRUG-02）", Scope.CATALOG_WRITE)
    catalog_version_withdraw = _transition("withdraw", "撤回已提交的版本（仅提交人）", Scope.CATALOG_WRITE)
    catalog_version_approve = _transition("approve", "审核通过并定稿（DRUG-03/04；审核人不能是提交人）",
                                          Scope.CATALOG_REVIEW)
    catalog_version_reject = _transition("reject", "审核驳回，退回草稿（DRUG-03；必须填写意见）", Scope.CATALOG_REVIEW)
    catalog_version_cancel_finalisation = _transition("cancel_finalisation", "取消定稿，退回草稿（DRUG-04；必须填写意见）",
                                                      Scope.CATALOG_PUBLISH)
    catalog_version_publish = _transition("publish", "对外发布（DRUG-04）", Scope.CATALOG_PUBLISH)

    @strawberry.mutation(description="向草稿版本添加目录药品（DRUG-02）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_entry_add(self, info: Info, input: i.CatalogEntryAddInput) -> p.CatalogEntryPayload:
        async def run() -> p.CatalogEntryPayload:
            cmd = parse(c.AddEntry, c.LABELS, version_id=_vid(input.version_id, "versionId"),
                        drug_code=input.drug_code, reimbursement_class=input.reimbursement_class.value,
                        catalog_no=input.catalog_no, insurance_name=input.insurance_name,
                        insurance_form=input.insurance_form, restriction=input.restriction, remark=input.remark)
            e = await CatalogService(info.context.uow(), info.context.settings).add_entry(cmd)
            info.context.loaders.catalog_version.clear(e.version_id)
            v = await info.context.loaders.catalog_version.load(e.version_id)
            return p.CatalogEntryPayload(catalog_entry=CatalogEntry.of(e),
                                         catalog_version=CatalogVersion.of(v) if v else None, user_errors=[])
        return await mutate(run, p.CatalogEntryPayload, p.CatalogUserError, catalog_entry=None, catalog_version=None)

    @strawberry.mutation(description="修改草稿版本中的目录条目（DRUG-02）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_entry_update(self, info: Info, input: i.CatalogEntryUpdateInput) -> p.CatalogEntryPayload:
        async def run() -> p.CatalogEntryPayload:
            fields = _maybe(reimbursement_class=input.reimbursement_class, catalog_no=input.catalog_no,
                            insurance_name=input.insurance_name, insurance_form=input.insurance_form,
                            restriction=input.restriction, remark=input.remark)
            patch = parse(c.EntryFields, c.LABELS, **fields)
            e = await CatalogService(info.context.uow(), info.context.settings).update_entry(
                id_arg(input.id, "CatalogEntry", "id") or 0, patch)
            v = await info.context.loaders.catalog_version.load(e.version_id)
            return p.CatalogEntryPayload(catalog_entry=CatalogEntry.of(e),
                                         catalog_version=CatalogVersion.of(v) if v else None, user_errors=[])
        return await mutate(run, p.CatalogEntryPayload, p.CatalogUserError, catalog_entry=None, catalog_version=None)

    @strawberry.mutation(description="删除草稿版本中的目录条目（DRUG-02）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_entry_delete(self, info: Info, input: i.CatalogEntryDeleteInput) -> p.CatalogEntryPayload:
        async def run() -> p.CatalogEntryPayload:
            v = await CatalogService(info.context.uow(), info.context.settings).delete_entry(
                id_arg(input.id, "CatalogEntry", "id") or 0)
            return p.CatalogEntryPayload(catalog_entry=None, catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogEntryPayload, p.CatalogUserError, catalog_entry=None, catalog_version=None)

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
        from domain.drugs.repository import DrugSort as _Sort
        from resolvers.drugs.queries import drug_criteria

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
            drug = await DrugService(info.context.uow()).update_package_insert(cmd)
            info.context.loaders.package_insert.clear(drug.id)
            return p.DrugPayload(drug=Drug.of(drug), user_errors=[])
        return await mutate(run, p.DrugPayload, p.DrugUserError, drug=None)

    @strawberry.mutation(description="维护生产企业信息（DRUG-22 生产经营信息：地址、联系人、联系方式、统一社会信用代码）",
                         extensions=needs(Scope.DRUGS_WRITE))
    async def manufacturer_update(self, info: Info, input: i.ManufacturerUpdateInput) -> p.ManufacturerPayload:
        from domain.drugs.service import ManufacturerService
        from schema.drugs.types import Manufacturer

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
    from schema.relay import from_global_id

    try:
        kind, pk = from_global_id(gid, ("Variety", "Drug"))
    except Exception as exc:  # noqa: BLE001
        raise DomainError("targetId 必须是品种或药品的 ID", code=_TagCode.TARGET_NOT_FOUND, field=["targetId"]) from exc
    return (_TagTarget.VARIETY if kind == "Variety" else _TagTarget.DRUG_CODE), pk


__all__ = ["DrugMutations", "_CatalogCode", "_DrugCode"]
