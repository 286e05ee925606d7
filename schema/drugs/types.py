"""GraphQL types of drug master data, tags, catalogs and imports. Nested fields only call loaders."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import strawberry

from domain.drugs import models as m
from domain.drugs.access import CatalogAccess, TagAccess
from domain.drugs.models import CATALOG_WORKFLOW
from domain.shared.scopes import Scope
from schema.common.types import Actor, Division, division_of, f, local
from schema.drugs.enums import (CatalogAction, CatalogState, DrugType, ErrorPolicy, ImportState, ReimbursementClass,
                                TagTarget, TagValueType)
from schema.permissions import needs
from schema.relay import Connection, Node, to_global_id

CatalogVersionRef = Annotated["CatalogVersion", strawberry.lazy("schema.drugs.types")]
DrugSupplyFileRef = Annotated["DrugSupplyFile", strawberry.lazy("schema.supply.analysis")]
DrugOperationFileRef = Annotated["DrugOperationFile", strawberry.lazy("schema.supply.operation")]
DrugPublicDisclosureRef = Annotated["DrugPublicDisclosure", strawberry.lazy("schema.engagement.types")]
DrugTraceScansRef = Annotated["DrugTraceScans", strawberry.lazy("schema.engagement.types")]
FromArg = Annotated[date | None, strawberry.argument(name="from", description="开始日期（含，北京时间），默认结束日期前 29 天")]


@strawberry.type(description="剂型字典")
class DosageForm:
    code: str = f("剂型代码（4 位）")
    name: str = f("剂型名称")
    group_name: str = f("剂型大类")

    @classmethod
    def of(cls, x: m.DosageForm) -> DosageForm:
        return cls(code=x.code, name=x.name, group_name=x.group_name)


@strawberry.type(description="药品分类（西药 ATC 第 4 级 / 中成药分类）")
class DrugClass:
    code: str = f("5 位分类码，如 J01CA")
    name: str = f("分类名称")
    kind: DrugType = f("西药或中成药")

    @classmethod
    def of(cls, x: m.DrugClass) -> DrugClass:
        return cls(code=x.code, name=x.name, kind=m.DrugType(x.kind))


@strawberry.type(description="生产企业")
class Manufacturer(Node):
    code: str = f("企业码（药品代码第 19–23 位）")
    name: str = f("企业名称")
    credit_code: str | None = f("统一社会信用代码")
    province: str | None = f("所在省份")
    address: str | None = f("地址")
    contact_name: str | None = f("联系人（DRUG-22）")
    contact_phone: str | None = f("联系方式（DRUG-22）")
    synthetic: bool = f("是否为演示用的合成数据")

    @classmethod
    def of(cls, x: m.Manufacturer) -> Manufacturer:
        return cls(id=to_global_id("Manufacturer", x.id), code=x.code, name=x.name, credit_code=x.credit_code,
                   province=x.province, address=x.address, contact_name=getattr(x, "contact_name", None),
                   contact_phone=getattr(x, "contact_phone", None), synthetic=x.synthetic)


@strawberry.type(description="业务标签属性定义（DRUG-11）")
class Tag(Node):
    code: str = f("标签编码（在所属医保局内唯一）")
    name: str = f("标签名称")
    description: str | None = f("说明")
    value_type: TagValueType = f("值类型")
    allowed_values: list[str] = f("枚举型标签的可选值")
    applies_to: TagTarget = f("适用对象")
    owner_division_code: str = f("定义该标签的医保局所在区划")
    _pk: strawberry.Private[int]

    @strawberry.field(description="定义该标签的医保局所在区划")
    def owner_division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.owner_division_code)

    @strawberry.field(description="当前用户能否修改该标签及其取值")
    def editable(self, info: strawberry.Info) -> bool:
        return TagAccess.of(info.context.principal).can_write(self.owner_division_code) and \
            info.context.principal.has(Scope.TAGS_WRITE)

    @classmethod
    def of(cls, x: m.Tag) -> Tag:
        return cls(id=to_global_id("Tag", x.id), code=x.code, name=x.name, description=x.description,
                   value_type=m.TagValueType(x.value_type), allowed_values=list(x.allowed_values or []),
                   applies_to=m.TagTarget(x.applies_to), owner_division_code=x.owner_division, _pk=x.id)


@strawberry.type(description="对象上的一个标签取值")
class TagValue:
    tag: Tag = f("标签")
    value: str = f("取值（布尔型为 true/false）")
    inherited: bool = f("是否继承自品种（药品编码自身没有设置）")


async def _tag_values(info: strawberry.Info, own: list[Any], inherited: list[Any]) -> list[TagValue]:
    seen = {t.tag_id for t in own}
    rows = [(t, False) for t in own] + [(t, True) for t in inherited if t.tag_id not in seen]
    tags = await info.context.loaders.tag.load_many([t.tag_id for t, _ in rows])
    return [TagValue(tag=Tag.of(tag), value=t.value, inherited=inh) for (t, inh), tag in zip(rows, tags) if tag]


@strawberry.type(description="药品品种（通用名层级）")
class Variety(Node):
    code_prefix: str = f("品种在药品代码中的前缀（类型+分类+通用名码）")
    type: DrugType = f("西药或中成药")
    class_code: str = f("分类码")
    name_code: str = f("通用名码（拼音首字母+数字）")
    generic_name: str = f("通用名")
    initials: str = f("通用名拼音首字母，如 amxl")
    synthetic: bool = f("是否为演示用的合成数据")
    _pk: strawberry.Private[int]

    @strawberry.field(description="分类")
    async def drug_class(self, info: strawberry.Info) -> DrugClass | None:
        x = await info.context.loaders.drug_class.load((self.type.value, self.class_code))
        return DrugClass.of(x) if x else None

    @strawberry.field(description="品种上的标签（DRUG-12）")
    async def tags(self, info: strawberry.Info) -> list[TagValue]:
        return await _tag_values(info, await info.context.loaders.variety_tags.load(self._pk), [])

    @strawberry.field(description="该品种下的药品编码数")
    async def drug_count(self, info: strawberry.Info) -> int:
        return await info.context.loaders.variety_drug_count.load(self._pk)

    @strawberry.field(description="该品种下的药品编码（按代码排序的前 first 个；完整分页请用 drugs(filter: {varietyId})）")
    async def drugs(self, info: strawberry.Info, first: int = 20) -> list[Drug]:
        from schema.errors import bad_input

        if not 0 <= first <= 100:
            raise bad_input("first 必须在 0 到 100 之间", "PAGE_SIZE_EXCEEDED", ["first"])
        rows = await info.context.loaders.drugs_by_variety.load((self._pk, first))
        return [Drug.of(d) for d in rows]

    @classmethod
    def of(cls, x: m.Variety) -> Variety:
        return cls(id=to_global_id("Variety", x.id), code_prefix=x.code_prefix, type=m.DrugType(x.type),
                   class_code=x.class_code, name_code=x.name_code, generic_name=x.generic_name, initials=x.initials,
                   synthetic=x.synthetic, _pk=x.id)


@strawberry.type(description="药品说明书信息（DRUG-21）")
class PackageInsert:
    dosage: str | None = f("用量")
    frequency: str | None = f("使用频次")
    method: str | None = f("使用方法")
    indications: str | None = f("功能主治 / 适应症")
    shelf_life_months: int | None = f("有效期（月）")
    synthetic: bool = f("是否为演示用的合成数据（合成文本不是说明书原文）")
    updated_at: datetime = f("最后更新时间")

    @classmethod
    def of(cls, x: m.PackageInsert) -> PackageInsert:
        return cls(dosage=x.dosage, frequency=x.frequency, method=x.method, indications=x.indications,
                   shelf_life_months=x.shelf_life_months, synthetic=x.synthetic, updated_at=local(x.updated_at))


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
    async def version(self, info: strawberry.Info) -> CatalogVersionRef | None:
        v = await info.context.loaders.catalog_version.load(self._version_id)
        return CatalogVersion.of(v) if v else None


async def _latest_catalog(info: strawberry.Info, drug_pk: int, code: str) -> CatalogMembership | None:
    e = await info.context.loaders.latest_entry_by_drug.load(drug_pk)
    if e is None:
        return None
    v = await info.context.loaders.catalog_version.load(e.version_id)
    if v is None:
        return None
    return CatalogMembership(version_no=v.version_no, national_code=code,
                             reimbursement_class=m.ReimbursementClass(e.reimbursement_class),
                             catalog_no=e.catalog_no, insurance_name=e.insurance_name,
                             restriction=e.restriction, published_at=local(v.published_at), _version_id=v.id)


async def _package_insert(info: strawberry.Info, drug_pk: int) -> PackageInsert | None:
    x = await info.context.loaders.package_insert.load(drug_pk)
    return PackageInsert.of(x) if x else None


@strawberry.type(description="药品编码：一个具体产品/包装，一药一档的主体（DRUG-07/08/19/20）")
class Drug(Node):
    code: str = f("23 位医保药品代码")
    type: DrugType = f("西药或中成药")
    class_code: str = f("分类码（ATC 第 4 级等）")
    generic_name: str = f("通用名")
    trade_name: str | None = f("商品名")
    registered_name: str = f("注册名称")
    registered_form: str | None = f("注册剂型")
    form_code: str = f("剂型代码")
    spec: str | None = f("规格")
    packaging: str | None = f("包装")
    packaging_material: str | None = f("包装材质")
    min_pack_qty: int | None = f("最小包装数量")
    min_prep_unit: str | None = f("最小制剂单位")
    min_pack_unit: str | None = f("最小包装单位")
    approval_no: str | None = f("批准文号")
    standard_code: str | None = f("药品本位码")
    market_status: str | None = f("市场状态")
    license_holder: str | None = f("上市许可持有人")
    generic_initials: str = f("通用名拼音首字母")
    synthetic: bool = f("是否为演示用的合成数据")
    updated_at: datetime = f("最后更新时间")
    _pk: strawberry.Private[int]
    _variety_id: strawberry.Private[int]
    _manufacturer_id: strawberry.Private[int]

    @strawberry.field(description="品种")
    async def variety(self, info: strawberry.Info) -> Variety | None:
        x = await info.context.loaders.variety.load(self._variety_id)
        return Variety.of(x) if x else None

    @strawberry.field(description="生产企业")
    async def manufacturer(self, info: strawberry.Info) -> Manufacturer | None:
        x = await info.context.loaders.manufacturer.load(self._manufacturer_id)
        return Manufacturer.of(x) if x else None

    @strawberry.field(description="剂型")
    async def dosage_form(self, info: strawberry.Info) -> DosageForm | None:
        x = await info.context.loaders.dosage_form.load(self.form_code)
        return DosageForm.of(x) if x else None

    @strawberry.field(description="分类")
    async def drug_class(self, info: strawberry.Info) -> DrugClass | None:
        x = await info.context.loaders.drug_class.load((self.type.value, self.class_code))
        return DrugClass.of(x) if x else None

    @strawberry.field(description="标签：药品编码自身的标签（DRUG-13）及继承自品种的标签（DRUG-12）")
    async def tags(self, info: strawberry.Info) -> list[TagValue]:
        loaders = info.context.loaders
        own = await loaders.drug_tags.load(self._pk)
        inherited = await loaders.variety_tags.load(self._variety_id)
        return await _tag_values(info, own, inherited)

    @strawberry.field(description="该药品在当前用户可见的各目录版本中的条目（新版本在前）")
    async def catalog_entries(self, info: strawberry.Info) -> list[CatalogEntry]:
        return [CatalogEntry.of(e) for e in await info.context.loaders.entries_by_drug.load(self._pk)]

    @strawberry.field(description="所属医保目录：最新已发布版本中的信息")
    async def latest_catalog(self, info: strawberry.Info) -> CatalogMembership | None:
        return await _latest_catalog(info, self._pk, self.code)

    @strawberry.field(description="说明书信息")
    async def package_insert(self, info: strawberry.Info) -> PackageInsert | None:
        return await _package_insert(info, self._pk)

    @strawberry.field(description="一药一档：按栏目组织的档案（DRUG-19）")
    def archive(self) -> DrugArchive:
        return DrugArchive(drug=self)

    @strawberry.field(description="一药一档的销售使用（DRUG-24）、药品供应（DRUG-25）、信息公开（DRUG-26）栏目，数据限本人辖区；"
                                  "需要 supply:read 权限", extensions=needs(Scope.SUPPLY_READ))
    def supply_file(self) -> DrugSupplyFileRef:
        from schema.supply.analysis import DrugSupplyFile

        return DrugSupplyFile(_drug_id=self._pk, _variety_id=self._variety_id)

    @strawberry.field(description="一药一档的生产经营（DRUG-22）与采购配送（DRUG-23）栏目：批发企业、挂网、采购订单配送，"
                                  "数据限本人辖区；需要 supply:read 权限", extensions=needs(Scope.SUPPLY_READ))
    def operation_file(self) -> DrugOperationFileRef:
        from schema.supply.operation import DrugOperationFile

        return DrugOperationFile(_drug_id=self._pk, _drug_code=self.code, _manufacturer_id=self._manufacturer_id)

    @strawberry.field(description="一药一档·信息公开（DRUG-26）：公开该药品的机构数（辖区合计与各市州），公众端查询次数与每日走势；"
                                  "区间最长 366 天，默认最近 30 天；需要 public_usage:read 权限",
                      extensions=needs(Scope.PUBLIC_USAGE_READ))
    async def public_disclosure(self, info: strawberry.Info, from_: FromArg = None,
                                to: date | None = None) -> DrugPublicDisclosureRef:
        return await info.context.fields.drug_public_disclosure(self._pk, from_, to)

    @strawberry.field(description="一药一档·追溯（DRUG-27）：公众端扫码次数、扫码结果与每日走势；区间最长 366 天，默认最近 30 天；"
                                  "需要 public_usage:read 权限", extensions=needs(Scope.PUBLIC_USAGE_READ))
    async def trace_scans(self, info: strawberry.Info, from_: FromArg = None,
                          to: date | None = None) -> DrugTraceScansRef:
        return await info.context.fields.drug_trace_scans(self._pk, from_, to)

    @classmethod
    def of(cls, x: m.DrugCode) -> Drug:
        return cls(id=to_global_id("Drug", x.id), code=x.code, type=m.DrugType(x.type), class_code=x.class_code,
                   generic_name=x.generic_name, trade_name=x.trade_name, registered_name=x.registered_name,
                   registered_form=x.registered_form, form_code=x.form_code, spec=x.spec, packaging=x.packaging,
                   packaging_material=x.packaging_material, min_pack_qty=x.min_pack_qty,
                   min_prep_unit=x.min_prep_unit, min_pack_unit=x.min_pack_unit, approval_no=x.approval_no,
                   standard_code=x.standard_code, market_status=x.market_status, license_holder=x.license_holder,
                   generic_initials=x.generic_initials, synthetic=x.synthetic, updated_at=local(x.updated_at),
                   _pk=x.id, _variety_id=x.variety_id, _manufacturer_id=x.manufacturer_id)


@strawberry.type(description="一药一档栏目")
class ArchiveSection:
    key: str = f("栏目键，如 BASIC、PACKAGE_INSERT")
    title: str = f("栏目名称")
    available: bool = f("本系统当前是否提供该栏目的数据")
    requirement: str = f("对应需求编号")


ARCHIVE_SECTIONS = (
    ("BASIC", "药品基本信息", True, "DRUG-20"),
    ("PACKAGE_INSERT", "药品说明书信息", True, "DRUG-21"),
    ("PRODUCTION", "生产经营信息", True, "DRUG-22"),     # Drug.operationFile
    ("PROCUREMENT", "采购配送信息", True, "DRUG-23"),
    ("SALES", "销售使用信息", True, "DRUG-24"),      # Drug.supplyFile
    ("SUPPLY", "药品供应信息", True, "DRUG-25"),
    ("DISCLOSURE", "信息公开情况", True, "DRUG-26"),  # publishing institutions and public query counts
    ("TRACEABILITY", "药品追溯信息", True, "DRUG-27"),    # public-side trace scans (PUB-19)
)


@strawberry.type(description="药品基本信息栏目（DRUG-20）")
class DrugBasicInfo:
    code: str = f("药品编码")
    name: str = f("药品名称")
    packaging: str | None = f("包装")
    registered_form: str | None = f("注册剂型")
    min_pack_unit: str | None = f("最小包装单位")
    min_prep_unit: str | None = f("最小制剂单位")
    min_pack_qty: int | None = f("最小包装数量")
    spec: str | None = f("规格")


@strawberry.type(description="一药一档（DRUG-19）：药品编码档案，按栏目提供")
class DrugArchive:
    drug: Drug = f("药品")

    @strawberry.field(description="栏目目录（未提供数据的栏目 available=false）")
    def sections(self) -> list[ArchiveSection]:
        return [ArchiveSection(key=k, title=t, available=a, requirement=r) for k, t, a, r in ARCHIVE_SECTIONS]

    @strawberry.field(description="基本信息")
    def basic_info(self) -> DrugBasicInfo:
        d = self.drug
        return DrugBasicInfo(code=d.code, name=d.registered_name, packaging=d.packaging,
                             registered_form=d.registered_form, min_pack_unit=d.min_pack_unit,
                             min_prep_unit=d.min_prep_unit, min_pack_qty=d.min_pack_qty, spec=d.spec)

    @strawberry.field(description="所属医保目录信息（最新目录版本号、国家药品编码、甲乙类）")
    async def catalog(self, info: strawberry.Info) -> CatalogMembership | None:
        return await _latest_catalog(info, self.drug._pk, self.drug.code)

    @strawberry.field(description="说明书信息")
    async def package_insert(self, info: strawberry.Info) -> PackageInsert | None:
        return await _package_insert(info, self.drug._pk)


@strawberry.type(description="工作流时间线上的一步（来自审计记录）")
class WorkflowEvent:
    action: str = f("操作键，如 submit、approve")
    label: str = f("操作名称")
    from_state: str | None = f("操作前状态")
    to_state: str | None = f("操作后状态")
    actor: Actor = f("操作人")
    at: datetime = f("时间（北京时间）")
    opinion: str | None = f("意见")


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
        if not who.area.covers(self.owner_division_code):
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


@strawberry.type(description="国家目录文件导入任务（后台作业，进度与逐行错误可查询）")
class CatalogImport(Node):
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
    new_drug_codes: int = f("新建的药品主数据条数")
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
        return cls(id=to_global_id("CatalogImport", x.id), file_name=x.file_name, file_format=x.file_format,
                   file_size=x.file_size, on_errors=m.ErrorPolicy(x.on_errors), state=m.ImportState(x.state),
                   version_no=x.version_no, total_rows=x.total_rows, processed_rows=x.processed_rows,
                   valid_rows=x.valid_rows, error_rows=x.error_rows, imported_rows=x.imported_rows,
                   new_drug_codes=x.new_drug_codes, failure_code=x.failure_code, failure_message=x.failure_message,
                   created_at=local(x.created_at), started_at=local(x.started_at), finished_at=local(x.finished_at),
                   _pk=x.id, _version_id=x.version_id, _target_version_id=x.target_version_id)


@strawberry.type(description="药品代码格式检查中的一个问题")
class CodeProblem:
    code: str = f("问题码：LENGTH CHARACTERS TYPE CLASS NAME_CODE FORM SPEC PACKAGE ENTERPRISE")
    message: str = f("说明")
    segment: str | None = f("出错的代码段")


@strawberry.type(description="药品代码检查结果：格式拆解与是否在主数据中")
class DrugCodeCheck:
    code: str = f("规范化后的代码")
    valid: bool = f("格式是否正确")
    type: DrugType | None = f("类型")
    class_code: str | None = f("分类码")
    name_code: str | None = f("通用名码")
    form_code: str | None = f("剂型码")
    spec_code: str | None = f("规格码")
    package_code: str | None = f("包装码")
    enterprise_code: str | None = f("企业码")
    problems: list[CodeProblem] = f("格式问题")
    drug: Drug | None = f("主数据中的药品（如已存在）")


@strawberry.type(description="生成的文件：在有效期内用 url 下载（url 即凭证，勿外传）")
class DownloadFile:
    file_name: str = f("文件名")
    url: str = f("下载地址（相对本服务）")
    row_count: int = f("数据行数")
    size: int = f("字节数")
    expires_at: datetime = f("过期时间")

    @classmethod
    def of(cls, x: Any) -> DownloadFile:
        return cls(file_name=x.file_name, url=f"/files/download/{x.key}", row_count=x.row_count, size=x.size,
                   expires_at=local(x.expires_at))


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


DrugConnection = Connection[Drug]
VarietyConnection = Connection[Variety]
ManufacturerConnection = Connection[Manufacturer]
CatalogVersionConnection = Connection[CatalogVersion]
CatalogEntryConnection = Connection[CatalogEntry]
CatalogImportConnection = Connection[CatalogImport]
CatalogImportRowErrorConnection = Connection[CatalogImportRowError]


def catalog_access(info: strawberry.Info) -> CatalogAccess:
    return CatalogAccess.of(info.context.principal)
