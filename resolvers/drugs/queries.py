"""Root query fields of the drugs domain: master data, tags, catalogs, imports."""
from __future__ import annotations

import strawberry

from domain.drugs.access import CatalogAccess, TagAccess
from domain.drugs.codes import check_drug_code, normalise_code
from domain.drugs.repository import CatalogRepository, DrugCriteria, DrugRepository
from domain.drugs.repository import DrugSort as _DrugSort
from domain.drugs.codes import class_group_name
from domain.drugs.models import CATALOG_WORKFLOW
from domain.drugs.models import CatalogState as _CatalogState
from domain.drugs.models import DrugType as _DrugType
from domain.drugs.service import TIMELINE_ACTIONS
from schema.common.types import Actor, local
from domain.shared.scopes import Scope
from resolvers.context import Info
from schema.drugs import types as t
from schema.drugs.enums import CatalogState, DrugSort, DrugType, ReimbursementClass, TagTarget
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
        rows = await DrugRepository(info.context.db).tags(TagAccess.of(info.context.principal),
                                                          applies_to.value if applies_to else None)
        return [t.Tag.of(x) for x in rows]

    @strawberry.field(description="目录版本列表：两级用户可查已发布版本（DRUG-05）；目录岗位人员还可见本级草稿等",
                      extensions=needs(Scope.CATALOG_READ))
    async def catalog_versions(self, info: Info, first: int | None = 20, after: str | None = None,
                               offset: int | None = None, state: CatalogState | None = None,
                               search: str | None = None) -> t.CatalogVersionConnection | None:
        if search is not None and len(search) > 64:
            raise bad_input("search 不能超过 64 个字符", "VALUE_TOO_LONG", ["search"])
        page = await CatalogRepository(info.context.db).page(
            CatalogAccess.of(info.context.principal), page_request(first, after, offset),
            state=state.value if state else None, search=search)
        return t.CatalogVersionConnection.of(page, t.CatalogVersion.of)

    @strawberry.field(description="按 ID 读取目录版本（不可见时为 null）", extensions=needs(Scope.CATALOG_READ))
    async def catalog_version(self, info: Info, id: strawberry.ID) -> t.CatalogVersion | None:
        row = await info.context.loaders.catalog_version.load(from_global_id(id, "CatalogVersion")[1])
        return t.CatalogVersion.of(row) if row else None

    @strawberry.field(description="目录版本中的药品条目（DRUG-02 查询）", extensions=needs(Scope.CATALOG_READ))
    async def catalog_entries(self, info: Info, version_id: strawberry.ID, first: int | None = 20,
                              after: str | None = None, offset: int | None = None, search: str | None = None,
                              reimbursement_class: ReimbursementClass | None = None) -> t.CatalogEntryConnection | None:
        if search is not None and len(search) > 64:
            raise bad_input("search 不能超过 64 个字符", "VALUE_TOO_LONG", ["search"])
        request = page_request(first, after, offset)
        version = await info.context.loaders.catalog_version.load(from_global_id(version_id, "CatalogVersion")[1])
        if version is None:
            return t.CatalogEntryConnection.of(_empty(), t.CatalogEntry.of)
        page = await CatalogRepository(info.context.db).entries_page(
            version.id, request, search=search,
            reimbursement_class=reimbursement_class.value if reimbursement_class else None)
        return t.CatalogEntryConnection.of(page, t.CatalogEntry.of)

    @strawberry.field(description="目录文件导入任务列表（本级目录岗位人员）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_imports(self, info: Info, first: int | None = 20, after: str | None = None,
                              offset: int | None = None) -> t.CatalogImportConnection | None:
        page = await CatalogRepository(info.context.db).imports_page(CatalogAccess.of(info.context.principal),
                                                                     page_request(first, after, offset))
        return t.CatalogImportConnection.of(page, t.CatalogImport.of)

    @strawberry.field(description="导入任务（进度、结果）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import(self, info: Info, id: strawberry.ID) -> t.CatalogImport | None:
        row = await CatalogRepository(info.context.db).import_(CatalogAccess.of(info.context.principal),
                                                               from_global_id(id, "CatalogImport")[1])
        return t.CatalogImport.of(row) if row else None

    @strawberry.field(description="导入任务的逐行错误（按行号）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import_errors(self, info: Info, import_id: strawberry.ID, first: int | None = 50,
                                    after: str | None = None,
                                    offset: int | None = None) -> t.CatalogImportRowErrorConnection | None:
        request = page_request(first, after, offset)
        repo = CatalogRepository(info.context.db)
        imp = await repo.import_(CatalogAccess.of(info.context.principal), from_global_id(import_id, "CatalogImport")[1])
        if imp is None:
            return t.CatalogImportRowErrorConnection.of(_empty(), _row_error)
        page = await repo.import_errors_page(imp.id, request)
        return t.CatalogImportRowErrorConnection.of(page, _row_error)


    @strawberry.field(description="目录版本按状态计数（看板）", extensions=needs(Scope.CATALOG_READ))
    async def catalog_version_counts(self, info: Info) -> list[t.CatalogStateCount] | None:
        counts = await CatalogRepository(info.context.db).count_by_state(CatalogAccess.of(info.context.principal))
        return [t.CatalogStateCount(state=s, label=CATALOG_WORKFLOW.states[s], count=counts.get(s.value, 0))
                for s in _CatalogState]

    @strawberry.field(description="目录版本条目统计：按分类大类、甲乙类、西药/中成药（看板）",
                      extensions=needs(Scope.CATALOG_READ))
    async def catalog_entry_stats(self, info: Info, version_id: strawberry.ID) -> t.CatalogEntryStats | None:
        version = await info.context.loaders.catalog_version.load(from_global_id(version_id, "CatalogVersion")[1])
        if version is None:
            return None
        rows = await CatalogRepository(info.context.db).entry_stats(version.id)
        groups: dict[tuple[str, str], list[int]] = {}
        for drug_type, letter, klass, n in rows:
            g = groups.setdefault((drug_type, letter), [0, 0])
            g[0 if klass == "A" else 1] += n
        by_group = [t.CatalogClassGroupCount(type=_DrugType(k[0]), group=k[1], group_name=class_group_name(*k),
                                             class_a=a, class_b=b, total=a + b)
                    for k, (a, b) in sorted(groups.items())]
        return t.CatalogEntryStats(
            version=t.CatalogVersion.of(version), total=sum(g.total for g in by_group),
            class_a=sum(g.class_a for g in by_group), class_b=sum(g.class_b for g in by_group),
            western=sum(g.total for g in by_group if g.type == _DrugType.X),
            tcm=sum(g.total for g in by_group if g.type == _DrugType.Z), by_group=by_group)

    @strawberry.field(description="最近的目录工作动态（当前用户可见的版本上的流转），新的在前",
                      extensions=needs(Scope.CATALOG_READ))
    async def catalog_activity(self, info: Info, first: int = 10) -> list[t.CatalogActivity] | None:
        if not 0 < first <= 50:
            raise bad_input("first 必须在 1 到 50 之间", "PAGE_SIZE_EXCEEDED", ["first"])
        rows = await CatalogRepository(info.context.db).recent_activity(
            CatalogAccess.of(info.context.principal), TIMELINE_ACTIONS, first)
        versions = await info.context.loaders.catalog_version.load_many([int(r.entity_id) for r in rows])
        out = []
        for r, v in zip(rows, versions, strict=True):
            if v is None:
                continue
            key = r.action.split(".", 1)[1]
            tr = CATALOG_WORKFLOW.by_name.get(key)
            out.append(t.CatalogActivity(version=t.CatalogVersion.of(v), event=t.WorkflowEvent(
                action=key, label=tr.label if tr else {"create": "创建"}.get(key, key),
                from_state=(r.before or {}).get("state"), to_state=(r.after or {}).get("state"),
                actor=Actor(username=r.actor_username, display_name=r.actor_name), at=local(r.at),
                opinion=r.opinion)))
        return out


def _row_error(x: object) -> t.CatalogImportRowError:
    return t.CatalogImportRowError(row_no=x.row_no, column=x.column_name, code=x.code, message=x.message,  # type: ignore[attr-defined]
                                   value=x.value)  # type: ignore[attr-defined]


def _empty():  # noqa: ANN202
    from domain.shared.pagination import Page

    return Page(items=[], cursors=[], has_next=False, has_previous=False)
