"""GraphQL types of the focus-list analyses beyond the shared figures: high-frequency drugs' supply stability
(SUP-44) and rare-disease drugs' treatment needs against supply (SUP-45)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import strawberry

from domain.supply.criteria import ALL, DataSource
from domain.supply.stability import RATING_LABELS, StabilityRating as _Rating, cv, rating, zero_share
from domain.supply.views import StabilityView, TreatmentNeedView
from schema.common.types import Division, division_of, f
from schema.relay import Connection
from schema.supply.analysis import FocusListMember
from schema.supply.sources import DataSourceEnum

StabilityRating = strawberry.enum(_Rating, name="StabilityRating",
                                  description="供应稳定性评级：STABLE 稳定，FLUCTUATING 波动，UNSTABLE 不稳定，NO_DATA 无数据"
                                              "（规则见 HighFrequencyStability.rule）")
Q3, Q4 = Decimal("0.001"), Decimal("0.0001")


@strawberry.type(description="一天的库存与供应")
class StabilityPoint:
    day: date = f("业务日期（北京时间）")
    on_hand: Decimal = f("当天结束时辖区定点医药机构的库存合计（各机构最近一次报告的库存）")
    supplied: Decimal = f("当天定点医药机构进货量（供应到机构的数量）")
    stocking_institutions: int = f("当天库存 > 0 的机构数（品种按药品编码分别计）")


@strawberry.type(description="一个高频药清单成员在时段内的供应稳定性（SUP-44）；来源：进销存报告（每日汇总）")
class DrugSupplyStability:
    member: FocusListMember = f("清单成员")
    rating: StabilityRating = f("稳定性评级（规则见 HighFrequencyStability.rule）")
    rating_label: str = f("评级名称")
    days: int = f("时段天数")
    stock_out_days: int = f("断供天数：已有机构报告该药品、但辖区内没有任何机构库存 > 0 的天数")
    no_data_days: int = f("无数据天数：辖区内尚无机构报告过该药品的天数")
    zero_stock_institution_days: int = f("机构缺货日：各机构库存为 0 的天数之和（机构×日，只计已报告过的机构；品种按药品编码分别计）")
    reporting_institution_days: int = f("机构报告日：已报告过该药品的机构×日之和（品种按药品编码分别计）")
    zero_stock_share: Decimal | None = f("机构缺货日占比 = 机构缺货日 ÷ 机构报告日（4 位小数；无报告为 null）")
    reporting_institutions: int = f("时段结束时报告过该药品的机构数（品种按药品编码分别计）")
    mean_on_hand: Decimal = f("日库存均值")
    on_hand_variance: Decimal = f("日库存方差（总体）")
    on_hand_std_dev: Decimal = f("日库存标准差（总体）")
    on_hand_cv: Decimal | None = f("日库存变异系数 = 标准差 ÷ 均值（均值为 0 时为 null）")
    mean_daily_supply: Decimal = f("日供应量（机构进货量）均值")
    supply_variance: Decimal = f("日供应量方差（总体）")
    supply_std_dev: Decimal = f("日供应量标准差（总体）")
    supply_cv: Decimal | None = f("日供应量变异系数（均值为 0 时为 null）")
    series: list[StabilityPoint] = f("逐日库存与供应（时段内每一天）")

    @classmethod
    def of(cls, member: FocusListMember, v: StabilityView, start: date) -> DrugSupplyStability:
        r = rating(v)
        return cls(member=member, rating=r, rating_label=RATING_LABELS[r], days=v.days, stock_out_days=v.stock_out_days,
                   no_data_days=v.no_data_days, zero_stock_institution_days=v.zero_stock_days,
                   reporting_institution_days=v.reporting_days, zero_stock_share=zero_share(v),
                   reporting_institutions=v.reporting_at_end, mean_on_hand=v.mean_on_hand.quantize(Q3),
                   on_hand_variance=v.on_hand_variance.quantize(Q3), on_hand_std_dev=v.on_hand_stddev.quantize(Q3),
                   on_hand_cv=cv(v.on_hand_stddev, v.mean_on_hand), mean_daily_supply=v.mean_supplied.quantize(Q3),
                   supply_variance=v.supplied_variance.quantize(Q3), supply_std_dev=v.supplied_stddev.quantize(Q3),
                   supply_cv=cv(v.supplied_stddev, v.mean_supplied),
                   series=[StabilityPoint(day=start + timedelta(days=i), on_hand=o, supplied=s, stocking_institutions=n)
                           for i, (o, s, n) in enumerate(zip(v.on_hand, v.supplied, v.stocking, strict=True))])


DrugSupplyStabilityConnection = Connection[DrugSupplyStability]


@strawberry.type(description="高频药供应稳定性分析（SUP-44）：高频药清单每个成员在辖区内逐日库存与供应的波动、断供天数与评级")
class HighFrequencyStability:
    start: date = f("开始日期（含）")
    end: date = f("结束日期（含）")
    days: int = f("天数")
    source: DataSourceEnum = f("数据来源（进销存报告的每日汇总）")
    rule: str = f("稳定性评级规则")
    members: DrugSupplyStabilityConnection = f("清单成员及其稳定性（按加入顺序分页）")


# --- SUP-45 ------------------------------------------------------------------------------------------------------

@strawberry.type(description="罕见病药品的诊治需求与供应（一个市州或合计）")
class TreatmentNeedFigures:
    key: str = f("分组键：合计为 *，否则为市州区划代码")
    label: str = f("分组名称")
    needs: int = f("购药需求登记数（参保人在小程序登记，时段内）")
    need_persons: int = f("登记需求的参保人数（去重）")
    need_quantity: Decimal = f("需求数量合计（登记时填写的）")
    unmet_needs: int = f("未满足需求数：登记地（所选区划及其下级）没有任何定点医药机构当前有该药品库存的需求")
    unmet_place_codes: list[str] = f("有未满足需求的登记地区划代码")
    settlements: int = f("医保结算笔数（不同结算流水号；结算明细不含参保人，故以结算笔数计诊治人次）")
    settled_quantity: Decimal = f("医保结算数量")
    settled_amount: Decimal = f("医保结算金额（元）")
    settling_institutions: int = f("有医保结算的定点医药机构数")
    stocking_institutions: int = f("当前库存 > 0 的定点医药机构数（可诊治、有药的机构）")
    on_hand: Decimal = f("这些机构的当前库存合计")

    @strawberry.field(description="市州（合计行为 null）")
    def division(self, info: strawberry.Info) -> Division | None:
        return None if self.key == ALL else division_of(info, self.key)

    @strawberry.field(description="有未满足需求的登记地（区划）")
    def unmet_places(self, info: strawberry.Info) -> list[Division]:
        return [d for d in (division_of(info, p) for p in self.unmet_place_codes) if d is not None]

    @classmethod
    def of(cls, r: TreatmentNeedView | None, key: str, label: str) -> TreatmentNeedFigures:
        z = Decimal(0)
        if r is None:
            return cls(key=key, label=label, needs=0, need_persons=0, need_quantity=z, unmet_needs=0,
                       unmet_place_codes=[], settlements=0, settled_quantity=z, settled_amount=z,
                       settling_institutions=0, stocking_institutions=0, on_hand=z)
        return cls(key=key, label=label, needs=r.needs, need_persons=r.need_persons, need_quantity=r.need_quantity,
                   unmet_needs=r.unmet_needs, unmet_place_codes=r.unmet_places, settlements=r.settlements,
                   settled_quantity=r.settled_quantity, settled_amount=r.settled_amount,
                   settling_institutions=r.settling_institutions, stocking_institutions=r.stocking_institutions,
                   on_hand=r.on_hand)


@strawberry.type(description="一个罕见病清单成员的诊治需求与供应")
class MemberTreatmentNeeds:
    member: FocusListMember = f("清单成员")
    total: TreatmentNeedFigures = f("辖区合计")
    by_prefecture: list[TreatmentNeedFigures] = f("各市州（有需求、结算或库存的）")


MemberTreatmentNeedsConnection = Connection[MemberTreatmentNeeds]


@strawberry.type(description="罕见病药品诊治需求评估（SUP-45）：参保人购药需求登记与医保结算（诊治）对照定点医药机构供应，"
                             "按市州，标出未满足的需求")
class RareDiseaseNeeds:
    start: date = f("开始日期（含）：需求登记日期与结算日期")
    end: date = f("结束日期（含）")
    days: int = f("天数")
    total: TreatmentNeedFigures = f("辖区合计（清单全部成员）")
    by_prefecture: list[TreatmentNeedFigures] = f("辖区内各市州（清单全部成员；没有数据的为 0）")
    members: MemberTreatmentNeedsConnection = f("清单成员及其需求与供应（按加入顺序分页）")
    sources: list[DataSourceEnum] = f("数据来源：购药需求登记（公众端）、医保结算数据、进销存报告（当前库存）",
                                      default_factory=lambda: [DataSource.PURCHASE_NEEDS, DataSource.SETTLEMENTS,
                                                              DataSource.STOCK_REPORTS])
    matching: str = f("需求与药品的对应规则", default="需求填写了药品代码的按代码对应；未填代码的，药品名称包含清单药品通用名即对应")
