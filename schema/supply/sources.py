"""GraphQL types of the analyses that read every supply source (DRUG-06 catalog stocking status from stock reports,
deliveries and settlements; DRUG-24 sales and usage from insurance-settled sales). Each figure names its source."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from domain.claims.views import InstitutionSettledView, SettledFiguresView
from domain.supply import criteria as c
from domain.supply.criteria import ALL, SOURCE_LABELS, STATUS_LABELS
from domain.supply.views import SourceEvidenceView
from schema.common.types import Division, Organisation, division_of, f
from schema.relay import Connection

DataSourceEnum = strawberry.enum(c.DataSource, name="DataSource",
                                 description="数据来源：STOCK_REPORTS 进销存报告（定点医药机构、企业报送），DELIVERIES 配送订单"
                                             "（流通数据，配送企业或招采子系统报送），SETTLEMENTS 医保结算数据（结算子系统推送），"
                                             "PURCHASE_NEEDS 参保人购药需求登记（公众端）")
CatalogStockingStatus = strawberry.enum(
    c.StockingStatus, name="CatalogStockingStatus",
    description="目录药品配备状态（DRUG-06，辖区内定点医药机构）：STOCKED 已配备（至少一家机构最新报告库存 > 0），"
                "DELIVERED_AND_SETTLED 无库存报告但配送窗口内有送达、结算窗口内有医保结算，ONLY_DELIVERED 无库存报告、"
                "仅有近期配送，ONLY_SETTLED 无库存报告、仅有近期医保结算，NONE 未配备（三类数据均无）")


@strawberry.type(description="一类数据对一个目录药品在辖区内配备的证据（DRUG-06）")
class StockingEvidence:
    source: DataSourceEnum = f("数据来源")
    source_label: str = f("数据来源名称")
    evidenced: bool = f("该来源是否显示有配备（机构数 > 0）")
    start: date | None = f("窗口开始日期（含）；进销存为当前库存，无窗口，为 null")
    end: date | None = f("窗口结束日期（含）；进销存为 null")
    institutions: int = f("机构数：进销存为最新库存 > 0 的机构，配送为窗口内收到送达的机构，结算为窗口内有医保结算的机构")
    quantity: Decimal = f("数量：进销存为这些机构的当前库存合计，配送为窗口内送达数量，结算为窗口内结算数量")
    last_date: date | None = f("最近日期：库存报告日期、送达日期或结算日期")
    prefecture_codes: list[str] = f("有该证据的市州区划代码（从小到大）")

    @strawberry.field(description="有该证据的市州（即“在哪里”）")
    def prefectures(self, info: strawberry.Info) -> list[Division]:
        return [d for d in (division_of(info, p) for p in self.prefecture_codes) if d is not None]

    @classmethod
    def of(cls, source: c.DataSource, v: SourceEvidenceView, window: c.Window | None) -> StockingEvidence:
        return cls(source=source, source_label=SOURCE_LABELS[source], evidenced=v.evidenced,
                   start=window.start if window else None, end=window.end if window else None,
                   institutions=v.institutions, quantity=v.quantity, last_date=v.last,
                   prefecture_codes=v.prefectures)

    @classmethod
    def none(cls, source: c.DataSource, window: c.Window | None) -> StockingEvidence:
        return cls.of(source, SourceEvidenceView(0, Decimal(0), None, []), window)


@strawberry.type(description="某一配备状态的目录药品编码数")
class StockingStatusCount:
    status: CatalogStockingStatus = f("配备状态")
    label: str = f("配备状态名称")
    codes: int = f("目录药品编码数")
    rate: Decimal | None = f("占目录编码数的比例（0–1，4 位小数）")

    @classmethod
    def of(cls, status: c.StockingStatus, codes: int, catalog_codes: int) -> StockingStatusCount:
        return cls(status=status, label=STATUS_LABELS[status], codes=codes,
                   rate=(Decimal(codes) / catalog_codes).quantize(Decimal("0.0001")) if catalog_codes else None)


# --- DRUG-24: insurance-settled sales -----------------------------------------------------------------------------

@strawberry.type(description="医保结算销售数字（一个市州或合计），按医疗机构、零售药店分列；来源：医保结算数据")
class SettledSalesFigures:
    key: str = f("分组键：合计为 *，否则为市州区划代码")
    label: str = f("分组名称")
    source: DataSourceEnum = f("数据来源（医保结算数据）")
    hospital_quantity: Decimal = f("医疗机构医保结算数量")
    hospital_amount: Decimal = f("医疗机构医保结算金额（元，总金额）")
    hospital_fund_amount: Decimal = f("医疗机构统筹基金支付（元）")
    hospital_settlements: int = f("医疗机构结算笔数（不同结算流水号）")
    pharmacy_quantity: Decimal = f("零售药店医保结算数量")
    pharmacy_amount: Decimal = f("零售药店医保结算金额（元）")
    pharmacy_fund_amount: Decimal = f("零售药店统筹基金支付（元）")
    pharmacy_settlements: int = f("零售药店结算笔数")
    quantity: Decimal = f("结算数量合计")
    amount: Decimal = f("结算金额合计（元）")
    fund_amount: Decimal = f("统筹基金支付合计（元）")
    settlements: int = f("结算笔数合计")
    settling_institutions: int = f("有医保结算的机构数")

    @strawberry.field(description="市州（合计行为 null）")
    def division(self, info: strawberry.Info) -> Division | None:
        return None if self.key == ALL else division_of(info, self.key)

    @classmethod
    def of(cls, r: SettledFiguresView | None, key: str, label: str) -> SettledSalesFigures:
        z = Decimal(0)
        hq, ha, hf, hs = (r.hospital_quantity, r.hospital_amount, r.hospital_fund_amount, r.hospital_settlements) \
            if r else (z, z, z, 0)
        pq, pa, pf, ps = (r.pharmacy_quantity, r.pharmacy_amount, r.pharmacy_fund_amount, r.pharmacy_settlements) \
            if r else (z, z, z, 0)
        return cls(key=key, label=label, source=c.DataSource.SETTLEMENTS, hospital_quantity=hq, hospital_amount=ha,
                   hospital_fund_amount=hf, hospital_settlements=hs, pharmacy_quantity=pq, pharmacy_amount=pa,
                   pharmacy_fund_amount=pf, pharmacy_settlements=ps, quantity=hq + pq, amount=ha + pa,
                   fund_amount=hf + pf, settlements=hs + ps, settling_institutions=r.institutions if r else 0)


@strawberry.type(description="销售使用信息·医保结算（DRUG-24）：辖区合计与各市州的医保结算数量与金额")
class SettledSalesBreakdown:
    source: DataSourceEnum = f("数据来源（医保结算数据）")
    source_label: str = f("数据来源名称")
    start: date = f("开始日期（含，结算日期）")
    end: date = f("结束日期（含）")
    days: int = f("天数")
    total: SettledSalesFigures = f("本人辖区（或所选区划）合计")
    by_prefecture: list[SettledSalesFigures] = f("各市州（有结算的）")


@strawberry.type(description="一家定点医药机构在时段内某药品的医保结算；来源：医保结算数据")
class InstitutionSettledSales:
    organisation: Organisation = f("定点医药机构")
    quantity: Decimal = f("结算数量")
    amount: Decimal = f("结算金额（元）")
    fund_amount: Decimal = f("统筹基金支付（元）")
    settlements: int = f("结算笔数（不同结算流水号）")
    last_settled_on: date | None = f("最近结算日期")

    @classmethod
    def of(cls, r: InstitutionSettledView) -> InstitutionSettledSales:
        return cls(organisation=Organisation.of(r.organisation), quantity=r.quantity, amount=r.amount,
                   fund_amount=r.fund_amount, settlements=r.settlements, last_settled_on=r.last_settled_on)


InstitutionSettledSalesConnection = Connection[InstitutionSettledSales]
