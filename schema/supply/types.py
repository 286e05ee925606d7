"""GraphQL types of the supply domain. Nested fields call loaders, or the request's field helpers
(resolvers/supply/fields.py) where an answer depends on the caller."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
import strawberry

from domain.supply.models import WARNING_WORKFLOW
from domain.supply.models import RuleLevel as _RuleLevel
from domain.supply.models import RuleMetric as _RuleMetric
from domain.supply.models import WarningState as _WarningState
from domain.supply.views import (StockedDrugView, StockedVarietyView, StockingOrganisationView, StockReportBatchView,
                                 SupplyWarningView, WarningRuleView)
from schema.common.types import Actor, Division, Organisation, OrgSubtypeEnum, division_of, f, local
from schema.common.types import WorkflowEvent
from schema.drugs.types import Drug, Variety
from schema.relay import Connection, Node, to_global_id
from schema.supply.enums import RuleLevel, RuleMetric, WarningState


@strawberry.type(description="一次库存报告（进销存批次）的结果")
class StockReport(Node):
    batch_key: str = f("批次号（同一单位内唯一；重发同一批次不会重复导入）")
    row_count: int = f("明细行数")
    movement_count: int = f("生成的出入库流水条数（进货、销售、盘点差异）")
    created_at: datetime = f("首次导入时间（北京时间）")
    replayed: bool = f("是否为重发：true 表示该批次此前已导入，本次未做任何修改，返回的是首次结果")

    @classmethod
    def of(cls, b: StockReportBatchView, replayed: bool) -> StockReport:
        return cls(id=to_global_id("StockReport", b.id), batch_key=b.batch_key, row_count=b.row_count,
                   movement_count=b.movement_count, created_at=local(b.created_at), replayed=replayed)


@strawberry.type(description="一个供应主体的配备情况（SUP-07/10/12）：在库（库存 > 0）的药品编码与品种数")
class OrganisationStocking:
    organisation: Organisation = f("供应主体")
    stocked_codes: int = f("配备的药品编码数（最新库存 > 0）")
    stocked_varieties: int = f("配备的品种数（通用名）")
    catalog_codes: int = f("配备的医保目录内药品编码数（当前可见的最新已发布目录）")
    catalog_varieties: int = f("配备的医保目录内品种数")
    as_of: date | None = f("最近一次库存日期")

    @classmethod
    def of(cls, r: StockingOrganisationView) -> OrganisationStocking:
        return cls(organisation=Organisation.of(r.organisation), stocked_codes=r.stocked_codes,
                   stocked_varieties=r.stocked_varieties, catalog_codes=r.catalog_codes,
                   catalog_varieties=r.catalog_varieties, as_of=r.as_of)


OrganisationStockingConnection = Connection[OrganisationStocking]
OrganisationConnection = Connection[Organisation]


@strawberry.type(description="配备统计的一组（按区划、类型、性质或等级）")
class StockingGroup:
    key: str = f("分组键：区划代码、类型、性质（NONE 表示不适用）或医院等级代码；合计为 ALL")
    label: str = f("分组名称")
    organisations: int = f("供应主体数")
    stocking_organisations: int = f("有配备（至少一个编码库存 > 0）的供应主体数")
    stocked_codes: int = f("组内配备的不同药品编码数")
    stocked_varieties: int = f("组内配备的不同品种数")
    catalog_codes: int = f("组内配备的医保目录内不同药品编码数")
    catalog_varieties: int = f("组内配备的医保目录内不同品种数")
    on_hand: Decimal = f("组内库存合计（最小包装单位）")


@strawberry.type(description="配备统计结果")
class StockingSummary:
    catalog_version_no: str | None = f("用于“目录内”计数的目录版本号（当前可见的最新已发布目录）")
    groups: list[StockingGroup] = f("各组统计")


@strawberry.type(description="一个机构或企业配备的一个药品编码（SUP-08/11/13 编码配备明细）")
class StockedDrug:
    on_hand: Decimal = f("库存数量")
    in_transit: Decimal | None = f("在途数量（配送企业）")
    as_of: date = f("库存日期")
    in_catalog: bool = f("是否在当前最新已发布医保目录内")
    _drug_id: strawberry.Private[int]

    @strawberry.field(description="药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @classmethod
    def of(cls, r: StockedDrugView) -> StockedDrug:
        return cls(on_hand=r.on_hand, in_transit=r.in_transit, as_of=r.as_of, in_catalog=bool(r.in_catalog),
                   _drug_id=r.drug_code_id)


@strawberry.type(description="一个机构或企业配备的一个品种（SUP-08/11/13 品种配备明细）")
class StockedVariety:
    codes: int = f("该品种下配备的药品编码数")
    on_hand: Decimal = f("该品种库存合计")
    _variety_id: strawberry.Private[int]

    @strawberry.field(description="品种")
    async def variety(self, info: strawberry.Info) -> Variety | None:
        v = await info.context.loaders.variety.load(self._variety_id)
        return Variety.of(v) if v else None

    @classmethod
    def of(cls, r: StockedVarietyView) -> StockedVariety:
        return cls(codes=r.codes, on_hand=r.on_hand, _variety_id=r.variety_id)


StockedDrugConnection = Connection[StockedDrug]
StockedVarietyConnection = Connection[StockedVariety]


@strawberry.type(description="一个药品编码在辖区内的供应状态（SUP-05，DRUG-06）")
class DrugSupplyStatus:
    drug: Drug = f("药品")
    stocking_institutions: int = f("配备（库存 > 0）的定点医药机构数")
    reporting_institutions: int = f("报告过该编码库存的定点医药机构数")
    stocking_enterprises: int = f("有库存的批发/配送企业数")
    institution_on_hand: Decimal = f("定点医药机构库存合计")
    enterprise_on_hand: Decimal = f("批发/配送企业库存合计")
    in_transit: Decimal = f("配送在途合计")
    window_days: int = f("日均销量的统计天数")
    average_daily_sales: Decimal = f("机构日均销量 = 各机构在其库存日期前 N 天的销量合计 ÷ N")
    days_of_stock: Decimal | None = f("可供天数 = 机构库存合计 ÷ 日均销量（无销量时为 null）")
    as_of: date | None = f("最近的库存日期")


@strawberry.type(description="预警规则（SUP-14）")
class WarningRule(Node):
    name: str = f("规则名称")
    level: RuleLevel = f("规则等级")
    metric: RuleMetric = f("指标")
    target_subtypes: list[OrgSubtypeEnum] = f("适用的供应主体类型")
    threshold: Decimal = f("阈值")
    window_days: int = f("统计天数 N")
    description: str | None = f("补充说明")
    formula: str = f("阈值说明：规则公式的文字表述（展示给用户）")
    enabled: bool = f("是否启用")
    owner_division_code: str = f("定义该规则的医保局所在区划")
    created_at: datetime = f("创建时间")
    updated_at: datetime = f("修改时间")

    @strawberry.field(description="定义该规则的医保局所在区划")
    def owner_division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.owner_division_code)

    @strawberry.field(description="当前用户能否修改、启停、删除该规则")
    def editable(self, info: strawberry.Info) -> bool:
        return info.context.fields.warning_rule_editable(self.owner_division_code)

    @classmethod
    def of(cls, r: WarningRuleView) -> WarningRule:
        return cls(id=to_global_id("WarningRule", r.id), name=r.name, level=_RuleLevel(r.level),
                   metric=_RuleMetric(r.metric), target_subtypes=[OrgSubtypeEnum(s) for s in r.target_subtypes],
                   threshold=r.threshold, window_days=r.window_days, description=r.description,
                   formula=r.formula, enabled=r.enabled,
                   owner_division_code=r.owner_division, created_at=local(r.created_at),
                   updated_at=local(r.updated_at))


@strawberry.type(description="预警数据（SUP-15/16/17）：某规则对某供应主体（或区县）某药品编码成立")
class SupplyWarning(Node):
    level: RuleLevel = f("预警等级（规则等级）")
    state: WarningState = f("状态")
    value: Decimal = f("指标值（可供天数或配备机构数）")
    threshold: Decimal = f("阈值")
    subtype: OrgSubtypeEnum | None = f("供应主体类型（区县级覆盖预警为 null）")
    division_code: str = f("所在区划（供应主体所在区县，或覆盖预警的区县）")
    first_seen_at: datetime = f("首次识别时间")
    last_seen_at: datetime = f("最近一次评估更新指标值的时间（预警未解除即表示此后每次评估条件仍成立）")
    alerted_at: datetime | None = f("发起告警时间")
    closed_at: datetime | None = f("解除时间（条件不再成立）")
    _rule_id: strawberry.Private[int]
    _org_id: strawberry.Private[int | None]
    _drug_id: strawberry.Private[int]
    _pk: strawberry.Private[int]

    @strawberry.field(description="预警规则")
    async def rule(self, info: strawberry.Info) -> WarningRule | None:
        r = await info.context.loaders.warning_rule.load(self._rule_id)
        return WarningRule.of(r) if r else None

    @strawberry.field(description="供应主体（区县级覆盖预警为 null）")
    async def organisation(self, info: strawberry.Info) -> Organisation | None:
        if self._org_id is None:
            return None
        o = await info.context.loaders.supply_organisation.load(self._org_id)
        return Organisation.of(o) if o else None

    @strawberry.field(description="药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @strawberry.field(description="所在区划")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)

    @strawberry.field(description="状态流转时间线（谁、何时、意见），读取自审计记录")
    async def timeline(self, info: strawberry.Info) -> list[WorkflowEvent]:
        rows = await info.context.loaders.warning_history.load(int(self._pk))
        out = []
        for r in rows:
            key = r.action.split(".", 1)[1]
            t = WARNING_WORKFLOW.by_name.get(key)
            out.append(WorkflowEvent(
                action=key, label=t.label if t else key, from_state=(r.before or {}).get("state"),
                to_state=(r.after or {}).get("state"), actor=Actor(username=r.actor_username, display_name=r.actor_name),
                at=local(r.at), opinion=r.opinion))
        return out

    @strawberry.field(description="当前用户此刻可以执行的操作，如 alert（由服务端按状态和岗位计算）")
    def available_actions(self, info: strawberry.Info) -> list[str]:
        return info.context.fields.supply_warning_actions(self.state.value, self.division_code)

    @classmethod
    def of(cls, w: SupplyWarningView) -> SupplyWarning:
        return cls(id=to_global_id("SupplyWarning", w.id), level=_RuleLevel(w.level), state=_WarningState(w.state),
                   value=w.value, threshold=w.threshold, subtype=OrgSubtypeEnum(w.subtype) if w.subtype else None,
                   division_code=w.division_code, first_seen_at=local(w.first_seen_at),
                   last_seen_at=local(w.last_seen_at), alerted_at=local(w.alerted_at), closed_at=local(w.closed_at),
                   _rule_id=w.rule_id, _org_id=w.organisation_id, _drug_id=w.drug_code_id, _pk=w.id)


SupplyWarningConnection = Connection[SupplyWarning]


@strawberry.type(description="预警计数的一组")
class WarningCount:
    key: str = f("分组键：规则 ID、供应主体类型、状态、等级、供应主体 ID 或区县代码")
    label: str = f("分组名称")
    count: int = f("预警条数")



@strawberry.type(description="编码检查发现的一个问题")
class OrgCodeProblem:
    code: str = f("问题代码，如 INVALID_INSTITUTION_CODE、UNKNOWN_DIVISION、INVALID_CREDIT_CODE")
    message: str = f("说明")


@strawberry.type(description="定点医药机构编码或统一社会信用代码的检查结果")
class OrgCodeCheck:
    code: str = f("规范化后的编码（去空格、大写）")
    valid: bool = f("是否有效")
    division_code: str | None = f("编码中的区划代码（机构编码第 2–7 位，信用代码第 3–8 位）")
    problems: list[OrgCodeProblem] = f("发现的问题；有效时为空")

    @strawberry.field(description="编码中的区划")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)
