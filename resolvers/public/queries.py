"""Root query fields of the public drug finder (PUB-01…29)."""
from __future__ import annotations

from typing import Annotated, Any

import strawberry

from domain.public import categories
from domain.public.geo import Datum as _Datum
from domain.public.models import UsageKind
from domain.public.repository import InstitutionCriteria, PublicRepository
from domain.public.service import TRACE_MESSAGES, Windows, decode_offset, keyword, page_size, point
from domain.public.views import PublicDrugView
from domain.shared.scopes import Scope
from resolvers.context import Info
from schema.common.types import OwnershipEnum
from schema.errors import bad_input
from schema.permissions import needs, public_app
from schema.public.types import (GeoPointInput, PublicDivision, PublicDrug, PublicDrugCategory, PublicDrugConnection,
                                 PublicDrugStocking, PublicDrugSuggestion, PublicInstitution,
                                 PublicInstitutionConnection, PublicInstitutionKind, PublicInstitutionSort,
                                 PublicOutlet, PublicOutletList, PublicStockingByDivision, TraceScan,
                                 TraceScanConnection, offset_page_info)


async def _cached(info: Info, key: Any, load: Any) -> Any:
    """Master-data answers shared by every caller for PUBLIC_CACHE_SECONDS (domain.public.cache)."""
    cache = getattr(info.context.app, "public_cache", None)
    return await load() if cache is None else await cache.get_or_load(key, load)


def near_point(near: GeoPointInput | None) -> tuple[float, float] | None:
    """A client's position as WGS-84 (None: none given)."""
    if near is None:
        return None
    return point(near.lat, near.lon, _Datum(near.datum))


def _divisions(info: Info, code: str | None) -> frozenset[str] | None:
    if not code:
        return None
    if info.context.tree.get(code) is None:
        raise bad_input(f"区划 {code} 不存在", "UNKNOWN_DIVISION", ["divisionCode"])
    return info.context.tree.subtree(code)


def record(info: Info, kind: UsageKind, **kw: Any) -> None:
    """Queues a usage event (PUB-27) of the caller's channel, off the request path (domain.public.usage)."""
    ctx = info.context
    usage = getattr(ctx.app, "usage", None)
    if usage is not None:
        usage.record(kind.value, ctx.channel or ("PARTNER" if ctx.principal.non_public else "UNKNOWN"),
                     insured_id=ctx.principal.insured_id, **kw)


async def _drug(info: Info, code: str) -> PublicDrugView | None:
    code = (code or "").strip().upper()
    return await _cached(info, ("drug", code), lambda: PublicRepository(info.context.db).drug(
        code, info.context.settings.public_region))


@strawberry.type
class PublicQueries:
    @strawberry.field(description="公众端区划选择（PUB-10/15 按行政区划筛选）：parentCode 的下级；不给则为本地区（自治区）的市州",
                      extensions=public_app())
    def public_divisions(self, info: Info, parent_code: str | None = None) -> list[PublicDivision]:
        ctx = info.context
        region = ctx.settings.public_region
        parent = parent_code or region
        if parent not in ctx.tree.subtree(region):
            raise bad_input(f"区划 {parent} 不在本地区", "UNKNOWN_DIVISION", ["parentCode"])
        return [PublicDivision(code=n.code, name=n.name, level=n.level.value) for n in ctx.tree.children_of(parent)]

    @strawberry.field(description="某位置所在的区县（取县城坐标最近者，用作默认地区，如购药需求登记）；不在本地区时为空",
                      extensions=public_app())
    async def public_division_at(self, info: Info, at: GeoPointInput) -> PublicDivision | None:
        here = near_point(at)
        assert here is not None
        ctx = info.context
        code = await PublicRepository(ctx.db).nearest_county(*here)
        node = ctx.tree.get(code) if code else None
        if node is None or code not in ctx.tree.subtree(ctx.settings.public_region):
            return None
        return PublicDivision(code=node.code, name=node.name, level=node.level.value)

    @strawberry.field(description="药品类别（PUB-02）：西药按 ATC 大类、中成药按目录章节，带药品数", extensions=public_app())
    async def public_drug_categories(self, info: Info) -> list[PublicDrugCategory]:
        rows = await _cached(info, ("categories",), PublicRepository(info.context.db).category_counts)
        out = []
        for drug_type, letter, n in rows:
            name = categories.NAMES.get(drug_type, {}).get(letter)
            if name:
                out.append(PublicDrugCategory(code=f"{drug_type}:{letter}", name=name, drug_type=drug_type,
                                              drug_count=n))
        return sorted(out, key=lambda c: c.code)

    @strawberry.field(description="按通用名、商品名或拼音首字母查药（PUB-01/03），可按类别（PUB-02）筛选；"
                                  "关键词最多 50 字，没有关键词时须指定类别", extensions=public_app())
    async def public_drugs(self, info: Info, keyword_: Annotated[str | None, strawberry.argument(name="keyword")] = None,
                           category_code: str | None = None, first: int = 20,
                           after: str | None = None) -> PublicDrugConnection:
        q = keyword(keyword_, required=not category_code)
        n, offset = page_size(first), decode_offset(after)
        category = categories.parse(category_code) if category_code else None
        if category_code and category is None:
            raise bad_input(f"药品类别 {category_code} 不存在", "UNKNOWN_CATEGORY", ["categoryCode"])
        ctx = info.context
        kind, letter = category if category else (None, None)
        rows = await _cached(info, ("search", q, kind, letter, n, offset), lambda: PublicRepository(ctx.db).search_drugs(
            q, kind, letter, ctx.settings.public_region, n + 1, offset))
        if q and offset == 0:
            record(info, UsageKind.DRUG_SEARCH, keyword=q)
        return PublicDrugConnection.of(rows, offset, n)

    @strawberry.field(description="输入联想：以输入开头的通用名/商品名，或拼音首字母匹配的（最多 first 条）",
                      extensions=public_app())
    async def public_drug_suggestions(self, info: Info, prefix: str, first: int = 8) -> list[PublicDrugSuggestion]:
        q = keyword(prefix, required=True, field="prefix")
        if first < 1 or first > 20:
            raise bad_input("first 必须在 1 到 20 之间", "PAGE_SIZE_EXCEEDED", ["first"])
        rows = await _cached(info, ("suggest", q, first), lambda: PublicRepository(info.context.db).suggestions(q, first))
        return [PublicDrugSuggestion(text=t, kind=k, initials=i) for t, k, i in rows]

    @strawberry.field(description="一个药品的公开信息（PUB-04）；代码不存在时为空", extensions=public_app())
    async def public_drug(self, info: Info, code: str) -> PublicDrug | None:
        r = await _drug(info, code)
        if r is None:
            return None
        record(info, UsageKind.DRUG_QUERY, drug_code_id=r.id)
        return PublicDrug.of(r)

    @strawberry.field(description="某药品的在售机构（PUB-05…08）：给出位置时由近及远（距离为球面距离），"
                                  "否则按名称；带近期采购、近期医保结算标识和统计天数；药品不存在时为空",
                      extensions=public_app())
    async def public_drug_outlets(self, info: Info, code: str, near: GeoPointInput | None = None,
                                  kind: PublicInstitutionKind | None = None, division_code: str | None = None,
                                  first: int = 20) -> PublicOutletList | None:
        here = near_point(near)
        n = page_size(first)
        divisions = _divisions(info, division_code)
        r = await _drug(info, code)
        if r is None:
            return None
        ctx = info.context
        windows = Windows(ctx.settings.purchase_window_days, ctx.settings.settlement_window_days)
        purchase_since, settled_since = windows.since()
        c = InstitutionCriteria(kinds=(kind.value,) if kind else ("HOSPITAL", "PHARMACY"), divisions=divisions,
                                near=here)
        repo = PublicRepository(ctx.db)
        rows = await repo.outlets(r.id, c, purchase_since, settled_since, n, cache=getattr(ctx.app, "public_cache", None),
                                  nearby=getattr(ctx.app, "nearby", None))
        if len(rows) < n and here is None:
            total = len(rows)
        else:
            # The count comes from the same state as the list: beside the nearest-holders candidate sets and dropped
            # with them when PostgreSQL notifies a change of the drug's holders, else read fresh like the list.
            nearby = getattr(ctx.app, "nearby", None)
            load = lambda: repo.count_holders(r.id, c)  # noqa: E731
            total = await (nearby.count(r.id, (c.kinds, c.divisions), load) if nearby is not None else load())
        record(info, UsageKind.DRUG_QUERY, drug_code_id=r.id, at=here)
        outlets = []
        for row in rows:
            inst = PublicInstitution.of(row.institution, ctx.tree)
            outlet = object.__new__(PublicOutlet)  # every field set (see PublicDrug.of)
            outlet.__dict__.update(institution=inst, distance_meters=inst.distance_meters,
                                   recently_purchased=row.purchased, recently_settled=row.settled)
            outlets.append(outlet)
        return PublicOutletList(drug=PublicDrug.of(r), purchase_window_days=windows.purchase_days,
                                settlement_window_days=windows.settlement_days, total=total, outlets=outlets)

    @strawberry.field(description="附近的定点零售药店或医疗机构（PUB-09…11、14…16）：按距离（默认，需 near）或名称排序，"
                                  "可按区划、名称、机构性质、距离范围（withinMeters）筛选", extensions=public_app())
    async def public_institutions(self, info: Info, kind: PublicInstitutionKind, near: GeoPointInput | None = None,
                                  division_code: str | None = None, name: str | None = None,
                                  ownership: OwnershipEnum | None = None, within_meters: int | None = None,
                                  sort: PublicInstitutionSort = PublicInstitutionSort.DISTANCE, first: int = 20,
                                  after: str | None = None) -> PublicInstitutionConnection:
        here = near_point(near)
        q = keyword(name, required=False, field="name")
        n, offset = page_size(first), decode_offset(after)
        if within_meters is not None and (here is None or not 1 <= within_meters <= 200_000):
            raise bad_input("距离范围需要位置，且在 1～200000 米之间", "BAD_DISTANCE", ["withinMeters"])
        c = InstitutionCriteria(kinds=(kind.value,), divisions=_divisions(info, division_code), name=q,
                                ownership=ownership.value if ownership else None, near=here,
                                within_m=float(within_meters) if within_meters else None,
                                by_distance=sort == PublicInstitutionSort.DISTANCE)
        ctx = info.context
        repo = PublicRepository(ctx.db)
        rows = await repo.institutions(c, n + 1, offset)
        if q and offset == 0:
            record(info, UsageKind.INSTITUTION_SEARCH, keyword=q, at=here)
        items = [PublicInstitution.of(r, ctx.tree) for r in rows[:n]]
        page_info = offset_page_info(offset, len(items), len(rows) > n)

        async def count() -> int:
            return await PublicRepository(ctx.db).count_institutions(c)

        return PublicInstitutionConnection(nodes=items, page_info=page_info, _count=count)

    @strawberry.field(description="一个公开机构（PUB-12/17 入口）；不存在或未公开时为空", extensions=public_app())
    async def public_institution(self, info: Info, code: str,
                                 near: GeoPointInput | None = None) -> PublicInstitution | None:
        here = near_point(near)
        ctx = info.context
        r = await PublicRepository(ctx.db).institution((code or "").strip().upper(), here)
        if r is None:
            return None
        record(info, UsageKind.INSTITUTION_VIEW, institution_id=r.id, at=here)
        return PublicInstitution.of(r, ctx.tree)

    @strawberry.field(description="本人的扫码追溯记录（最近的在前）", extensions=public_app(Scope.PUBLIC_SELF))
    async def my_trace_scans(self, info: Info, first: int = 20, after: str | None = None) -> TraceScanConnection:
        n, offset = page_size(first), decode_offset(after)
        who = info.context.principal
        rows = await PublicRepository(info.context.db).scans_of(who.insured_id or 0, n + 1, offset)
        items = [TraceScan.of(s, TRACE_MESSAGES[s.result]) for s in rows[:n]]
        return TraceScanConnection(nodes=items, page_info=offset_page_info(offset, len(items), len(rows) > n))

    @strawberry.field(description="药品配备情况查询接口（PUB-28 国家医保局公众号、PUB-29 国家医保 App 地方专区）："
                                  "公开机构中配备该药的数量，按区县；药品不存在时为空",
                      extensions=needs(Scope.PUBLIC_STOCKING))
    async def public_drug_stocking(self, info: Info, code: str,
                                   division_code: str | None = None) -> PublicDrugStocking | None:
        r = await _drug(info, code)
        if r is None:
            return None
        ctx = info.context
        divisions = _divisions(info, division_code)
        rows = await PublicRepository(ctx.db).stocking_by_division(r.id, divisions)
        per: dict[str, dict[str, int]] = {}
        for div, subtype, n in rows:
            per.setdefault(div, {"PHARMACY": 0, "HOSPITAL": 0})[subtype] += n
        by = []
        for div in sorted(per):
            node = ctx.tree.get(div)
            by.append(PublicStockingByDivision(division_code=div, division_name=node.name if node else div,
                                               pharmacies=per[div]["PHARMACY"], hospitals=per[div]["HOSPITAL"]))
        record(info, UsageKind.DRUG_QUERY, drug_code_id=r.id)
        ph = sum(b.pharmacies for b in by)
        ho = sum(b.hospitals for b in by)
        return PublicDrugStocking(drug=PublicDrug.of(r), institutions=ph + ho, pharmacies=ph, hospitals=ho,
                                  by_division=by)
