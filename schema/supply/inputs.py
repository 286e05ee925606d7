"""Inputs and filters of the supply domain."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from schema.common.types import OrgSubtypeEnum, OwnershipEnum, f
from schema.supply.enums import RuleLevel, RuleMetric, WarningState


@strawberry.input(description="供应主体筛选条件（可组合）")
class OrganisationFilter:
    subtypes: list[OrgSubtypeEnum] | None = f("供应主体类型", default=None)
    ownership: OwnershipEnum | None = f("公立/民营（医疗机构）", default=None)
    hospital_level: str | None = f("医院等级代码 hosp_lv，如 02（三甲）", default=None)
    division_code: str | None = f("所在区划（含下级），须在本人辖区内", default=None)
    name: str | None = f("名称包含，或编码前缀", default=None)


@strawberry.input(description="修改本单位基本信息（SUP-02）；未提供的字段不变")
class OrganisationUpdateInput:
    id: strawberry.ID = f("本单位的 ID")
    name: str | None = f("名称", default=None)
    address: str | None = f("地址", default=None)
    contact_name: str | None = f("联系人", default=None)
    contact_phone: str | None = f("联系电话", default=None)
    credit_code: str | None = f("统一社会信用代码（18 位，含校验位）", default=None)


@strawberry.input(description="一行进销存数据：某药品编码某业务日期的进货、销售和日终库存")
class StockReportRowInput:
    drug_code: str = f("23 位国家医保药品代码，须在药品主数据中")
    business_date: date = f("业务日期（北京时间），不能晚于今天")
    received_qty: Decimal = f("当日进货数量（最小包装单位，≥ 0）")
    sold_qty: Decimal = f("当日销售数量（≥ 0）")
    on_hand_qty: Decimal = f("日终库存数量（≥ 0）")
    in_transit_qty: Decimal | None = f("在途数量（仅配送企业，≥ 0）", default=None)
    sales_amount: Decimal | None = f("当日销售金额（元，≥ 0，最多 2 位小数；有销售数量时可填）", default=None)


@strawberry.input(description="库存报告批次（SUP-04）：任一行有错则整批不导入；同一批次号重发返回首次结果")
class StockReportInput:
    batch_key: str = f("批次号：由报告方生成，同一单位内唯一（用于重发去重）")
    rows: list[StockReportRowInput] = f("明细行（最多 500 行）")


@strawberry.input(description="新建预警规则（SUP-14）")
class WarningRuleCreateInput:
    name: str = f("规则名称（本级医保局内唯一）")
    level: RuleLevel = f("规则等级")
    metric: RuleMetric = f("指标")
    target_subtypes: list[OrgSubtypeEnum] = f("适用的供应主体类型")
    threshold: Decimal = f("阈值（> 0）：可供天数或配备机构数")
    window_days: int = f("统计天数 N（1–365）", default=30)
    description: str | None = f("补充说明", default=None)
    enabled: bool = f("是否立即启用", default=True)


@strawberry.input(description="修改预警规则；未提供的字段不变（指标不可修改，请新建规则）")
class WarningRuleUpdateInput:
    id: strawberry.ID = f("规则")
    name: str | None = f("规则名称", default=None)
    level: RuleLevel | None = f("规则等级", default=None)
    target_subtypes: list[OrgSubtypeEnum] | None = f("适用的供应主体类型", default=None)
    threshold: Decimal | None = f("阈值", default=None)
    window_days: int | None = f("统计天数 N", default=None)
    description: str | None = f("补充说明（空字符串清除）", default=None)


@strawberry.input(description="指定一条预警规则")
class WarningRuleIdInput:
    id: strawberry.ID = f("规则")


@strawberry.input(description="预警数据筛选条件")
class WarningFilter:
    rule_id: strawberry.ID | None = f("规则（SUP-15 按规则查询）", default=None)
    states: list[WarningState] | None = f("状态", default=None)
    levels: list[RuleLevel] | None = f("等级", default=None)
    subtypes: list[OrgSubtypeEnum] | None = f("供应主体类型（SUP-16 按供应主体查询）", default=None)
    organisation_id: strawberry.ID | None = f("供应主体", default=None)
    division_code: str | None = f("所在区划（含下级）", default=None)
    drug_code: str | None = f("药品代码", default=None)
    county_level: bool | None = f("true 只看区县级覆盖不足预警（没有供应主体），false 只看供应主体的预警", default=None)


@strawberry.input(description="对选中的预警发起告警（可批量，最多 100 条）")
class WarningAlertInput:
    ids: list[strawberry.ID] = f("预警")
    opinion: str | None = f("告警说明", default=None)
