"""Inputs of public engagement."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from schema.common.types import f
from schema.engagement.enums import (CoordinateDatum, PersonalTextField, PublicFeedbackAction, PublicFeedbackState,
                                     PublicProblemType, PurchaseNeedState)


@strawberry.input(description="反馈定点医药机构的问题（PUB-20）")
class InstitutionProblemReportInput:
    institution_code: str = f("机构编码（H/P + 11 位）")
    problem_type: PublicProblemType = f("问题类型")
    description: str | None = f("问题描述（最多 500 字；问题类型为“其他”时必填），按纯文本保存和显示", default=None)
    drug_code: str | None = f("相关药品编码（23 位，可选）", default=None)
    client_key: str | None = f("客户端生成的幂等键（1～64 位字母数字）：同一参保人重复提交同一键只保留第一次", default=None)


@strawberry.input(description="群众反馈筛选")
class PublicFeedbackFilter:
    state: PublicFeedbackState | None = f("状态", default=None)
    problem_type: PublicProblemType | None = f("问题类型", default=None)
    division_code: str | None = f("机构所在区划（含下级）", default=None)
    institution_code: str | None = f("机构编码", default=None)
    from_: date | None = strawberry.field(name="from", description="提交日期起（含，北京时间）", default=None)
    to: date | None = f("提交日期止（含，北京时间）", default=None)


@strawberry.input(description="处理群众反馈（PUB-21）")
class PublicFeedbackHandleInput:
    id: strawberry.ID = f("反馈")
    action: PublicFeedbackAction = f("START 受理，RESOLVE 办结")
    note: str | None = f("处理意见（办结时必填，将告知反馈人）", default=None)


@strawberry.input(description="评价定点医药机构（PUB-23）")
class InstitutionRateInput:
    institution_code: str = f("机构编码")
    stars: int = f("评分 1～5 星")
    comment: str | None = f("评价内容（最多 300 字）", default=None)
    client_key: str | None = f("幂等键：同一参保人重复提交同一键只保留第一次", default=None)


@strawberry.input(description="坐标")
class LocationInput:
    lat: float = f("纬度")
    lon: float = f("经度")
    datum: CoordinateDatum = f("坐标系；GCJ02 将换算为 WGS84 保存", default=CoordinateDatum.WGS84)


@strawberry.input(description="维护本机构的公众端公开信息（PUB-24）；未传的字段不变")
class InstitutionPublicInfoUpdateInput:
    public_phone: strawberry.Maybe[str | None] = f("对外联系电话", default=None)
    business_hours: strawberry.Maybe[str | None] = f("营业时间，如 08:00-22:00", default=None)
    intro: strawberry.Maybe[str | None] = f("机构简介（最多 500 字）", default=None)
    location: strawberry.Maybe[LocationInput | None] = f("位置坐标；null 清除", default=None)
    public_listed: strawberry.Maybe[bool] = f("是否在公众端展示", default=None)


@strawberry.input(description="登记购药需求（PUB-25）")
class PurchaseNeedRegisterInput:
    drug_name: str = f("药品名称（必填，最多 100 字）")
    drug_code: str | None = f("药品编码（已知时）", default=None)
    spec: str | None = f("规格", default=None)
    manufacturer: str | None = f("生产企业", default=None)
    quantity: Decimal | None = f("需要数量（最小包装单位）", default=None)
    division_code: str | None = f("所在地区（区划代码）", default=None)
    note: str | None = f("备注（最多 500 字）", default=None)
    contact_phone: str | None = f("联系电话（手机或座机），对医保局工作人员脱敏显示", default=None)
    client_key: str | None = f("幂等键：同一参保人重复提交同一键只保留第一次", default=None)


@strawberry.input(description="购药需求筛选")
class PurchaseNeedFilter:
    state: PurchaseNeedState | None = f("状态", default=None)
    division_code: str | None = f("所在地区（含下级）", default=None)
    drug_name: str | None = f("药品名称包含", default=None)
    from_: date | None = strawberry.field(name="from", description="登记日期起（含）", default=None)
    to: date | None = f("登记日期止（含）", default=None)


@strawberry.input(description="查看购药需求登记人的联系电话（个人信息查阅，记入审计）")
class PurchaseNeedContactRevealInput:
    id: strawberry.ID = f("购药需求")
    reason: str = f("查看原因（必填，最多 100 字，记入审计）")


@strawberry.input(description="查看自由文本原文（其中的个人信息不打码）")
class PersonalTextRevealInput:
    id: strawberry.ID = f("记录：购药需求、群众反馈或机构评价")
    field: PersonalTextField = f("字段")
    reason: str = f("查看原因（必填，最多 100 字，记入审计）")


@strawberry.input(description="分析购药需求（PUB-25）")
class PurchaseNeedAnalyseInput:
    id: strawberry.ID = f("购药需求")
    note: str = f("分析意见（必填）")


@strawberry.input(description="设置公众端公告提示栏（PUB-26）")
class PublicNoticeSetInput:
    division_code: str = f("区划（本辖区或下级）")
    data_calibre: str = f("数据口径说明（最多 300 字）")
    risk_reminder: str = f("风险提醒文字（最多 300 字）")
