"""GraphQL types of drug master data and tags (DRUG-07, 08, 11…13, 19…27). Nested fields call loaders; the drug
file's sections kept by other domains (catalog, supply, exchange, public engagement) come through the request's field
helpers (`info.context.fields`) and lazy types, so this module imports no other domain's types."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from domain.drugs import models as m
from domain.drugs.access import TagAccess
from domain.shared.scopes import Scope
from schema.common.types import Division, division_of, f, local
from schema.drugs.enums import DrugType, TagTarget, TagValueType
from schema.permissions import needs
from schema.relay import Connection, Node, to_global_id

if TYPE_CHECKING:  # the types other domains show on a drug, named for the reader; strawberry resolves them lazily
    from schema.catalog.types import CatalogEntry, CatalogMembership
    from schema.engagement.types import DrugPublicDisclosure, DrugTraceScans
    from schema.exchange.operation import DrugOperationFile
    from schema.supply.analysis import DrugSupplyFile

CatalogEntryRef = Annotated["CatalogEntry", strawberry.lazy("schema.catalog.types")]
CatalogMembershipRef = Annotated["CatalogMembership", strawberry.lazy("schema.catalog.types")]
DrugSupplyFileRef = Annotated["DrugSupplyFile", strawberry.lazy("schema.supply.analysis")]
DrugOperationFileRef = Annotated["DrugOperationFile", strawberry.lazy("schema.exchange.operation")]
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
        return await info.context.fields.variety_tag_values(self._pk)

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
    def tags(self, info: strawberry.Info) -> list[TagValue]:
        # a list, or an awaitable of it when the page's tags were not loaded up front (graphql-core takes either)
        return info.context.fields.drug_tags(self._pk, self._variety_id)

    @strawberry.field(description="该药品在当前用户可见的各目录版本中的条目（新版本在前）")
    def catalog_entries(self, info: strawberry.Info) -> list[CatalogEntryRef]:
        return info.context.fields.drug_catalog_entries(self._pk)  # a list, or an awaitable of it (as tags)

    @strawberry.field(description="所属医保目录：最新已发布版本中的信息")
    async def latest_catalog(self, info: strawberry.Info) -> CatalogMembershipRef | None:
        return await info.context.fields.drug_latest_catalog(self._pk, self.code)

    @strawberry.field(description="说明书信息")
    async def package_insert(self, info: strawberry.Info) -> PackageInsert | None:
        return await _package_insert(info, self._pk)

    @strawberry.field(description="该药品的药品标识码（追溯码前 7 位；扫码追溯据此识别药品，PUB-19 / DRUG-27）")
    async def trace_products(self, info: strawberry.Info) -> list[TraceProduct]:
        return [TraceProduct.of(x) for x in await info.context.loaders.trace_products_by_drug.load(self._pk)]

    @strawberry.field(description="一药一档：按栏目组织的档案（DRUG-19）")
    def archive(self) -> DrugArchive:
        return DrugArchive(drug=self)

    @strawberry.field(description="一药一档的销售使用（DRUG-24）、药品供应（DRUG-25）、信息公开（DRUG-26）栏目，数据限本人辖区；"
                                  "需要 supply:read 权限", extensions=needs(Scope.SUPPLY_READ))
    def supply_file(self, info: strawberry.Info) -> DrugSupplyFileRef:
        return info.context.fields.drug_supply_file(self._pk, self._variety_id)

    @strawberry.field(description="一药一档的生产经营（DRUG-22）与采购配送（DRUG-23）栏目：批发企业、挂网、采购订单配送，"
                                  "数据限本人辖区；需要 supply:read 权限", extensions=needs(Scope.SUPPLY_READ))
    def operation_file(self, info: strawberry.Info) -> DrugOperationFileRef:
        return info.context.fields.drug_operation_file(self._pk, self.code, self._manufacturer_id)

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
    async def catalog(self, info: strawberry.Info) -> CatalogMembershipRef | None:
        return await info.context.fields.drug_latest_catalog(self.drug._pk, self.drug.code)

    @strawberry.field(description="说明书信息")
    async def package_insert(self, info: strawberry.Info) -> PackageInsert | None:
        return await _package_insert(info, self.drug._pk)


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


@strawberry.type(description="药品标识码：药品追溯码前 7 位，标识一个药品及其包装（国家药品追溯协同服务平台发布；PUB-19 扫码即据此识别药品）")
class TraceProduct:
    prefix: str = f("7 位药品标识码")
    pack_note: str | None = f("包装说明")
    _drug_id: strawberry.Private[int]

    @strawberry.field(description="标识码对应的药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        x = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(x) if x else None

    @classmethod
    def of(cls, x: Any) -> TraceProduct:
        return cls(prefix=x.prefix, pack_note=x.pack_note, _drug_id=x.drug_code_id)


DrugConnection = Connection[Drug]
TraceProductConnection = Connection[TraceProduct]
VarietyConnection = Connection[Variety]
ManufacturerConnection = Connection[Manufacturer]
