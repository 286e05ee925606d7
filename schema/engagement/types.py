"""GraphQL types of public engagement (PUB-20…27) and the drug file's disclosure and trace sections (DRUG-26/27)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry

from domain.engagement import models as m
from domain.engagement.access import mask_phone
from domain.public.geo import wgs84_to_gcj02
from schema.common.types import Actor, Division, Organisation, division_of, f, local
from schema.common.types import WorkflowEvent
from schema.drugs.types import Drug
from schema.engagement.enums import PublicFeedbackAction, PublicFeedbackState, PublicProblemType, PurchaseNeedState
from schema.relay import Connection, Node, to_global_id

BUREAU = Actor(username="bureau", display_name="医保局")


def _event(r: Any, public: bool) -> WorkflowEvent:
    key = r.action.split(".", 1)[1]
    if r.action in (m.FEEDBACK_SUBMIT, m.NEED_SUBMIT):
        label = "提交"
        actor = Actor(username="insured", display_name="参保人")
    else:
        wf = m.FEEDBACK_WORKFLOW if r.action.startswith("public_feedback.") else m.NEED_WORKFLOW
        t = wf.by_name.get(key)
        label = t.label if t else key
        actor = BUREAU if public else Actor(username=r.actor_username, display_name=r.actor_name)
    return WorkflowEvent(action=key, label=label, from_state=(r.before or {}).get("state"),
                         to_state=(r.after or {}).get("state"), actor=actor, at=local(r.at), opinion=r.opinion)


async def _institution(info: strawberry.Info, org_id: int) -> Any:
    return await info.context.loaders.organisation.load(org_id)


@strawberry.type(description="群众对定点医药机构的问题反馈（PUB-20），医保局受理办结（PUB-21），机构可查看（PUB-22）")
class PublicFeedback(Node):
    problem_type: PublicProblemType = f("问题类型")
    problem_type_label: str = f("问题类型名称")
    description: str | None = f("问题描述（纯文本，显示时不得按 HTML 解析）；其中的手机、电话、身份证、银行卡号脱敏显示，"
                                "提交人本人看到原文，有个人信息查阅岗位的用 personalTextReveal 查看并留痕")
    state: PublicFeedbackState = f("状态")
    state_label: str = f("状态名称")
    handling_note: str | None = f("处理意见（最近一次受理或办结时填写的；其中的个人信息脱敏显示）")
    division_code: str = f("机构所在区划（分布统计用）")
    created_at: datetime = f("提交时间")
    started_at: datetime | None = f("受理时间")
    handled_at: datetime | None = f("办结时间")
    _pk: strawberry.Private[int]
    _institution_id: strawberry.Private[int]
    _drug_id: strawberry.Private[int | None]

    @strawberry.field(description="机构编码")
    async def institution_code(self, info: strawberry.Info) -> str | None:
        o = await _institution(info, self._institution_id)
        return o.code if o else None

    @strawberry.field(description="机构名称")
    async def institution_name(self, info: strawberry.Info) -> str | None:
        o = await _institution(info, self._institution_id)
        return o.name if o else None

    @strawberry.field(description="机构（医保局与机构工作人员可见；公众端为 null）")
    async def institution(self, info: strawberry.Info) -> Organisation | None:
        if info.context.principal.public_app:
            return None
        o = await _institution(info, self._institution_id)
        return Organisation.of(o) if o else None

    @strawberry.field(description="机构所在区划")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)

    @strawberry.field(description="相关药品")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        if self._drug_id is None:
            return None
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @strawberry.field(description="处理过程：提交、受理、办结的时间、处理人与意见，读取自审计记录（公众端不显示处理人姓名）")
    async def timeline(self, info: strawberry.Info) -> list[WorkflowEvent]:
        public = info.context.principal.public_app
        return [_event(r, public) for r in await info.context.loaders.feedback_history.load(self._pk)]

    @strawberry.field(description="当前用户此刻可以执行的操作")
    def available_actions(self, info: strawberry.Info) -> list[PublicFeedbackAction]:
        return [PublicFeedbackAction(a) for a in info.context.fields.feedback_actions(self.state.value,
                                                                                      self.division_code)]

    @classmethod
    def of(cls, r: Any, *, own: bool = False) -> PublicFeedback:
        description = (r.description_clear or r.description) if own else r.description
        return cls(id=to_global_id("PublicFeedback", r.id), problem_type=m.ProblemType(r.problem_type),
                   problem_type_label=m.PROBLEM_LABELS[m.ProblemType(r.problem_type)], description=description,
                   state=m.FeedbackState(r.state), state_label=m.FEEDBACK_WORKFLOW.states[r.state],
                   handling_note=r.handling_note, division_code=r.division_code, created_at=local(r.created_at),
                   started_at=local(r.started_at), handled_at=local(r.handled_at), _pk=r.id,
                   _institution_id=r.institution_id, _drug_id=r.drug_code_id)

    @classmethod
    def own(cls, r: Any) -> PublicFeedback:
        """The insured person's own feedback: their description as they wrote it."""
        return cls.of(r, own=True)


PublicFeedbackConnection = Connection[PublicFeedback]


@strawberry.type(description="群众反馈计数（一个分组）")
class PublicFeedbackCount:
    key: str = f("分组键：状态、问题类型或区划代码")
    label: str = f("分组名称")
    count: int = f("反馈数")


@strawberry.type(description="群众对定点医药机构的评价（PUB-23）")
class InstitutionRating(Node):
    stars: int = f("评分 1～5 星")
    comment: str | None = f("评价内容（纯文本；其中的手机、电话、身份证、银行卡号脱敏显示，评价人本人看到原文）")
    business_date: date = f("评价日期（北京时间）")
    created_at: datetime = f("评价时间")
    _institution_id: strawberry.Private[int]

    @strawberry.field(description="机构编码")
    async def institution_code(self, info: strawberry.Info) -> str | None:
        o = await _institution(info, self._institution_id)
        return o.code if o else None

    @strawberry.field(description="机构名称")
    async def institution_name(self, info: strawberry.Info) -> str | None:
        o = await _institution(info, self._institution_id)
        return o.name if o else None

    @classmethod
    def of(cls, r: Any, *, own: bool = False) -> InstitutionRating:
        comment = (r.comment_clear or r.comment) if own else r.comment
        return cls(id=to_global_id("InstitutionRating", r.id), stars=r.stars, comment=comment,
                   business_date=r.business_date, created_at=local(r.created_at), _institution_id=r.institution_id)

    @classmethod
    def own(cls, r: Any) -> InstitutionRating:
        return cls.of(r, own=True)


InstitutionRatingConnection = Connection[InstitutionRating]


@strawberry.type(description="某星级的评价数")
class StarCount:
    stars: int = f("星级 1～5")
    count: int = f("评价数")


@strawberry.type(description="群众评价汇总与列表（PUB-23）")
class InstitutionEvaluations:
    average: Decimal | None = f("平均星级（一位小数）；无评价为 null")
    count: int = f("评价数")
    distribution: list[StarCount] = f("各星级的评价数（1～5 星，均列出）")
    ratings: InstitutionRatingConnection = f("评价列表，最新在前")


@strawberry.type(description="定点医药机构的公众端公开信息（PUB-24）")
class InstitutionPublicInfo:
    code: str = f("机构编码")
    name: str = f("机构名称")
    address: str | None = f("地址（来自机构主数据）")
    public_phone: str | None = f("对外联系电话")
    business_hours: str | None = f("营业时间")
    intro: str | None = f("机构简介")
    public_listed: bool = f("是否在公众端展示")
    lat: float | None = f("纬度（WGS84，保存的坐标系）")
    lon: float | None = f("经度（WGS84）")
    gcj_lat: float | None = f("纬度（GCJ02，供国内地图显示）")
    gcj_lon: float | None = f("经度（GCJ02）")
    updated_at: datetime | None = f("最后更新时间")

    @classmethod
    def of(cls, o: Any) -> InstitutionPublicInfo:
        gcj = wgs84_to_gcj02(o.lat, o.lon) if o.lat is not None and o.lon is not None else (None, None)
        return cls(code=o.code, name=o.name, address=o.address, public_phone=o.public_phone,
                   business_hours=o.business_hours, intro=o.intro, public_listed=bool(o.public_listed), lat=o.lat,
                   lon=o.lon, gcj_lat=gcj[0], gcj_lon=gcj[1], updated_at=local(o.updated_at))


@strawberry.type(description="群众购药需求登记（PUB-25）")
class PurchaseNeed(Node):
    drug_name: str = f("药品名称")
    spec: str | None = f("规格")
    manufacturer: str | None = f("生产企业")
    quantity: Decimal | None = f("需要数量")
    division_code: str = f("所在地区")
    note: str | None = f("备注（纯文本；其中的手机、电话、身份证、银行卡号脱敏显示，登记人本人看到原文）")
    contact_phone: str | None = f("联系电话：登记人本人看到完整号码，医保局工作人员看到脱敏号码（138****1234）")
    state: PurchaseNeedState = f("状态")
    state_label: str = f("状态名称")
    analysis_note: str | None = f("医保局分析意见")
    analysed_at: datetime | None = f("分析时间")
    created_at: datetime = f("登记时间")
    business_date: date = f("登记日期（北京时间）")
    _drug_id: strawberry.Private[int | None]

    @strawberry.field(description="所在地区")
    def division(self, info: strawberry.Info) -> Division | None:
        return division_of(info, self.division_code)

    @strawberry.field(description="药品（登记时给出了药品编码的）")
    async def drug(self, info: strawberry.Info) -> Drug | None:
        if self._drug_id is None:
            return None
        d = await info.context.loaders.drug.load(self._drug_id)
        return Drug.of(d) if d else None

    @strawberry.field(description="当前用户此刻可以执行的操作（ANALYSE 分析）")
    def can_analyse(self, info: strawberry.Info) -> bool:
        return bool(info.context.fields.may_analyse_need(self.state.value, self.division_code))

    @classmethod
    def of(cls, r: Any, *, own: bool = False) -> PurchaseNeed:
        return cls(id=to_global_id("PurchaseNeed", r.id), drug_name=r.drug_name, spec=r.spec,
                   manufacturer=r.manufacturer, quantity=r.quantity, division_code=r.division_code,
                   note=(r.note_clear or r.note) if own else r.note,
                   contact_phone=r.contact_phone if own else mask_phone(r.contact_phone),
                   state=m.NeedState(r.state), state_label=m.NEED_WORKFLOW.states[r.state],
                   analysis_note=r.analysis_note, analysed_at=local(r.analysed_at), created_at=local(r.created_at),
                   business_date=r.business_date, _drug_id=r.drug_code_id)

    @classmethod
    def own(cls, r: Any) -> PurchaseNeed:
        return cls.of(r, own=True)


PurchaseNeedConnection = Connection[PurchaseNeed]


@strawberry.type(description="购药需求统计（一个分组，IND-33）")
class PurchaseNeedStat:
    key: str = f("分组键：药品名称、区划代码或月份（YYYY-MM）")
    label: str = f("分组名称")
    registrations: int = f("登记数")
    people: int = f("登记人数")
    quantity: Decimal = f("需要数量合计")
    analysed: int = f("其中已分析")


@strawberry.type(description="公众端公告提示栏（PUB-26）：数据口径与风险提醒")
class PublicNotice:
    division_code: str | None = f("请求的区划")
    data_calibre: str = f("数据口径说明")
    risk_reminder: str = f("风险提醒文字")
    updated_at: datetime | None = f("设置时间；使用内置默认文字时为 null")
    configured_division_code: str | None = f("实际生效的设置所属区划（就近向上查找）；内置默认文字时为 null")


@strawberry.type(description="公众端使用合计")
class UsageTotals:
    drug_queries: int = f("药品查询次数（打开药品详情或购药机构）")
    drug_searches: int = f("药品搜索次数")
    institution_searches: int = f("机构搜索次数")
    institution_views: int = f("机构查看次数")
    visits: int = f("访问量")
    scans: int = f("扫码次数（药品追溯码）")


@strawberry.type(description="某一天的公众端使用量")
class UsageDay:
    date: date = f("日期（北京时间）")
    drug_queries: int = f("药品查询次数")
    drug_searches: int = f("药品搜索次数")
    institution_searches: int = f("机构搜索次数")
    visits: int = f("访问量")
    scans: int = f("扫码次数")


@strawberry.type(description="常搜关键词")
class KeywordCount:
    keyword: str = f("搜索词")
    count: int = f("搜索次数")


@strawberry.type(description="各下级区划的访问量")
class DivisionVisits:
    division_code: str | None = f("区划代码；null 为无法确定来源地区")
    name: str = f("区划名称")
    visits: int = f("访问量")


@strawberry.type(description="被查询最多的药品")
class DrugQueryCount:
    drug: Drug | None = f("药品")
    count: int = f("查询次数")


@strawberry.type(description="公众端使用情况（PUB-27，IND-31/32）：合计、每日走势、常搜、各地区访问量、热门药品")
class PublicUsageReport:
    from_: date = strawberry.field(name="from", description="开始日期")
    to: date = f("结束日期")
    division_code: str | None = f("统计区划；null 为本人辖区")
    totals: UsageTotals = f("合计")
    trend: list[UsageDay] = f("每日走势（区间内每天一条）")
    top_keywords: list[KeywordCount] = f("常搜关键词（前 20）")
    visits_by_division: list[DivisionVisits] = f("下级区划访问量：自治区看各市州，市州看各区县")
    top_drugs: list[DrugQueryCount] = f("查询最多的药品（前 10）")


@strawberry.type(description="某日的计数")
class DateCount:
    date: date = f("日期（北京时间）")
    count: int = f("次数")


@strawberry.type(description="公开机构数（合计或一个市州）")
class PublishingCount:
    division_code: str | None = f("市州区划代码；合计行为 null")
    label: str = f("名称")
    institutions: int = f("公开该药品（有库存且在公众端展示）的定点医药机构数")
    hospitals: int = f("其中医疗机构数")
    pharmacies: int = f("其中零售药店数")


@strawberry.type(description="一药一档·信息公开（DRUG-26）：公开机构数、公众端查询次数与走势")
class DrugPublicDisclosure:
    publishing_institutions: PublishingCount = f("辖区合计的公开机构数")
    publishing_by_prefecture: list[PublishingCount] = f("各市州公开机构数（有公开机构的）")
    query_count: int = f("区间内公众端查询总次数")
    query_trend: list[DateCount] = f("每日查询次数（区间内每天一条）")


@strawberry.type(description="扫码结果计数")
class ScanResultCount:
    result: str = f("FOUND 查到药品，INVALID_FORMAT 追溯码格式错误，UNKNOWN_CODE 未知追溯码")
    label: str = f("结果名称")
    count: int = f("次数")


@strawberry.type(description="一药一档·追溯（DRUG-27）：公众端扫码数量与结果")
class DrugTraceScans:
    scan_count: int = f("区间内扫码次数")
    by_result: list[ScanResultCount] = f("按扫码结果")
    trend: list[DateCount] = f("每日扫码次数（区间内每天一条）")
