"""Field helpers of the supply types (schema/supply), reached as `info.context.fields.<method>`: what a field with
arguments (or one whose answer depends on the caller) needs — the domain's access object for the caller, a
repository call, and the conversion to schema types. Also the analyses' argument checks, which the root fields
(resolvers/supply/analysis.py) share."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any

from domain.claims.sales import SettledSalesRepository
from domain.divisions.models import DivisionTree
from domain.shared.config import shanghai_today
from domain.shared.scopes import Scope
from domain.supply.access import AreaAccess, RuleAccess
from domain.supply.analysis import AnalysisRepository
from domain.supply.criteria import ALL, INSTITUTIONS, SOURCE_LABELS, DataSource, Granularity, OrgSupplyOrder, Window
from domain.supply.models import WARNING_WORKFLOW
from domain.supply.views import CoverageView, FiguresView
from resolvers.common.fields import DomainFields
from schema.common.types import OrgSubtypeEnum
from schema.drugs.types import Drug
from schema.errors import bad_input
from schema.relay import page_request
from schema.supply import analysis as t
from schema.supply import sources as src

MAX_DAYS = {Granularity.DAY: 93, Granularity.WEEK: 366, Granularity.MONTH: 731}
DEFAULT_DAYS = 30
ORG_ORDER = {"RECEIVED": OrgSupplyOrder.RECEIVED, "SOLD": OrgSupplyOrder.SOLD, "ON_HAND": OrgSupplyOrder.ON_HAND}


def window(start: date | None, end: date | None, max_days: int = 366) -> Window:
    """The analysis window: `end` defaults to today (Asia/Shanghai), `start` to 30 days ending at `end`."""
    now = shanghai_today()
    end = end or now
    start = start or end - timedelta(days=DEFAULT_DAYS - 1)
    if end > now:
        raise bad_input(f"结束日期 {end.isoformat()} 晚于今天（{now.isoformat()}）", "FUTURE_DATE", ["to"])
    if start > end:
        raise bad_input("开始日期不能晚于结束日期", "INVALID_RANGE", ["from"])
    w = Window(start, end)
    if w.days > max_days:
        raise bad_input(f"日期范围最多 {max_days} 天（收到 {w.days} 天）", "RANGE_TOO_LONG", ["from"])
    return w


def label(tree: DivisionTree, key: str) -> str:
    """The name of an analysis row: 合计 for the total, else the prefecture's name."""
    if key == ALL:
        return "合计"
    node = tree.get(key)
    return node.name if node else key


def empty_figures(tree: DivisionTree, key: str = ALL) -> t.SupplyFigures:
    return t.SupplyFigures.empty(key, label(tree, key))


def group_figures(tree: DivisionTree, rows: list[FiguresView], days: int
                  ) -> dict[int, tuple[t.SupplyFigures, list[t.SupplyFigures]]]:
    """Splits figure rows into key → (total, per prefecture sorted by code)."""
    out: dict[int, tuple[t.SupplyFigures, list[t.SupplyFigures]]] = {}
    for r in sorted(rows, key=lambda r: (r.k, r.pref != ALL, r.pref)):
        fig = t.SupplyFigures.of(r, label(tree, r.pref), days)
        if r.pref == ALL:
            out[int(r.k)] = (fig, [])
        else:
            out.setdefault(int(r.k), (empty_figures(tree), []))[1].append(fig)
    return out


def _rate(n: int, d: int) -> Decimal | None:
    return (Decimal(n) / Decimal(d)).quantize(Decimal("0.0001")) if d else None


def coverage_of(tree: DivisionTree, key: str, r: CoverageView | None, codes: int, varieties: int) -> t.CoverageFigures:
    def n(x: str) -> int:
        return int(getattr(r, x)) if r is not None else 0

    return t.CoverageFigures(
        key=key, label=label(tree, key), enterprise_codes=n("enterprise_codes"),
        enterprise_varieties=n("enterprise_varieties"), institution_codes=n("institution_codes"),
        institution_varieties=n("institution_varieties"), covered_codes=n("covered_codes"),
        covered_varieties=n("covered_varieties"), enterprise_code_rate=_rate(n("enterprise_codes"), codes),
        enterprise_variety_rate=_rate(n("enterprise_varieties"), varieties),
        institution_code_rate=_rate(n("institution_codes"), codes),
        institution_variety_rate=_rate(n("institution_varieties"), varieties))


class SupplyFields(DomainFields):
    @cached_property
    def supply_area(self) -> AreaAccess:
        """The caller's area for supply figures (built once per request)."""
        return AreaAccess.of(self.ctx.principal)

    @cached_property
    def _supply_analysis(self) -> AnalysisRepository:
        return AnalysisRepository(self.ctx.db)

    # --- warnings and rules --------------------------------------------------------------------------------------

    def warning_rule_editable(self, owner_division: str) -> bool:
        """Whether the caller may change, enable, disable or delete a rule of this bureau."""
        who = self.ctx.principal
        return who.has(Scope.WARNING_RULES_WRITE) and RuleAccess.of(who).can_write(owner_division)

    def supply_warning_actions(self, state: str, division_code: str) -> list[str]:
        """The transitions the caller may fire on a warning in this state and division now."""
        if not self.supply_area.covers(division_code):
            return []
        return [tr.name for tr in WARNING_WORKFLOW.available(state, self.ctx.principal, {})]

    # --- analyses ------------------------------------------------------------------------------------------------

    async def supply_breakdown(self, access: AreaAccess, drug_ids: list[int], w: Window) -> t.SupplyBreakdown:
        """The total and per-prefecture figures of these drug codes in the window."""
        rows = await self._supply_analysis.figures(access, [(0, d) for d in drug_ids], w, by_prefecture=True)
        total, prefs = group_figures(self.ctx.tree, rows, w.days).get(0, (empty_figures(self.ctx.tree), []))
        return t.SupplyBreakdown(start=w.start, end=w.end, days=w.days, total=total, by_prefecture=prefs)

    async def organisation_supply(self, access: AreaAccess, drug_ids: list[int], w: Window, subtypes: Sequence[str],
                                  sort: str, first: int | None, after: str | None, offset: int | None
                                  ) -> t.OrganisationSupplyConnection:
        """One page of the organisations of these subtypes with receipts, sales and stock of these codes."""
        request = page_request(first, after, offset)
        page = await self._supply_analysis.organisations_page(access, drug_ids, w, list(subtypes), ORG_ORDER[sort],
                                                              request)
        return t.OrganisationSupplyConnection.of(page, t.OrganisationSupply.of)

    # --- the drug file's supply sections (DRUG-24…26) -----------------------------------------------------------

    async def supply_file_breakdown(self, drug_id: int, start: date | None, end: date | None,
                                    division_code: str | None) -> t.SupplyBreakdown:
        access = self.supply_area.narrowed(self.ctx.tree, division_code)
        return await self.supply_breakdown(access, [drug_id], window(start, end))

    async def supply_file_organisations(self, drug_id: int, start: date | None, end: date | None,
                                        division_code: str | None, subtypes: list[OrgSubtypeEnum] | None,
                                        default: Sequence[str], sort: str, first: int | None, after: str | None,
                                        offset: int | None) -> t.OrganisationSupplyConnection:
        access = self.supply_area.narrowed(self.ctx.tree, division_code)
        chosen = [s.value for s in subtypes] if subtypes else list(default)
        return await self.organisation_supply(access, [drug_id], window(start, end), chosen, sort, first, after,
                                              offset)

    async def supply_file_peer_sales(self, drug_id: int, variety_id: int, start: date | None,
                                     end: date | None) -> list[t.PeerSales]:
        w = window(start, end)
        rows = await self._supply_analysis.peers(self.supply_area, variety_id, w)
        settled = {p.id: p for p in await SettledSalesRepository(self.ctx.db).by_code(
            self.supply_area, [r.id for r in rows], w)}
        drugs = await self.ctx.loaders.drug.load_many([r.id for r in rows])
        zero = Decimal(0)
        return [t.PeerSales(drug=Drug.of(d), sold=r.sold, sale_records=r.sales, sales_amount=r.amount,
                            is_self=r.id == drug_id,
                            settled_quantity=settled[r.id].quantity if r.id in settled else zero,
                            settled_amount=settled[r.id].amount if r.id in settled else zero,
                            settlements=settled[r.id].settlements if r.id in settled else 0)
                for r, d in zip(rows, drugs, strict=True) if d]

    async def supply_file_settled(self, drug_id: int, start: date | None, end: date | None,
                                  division_code: str | None) -> src.SettledSalesBreakdown:
        """Insurance-settled sales of the drug in the area (DRUG-24), in total and per prefecture."""
        access = self.supply_area.narrowed(self.ctx.tree, division_code)
        w = window(start, end)
        rows = await SettledSalesRepository(self.ctx.db).breakdown(access, [drug_id], w)
        tree = self.ctx.tree
        total = next((r for r in rows if r.pref == ALL), None)
        return src.SettledSalesBreakdown(
            source=DataSource.SETTLEMENTS, source_label=SOURCE_LABELS[DataSource.SETTLEMENTS], start=w.start,
            end=w.end, days=w.days, total=src.SettledSalesFigures.of(total, ALL, "合计"),
            by_prefecture=[src.SettledSalesFigures.of(r, r.pref, label(tree, r.pref)) for r in rows if r.pref != ALL])

    async def supply_file_settled_institutions(self, drug_id: int, start: date | None, end: date | None,
                                               division_code: str | None, subtypes: list[OrgSubtypeEnum] | None,
                                               first: int | None, after: str | None, offset: int | None
                                               ) -> src.InstitutionSettledSalesConnection:
        """One page of the area's institutions by settled quantity of the drug (DRUG-24)."""
        request = page_request(first, after, offset)
        access = self.supply_area.narrowed(self.ctx.tree, division_code)
        chosen = [s.value for s in subtypes] if subtypes else list(INSTITUTIONS)
        page = await SettledSalesRepository(self.ctx.db).institutions_page(access, [drug_id], window(start, end),
                                                                           chosen, request)
        return src.InstitutionSettledSalesConnection.of(page, src.InstitutionSettledSales.of)

    async def supply_file_disclosure(self, drug_id: int) -> t.DrugDisclosure:
        tree = self.ctx.tree
        rows = await self._supply_analysis.stocking_institutions(self.supply_area, [drug_id])

        def count(r: Any) -> t.DisclosureCount:
            return t.DisclosureCount(key=r.pref, label=label(tree, r.pref), institutions=r.institutions,
                                     hospitals=r.hospitals, pharmacies=r.pharmacies)
        total = next((count(r) for r in rows if r.pref == ALL),
                     t.DisclosureCount(key=ALL, label="合计", institutions=0, hospitals=0, pharmacies=0))
        return t.DrugDisclosure(total=total, by_prefecture=sorted((count(r) for r in rows if r.pref != ALL),
                                                                  key=lambda c: c.key))
