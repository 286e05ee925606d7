"""Root fields of the supply analyses (SUP-39…45, DRUG-06) and focus-list maintenance. Every read is scoped by the
caller's AreaAccess in the repository; bad arguments are coded BAD_USER_INPUT errors."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

import strawberry

from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.shared.config import shanghai_today
from domain.shared.commands import parse
from domain.shared.scopes import Scope
from domain.supply import criteria as a
from domain.supply.access import AreaAccess
from domain.supply.analysis import AnalysisRepository
from domain.supply.criteria import ALL
from domain.supply.focus import FOCUS_LABELS
from domain.supply.focus import FocusKind as _FocusKind
from domain.supply.focus_lists import LABELS, ChangeFocusList, FocusListRepository, FocusListService
from domain.supply.stocking_status import StockingSourcesRepository
from domain.supply.views import FocusListMemberView
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from resolvers.supply.fields import MAX_DAYS, coverage_of, empty_figures, group_figures, label, window
from resolvers.supply.queries import latest_catalog
from schema.drugs.types import Drug, Variety
from schema.errors import bad_input
from schema.permissions import needs
from schema.relay import from_global_id, page_request
from schema.supply import analysis as t
from schema.supply.payloads import SupplyUserError
from schema.supply import sources as src

FromDate = Annotated[date | None, strawberry.argument(name="from", description="开始日期（含），默认为结束日期前 29 天")]
ToDate = Annotated[date | None, strawberry.argument(description="结束日期（含，北京时间），默认今天，不能晚于今天")]
Division = Annotated[str | None, strawberry.argument(description="限定到某区划（含下级），须在本人辖区内，否则结果为空")]


def _area(info: Info, division_code: str | None = None) -> AreaAccess:
    """The caller's area, narrowed to a division's subtree when one is given."""
    return AreaAccess.of(info.context.principal).narrowed(info.context.tree, division_code)


def source_windows(info: Info) -> a.SourceWindows:
    """DRUG-06's delivery and settlement windows (settings), ending today (Asia/Shanghai)."""
    s = info.context.settings
    return a.SourceWindows.ending(shanghai_today(), s.stocking_delivery_window_days, s.stocking_settlement_window_days)


def _evidence(e: object | None, windows: a.SourceWindows) -> dict[str, src.StockingEvidence]:
    """The three sources' evidence of one drug as schema objects (nothing evidenced when `e` is None)."""
    parts = {"stock_reports": (a.DataSource.STOCK_REPORTS, None), "deliveries": (a.DataSource.DELIVERIES, windows.deliveries),
             "settlements": (a.DataSource.SETTLEMENTS, windows.settlements)}
    return {name: src.StockingEvidence.of(source, getattr(e, name), w) if e is not None
            else src.StockingEvidence.none(source, w) for name, (source, w) in parts.items()}


@strawberry.type
class SupplyAnalysisQueries:
    @strawberry.field(description="医保目录药品供应覆盖分析（SUP-39）：目录编码/品种数，有 ≥ 1 家批发/配送企业或定点医药机构"
                                  "库存的个数与覆盖率，合计与各市州", extensions=needs(Scope.SUPPLY_READ))
    async def supply_coverage(self, info: Info, division_code: Division = None) -> t.SupplyCoverage:
        area = _area(info, division_code)
        tree = info.context.tree
        catalog = await latest_catalog(info)
        prefs = area.prefectures(tree)
        if catalog is None:
            empty = coverage_of(tree, ALL, None, 0, 0)
            return t.SupplyCoverage(catalog_version_no=None, catalog_codes=0, catalog_varieties=0, total=empty,
                                    by_prefecture=[coverage_of(tree, p, None, 0, 0) for p in prefs])
        repo = AnalysisRepository(info.context.db)
        size = await repo.catalog_size(catalog)
        rows = {r.pref: r for r in await repo.coverage(area, catalog)}
        codes, varieties = int(size.codes), int(size.varieties)
        statuses: dict[str, list[src.StockingStatusCount]] = {}
        for r in await StockingSourcesRepository(info.context.db).status_counts(area, catalog, codes,
                                                                                source_windows(info)):
            statuses.setdefault(r.pref, []).append(src.StockingStatusCount.of(r.status, r.codes, codes))

        def figures(key: str) -> t.CoverageFigures:
            out = coverage_of(tree, key, rows.get(key), codes, varieties)
            out.stocking_status = statuses.get(key) or [src.StockingStatusCount.of(
                s, codes if s == a.StockingStatus.NONE else 0, codes) for s in a.StockingStatus]
            return out

        version = await info.context.loaders.catalog_version.load(catalog)
        return t.SupplyCoverage(
            catalog_version_no=version.version_no if version else None, catalog_codes=codes,
            catalog_varieties=varieties, total=figures(ALL), by_prefecture=[figures(p) for p in prefs])

    @strawberry.field(description="目录药品配备状态（DRUG-06，SUP-39 未覆盖清单）：当前最新已发布目录的药品编码，按代码排序。"
                                  "每个药品按进销存（机构最新库存 > 0）、配送（配送窗口内送达机构）、医保结算（结算窗口内有结算）三类"
                                  "数据分别说明辖区内是否、在哪些市州有配备证据，并给出综合状态（任一来源有证据即不为 NONE）；"
                                  "配送与结算窗口由设置 STOCKING_DELIVERY_WINDOW_DAYS / STOCKING_SETTLEMENT_WINDOW_DAYS 决定"
                                  "（默认 90 天）。另带进销存的配备机构/企业数、库存、日均销量与可供天数。status 按综合状态筛选，"
                                  "uncoveredBy 只列未被某一方库存覆盖的", extensions=needs(Scope.SUPPLY_READ))
    async def catalog_drug_stocking(self, info: Info, first: int | None = 20, after: str | None = None,
                                    offset: int | None = None, uncovered_by: t.CoverageSide | None = None,
                                    division_code: Division = None, window_days: int = 30,
                                    status: Annotated[list[src.CatalogStockingStatus] | None, strawberry.argument(
                                        description="只列综合配备状态为其中之一的药品（不能为空列表）")] = None
                                    ) -> t.CatalogDrugStockingConnection | None:
        if not 1 <= window_days <= 365:
            raise bad_input("windowDays 必须在 1 到 365 之间", "OUT_OF_RANGE", ["windowDays"])
        if status is not None and not status:
            raise bad_input("status 不能为空列表（不筛选请省略）", "INVALID_VALUE", ["status"])
        request = page_request(first, after, offset)
        area = _area(info, division_code)
        catalog = await latest_catalog(info)
        if catalog is None:
            return None
        repo = AnalysisRepository(info.context.db)
        windows = source_windows(info)
        page = await repo.catalog_drugs_page(area, catalog, a.CoverageSide(uncovered_by.value) if uncovered_by else None,
                                             request, [a.StockingStatus(s.value) for s in status or ()], windows)
        end = shanghai_today()
        w = a.Window(end - timedelta(days=window_days - 1), end)
        tree = info.context.tree
        ids = [d.id for d in page.items]
        figures = group_figures(tree, await repo.figures(area, [(i, i) for i in ids], w), w.days)
        evidence = {e.drug_code_id: e for e in await StockingSourcesRepository(info.context.db).evidence(area, ids,
                                                                                                       windows)}

        def stocking(d: object) -> t.CatalogDrugStocking:
            e = evidence.get(d.id)  # type: ignore[attr-defined]
            st = e.status if e is not None else a.StockingStatus.NONE
            return t.CatalogDrugStocking(drug=Drug.of(d), figures=figures.get(d.id, (empty_figures(tree), []))[0],  # type: ignore[attr-defined]
                                         status=st, status_label=a.STATUS_LABELS[st], **_evidence(e, windows))
        return t.CatalogDrugStockingConnection.of(page, stocking)

    @strawberry.field(description="药品供应情况走势（SUP-40）：按日/周/月的有供应品种数、编码数与供应量（机构进货、企业供应、"
                                  "机构销售）；日期范围：按日最多 93 天、按周 366 天、按月 731 天，不能晚于今天",
                      extensions=needs(Scope.SUPPLY_READ))
    async def supply_trend(self, info: Info, from_: FromDate = None, to: ToDate = None,
                           granularity: t.TrendGranularity = a.Granularity.DAY,
                           division_code: Division = None) -> t.SupplyTrend:
        g = a.Granularity(granularity.value)
        w = window(from_, to, MAX_DAYS[g])
        rows = await AnalysisRepository(info.context.db).trend(_area(info, division_code), w, g)
        return t.SupplyTrend(start=w.start, end=w.end, granularity=g, points=[
            t.TrendPoint(start=r.bucket, supplied_codes=r.codes, supplied_varieties=r.varieties,
                         institution_received=r.institution_received, enterprise_supplied=r.enterprise_supplied,
                         institution_sold=r.institution_sold) for r in rows])

    @strawberry.field(description="以药品为维度的供应分析（SUP-41）：一个药品编码（code）或一个品种（varietyId）在辖区内的"
                                  "企业供应、各市州机构进货、销售、库存与可供天数，以及供应方和接收方明细；找不到为 null",
                      extensions=needs(Scope.SUPPLY_READ))
    async def drug_supply_analysis(self, info: Info, code: str | None = None, variety_id: strawberry.ID | None = None,
                                   from_: FromDate = None, to: ToDate = None,
                                   division_code: Division = None) -> t.DrugSupplyAnalysis | None:
        if (code is None) == (variety_id is None):
            raise bad_input("请指定 code 或 varietyId 之一", "INVALID_ARGUMENTS", ["code"])
        w = window(from_, to)
        area = _area(info, division_code)
        drug = variety = None
        if code is not None:
            if len(code) > 64:
                raise bad_input("代码过长", "VALUE_TOO_LONG", ["code"])
            drug = await DrugRepository(info.context.db).get_by_code(normalise_code(code)[:23])
            if drug is None:
                return None
        else:
            variety = await info.context.loaders.variety.load(from_global_id(variety_id, "Variety")[1])
            if variety is None:
                return None
        ids = [drug.id] if drug else await AnalysisRepository(info.context.db).variety_drug_ids(variety.id)
        return t.DrugSupplyAnalysis(drug=Drug.of(drug) if drug else None, variety=Variety.of(variety) if variety else None,
                                    breakdown=await info.context.fields.supply_breakdown(area, ids, w), _drug_ids=ids,
                                    _access=area, _window=w)

    @strawberry.field(description="药品供应排名（SUP-41）：时段内按机构进货量、企业供应量、机构销售量或销售记录数从大到小",
                      extensions=needs(Scope.SUPPLY_READ))
    async def drug_supply_ranking(self, info: Info, by: t.SupplyRankBy = a.RankBy.INSTITUTION_RECEIVED,
                                  from_: FromDate = None, to: ToDate = None, division_code: Division = None,
                                  first: int | None = 20, after: str | None = None, offset: int | None = None
                                  ) -> t.DrugSupplyRankConnection:
        request = page_request(first, after, offset)
        w = window(from_, to)
        page = await AnalysisRepository(info.context.db).ranking_page(_area(info, division_code), w,
                                                                      a.RankBy(by.value), request)
        drugs = await info.context.loaders.drug.load_many([r.id for r in page.items])
        by_id = {d.id: d for d in drugs if d}
        return t.DrugSupplyRankConnection.of(page, lambda r: t.DrugSupplyRank(drug=Drug.of(by_id[r.id]), value=r.value))

    @strawberry.field(description="重点监测清单（SUP-42…45）的成员：本级和上级医保局维护的，按加入顺序；SHORTAGE 即短缺药品清单",
                      extensions=needs(Scope.SUPPLY_READ))
    async def focus_list_members(self, info: Info, kind: t.FocusListKind, first: int | None = 20,
                                 after: str | None = None, offset: int | None = None) -> t.FocusListMemberConnection:
        page = await FocusListRepository(info.context.db).members_page(_area(info), kind.value,
                                                                       page_request(first, after, offset))
        return t.FocusListMemberConnection.of(page, t.FocusListMember.of)

    @strawberry.field(description="重点监测清单供应分析（SUP-42 中选、SUP-43 短缺、SUP-44 高频、SUP-45 罕见病）：每个成员在"
                                  "辖区内的配备机构数、库存、可供天数、近期进货与销售、未解除预警数，合计与各市州；"
                                  "以及各市州配备清单药品的机构数（罕见病：可诊治机构数）",
                      extensions=needs(Scope.SUPPLY_READ))
    async def focus_list_analysis(self, info: Info, kind: t.FocusListKind, from_: FromDate = None, to: ToDate = None,
                                  division_code: Division = None, first: int | None = 20, after: str | None = None,
                                  offset: int | None = None) -> t.FocusListAnalysis:
        request = page_request(first, after, offset)
        w = window(from_, to)
        area, tree = _area(info, division_code), info.context.tree
        repo, lists = AnalysisRepository(info.context.db), FocusListRepository(info.context.db)
        page = await lists.members_page(area, kind.value, request)
        keys = await lists.member_drug_ids([m.id for m in page.items])
        figures = group_figures(tree, await repo.figures(area, keys, w, by_prefecture=True), w.days)
        reach_rows = {r.pref: r for r in await repo.list_reach(area, kind.value)}

        def reach(key: str) -> t.FocusReach:
            r = reach_rows.get(key)
            return t.FocusReach(key=key, label=label(tree, key), institutions=r.institutions if r else 0,
                                stocking_institutions=r.stocking if r else 0)

        def member(m: FocusListMemberView) -> t.FocusMemberSupply:
            total, prefs = figures.get(m.id, (empty_figures(tree), []))  # type: ignore[attr-defined]
            return t.FocusMemberSupply(member=t.FocusListMember.of(m), total=total, by_prefecture=prefs)

        return t.FocusListAnalysis(kind=_FocusKind(kind.value), label=FOCUS_LABELS[_FocusKind(kind.value)],
                                   start=w.start, end=w.end,
                                   reach=[reach(ALL), *[reach(p) for p in area.prefectures(tree)]],
                                   members=t.FocusMemberSupplyConnection.of(page, member))

    @strawberry.field(description="高频药建议（SUP-44）：时段内辖区销售记录数（机构×日）最多的药品编码，标出是否已在高频药清单中",
                      extensions=needs(Scope.SUPPLY_READ))
    async def high_frequency_suggestions(self, info: Info, from_: FromDate = None, to: ToDate = None,
                                         first: int = 20) -> list[t.HighFrequencySuggestion]:
        if not 1 <= first <= 100:
            raise bad_input("first 必须在 1 到 100 之间", "PAGE_SIZE_EXCEEDED", ["first"])
        w = window(from_, to)
        rows = await AnalysisRepository(info.context.db).frequent_sales(_area(info), w, first)
        drugs = await info.context.loaders.drug.load_many([r.id for r in rows])
        return [t.HighFrequencySuggestion(drug=Drug.of(d), sale_records=r.records, sold=r.sold, listed=r.listed)
                for r, d in zip(rows, drugs, strict=True) if d]


def _command(input: t.FocusListChangeInput) -> ChangeFocusList:
    varieties = [id_arg(v, "Variety", f"varietyIds.{i}") for i, v in enumerate(input.variety_ids or [])]
    return parse(ChangeFocusList, LABELS, kind=_FocusKind(input.kind.value), drug_codes=input.drug_codes or [],
                 variety_ids=[v for v in varieties if v is not None], note=input.note)


@strawberry.type
class SupplyAnalysisMutations:
    @strawberry.mutation(description="向本局的重点监测清单加入药品编码或品种（SUP-42…45）；已在清单中的不重复加入",
                         extensions=needs(Scope.FOCUS_LISTS_WRITE))
    async def focus_list_add(self, info: Info, input: t.FocusListChangeInput) -> t.FocusListChangePayload:
        async def run() -> t.FocusListChangePayload:
            result = await FocusListService(info.context.uow()).add(_command(input))
            return t.FocusListChangePayload(changed=[t.FocusListMember.of(m) for m in result.members],
                                            unchanged=result.unchanged, user_errors=[])
        return await mutate(run, t.FocusListChangePayload, SupplyUserError, changed=[], unchanged=0)

    @strawberry.mutation(description="从本局的重点监测清单移出药品编码或品种；本不在清单中的忽略",
                         extensions=needs(Scope.FOCUS_LISTS_WRITE))
    async def focus_list_remove(self, info: Info, input: t.FocusListChangeInput) -> t.FocusListChangePayload:
        async def run() -> t.FocusListChangePayload:
            result = await FocusListService(info.context.uow()).remove(_command(input))
            return t.FocusListChangePayload(changed=[t.FocusListMember.of(m) for m in result.members],
                                            unchanged=result.unchanged, user_errors=[])
        return await mutate(run, t.FocusListChangePayload, SupplyUserError, changed=[], unchanged=0)
