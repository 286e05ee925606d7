"""Root mutation fields of the catalog (DRUG-01…04): imports, versions, the review workflow, entries. Each is one
unit of work; a DomainError becomes userErrors."""
from __future__ import annotations

from typing import Any

import strawberry

from domain.catalog import commands as c
from domain.catalog.imports import ImportService
from domain.catalog.models import ErrorPolicy as _ErrorPolicy
from domain.catalog.service import CatalogService
from domain.shared.commands import parse
from domain.shared.scopes import Scope
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.common.uploads import upload_bytes
from resolvers.context import Info
from schema.catalog import inputs as i
from schema.catalog import payloads as p
from schema.catalog.types import CatalogEntry, CatalogImport, CatalogVersion
from schema.permissions import needs
from schema.relay import to_global_id


def _vid(gid: str, field: str = "id") -> int:
    v = id_arg(gid, "CatalogVersion", field)
    assert v is not None
    return v


def _maybe(**fields: Any) -> dict[str, Any]:
    """Keeps only the Maybe fields the client sent (null included)."""
    return {k: (v.value.value if hasattr(v.value, "value") else v.value) for k, v in fields.items() if v is not None}


def _transition(name: str, label: str, scope: Scope) -> Any:
    async def resolve(info: Info, input: i.CatalogVersionTransitionInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            v = await CatalogService(info.context.uow()).transition(_vid(input.id), name, input.opinion)
            info.context.loaders.catalog_version.clear(v.id)
            info.context.loaders.version_history.clear(v.id)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    return strawberry.mutation(resolver=resolve, description=label, extensions=needs(scope))


async def _start_file_import(info: Info, input: Any, start: Any) -> p.CatalogImportPayload:
    """A national file that makes no catalog version (总表, 药品标识码): its upload checked, its job queued by `start`."""
    async def run() -> p.CatalogImportPayload:
        content = await upload_bytes(input, info.context.settings.max_upload_bytes)
        cmd = parse(c.StartMasterDataImport, c.LABELS, file_name=input.file_name,
                    on_errors=_ErrorPolicy(input.on_errors.value))
        imp = await start(ImportService(info.context.uow(), info.context.settings), cmd, content)
        return p.CatalogImportPayload(catalog_import=CatalogImport.of(imp), user_errors=[])
    return await mutate(run, p.CatalogImportPayload, p.CatalogUserError, catalog_import=None)


@strawberry.type
class CatalogMutations:
    @strawberry.mutation(description="上传国家目录文件（.xlsx/.csv），后台检查每一行后创建目录版本（DRUG-01）；"
                                     "有错误行时默认整文件不导入，可选择仅导入正确的行",
                         extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import_start(self, info: Info, input: i.CatalogImportStartInput) -> p.CatalogImportPayload:
        async def run() -> p.CatalogImportPayload:
            content = await upload_bytes(input, info.context.settings.max_upload_bytes)
            cmd = parse(c.StartImport, c.LABELS, file_name=input.file_name,
                        on_errors=_ErrorPolicy(input.on_errors.value), version_no=input.version_no,
                        name=input.name, description=input.description,
                        target_version_id=id_arg(input.target_version_id, "CatalogVersion", "targetVersionId"))
            imp = await ImportService(info.context.uow(), info.context.settings).start(cmd, content)
            return p.CatalogImportPayload(catalog_import=CatalogImport.of(imp), user_errors=[])
        return await mutate(run, p.CatalogImportPayload, p.CatalogUserError, catalog_import=None)

    @strawberry.mutation(description="上传国家药品分类与代码总表（.xlsx/.csv），后台检查每一行后新增药品编码、更新已有编码的"
                                     "注册名称、规格、包装、市场状态等属性（DRUG-07；每项变化记入审计）；不改变任何目录版本",
                         extensions=needs(Scope.CATALOG_WRITE))
    async def master_data_import_start(self, info: Info,
                                       input: i.MasterDataImportStartInput) -> p.CatalogImportPayload:
        return await _start_file_import(info, input, ImportService.start_master_data)

    @strawberry.mutation(description="上传药品标识码文件（列：药品标识码，药品代码或药品本位码，包装说明），后台逐行检查后写入标识码 → 药品的"
                                     "对应关系（新增与变更分别计数，变更记入审计）；扫码追溯（PUB-19）据此识别药品",
                         extensions=needs(Scope.CATALOG_WRITE))
    async def trace_product_import_start(self, info: Info,
                                         input: i.TraceProductImportStartInput) -> p.CatalogImportPayload:
        return await _start_file_import(info, input, ImportService.start_trace_products)

    @strawberry.mutation(description="重新执行失败的导入（例如选择仅导入正确的行）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import_retry(self, info: Info, input: i.CatalogImportRetryInput) -> p.CatalogImportPayload:
        async def run() -> p.CatalogImportPayload:
            imp = await ImportService(info.context.uow(), info.context.settings).retry(
                id_arg(input.import_id, "CatalogImport", "importId") or 0, _ErrorPolicy(input.on_errors.value))
            return p.CatalogImportPayload(catalog_import=CatalogImport.of(imp), user_errors=[])
        return await mutate(run, p.CatalogImportPayload, p.CatalogUserError, catalog_import=None)

    @strawberry.mutation(description="新建空白草稿版本", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_create(self, info: Info, input: i.CatalogVersionCreateInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            cmd = parse(c.CreateVersion, c.LABELS, version_no=input.version_no, name=input.name,
                        description=input.description)
            v = await CatalogService(info.context.uow()).create(cmd)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    @strawberry.mutation(description="复用已有版本：复制其全部条目生成新的草稿版本（DRUG-01）",
                         extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_reuse(self, info: Info, input: i.CatalogVersionReuseInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            cmd = parse(c.ReuseVersion, c.LABELS, version_no=input.version_no, name=input.name,
                        description=input.description,
                        source_version_id=_vid(input.source_version_id, "sourceVersionId"))
            v = await CatalogService(info.context.uow()).reuse(cmd)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    @strawberry.mutation(description="修改草稿版本的名称或说明", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_update(self, info: Info, input: i.CatalogVersionUpdateInput) -> p.CatalogVersionPayload:
        async def run() -> p.CatalogVersionPayload:
            cmd = parse(c.UpdateVersion, c.LABELS, version_id=_vid(input.id), name=input.name,
                        description=input.description)
            v = await CatalogService(info.context.uow()).update(cmd)
            info.context.loaders.catalog_version.clear(v.id)
            return p.CatalogVersionPayload(catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogVersionPayload, p.CatalogUserError, catalog_version=None)

    @strawberry.mutation(description="删除草稿版本（DRUG-01）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_version_delete(self, info: Info, input: i.CatalogVersionIdInput) -> p.CatalogVersionDeletePayload:
        async def run() -> p.CatalogVersionDeletePayload:
            vid = await CatalogService(info.context.uow()).delete(_vid(input.id))
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
            e = await CatalogService(info.context.uow()).add_entry(cmd)
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
            e = await CatalogService(info.context.uow()).update_entry(
                id_arg(input.id, "CatalogEntry", "id") or 0, patch)
            v = await info.context.loaders.catalog_version.load(e.version_id)
            return p.CatalogEntryPayload(catalog_entry=CatalogEntry.of(e),
                                         catalog_version=CatalogVersion.of(v) if v else None, user_errors=[])
        return await mutate(run, p.CatalogEntryPayload, p.CatalogUserError, catalog_entry=None, catalog_version=None)

    @strawberry.mutation(description="删除草稿版本中的目录条目（DRUG-02）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_entry_delete(self, info: Info, input: i.CatalogEntryDeleteInput) -> p.CatalogEntryPayload:
        async def run() -> p.CatalogEntryPayload:
            v = await CatalogService(info.context.uow()).delete_entry(
                id_arg(input.id, "CatalogEntry", "id") or 0)
            return p.CatalogEntryPayload(catalog_entry=None, catalog_version=CatalogVersion.of(v), user_errors=[])
        return await mutate(run, p.CatalogEntryPayload, p.CatalogUserError, catalog_entry=None, catalog_version=None)
