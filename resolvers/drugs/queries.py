"""Root query fields of drug master data and tags (DRUG-07, 08, 11…13, 19…21)."""
from __future__ import annotations

import strawberry

from domain.drugs.access import TagAccess
from domain.drugs.codes import check_drug_code, normalise_code
from domain.drugs.criteria import DrugCriteria
from domain.drugs.criteria import DrugSort as _DrugSort
from domain.drugs.repository import DrugRepository
from domain.drugs.tags import TagRepository
from domain.drugs.trace_products import TraceProductRepository
from domain.shared.scopes import Scope
from resolvers.context import Info
from schema.drugs import types as t
from schema.drugs.enums import DrugSort, DrugType, TagTarget
from schema.drugs.inputs import DrugFilter
from schema.errors import bad_input
from schema.permissions import needs
from schema.relay import from_global_id, page_request


def drug_criteria(flt: DrugFilter | None) -> DrugCriteria:
    if flt is None:
        return DrugCriteria()
    for text, name in ((flt.search, "search"), (flt.name, "name"), (flt.pinyin, "pinyin"),
                       (flt.code_prefix, "codePrefix"), (flt.class_code, "classCode"), (flt.tag_value, "tagValue")):
        if text is not None and len(text) > 64:
            raise bad_input(f"{name} 不能超过 64 个字符", "VALUE_TOO_LONG", ["filter", name])
    return DrugCriteria(
        search=flt.search or None, name=flt.name or None, pinyin=flt.pinyin or None,
        code_prefix=flt.code_prefix or None, class_code=flt.class_code or None, form_code=flt.form_code or None,
        type=flt.type.value if flt.type else None,
        variety_id=from_global_id(flt.variety_id, "Variety")[1] if flt.variety_id else None,
        manufacturer_id=from_global_id(flt.manufacturer_id, "Manufacturer")[1] if flt.manufacturer_id else None,
        tag_id=from_global_id(flt.tag_id, "Tag")[1] if flt.tag_id else None, tag_value=flt.tag_value)


@strawberry.type
class DrugQueries:
    @strawberry.field(description="药品主数据查询（DRUG-08）：名称、拼音首字母、代码前缀、分类、剂型、标签；稳定排序，Relay 分页",
                      extensions=needs(Scope.DRUGS_READ))
    async def drugs(self, info: Info, first: int | None = 20, after: str | None = None, offset: int | None = None,
                    filter: DrugFilter | None = None, sort: DrugSort = _DrugSort.CODE_ASC) -> t.DrugConnection | None:
        request = page_request(first, after, offset)
        criteria = drug_criteria(filter)
        page = await DrugRepository(info.context.db).page(criteria, _DrugSort(sort.value), request,
                                                          TagAccess.of(info.context.principal))
        await info.context.fields.prefetch_drugs(info, page.items)
        return t.DrugConnection.of(page, t.Drug.of)

    @strawberry.field(description="按 ID 或 23 位药品代码读取一个药品", extensions=needs(Scope.DRUGS_READ))
    async def drug(self, info: Info, id: strawberry.ID | None = None, code: str | None = None) -> t.Drug | None:
        if (id is None) == (code is None):
            raise bad_input("请提供 id 或 code 之一", "INVALID_ARGUMENTS")
        if id is not None:
            row = await info.context.loaders.drug.load(from_global_id(id, "Drug")[1])
        else:
            row = await DrugRepository(info.context.db).get_by_code(normalise_code(code or "")[:23])
        return t.Drug.of(row) if row else None

    @strawberry.field(description="检查一个药品代码：格式拆解（类型/分类/通用名码/剂型/规格/包装/企业）及是否已在主数据中",
                      extensions=needs(Scope.DRUGS_READ))
    async def drug_code_check(self, info: Info, code: str) -> t.DrugCodeCheck | None:
        if len(code) > 64:
            raise bad_input("代码过长", "VALUE_TOO_LONG", ["code"])
        parts, problems = check_drug_code(code)
        drug = await DrugRepository(info.context.db).get_by_code(parts.code) if parts else None
        return t.DrugCodeCheck(
            code=normalise_code(code), valid=parts is not None, type=parts.type if parts else None,
            class_code=parts.class_code if parts else None, name_code=parts.name_code if parts else None,
            form_code=parts.form_code if parts else None, spec_code=parts.spec_code if parts else None,
            package_code=parts.pack_code if parts else None, enterprise_code=parts.enterprise_code if parts else None,
            problems=[t.CodeProblem(code=p.code, message=p.message, segment=p.segment) for p in problems],
            drug=t.Drug.of(drug) if drug else None)

    @strawberry.field(description="药品品种（通用名）列表", extensions=needs(Scope.DRUGS_READ))
    async def varieties(self, info: Info, first: int | None = 20, after: str | None = None,
                        offset: int | None = None, search: str | None = None, class_code: str | None = None,
                        type: DrugType | None = None) -> t.VarietyConnection | None:
        if search is not None and len(search) > 64:
            raise bad_input("search 不能超过 64 个字符", "VALUE_TOO_LONG", ["search"])
        page = await DrugRepository(info.context.db).variety_page(search, class_code, type.value if type else None,
                                                                  page_request(first, after, offset))
        return t.VarietyConnection.of(page, t.Variety.of)

    @strawberry.field(description="按 ID 读取一个品种", extensions=needs(Scope.DRUGS_READ))
    async def variety(self, info: Info, id: strawberry.ID) -> t.Variety | None:
        row = await info.context.loaders.variety.load(from_global_id(id, "Variety")[1])
        return t.Variety.of(row) if row else None

    @strawberry.field(description="生产企业列表", extensions=needs(Scope.DRUGS_READ))
    async def manufacturers(self, info: Info, first: int | None = 20, after: str | None = None,
                            offset: int | None = None, search: str | None = None) -> t.ManufacturerConnection | None:
        if search is not None and len(search) > 64:
            raise bad_input("search 不能超过 64 个字符", "VALUE_TOO_LONG", ["search"])
        page = await DrugRepository(info.context.db).manufacturer_page(search, page_request(first, after, offset))
        return t.ManufacturerConnection.of(page, t.Manufacturer.of)

    @strawberry.field(description="剂型字典", extensions=needs(Scope.DRUGS_READ))
    async def dosage_forms(self, info: Info) -> list[t.DosageForm] | None:
        return [t.DosageForm.of(x) for x in await DrugRepository(info.context.db).forms()]

    @strawberry.field(description="药品分类字典", extensions=needs(Scope.DRUGS_READ))
    async def drug_classes(self, info: Info, kind: DrugType | None = None) -> list[t.DrugClass] | None:
        rows = await DrugRepository(info.context.db).classes(kind.value if kind else None)
        return [t.DrugClass.of(x) for x in rows]

    @strawberry.field(description="当前用户可见的业务标签定义（本级、下级及上级医保局定义的）",
                      extensions=needs(Scope.DRUGS_READ))
    async def tags(self, info: Info, applies_to: TagTarget | None = None) -> list[t.Tag] | None:
        rows = await TagRepository(info.context.db).tags(TagAccess.of(info.context.principal),
                                                         applies_to.value if applies_to else None)
        return [t.Tag.of(x) for x in rows]

    @strawberry.field(description="药品标识码（追溯码前 7 位 → 药品），按标识码排序；可按标识码前缀或药品筛选（PUB-19 的识别依据）",
                      extensions=needs(Scope.DRUGS_READ))
    async def trace_products(self, info: Info, first: int | None = 20, after: str | None = None,
                             offset: int | None = None, prefix: str | None = None,
                             drug_id: strawberry.ID | None = None) -> t.TraceProductConnection | None:
        if prefix is not None and (len(prefix) > 7 or not prefix.isdigit()):
            raise bad_input("prefix 应为不超过 7 位的数字", "INVALID_FORMAT", ["prefix"])
        page = await TraceProductRepository(info.context.db).page(
            prefix or None, from_global_id(drug_id, "Drug")[1] if drug_id else None, page_request(first, after, offset))
        return t.TraceProductConnection.of(page, t.TraceProduct.of)
