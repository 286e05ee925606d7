"""Root query fields of the catalog: versions, entries, imports, statistics and activity (DRUG-01…05)."""
from __future__ import annotations

import strawberry

from domain.catalog.access import CatalogAccess
from domain.catalog.models import CATALOG_WORKFLOW
from domain.catalog.models import CatalogState as _CatalogState
from domain.catalog.repository import CatalogRepository, ImportRepository
from domain.catalog.service import TIMELINE_ACTIONS
from domain.drugs.codes import class_group_name
from domain.drugs.models import DrugType as _DrugType
from domain.shared.pagination import Page
from domain.shared.scopes import Scope
from resolvers.context import Info
from schema.catalog import types as t
from schema.catalog.enums import CatalogState, ReimbursementClass
from schema.common.types import Actor, WorkflowEvent, local
from schema.errors import bad_input
from schema.permissions import needs
from schema.relay import from_global_id, page_request


@strawberry.type
class CatalogQueries:
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
            return t.CatalogEntryConnection.of(_EMPTY, t.CatalogEntry.of)
        page = await CatalogRepository(info.context.db).entries_page(
            version.id, request, search=search,
            reimbursement_class=reimbursement_class.value if reimbursement_class else None)
        return t.CatalogEntryConnection.of(page, t.CatalogEntry.of)

    @strawberry.field(description="目录文件导入任务列表（本级目录岗位人员）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_imports(self, info: Info, first: int | None = 20, after: str | None = None,
                              offset: int | None = None) -> t.CatalogImportConnection | None:
        page = await ImportRepository(info.context.db).page(CatalogAccess.of(info.context.principal),
                                                            page_request(first, after, offset))
        return t.CatalogImportConnection.of(page, t.CatalogImport.of)

    @strawberry.field(description="导入任务（进度、结果）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import(self, info: Info, id: strawberry.ID) -> t.CatalogImport | None:
        row = await ImportRepository(info.context.db).get(CatalogAccess.of(info.context.principal),
                                                          from_global_id(id, "CatalogImport")[1])
        return t.CatalogImport.of(row) if row else None

    @strawberry.field(description="导入任务的逐行错误（按行号）", extensions=needs(Scope.CATALOG_WRITE))
    async def catalog_import_errors(self, info: Info, import_id: strawberry.ID, first: int | None = 50,
                                    after: str | None = None,
                                    offset: int | None = None) -> t.CatalogImportRowErrorConnection | None:
        request = page_request(first, after, offset)
        repo = ImportRepository(info.context.db)
        imp = await repo.get(CatalogAccess.of(info.context.principal), from_global_id(import_id, "CatalogImport")[1])
        if imp is None:
            return t.CatalogImportRowErrorConnection.of(_EMPTY, _row_error)
        page = await repo.errors_page(imp.id, request)
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
        for r in rows:
            g = groups.setdefault((r.drug_type, r.group), [0, 0])
            g[0 if r.reimbursement_class == "A" else 1] += r.count
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
            out.append(t.CatalogActivity(version=t.CatalogVersion.of(v), event=WorkflowEvent(
                action=key, label=tr.label if tr else {"create": "创建"}.get(key, key),
                from_state=(r.before or {}).get("state"), to_state=(r.after or {}).get("state"),
                actor=Actor(username=r.actor_username, display_name=r.actor_name), at=local(r.at),
                opinion=r.opinion)))
        return out


def _row_error(x: object) -> t.CatalogImportRowError:
    return t.CatalogImportRowError(row_no=x.row_no, column=x.column_name, code=x.code, message=x.message,  # type: ignore[attr-defined]
                                   value=x.value)  # type: ignore[attr-defined]


_EMPTY: Page[object] = Page(items=[], cursors=[], has_next=False, has_previous=False)
