"""Root query fields of the supply domain: supply entities, stocking statistics, supply status, warnings."""
from __future__ import annotations

from decimal import Decimal

import strawberry

from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.identity.models import HOSPITAL_LEVELS
from domain.shared.scopes import Scope
from domain.supply.access import AreaAccess, OrgAccess, RuleAccess, division_filter
from domain.supply.codes import check_credit_code, institution_code_problems
from domain.supply.criteria import OrgCriteria, WarningCriteria
from domain.supply.criteria import StockingGroupBy as _StockingGroupBy
from domain.supply.criteria import WarningGroupBy as _WarningGroupBy
from domain.supply.models import LEVEL_LABELS, WARNING_WORKFLOW
from domain.supply.organisations import OrganisationRepository
from domain.supply.stocking import StockingRepository
from domain.supply.warning_rules import WarningRuleRepository
from domain.supply.warnings import WarningRepository
from resolvers.context import Info
from schema.common.types import SUBTYPE_LABELS, Organisation, OrgSubtypeEnum
from schema.drugs.types import Drug
from schema.errors import bad_input
from schema.permissions import needs
from schema.relay import from_global_id, page_request, to_global_id
from schema.supply import types as t
from schema.supply.enums import StockingGroupBy, WarningGroupBy
from schema.supply.inputs import OrganisationFilter, WarningFilter

OWNERSHIP_LABELS = {"PUBLIC": "公立", "PRIVATE": "民营", "NONE": "不适用"}


def org_criteria(info: Info, flt: OrganisationFilter | None) -> OrgCriteria:
    if flt is None:
        return OrgCriteria()
    if flt.name is not None and len(flt.name) > 64:
        raise bad_input("name 不能超过 64 个字符", "VALUE_TOO_LONG", ["filter", "name"])
    if flt.hospital_level is not None and flt.hospital_level not in HOSPITAL_LEVELS:
        raise bad_input(f"未知的医院等级代码：{flt.hospital_level}（01…11）", "INVALID_VALUE",
                        ["filter", "hospitalLevel"])
    return OrgCriteria(subtypes=tuple(s.value for s in flt.subtypes or ()),
                       ownership=flt.ownership.value if flt.ownership else None,
                       hospital_level=flt.hospital_level,
                       division_codes=division_filter(info.context.tree, flt.division_code, ["filter", "divisionCode"]),
                       name=flt.name or None)


def _group_label(info: Info, group_by: _StockingGroupBy, key: str) -> str:
    if group_by == _StockingGroupBy.TOTAL:
        return "合计"
    if group_by in (_StockingGroupBy.PREFECTURE, _StockingGroupBy.COUNTY):
        node = info.context.tree.get(key)
        return node.name if node else key
    if group_by == _StockingGroupBy.SUBTYPE:
        return SUBTYPE_LABELS.get(key, key)
    if group_by == _StockingGroupBy.OWNERSHIP:
        return OWNERSHIP_LABELS.get(key, key)
    return HOSPITAL_LEVELS.get(key, "不适用")


async def latest_catalog(info: Info) -> int | None:
    """The newest catalog version published by a bureau whose catalogs reach the caller (theirs or above)."""
    return await StockingRepository(info.context.db).latest_catalog(AreaAccess.of(info.context.principal).owners)


async def warning_criteria(info: Info, flt: WarningFilter | None) -> WarningCriteria:
    if flt is None:
        return WarningCriteria()
    drug_id = None
    if flt.drug_code:
        drug = await DrugRepository(info.context.db).get_by_code(normalise_code(flt.drug_code)[:23])
        drug_id = drug.id if drug else -1
    return WarningCriteria(
        rule_id=from_global_id(flt.rule_id, "WarningRule")[1] if flt.rule_id else None,
        states=tuple(s.value for s in flt.states or ()), levels=tuple(x.value for x in flt.levels or ()),
        subtypes=tuple(s.value for s in flt.subtypes or ()),
        organisation_id=from_global_id(flt.organisation_id, "Organisation")[1] if flt.organisation_id else None,
        division_codes=division_filter(info.context.tree, flt.division_code, ["filter", "divisionCode"]),
        drug_code_id=drug_id,
        county_level=flt.county_level)


@strawberry.type
class SupplyQueries:
    @strawberry.field(description="供应主体（定点医疗机构、零售药店、批发企业、配送企业）列表：医保局用户看辖区内的，"
                                  "机构和企业用户只看本单位", extensions=needs(Scope.ORGANISATIONS_READ))
    async def organisations(self, info: Info, first: int | None = 20, after: str | None = None,
                            offset: int | None = None, filter: OrganisationFilter | None = None
                            ) -> t.OrganisationConnection | None:
        page = await OrganisationRepository(info.context.db).page(
            OrgAccess.of(info.context.principal), org_criteria(info, filter), page_request(first, after, offset))
        return t.OrganisationConnection.of(page, Organisation.of)

    @strawberry.field(description="按 ID 读取一个供应主体（不在可见范围内为 null）", extensions=needs(Scope.ORGANISATIONS_READ))
    async def organisation(self, info: Info, id: strawberry.ID) -> Organisation | None:
        row = await info.context.loaders.supply_organisation.load(from_global_id(id, "Organisation")[1])
        return Organisation.of(row) if row else None

    @strawberry.field(description="检查定点医疗机构（H）或零售药店（P）编码：格式为 H/P + 6 位区划 + 5 位顺序号，区划须存在",
                      extensions=needs(Scope.ORGANISATIONS_READ))
    def institution_code_check(self, info: Info, code: str, subtype: OrgSubtypeEnum) -> t.OrgCodeCheck:
        if len(code) > 64:
            raise bad_input("代码过长", "VALUE_TOO_LONG", ["code"])
        problems = institution_code_problems(code, subtype.value, lambda c: info.context.tree.get(c) is not None)
        normal = code.strip().upper()
        return t.OrgCodeCheck(code=normal, valid=not problems,
                              division_code=normal[1:7] if len(normal) == 12 and normal[1:7].isdigit() else None,
                              problems=[t.OrgCodeProblem(code=p.code, message=p.message) for p in problems])

    @strawberry.field(description="检查统一社会信用代码（GB 32100：18 位，第 18 位为校验码）",
                      extensions=needs(Scope.ORGANISATIONS_READ))
    def credit_code_check(self, info: Info, code: str) -> t.OrgCodeCheck:
        if len(code) > 64:
            raise bad_input("代码过长", "VALUE_TOO_LONG", ["code"])
        problem = check_credit_code(code)
        normal = code.strip().upper()
        # A credit code keeps the division of its issuing authority even after that division is renumbered, so an
        # unknown division is not an error here (it is for institution codes, which name where the institution is).
        known = len(normal) == 18 and info.context.tree.get(normal[2:8]) is not None
        return t.OrgCodeCheck(code=normal, valid=problem is None, division_code=normal[2:8] if known else None,
                              problems=[t.OrgCodeProblem(code=problem.code, message=problem.message)] if problem else [])

    @strawberry.field(description="配备情况（SUP-07/10/12）：每个供应主体配备的药品编码数和品种数（含目录内），可按类型、"
                                  "性质、等级、区划、名称筛选", extensions=needs(Scope.SUPPLY_READ))
    async def stocking_organisations(self, info: Info, first: int | None = 20, after: str | None = None,
                                     offset: int | None = None, filter: OrganisationFilter | None = None
                                     ) -> t.OrganisationStockingConnection | None:
        page = await StockingRepository(info.context.db).organisations_page(
            OrgAccess.of(info.context.principal), org_criteria(info, filter), await latest_catalog(info),
            page_request(first, after, offset))
        return t.OrganisationStockingConnection.of(page, t.OrganisationStocking.of)

    @strawberry.field(description="配备情况统计（SUP-07/10/12）：全辖区、按市州/区县、按类型、公立民营、医院等级分组，"
                                  "一次 SQL 分组计算", extensions=needs(Scope.SUPPLY_READ))
    async def stocking_summary(self, info: Info, group_by: StockingGroupBy = _StockingGroupBy.TOTAL,
                               filter: OrganisationFilter | None = None) -> t.StockingSummary | None:
        catalog = await latest_catalog(info)
        gb = _StockingGroupBy(group_by.value)
        rows = await StockingRepository(info.context.db).summary(
            OrgAccess.of(info.context.principal), org_criteria(info, filter), gb, catalog)
        version = None
        if catalog is not None:
            v = await info.context.loaders.catalog_version.load(catalog)
            version = v.version_no if v else None
        return t.StockingSummary(catalog_version_no=version, groups=[
            t.StockingGroup(key=str(r.key), label=_group_label(info, gb, str(r.key)), organisations=r.organisations,
                            stocking_organisations=r.stocking_organisations, stocked_codes=r.stocked_codes,
                            stocked_varieties=r.stocked_varieties, catalog_codes=r.catalog_codes,
                            catalog_varieties=r.catalog_varieties, on_hand=Decimal(r.on_hand))
            for r in rows])

    @strawberry.field(description="一个供应主体配备的药品编码明细（SUP-08/11/13）；机构和企业用户可查本单位",
                      extensions=needs(Scope.ORGANISATIONS_READ))
    async def stocked_drugs(self, info: Info, organisation_id: strawberry.ID, first: int | None = 20,
                            after: str | None = None, offset: int | None = None,
                            catalog_only: bool = False) -> t.StockedDrugConnection | None:
        request = page_request(first, after, offset)
        org = await info.context.loaders.supply_organisation.load(from_global_id(organisation_id, "Organisation")[1])
        if org is None:
            return None
        page = await StockingRepository(info.context.db).stocked_drugs_page(org.id, await latest_catalog(info),
                                                                            catalog_only, request)
        return t.StockedDrugConnection.of(page, t.StockedDrug.of)

    @strawberry.field(description="一个供应主体配备的品种明细（SUP-08/11/13）；机构和企业用户可查本单位",
                      extensions=needs(Scope.ORGANISATIONS_READ))
    async def stocked_varieties(self, info: Info, organisation_id: strawberry.ID, first: int | None = 20,
                                after: str | None = None, offset: int | None = None,
                                catalog_only: bool = False) -> t.StockedVarietyConnection | None:
        request = page_request(first, after, offset)
        org = await info.context.loaders.supply_organisation.load(from_global_id(organisation_id, "Organisation")[1])
        if org is None:
            return None
        page = await StockingRepository(info.context.db).stocked_varieties_page(org.id, await latest_catalog(info),
                                                                                catalog_only, request)
        return t.StockedVarietyConnection.of(page, t.StockedVariety.of)

    @strawberry.field(description="药品编码供应状态（SUP-05，DRUG-06）：辖区内配备机构数、库存、在途、日均销量和可供天数",
                      extensions=needs(Scope.SUPPLY_READ))
    async def drug_supply_status(self, info: Info, code: str, window_days: int = 30) -> t.DrugSupplyStatus | None:
        if not 1 <= window_days <= 365:
            raise bad_input("windowDays 必须在 1 到 365 之间", "OUT_OF_RANGE", ["windowDays"])
        drug = await DrugRepository(info.context.db).get_by_code(normalise_code(code)[:23])
        if drug is None:
            return None
        level = await StockingRepository(info.context.db).drug_supply(
            OrgAccess.of(info.context.principal), drug.id, window_days)
        sold = level.sold
        daily = (sold / window_days).quantize(Decimal("0.001"))
        on_hand = Decimal(level.institution_on_hand)
        return t.DrugSupplyStatus(
            drug=Drug.of(drug), stocking_institutions=level.stocking_institutions,
            reporting_institutions=level.reporting_institutions,
            stocking_enterprises=level.stocking_enterprises, institution_on_hand=on_hand,
            enterprise_on_hand=Decimal(level.enterprise_on_hand), in_transit=Decimal(level.in_transit),
            window_days=window_days, average_daily_sales=daily,
            days_of_stock=(on_hand * window_days / sold).quantize(Decimal("0.1")) if sold > 0 else None,
            as_of=level.as_of)

    @strawberry.field(description="预警规则列表（SUP-14）：本级定义的和上级医保局定义的", extensions=needs(Scope.SUPPLY_READ))
    async def warning_rules(self, info: Info, enabled: bool | None = None) -> list[t.WarningRule] | None:
        rows = await WarningRuleRepository(info.context.db).rules(RuleAccess.of(info.context.principal), enabled)
        return [t.WarningRule.of(r) for r in rows]

    @strawberry.field(description="按 ID 读取一条预警规则", extensions=needs(Scope.SUPPLY_READ))
    async def warning_rule(self, info: Info, id: strawberry.ID) -> t.WarningRule | None:
        r = await info.context.loaders.warning_rule.load(from_global_id(id, "WarningRule")[1])
        return t.WarningRule.of(r) if r else None

    @strawberry.field(description="预警数据（SUP-15 按规则、SUP-16 按供应主体）：辖区内，按状态、等级、类型等筛选，最新在前",
                      extensions=needs(Scope.SUPPLY_READ))
    async def supply_warnings(self, info: Info, first: int | None = 20, after: str | None = None,
                              offset: int | None = None, filter: WarningFilter | None = None
                              ) -> t.SupplyWarningConnection | None:
        request = page_request(first, after, offset)
        page = await WarningRepository(info.context.db).page(OrgAccess.of(info.context.principal),
                                                             await warning_criteria(info, filter), request)
        return t.SupplyWarningConnection.of(page, t.SupplyWarning.of)

    @strawberry.field(description="告警通知（SUP-17）：本单位收到的告警（已告警、问询中的预警），最新在前；"
                                  "医保局用户看辖区内的；给出 id 时只查这一条（通知打开它）", extensions=needs(Scope.ORGANISATIONS_READ))
    async def supply_alerts(self, info: Info, first: int | None = 20, after: str | None = None,
                            offset: int | None = None,
                            id: strawberry.ID | None = None) -> t.SupplyWarningConnection | None:
        request = page_request(first, after, offset)
        one = from_global_id(id, "SupplyWarning")[1] if id is not None else None
        page = await WarningRepository(info.context.db).page(
            OrgAccess.of(info.context.principal), WarningCriteria(states=("ALERTED", "IN_INQUIRY"), warning_id=one),
            request)
        return t.SupplyWarningConnection.of(page, t.SupplyWarning.of)

    @strawberry.field(description="预警计数：按规则、供应主体类型、状态、等级、供应主体或区县分组（可与筛选条件组合）",
                      extensions=needs(Scope.SUPPLY_READ))
    async def supply_warning_counts(self, info: Info, group_by: WarningGroupBy,
                                    filter: WarningFilter | None = None) -> list[t.WarningCount] | None:
        gb = _WarningGroupBy(group_by.value)
        rows = await WarningRepository(info.context.db).counts(OrgAccess.of(info.context.principal),
                                                               await warning_criteria(info, filter), gb)
        labels: dict[str, str] = {}
        if gb == _WarningGroupBy.RULE:
            rules = await info.context.loaders.warning_rule.load_many([int(k) for k, _ in rows])
            labels = {str(r.id): r.name for r in rules if r}
        elif gb == _WarningGroupBy.ORGANISATION:
            orgs = await info.context.loaders.supply_organisation.load_many([int(k) for k, _ in rows if k])
            labels = {str(o.id): o.name for o in orgs if o}
        elif gb == _WarningGroupBy.SUBTYPE:
            labels = {**SUBTYPE_LABELS, "COUNTY": "区县（覆盖不足）"}
        elif gb == _WarningGroupBy.STATE:
            labels = {str(k): v for k, v in WARNING_WORKFLOW.states.items()}
        elif gb == _WarningGroupBy.LEVEL:
            labels = {str(k): v for k, v in LEVEL_LABELS.items()}
        elif gb == _WarningGroupBy.COUNTY:
            labels = {k: n.name for k, _ in rows if (n := info.context.tree.get(k))}
        # Rule and organisation keys are global IDs, so a group can be passed back as `filter.ruleId`/`organisationId`.
        node = {_WarningGroupBy.RULE: "WarningRule", _WarningGroupBy.ORGANISATION: "Organisation"}.get(gb)
        return [t.WarningCount(key=to_global_id(node, int(k)) if node and k else k, label=labels.get(k, k), count=n)
                for k, n in rows]

