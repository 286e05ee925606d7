"""GraphQL types of the catalog (DRUG-01…05, 20): versions, entries, imports, their statistics and timeline."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.catalog import models as m
from domain.catalog.access import CatalogAccess
from domain.catalog.models import CATALOG_WORKFLOW
from domain.shared.scopes import Scope
from schema.catalog.enums import CatalogAction, CatalogState, ErrorPolicy, ImportKind, ImportState, ReimbursementClass
from schema.common.types import Actor, Division, WorkflowEvent, division_of, f, local
from schema.drugs.enums import DrugType
from schema.drugs.types import Drug
from schema.relay import Connection, Node, to_global_id


@strawberry.type(description="药品所属医保目录信息（最新已发布版本，DRUG-20）")
class CatalogMembership:
    version_no: str = f("最新目录版本号")
    national_code: str = f("国家药品编码")
    reimbursement_class: ReimbursementClass = f("甲乙类")
    catalog_no: str | None = f("目录编号")
    insurance_name: str = f("医保药品名称")
    restriction: str | None = f("支付限制")
    published_at: datetime | None = f("该版本发布时间")
    _version_id: strawberry.Private[int]

    @strawberry.field(description="目录版本")
    async def version(self, info: strawberry.Info) -> CatalogVersion | None:
        v = await info.context.loaders.catalog_version.load(self._version_id)
        return CatalogVersion.of(v) if v else None


_ACTION_ENUM = {"submit": CatalogAction.SUBMIT, "withdraw": CatalogAction.WITHDRAW, "approve": CatalogAction.APPROVE,
                "reject": CatalogAction.REJECT, "cancel_finalisation": CatalogAction.CANCEL_FINALISATION,
                "publish": CatalogAction.PUBLISH}


@strawberry.type(description="药品目录版本（DRUG-01…05）")
class CatalogVersion(Node):
    version_no: str = f("版本号（在所属医保局内唯一）")
    name: str = f("名称")
    description: str | None = f("说明")
    state: CatalogState = f("状态")
    state_label: str = f("状态名称")
    source: str = f("来源：IMPORT 国家目录文件导入，REUSE 复用，MANUAL 手工新建")
    owner_division_code: str = f("维护该目录的医保局所在区划")
    entry_count: int = f("目录药品数")
    created_at: datetime = f("创建时间")
    updated_at: datetime = f("最后修改时间")
    finalised_at: datetime | None = f("定稿时间")
    published_at: datetime | None = f("发布时间")
    _pk: strawberry.Private[int]
    _source_version_id: strawberry.Private[int | None]
    _created_by: strawberry.Private[int | None]

    @strawberry.field(description="维护该目录的医保局所在区划")
    def owner_division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.owner_division_code)

    @strawberry.field(description="复用来源版本")
    async def source_version(self, info: strawberry.Info) -> CatalogVersion | None:
        if self._source_version_id is None:
            return None
        v = await info.context.loaders.catalog_version.load(self._source_version_id)
        return CatalogVersion.of(v) if v else None

    @strawberry.field(description="创建人")
    async def created_by(self, info: strawberry.Info) -> Actor | None:
        if self._created_by is None:
            return None
        u = await info.context.loaders.user.load(self._created_by)
        return Actor(username=u.username, display_name=u.display_name) if u else None

    @strawberry.field(description="状态流转时间线（谁、何时、意见），读取自审计记录")
    async def timeline(self, info: strawberry.Info) -> list[WorkflowEvent]:
        rows = await info.context.loaders.version_history.load(self._pk)
        out = []
        for r in rows:
            key = r.action.split(".", 1)[1]
            t = CATALOG_WORKFLOW.by_name.get(key)
            out.append(WorkflowEvent(
                action=key, label=t.label if t else {"create": "创建"}.get(key, key),
                from_state=(r.before or {}).get("state"), to_state=(r.after or {}).get("state"),
                actor=Actor(username=r.actor_username, display_name=r.actor_name), at=local(r.at),
                opinion=r.opinion))
        return out

    @strawberry.field(description="当前用户此刻可以执行的操作（由服务端按状态、岗位和不相容岗位规则计算）")
    async def available_actions(self, info: strawberry.Info) -> list[CatalogAction]:
        who = info.context.principal
        if not CatalogAccess.of(who).maintains(self.owner_division_code):
            return []
        rows = await info.context.loaders.version_history.load(self._pk)
        last = CATALOG_WORKFLOW.last_actors((r.action, r.actor_id) for r in rows)
        actions = [_ACTION_ENUM[t.name] for t in CATALOG_WORKFLOW.available(self.state.value, who, last)]
        if self.state.value == m.CatalogState.DRAFT and who.has(Scope.CATALOG_WRITE):
            actions = [CatalogAction.EDIT, CatalogAction.DELETE, *actions]
            if self.entry_count == 0 and CatalogAction.SUBMIT in actions:
                actions.remove(CatalogAction.SUBMIT)
        return actions

    @strawberry.field(description="创建该版本的导入任务（如果是文件导入）")
    async def import_job(self, info: strawberry.Info) -> CatalogImport | None:
        x = await info.context.loaders.import_by_version.load(self._pk)
        return CatalogImport.of(x) if x else None

    @classmethod
    def of(cls, x: m.CatalogVersion) -> CatalogVersion:
        return cls(id=to_global_id("CatalogVersion", x.id), version_no=x.version_no, name=x.name,
                   description=x.description, state=m.CatalogState(x.state),
                   state_label=CATALOG_WORKFLOW.states.get(x.state, x.state), source=x.source,
                   owner_division_code=x.owner_division, entry_count=x.entry_count, created_at=local(x.created_at),
                   updated_at=local(x.updated_at), finalised_at=local(x.finalised_at),
                   published_at=local(x.published_at), _pk=x.id, _source_version_id=x.source_version_id,
                   _created_by=x.created_by)


@strawberry.type(description="目录条目：某版本中的一个药品编码及其目录属性（DRUG-02）")
class CatalogEntry(Node):
    catalog_no: str | None = f("目录编号")
    reimbursement_class: ReimbursementClass = f("甲乙类")
    insurance_name: str = f("医保药品名称")
    insurance_form: str | None = f("医保剂型")
    restriction: str | None = f("医保支付限制")
    remark: str | None = f("备注")
    updated_at: datetime = f("最后修改时间")
    _pk: strawberry.Private[int]
    _version_id: strawberry.Private[int]
    _drug_id: strawberry.Private[int]

    @strawberry.field(description="药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        x = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(x) if x else None

    @strawberry.field(description="23 位药品代码")
    async def drug_code(self, info: strawberry.Info) -> str:
        x = await info.context.loaders.drug.load(self._drug_id)
        return x.code if x else ""

    @strawberry.field(description="所属目录版本")
    async def version(self, info: strawberry.Info) -> CatalogVersion | None:
        v = await info.context.loaders.catalog_version.load(self._version_id)
        return CatalogVersion.of(v) if v else None

    @classmethod
    def of(cls, x: m.CatalogEntry) -> CatalogEntry:
        return cls(id=to_global_id("CatalogEntry", x.id), catalog_no=x.catalog_no,
                   reimbursement_class=m.ReimbursementClass(x.reimbursement_class), insurance_name=x.insurance_name,
                   insurance_form=x.insurance_form, restriction=x.restriction, remark=x.remark,
                   updated_at=local(x.updated_at), _pk=x.id, _version_id=x.version_id, _drug_id=x.drug_code_id)


@strawberry.type(description="导入文件中一行的一个错误")
class CatalogImportRowError:
    row_no: int = f("行号（与 Excel 行号一致，含表头）")
    column: str | None = f("列名")
    code: str = f("错误码，如 INVALID_DRUG_CODE、MISSING_VALUE、DUPLICATE_IN_FILE、NAME_CODE_MISMATCH")
    message: str = f("错误说明")
    value: str | None = f("单元格原值")


@strawberry.type(description="国家文件导入任务：医保目录文件或药品分类与代码总表（后台作业，进度与逐行错误可查询）")
class CatalogImport(Node):
    kind: ImportKind = f("文件类型：目录文件或药品编码总表")
    file_name: str = f("文件名")
    file_format: str = f("XLSX 或 CSV")
    file_size: int = f("文件大小（字节）")
    on_errors: ErrorPolicy = f("错误行处理方式")
    state: ImportState = f("状态")
    version_no: str | None = f("要创建的版本号")
    total_rows: int | None = f("数据行数（估计值，完成后为准确值）")
    processed_rows: int = f("已检查行数")
    valid_rows: int = f("正确行数")
    error_rows: int = f("错误行数")
    imported_rows: int = f("已导入行数")
    new_drug_codes: int = f("新建的药品主数据条数（标识码文件：新增的标识码数）")
    updated_drug_codes: int = f("属性有变化而更新的药品主数据条数（仅总表导入；标识码文件：对应药品或包装有变化的标识码数；"
                                "变化逐条记入审计）")
    failure_code: str | None = f("失败原因码")
    failure_message: str | None = f("失败原因")
    created_at: datetime = f("提交时间")
    started_at: datetime | None = f("开始处理时间")
    finished_at: datetime | None = f("完成时间")
    _pk: strawberry.Private[int]
    _version_id: strawberry.Private[int | None]
    _target_version_id: strawberry.Private[int | None]

    @strawberry.field(description="进度（0–1）")
    def progress(self) -> float:
        if self.state in (m.ImportState.SUCCEEDED, m.ImportState.FAILED):
            return 1.0
        if not self.total_rows:
            return 0.0
        return min(self.processed_rows / self.total_rows, 1.0)

    @strawberry.field(description="导入生成（或导入到）的目录版本")
    async def version(self, info: strawberry.Info) -> CatalogVersion | None:
        vid = self._version_id or self._target_version_id
        if vid is None:
            return None
        v = await info.context.loaders.catalog_version.load(vid)
        return CatalogVersion.of(v) if v else None

    @classmethod
    def of(cls, x: m.CatalogImport) -> CatalogImport:
        return cls(id=to_global_id("CatalogImport", x.id), kind=m.ImportKind(x.kind), file_name=x.file_name,
                   file_format=x.file_format,
                   file_size=x.file_size, on_errors=m.ErrorPolicy(x.on_errors), state=m.ImportState(x.state),
                   version_no=x.version_no, total_rows=x.total_rows, processed_rows=x.processed_rows,
                   valid_rows=x.valid_rows, error_rows=x.error_rows, imported_rows=x.imported_rows,
                   new_drug_codes=x.new_drug_codes, updated_drug_codes=x.updated_drug_codes, failure_code=x.failure_code, failure_message=x.failure_message,
                   created_at=local(x.created_at), started_at=local(x.started_at), finished_at=local(x.finished_at),
                   _pk=x.id, _version_id=x.version_id, _target_version_id=x.target_version_id)


@strawberry.type(description="按状态统计的目录版本数")
class CatalogStateCount:
    state: CatalogState = f("状态")
    label: str = f("状态名称")
    count: int = f("版本数")


@strawberry.type(description="目录条目按分类大类和甲乙类的统计")
class CatalogClassGroupCount:
    type: DrugType = f("西药或中成药")
    group: str = f("分类大类（分类码首字母）")
    group_name: str = f("大类名称（西药为 ATC 解剖学大类）")
    class_a: int = f("甲类条目数")
    class_b: int = f("乙类条目数")
    total: int = f("合计")


@strawberry.type(description="一个目录版本的条目统计（看板）")
class CatalogEntryStats:
    version: CatalogVersion = f("目录版本")
    total: int = f("条目总数")
    class_a: int = f("甲类")
    class_b: int = f("乙类")
    western: int = f("西药")
    tcm: int = f("中成药")
    by_group: list[CatalogClassGroupCount] = f("按分类大类")


@strawberry.type(description="目录工作动态：某个版本上的一次流转")
class CatalogActivity:
    event: WorkflowEvent = f("流转")
    version: CatalogVersion = f("版本")


CatalogVersionConnection = Connection[CatalogVersion]
CatalogEntryConnection = Connection[CatalogEntry]
CatalogImportConnection = Connection[CatalogImport]
CatalogImportRowErrorConnection = Connection[CatalogImportRowError]
