"""Root mutation fields of public engagement. Each is one unit of work; DomainError becomes userErrors."""
from __future__ import annotations

from typing import Any

import strawberry

from domain.engagement.commands import UNSET, PublicInfoPatch, RateInstitution, RegisterNeed, ReportProblem, SetNotice
from domain.engagement.reveal import RevealService
from domain.engagement.service import EngagementService
from domain.shared.scopes import Scope
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.engagement import inputs as i
from schema.engagement import payloads as p
from schema.engagement import types as t
from schema.permissions import needs, public_app
from schema.relay import from_global_id


def _maybe(value: Any) -> Any:
    """strawberry.Maybe → the patch's UNSET / None / value."""
    return UNSET if value is None else value.value


@strawberry.type
class EngagementMutations:
    @strawberry.mutation(description="反馈定点医药机构的问题（PUB-20，参保人）：购药、定位、导航、服务等；"
                                     "同一 clientKey 重复提交返回第一次的反馈",
                         extensions=public_app(Scope.PUBLIC_SELF))
    async def institution_problem_report(self, info: Info,
                                         input: i.InstitutionProblemReportInput) -> p.PublicFeedbackPayload:
        async def run() -> p.PublicFeedbackPayload:
            row = await EngagementService(info.context.uow()).report_problem(ReportProblem(
                institution_code=input.institution_code, problem_type=input.problem_type.value,
                description=input.description, drug_code=input.drug_code, client_key=input.client_key))
            return p.PublicFeedbackPayload(feedback=t.PublicFeedback.own(row), user_errors=[])
        return await mutate(run, p.PublicFeedbackPayload, p.EngagementUserError, feedback=None)

    @strawberry.mutation(description="处理群众反馈（PUB-21，公众服务处置岗）：START 受理（待受理 → 处理中），"
                                     "RESOLVE 办结（处理中 → 已办结，须填写处理意见）",
                         extensions=needs(Scope.PUBLIC_FEEDBACK_HANDLE))
    async def public_feedback_handle(self, info: Info, input: i.PublicFeedbackHandleInput) -> p.PublicFeedbackPayload:
        async def run() -> p.PublicFeedbackPayload:
            fid = id_arg(input.id, "PublicFeedback", "id")
            assert fid is not None
            row = await EngagementService(info.context.uow()).handle_feedback(fid, input.action.value, input.note)
            return p.PublicFeedbackPayload(feedback=t.PublicFeedback.of(row), user_errors=[])
        return await mutate(run, p.PublicFeedbackPayload, p.EngagementUserError, feedback=None)

    @strawberry.mutation(description="评价定点医药机构（PUB-23，参保人）：1～5 星，每人每机构每天一次",
                         extensions=public_app(Scope.PUBLIC_SELF))
    async def institution_rate(self, info: Info, input: i.InstitutionRateInput) -> p.InstitutionRatePayload:
        async def run() -> p.InstitutionRatePayload:
            row = await EngagementService(info.context.uow()).rate(RateInstitution(
                institution_code=input.institution_code, stars=input.stars, comment=input.comment,
                client_key=input.client_key))
            return p.InstitutionRatePayload(evaluation=t.InstitutionRating.own(row), user_errors=[])
        return await mutate(run, p.InstitutionRatePayload, p.EngagementUserError, evaluation=None)

    @strawberry.mutation(description="维护本机构的公众端公开信息（PUB-24，机构工作人员）：电话、营业时间、简介、坐标、"
                                     "是否展示；GCJ02 坐标换算为 WGS84 保存",
                         extensions=needs(Scope.INSTITUTION_PUBLIC_WRITE))
    async def institution_public_info_update(self, info: Info, input: i.InstitutionPublicInfoUpdateInput
                                             ) -> p.InstitutionPublicInfoPayload:
        async def run() -> p.InstitutionPublicInfoPayload:
            loc = _maybe(input.location)
            if loc is not UNSET and loc is not None:
                loc = (loc.lat, loc.lon, loc.datum.value)
            org = await EngagementService(info.context.uow()).update_public_info(PublicInfoPatch(
                public_phone=_maybe(input.public_phone), business_hours=_maybe(input.business_hours),
                intro=_maybe(input.intro), location=loc, public_listed=_maybe(input.public_listed)))
            return p.InstitutionPublicInfoPayload(info=t.InstitutionPublicInfo.of(org), user_errors=[])
        return await mutate(run, p.InstitutionPublicInfoPayload, p.EngagementUserError, info=None)

    @strawberry.mutation(description="登记购药需求（PUB-25，参保人）：未找到药品时登记所需药品，提交医保局分析",
                         extensions=public_app(Scope.PUBLIC_SELF))
    async def purchase_need_register(self, info: Info, input: i.PurchaseNeedRegisterInput) -> p.PurchaseNeedPayload:
        async def run() -> p.PurchaseNeedPayload:
            row = await EngagementService(info.context.uow()).register_need(RegisterNeed(
                drug_name=input.drug_name, drug_code=input.drug_code, spec=input.spec,
                manufacturer=input.manufacturer, quantity=input.quantity, division_code=input.division_code,
                note=input.note, contact_phone=input.contact_phone, client_key=input.client_key), info.context.tree)
            return p.PurchaseNeedPayload(need=t.PurchaseNeed.own(row), user_errors=[])
        return await mutate(run, p.PurchaseNeedPayload, p.EngagementUserError, need=None)

    @strawberry.mutation(description="分析购药需求（PUB-25，公众服务处置岗）：待分析 → 已分析，须填写分析意见",
                         extensions=needs(Scope.PUBLIC_FEEDBACK_HANDLE))
    async def purchase_need_analyse(self, info: Info, input: i.PurchaseNeedAnalyseInput) -> p.PurchaseNeedPayload:
        async def run() -> p.PurchaseNeedPayload:
            nid = id_arg(input.id, "PurchaseNeed", "id")
            assert nid is not None
            row = await EngagementService(info.context.uow()).analyse_need(nid, input.note)
            return p.PurchaseNeedPayload(need=t.PurchaseNeed.of(row), user_errors=[])
        return await mutate(run, p.PurchaseNeedPayload, p.EngagementUserError, need=None)

    @strawberry.mutation(description="查看购药需求登记人未打码的联系电话（个人信息查阅岗，本辖区）：须填写原因，每次查看记入审计",
                         extensions=needs(Scope.PERSONAL_DATA_READ))
    async def purchase_need_contact_reveal(self, info: Info, input: i.PurchaseNeedContactRevealInput
                                          ) -> p.PurchaseNeedContactRevealPayload:
        async def run() -> p.PurchaseNeedContactRevealPayload:
            nid = id_arg(input.id, "PurchaseNeed", "id")
            assert nid is not None
            phone = await RevealService(info.context.uow()).reveal_need_contact(nid, input.reason)
            return p.PurchaseNeedContactRevealPayload(contact_phone=phone, user_errors=[])
        return await mutate(run, p.PurchaseNeedContactRevealPayload, p.EngagementUserError, contact_phone=None)

    @strawberry.mutation(description="查看购药需求备注、群众反馈描述、机构评价等自由文本的原文（个人信息查阅岗，本辖区）："
                                     "其中的手机、电话、身份证、银行卡号平时脱敏显示；须填写原因，每次查看记入审计",
                         extensions=needs(Scope.PERSONAL_DATA_READ))
    async def personal_text_reveal(self, info: Info, input: i.PersonalTextRevealInput) -> p.PersonalTextRevealPayload:
        async def run() -> p.PersonalTextRevealPayload:
            kinds = ("PurchaseNeed", "PublicFeedback", "InstitutionRating")
            pk = id_arg(input.id, kinds, "id")
            assert pk is not None
            entity = from_global_id(input.id, kinds)[0]
            text = await RevealService(info.context.uow()).reveal_text(entity, pk, input.field.value, input.reason)
            return p.PersonalTextRevealPayload(text=text, user_errors=[])
        return await mutate(run, p.PersonalTextRevealPayload, p.EngagementUserError, text=None)

    @strawberry.mutation(description="设置公众端公告提示栏（PUB-26，自治区、市州医保局）：本辖区或下级区划的数据口径与风险提醒",
                         extensions=needs(Scope.PUBLIC_NOTICE_WRITE))
    async def public_notice_set(self, info: Info, input: i.PublicNoticeSetInput) -> p.PublicNoticeSetPayload:
        async def run() -> p.PublicNoticeSetPayload:
            row = await EngagementService(info.context.uow()).set_notice(SetNotice(
                division_code=input.division_code, data_calibre=input.data_calibre,
                risk_reminder=input.risk_reminder), info.context.tree)
            return p.PublicNoticeSetPayload(notice=t.PublicNotice(
                division_code=row.division_code, data_calibre=row.data_calibre, risk_reminder=row.risk_reminder,
                updated_at=row.updated_at, configured_division_code=row.division_code), user_errors=[])
        return await mutate(run, p.PublicNoticeSetPayload, p.EngagementUserError, notice=None)
