"""GraphQL types of the supply analyses (SUP-39…45, DRUG-06) and the drug file's supply sections (DRUG-24…26).
Fields that take arguments ask the request's field helpers (resolvers/supply/fields.py), which scope and query."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

import strawberry

from domain.supply import criteria as c
from domain.supply.access import AreaAccess
from domain.supply.criteria import ALL, Window
from domain.supply.focus import FocusKind as _FocusKind
from domain.supply.models import days_of_stock
from domain.supply.views import FiguresView, FocusListMemberView, OrganisationSupplyView
from schema.common.types import Division, Organisation, OrgSubtypeEnum, division_of, f, local
from schema.drugs.types import Drug, Variety
from schema.relay import Connection, Node, to_global_id
from schema.supply.payloads import SupplyUserError
from schema.supply.sources import (CatalogStockingStatus, DataSourceEnum, InstitutionSettledSalesConnection,
                                   SettledSalesBreakdown, StockingEvidence, StockingStatusCount)

FocusListKind = strawberry.enum(_FocusKind, name="FocusListKind",
                                description="重点监测清单类型：SELECTED 中选药品，SHORTAGE 短缺药品，HIGH_FREQUENCY 高频药品，"
                                            "RARE_DISEASE 罕见病药品")
TrendGranularity = strawberry.enum(c.Granularity, name="TrendGranularity",
                                   description="走势粒度：DAY 按日，WEEK 按周（周一起），MONTH 按月（北京时间业务日期）")
CoverageSide = strawberry.enum(c.CoverageSide, name="CoverageSide",
                               description="未覆盖的一方：ENTERPRISES 辖区内无批发/配送企业有库存，INSTITUTIONS 无定点医药机构有库存，"
                                           "BOTH 两者都没有")
SupplyRankBy = strawberry.enum(c.RankBy, name="SupplyRankBy",
                               description="排名依据：INSTITUTION_RECEIVED 机构进货量，ENTERPRISE_SUPPLIED 企业供应（销售）量，"
                                           "INSTITUTION_SOLD 机构销售量，SALE_RECORDS 机构销售记录数（机构×日）")

FromDate = Annotated[date | None, strawberry.argument(name="from", description="开始日期（含），默认为结束日期前 29 天")]


@strawberry.type(description="一组供应数字：时段内的进货、销售、供应量（来自每日汇总），当前库存与配备（最新库存），未解除预警数")
class SupplyFigures:
    key: str = f("分组键：合计为 *，否则为市州区划代码")
    label: str = f("分组名称")
    hospital_received: Decimal = f("医疗机构进货量")
    hospital_sold: Decimal = f("医疗机构销售（使用）量")
    hospital_sale_records: int = f("医疗机构销售记录数（机构×日）")
    pharmacy_received: Decimal = f("零售药店进货量")
    pharmacy_sold: Decimal = f("零售药店销售量")
    pharmacy_sale_records: int = f("零售药店销售记录数（机构×日）")
    hospital_sales_amount: Decimal = f("医疗机构销售金额（元；只含报告了金额的销售）")
    pharmacy_sales_amount: Decimal = f("零售药店销售金额（元；只含报告了金额的销售）")
    institution_received: Decimal = f("定点医药机构进货量合计（= 供应到机构的数量）")
    institution_sold: Decimal = f("定点医药机构销售（使用）量合计")
    enterprise_received: Decimal = f("批发/配送企业进货量")
    enterprise_supplied: Decimal = f("批发/配送企业供应（销售）量")
    stocking_institutions: int = f("配备（库存 > 0）的定点医药机构数")
    stocking_hospitals: int = f("配备的医疗机构数")
    stocking_pharmacies: int = f("配备的零售药店数")
    stocking_enterprises: int = f("有库存的批发/配送企业数")
    institution_on_hand: Decimal = f("机构当前库存合计")
    enterprise_on_hand: Decimal = f("企业当前库存合计")
    in_transit: Decimal = f("配送在途合计")
    average_daily_sales: Decimal = f("机构日均销量 = 时段内机构销量 ÷ 时段天数")
    days_of_stock: Decimal | None = f("可供天数 = 机构当前库存 ÷ 日均销量（时段内无销量为 null）")
    open_warnings: int = f("未解除的供应预警数（已识别、已告警、问询中）")
    as_of: date | None = f("最近的库存日期")

    @strawberry.field(description="市州（合计行为 null）")
    def division(self, info: strawberry.Info) -> Division | None:
        return None if self.key == ALL else division_of(info, self.key)

    @classmethod
    def of(cls, r: FiguresView, label: str, days: int) -> SupplyFigures:
        sold = Decimal(r.hospital_sold) + Decimal(r.pharmacy_sold)
        on_hand = Decimal(r.institution_on_hand)
        return cls(key=r.pref, label=label, hospital_received=r.hospital_received,
                   hospital_sold=r.hospital_sold, hospital_sale_records=int(r.hospital_sales),
                   pharmacy_received=r.pharmacy_received, pharmacy_sold=r.pharmacy_sold,
                   pharmacy_sale_records=int(r.pharmacy_sales), hospital_sales_amount=r.hospital_sales_amount,
                   pharmacy_sales_amount=r.pharmacy_sales_amount,
                   institution_received=Decimal(r.hospital_received) + Decimal(r.pharmacy_received),
                   institution_sold=sold, enterprise_received=r.enterprise_received,
                   enterprise_supplied=r.enterprise_sold, stocking_institutions=int(r.stocking_institutions),
                   stocking_hospitals=int(r.stocking_hospitals), stocking_pharmacies=int(r.stocking_pharmacies),
                   stocking_enterprises=int(r.stocking_enterprises), institution_on_hand=on_hand,
                   enterprise_on_hand=r.enterprise_on_hand, in_transit=r.in_transit,
                   average_daily_sales=(sold / days).quantize(Decimal("0.001")),
                   days_of_stock=days_of_stock(on_hand, sold, days), open_warnings=int(r.open_warnings),
                   as_of=r.as_of)

    @classmethod
    def empty(cls, key: str = ALL, label: str = "合计") -> SupplyFigures:
        z = Decimal(0)
        return cls(key=key, label=label, hospital_received=z, hospital_sold=z, hospital_sale_records=0,
                   pharmacy_received=z, pharmacy_sold=z, pharmacy_sale_records=0, hospital_sales_amount=z,
                   pharmacy_sales_amount=z, institution_received=z,
                   institution_sold=z, enterprise_received=z, enterprise_supplied=z, stocking_institutions=0,
                   stocking_hospitals=0, stocking_pharmacies=0, stocking_enterprises=0, institution_on_hand=z,
                   enterprise_on_hand=z, in_transit=z, average_daily_sales=z, days_of_stock=None, open_warnings=0,
                   as_of=None)


@strawberry.type(description="按市州分解的一组供应数字；来源：进销存报告（流量来自每日汇总，库存与配备来自最新库存）")
class SupplyBreakdown:
    start: date = f("开始日期（含）")
    end: date = f("结束日期（含）")
    days: int = f("天数")
    total: SupplyFigures = f("本人辖区（或所选区划）合计")
    by_prefecture: list[SupplyFigures] = f("各市州（有数据的）")
    source: DataSourceEnum = f("数据来源（进销存报告）", default=c.DataSource.STOCK_REPORTS)
    source_label: str = f("数据来源名称", default=c.SOURCE_LABELS[c.DataSource.STOCK_REPORTS])


# --- SUP-39 / DRUG-06 ------------------------------------------------------------------------------

@strawberry.type(description="目录药品覆盖情况的一组（合计或一个市州）")
class CoverageFigures:
    key: str = f("分组键：合计为 *，否则为市州区划代码")
    label: str = f("分组名称")
    enterprise_codes: int = f("有 ≥ 1 家批发/配送企业库存 > 0 的目录药品编码数")
    enterprise_varieties: int = f("有 ≥ 1 家批发/配送企业库存的目录品种数")
    institution_codes: int = f("有 ≥ 1 家定点医药机构配备（库存 > 0）的目录药品编码数")
    institution_varieties: int = f("有 ≥ 1 家定点医药机构配备的目录品种数")
    covered_codes: int = f("企业或机构至少一方有库存的目录药品编码数")
    covered_varieties: int = f("企业或机构至少一方有库存的目录品种数")
    enterprise_code_rate: Decimal | None = f("企业编码覆盖率 = enterpriseCodes ÷ 目录编码数（0–1，4 位小数）")
    enterprise_variety_rate: Decimal | None = f("企业品种覆盖率")
    institution_code_rate: Decimal | None = f("机构编码覆盖率")
    institution_variety_rate: Decimal | None = f("机构品种覆盖率")
    stocking_status: list[StockingStatusCount] = f(
        "目录药品编码按配备状态（DRUG-06，进销存、配送、医保结算三类数据，见 CatalogStockingStatus）的个数，每种状态一行",
        default_factory=list)

    @strawberry.field(description="市州（合计行为 null）")
    def division(self, info: strawberry.Info) -> Division | None:
        return None if self.key == ALL else division_of(info, self.key)


@strawberry.type(description="医保目录药品供应覆盖分析（SUP-39）：当前可见的最新已发布目录在本人辖区内的覆盖情况")
class SupplyCoverage:
    catalog_version_no: str | None = f("目录版本号（无已发布目录时为 null，各数为 0）")
    catalog_codes: int = f("目录药品编码数")
    catalog_varieties: int = f("目录品种数")
    total: CoverageFigures = f("辖区合计")
    by_prefecture: list[CoverageFigures] = f("各市州（辖区内全部市州，无覆盖的为 0）")


@strawberry.type(description="一个目录药品的配备状态（DRUG-06）：按进销存、配送（流通）、医保结算三类数据分别说明辖区内是否、在哪里"
                             "有配备证据，以及综合状态；另有进销存的供应数字（配备机构和企业数、库存、日均销量与可供天数）")
class CatalogDrugStocking:
    drug: Drug = f("药品")
    figures: SupplyFigures = f("该编码在辖区内的供应数字（进销存；时段为最近 windowDays 天）")
    status: CatalogStockingStatus = f("综合配备状态（任一来源有证据即不为 NONE）")
    status_label: str = f("综合配备状态名称")
    stock_reports: StockingEvidence = f("进销存：辖区内最新库存 > 0 的定点医药机构")
    deliveries: StockingEvidence = f("配送（流通）：配送窗口内送达辖区定点医药机构的配送订单")
    settlements: StockingEvidence = f("医保结算：结算窗口内辖区定点医药机构的医保结算")


CatalogDrugStockingConnection = Connection[CatalogDrugStocking]


# --- SUP-40 ----------------------------------------------------------------------------------------

@strawberry.type(description="走势中的一个时间段")
class TrendPoint:
    start: date = f("时间段开始日期（按周为周一，按月为 1 日；第一段可能早于查询开始日期）")
    supplied_codes: int = f("有供应（机构进货或企业供应 > 0）的药品编码数")
    supplied_varieties: int = f("有供应的品种数")
    institution_received: Decimal = f("定点医药机构进货量（供应到机构的数量）")
    enterprise_supplied: Decimal = f("批发/配送企业供应（销售）量")
    institution_sold: Decimal = f("定点医药机构销售（使用）量")


@strawberry.type(description="药品供应情况走势（SUP-40）")
class SupplyTrend:
    start: date = f("开始日期（含）")
    end: date = f("结束日期（含）")
    granularity: TrendGranularity = f("粒度")
    points: list[TrendPoint] = f("各时间段（无数据的时间段为 0，不缺段）")


# --- SUP-41 ----------------------------------------------------------------------------------------

@strawberry.type(description="一个供应主体在时段内某药品（或品种）的进货、销售与当前库存")
class OrganisationSupply:
    organisation: Organisation = f("供应主体")
    received: Decimal = f("时段内进货量")
    sold: Decimal = f("时段内销售（供应）量")
    sale_records: int = f("时段内销售记录数（日）")
    sales_amount: Decimal = f("时段内销售金额（元；只含报告了金额的销售）")
    on_hand: Decimal = f("当前库存")
    as_of: date | None = f("库存日期")

    @classmethod
    def of(cls, r: OrganisationSupplyView) -> OrganisationSupply:
        return cls(organisation=Organisation.of(r.organisation), received=r.received, sold=r.sold,
                   sale_records=r.sales, sales_amount=r.amount, on_hand=r.on_hand, as_of=r.as_of)


OrganisationSupplyConnection = Connection[OrganisationSupply]


@strawberry.enum(description="排序：RECEIVED 进货量、SOLD 销售（供应）量、ON_HAND 当前库存，均为从大到小")
class OrganisationSupplySort(StrEnum):
    RECEIVED = "RECEIVED"
    SOLD = "SOLD"
    ON_HAND = "ON_HAND"


@strawberry.type(description="以药品为维度的供应分析（SUP-41）：一个药品编码或一个品种在辖区内的供应")
class DrugSupplyAnalysis:
    drug: Drug | None = f("药品编码（按品种分析时为 null）")
    variety: Variety | None = f("品种（按药品编码分析时为 null）")
    breakdown: SupplyBreakdown = f("合计与各市州：企业供应量、机构进货（各市州收到的供应）、销售、库存、可供天数、预警")
    _drug_ids: strawberry.Private[list[int]]
    _access: strawberry.Private[AreaAccess]
    _window: strawberry.Private[Window]

    @strawberry.field(description="供应方：辖区内批发/配送企业在时段内的供应（销售）量、进货和库存，默认按供应量从大到小")
    async def suppliers(self, info: strawberry.Info, first: int | None = 20, after: str | None = None,
                        offset: int | None = None, sort: OrganisationSupplySort = OrganisationSupplySort.SOLD
                        ) -> OrganisationSupplyConnection:
        return await info.context.fields.organisation_supply(self._access, self._drug_ids, self._window,
                                                             c.ENTERPRISES, sort.value, first, after, offset)

    @strawberry.field(description="接收方：辖区内定点医药机构在时段内的进货、销售和库存，默认按进货量从大到小")
    async def institutions(self, info: strawberry.Info, first: int | None = 20, after: str | None = None,
                           offset: int | None = None, sort: OrganisationSupplySort = OrganisationSupplySort.RECEIVED
                           ) -> OrganisationSupplyConnection:
        return await info.context.fields.organisation_supply(self._access, self._drug_ids, self._window,
                                                             c.INSTITUTIONS, sort.value, first, after, offset)


@strawberry.type(description="药品供应排名的一条")
class DrugSupplyRank:
    drug: Drug = f("药品")
    value: Decimal = f("排名依据的数值（时段内合计）")


DrugSupplyRankConnection = Connection[DrugSupplyRank]


# --- SUP-42…45 -------------------------------------------------------------------------------------

@strawberry.type(description="重点监测清单的一个成员：一个药品编码，或一个品种（含其全部编码）")
class FocusListMember(Node):
    kind: FocusListKind = f("清单类型")
    owner_division_code: str = f("维护该清单的医保局所在区划")
    note: str | None = f("备注（如中选批次、短缺原因）")
    added_at: datetime = f("加入时间")
    _drug_id: strawberry.Private[int | None]
    _variety_id: strawberry.Private[int | None]

    @strawberry.field(description="药品编码（按品种加入时为 null）")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        if self._drug_id is None:
            return None
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @strawberry.field(description="品种（按药品编码加入时为 null）")
    async def variety(self, info: strawberry.Info) -> Variety | None:
        if self._variety_id is None:
            return None
        v = await info.context.loaders.variety.load(self._variety_id)
        return Variety.of(v) if v else None

    @classmethod
    def of(cls, m: FocusListMemberView) -> FocusListMember:
        return cls(id=to_global_id("FocusListMember", m.id), kind=_FocusKind(m.kind), owner_division_code=m.owner_division,
                   note=m.note, added_at=local(m.added_at), _drug_id=m.drug_code_id, _variety_id=m.variety_id)


FocusListMemberConnection = Connection[FocusListMember]


@strawberry.type(description="清单成员的供应情况")
class FocusMemberSupply:
    member: FocusListMember = f("清单成员")
    total: SupplyFigures = f("辖区合计：配备机构数、库存、可供天数、近期进货与销售、未解除预警数")
    by_prefecture: list[SupplyFigures] = f("各市州（有数据的）")


FocusMemberSupplyConnection = Connection[FocusMemberSupply]


@strawberry.type(description="清单药品在一个市州（或合计）的可及性：有多少机构配备了清单中的至少一个药品")
class FocusReach:
    key: str = f("分组键：合计为 *，否则为市州区划代码")
    label: str = f("分组名称")
    institutions: int = f("定点医药机构数")
    stocking_institutions: int = f("配备（库存 > 0）清单中至少一个药品的机构数；罕见病清单即可诊治（有药）的机构数")

    @strawberry.field(description="市州（合计行为 null）")
    def division(self, info: strawberry.Info) -> Division | None:
        return None if self.key == ALL else division_of(info, self.key)


@strawberry.type(description="重点监测清单的供应分析（SUP-42 中选、SUP-43 短缺、SUP-44 高频、SUP-45 罕见病）")
class FocusListAnalysis:
    kind: FocusListKind = f("清单类型")
    label: str = f("清单名称")
    start: date = f("近期进货与销售的开始日期（含）")
    end: date = f("结束日期（含）")
    reach: list[FocusReach] = f("可及性：合计在前，然后是辖区内各市州")
    members: FocusMemberSupplyConnection = f("清单成员及其供应情况（按加入顺序分页）")


@strawberry.type(description="高频药建议（SUP-44）：时段内销售记录数最多的药品编码")
class HighFrequencySuggestion:
    drug: Drug = f("药品")
    sale_records: int = f("销售记录数（机构×日）")
    sold: Decimal = f("销售量")
    listed: bool = f("是否已在高频药清单中（按编码或按品种）")


# --- DRUG-24…26: the drug file's sections ------------------------------------------------------------

@strawberry.type(description="同通用名（同品种）药品的销售情况")
class PeerSales:
    drug: Drug = f("药品")
    sold: Decimal = f("定点医药机构销售量")
    sale_records: int = f("销售记录数（机构×日）")
    sales_amount: Decimal = f("销售金额（元；只含报告了金额的销售）")
    is_self: bool = f("是否为本药品")
    settled_quantity: Decimal = f("医保结算数量（来源：医保结算数据）", default=Decimal(0))
    settled_amount: Decimal = f("医保结算金额（元；来源：医保结算数据）", default=Decimal(0))
    settlements: int = f("医保结算笔数（来源：医保结算数据）", default=0)


@strawberry.type(description="公开机构数（一个市州或合计）")
class DisclosureCount:
    key: str = f("分组键：合计为 *，否则为市州区划代码")
    label: str = f("分组名称")
    institutions: int = f("有该药品（库存 > 0）的定点医药机构数，即公众端可查到该药品的机构数")
    hospitals: int = f("其中医疗机构数")
    pharmacies: int = f("其中零售药店数")

    @strawberry.field(description="市州（合计行为 null）")
    def division(self, info: strawberry.Info) -> Division | None:
        return None if self.key == ALL else division_of(info, self.key)


@strawberry.type(description="信息公开情况（DRUG-26）：公开该药品的机构数（辖区合计与各市州）；公众端查询次数与走势见 Drug.publicDisclosure")
class DrugDisclosure:
    total: DisclosureCount = f("辖区合计")
    by_prefecture: list[DisclosureCount] = f("各市州（有公开机构的）")


@strawberry.type(description="一药一档的销售使用、供应与信息公开栏目（DRUG-24/25/26），数据限本人辖区")
class DrugSupplyFile:
    _drug_id: strawberry.Private[int]
    _variety_id: strawberry.Private[int]

    @strawberry.field(description="销售使用信息·区划销售情况（DRUG-24，进销存）：辖区合计与各市州，按医疗机构、零售药店分列"
                                  "（hospitalSold / pharmacySold）；来源：进销存报告；医保结算见 settledSales；默认最近 30 天")
    async def sales(self, info: strawberry.Info, from_: FromDate = None,
                    to: date | None = None, division_code: str | None = None) -> SupplyBreakdown:
        return await info.context.fields.supply_file_breakdown(self._drug_id, from_, to, division_code)

    @strawberry.field(description="销售使用信息·机构销售情况（DRUG-24，进销存）：各定点医药机构报告的销售量，从大到小；"
                                  "医保结算见 settledSalesByInstitution")
    async def sales_by_institution(self, info: strawberry.Info,
                                   from_: FromDate = None,
                                   to: date | None = None, division_code: str | None = None,
                                   subtypes: list[OrgSubtypeEnum] | None = None, first: int | None = 20,
                                   after: str | None = None, offset: int | None = None) -> OrganisationSupplyConnection:
        return await info.context.fields.supply_file_organisations(self._drug_id, from_, to, division_code, subtypes,
                                                                   c.INSTITUTIONS, "SOLD", first, after, offset)

    @strawberry.field(description="销售使用信息·区划销售情况（DRUG-24，医保结算）：辖区合计与各市州的医保结算数量、金额与笔数，"
                                  "按医疗机构、零售药店分列；来源：医保结算数据；默认最近 30 天")
    async def settled_sales(self, info: strawberry.Info, from_: FromDate = None,
                            to: date | None = None, division_code: str | None = None) -> SettledSalesBreakdown:
        return await info.context.fields.supply_file_settled(self._drug_id, from_, to, division_code)

    @strawberry.field(description="销售使用信息·机构销售情况（DRUG-24，医保结算）：各定点医药机构的医保结算数量，从大到小；"
                                  "来源：医保结算数据")
    async def settled_sales_by_institution(self, info: strawberry.Info, from_: FromDate = None,
                                           to: date | None = None, division_code: str | None = None,
                                           subtypes: list[OrgSubtypeEnum] | None = None, first: int | None = 20,
                                           after: str | None = None, offset: int | None = None
                                           ) -> InstitutionSettledSalesConnection:
        return await info.context.fields.supply_file_settled_institutions(self._drug_id, from_, to, division_code,
                                                                          subtypes, first, after, offset)

    @strawberry.field(description="销售使用信息·同通用名药品销售情况（DRUG-24）：同品种各药品编码的销售量与金额（进销存报告）及医保结算"
                                  "数量与金额（医保结算数据），最多 100 个")
    async def same_generic_sales(self, info: strawberry.Info,
                                 from_: FromDate = None,
                                 to: date | None = None) -> list[PeerSales]:
        return await info.context.fields.supply_file_peer_sales(self._drug_id, self._variety_id, from_, to)

    @strawberry.field(description="药品供应信息·区划供应情况（DRUG-25）：辖区合计与各市州的企业供应量、机构进货、库存、"
                                  "配备机构数与可供天数；默认最近 30 天")
    async def supply(self, info: strawberry.Info, from_: FromDate = None,
                     to: date | None = None, division_code: str | None = None) -> SupplyBreakdown:
        return await info.context.fields.supply_file_breakdown(self._drug_id, from_, to, division_code)

    @strawberry.field(description="药品供应信息·机构供应情况（DRUG-25）：各供应主体的进货、销售与当前库存（全辖区或按 "
                                  "divisionCode 限定市州），默认按当前库存从大到小")
    async def supply_by_institution(self, info: strawberry.Info,
                                    from_: FromDate = None,
                                    to: date | None = None, division_code: str | None = None,
                                    subtypes: list[OrgSubtypeEnum] | None = None,
                                    sort: OrganisationSupplySort = OrganisationSupplySort.ON_HAND,
                                    first: int | None = 20, after: str | None = None, offset: int | None = None
                                    ) -> OrganisationSupplyConnection:
        return await info.context.fields.supply_file_organisations(self._drug_id, from_, to, division_code, subtypes,
                                                                   c.INSTITUTIONS + c.ENTERPRISES, sort.value,
                                                                   first, after, offset)

    @strawberry.field(description="信息公开情况（DRUG-26）：公开（有库存）该药品的机构数，辖区合计与各市州")
    async def disclosure(self, info: strawberry.Info) -> DrugDisclosure:
        return await info.context.fields.supply_file_disclosure(self._drug_id)


# --- focus-list maintenance --------------------------------------------------------------------------

@strawberry.input(description="向重点监测清单加入或移出成员（按药品代码或品种，合计最多 100 个）")
class FocusListChangeInput:
    kind: FocusListKind = f("清单类型")
    drug_codes: list[str] | None = f("23 位医保药品代码（最多 100 个）", default=None)
    variety_ids: list[strawberry.ID] | None = f("品种 ID（加入品种即包含其全部药品编码；最多 100 个）", default=None)
    note: str | None = f("备注（仅加入时使用，最多 200 字）", default=None)


@strawberry.type(description="清单维护结果：重复加入或移出不存在的成员不报错，也不改变任何数据")
class FocusListChangePayload:
    changed: list[FocusListMember] = f("本次实际加入（或移出）的成员")
    unchanged: int = f("已在清单中（或本不在清单中）而未改变的个数")
    user_errors: list[SupplyUserError] = f("业务错误；为空表示成功")
