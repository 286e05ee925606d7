"""Root mutation fields of the supply domain. Each is one unit of work; DomainError becomes userErrors."""
from __future__ import annotations

from typing import Any

import strawberry

from domain.shared.commands import parse
from domain.shared.scopes import Scope
from domain.supply import commands as c
from domain.supply.models import RuleLevel as _RuleLevel
from domain.supply.models import RuleMetric as _RuleMetric
from domain.supply.organisations import OrganisationService
from domain.supply.stock_reports import StockService
from domain.supply.warning_rules import WarningRuleService
from domain.supply.warnings import WarningService
from resolvers.common.ids import id_arg
from resolvers.common.mutations import mutate
from resolvers.context import Info
from schema.common.types import Organisation
from schema.permissions import needs
from schema.relay import to_global_id
from schema.supply import inputs as i
from schema.supply import payloads as p
from schema.supply.types import StockReport, SupplyWarning, WarningRule


def _rule_id(gid: str) -> int:
    v = id_arg(gid, "WarningRule", "id")
    assert v is not None
    return v


def _enable(enabled: bool) -> Any:
    async def resolve(info: Info, input: i.WarningRuleIdInput) -> p.WarningRulePayload:
        async def run() -> p.WarningRulePayload:
            r = await WarningRuleService(info.context.uow()).set_enabled(_rule_id(input.id), enabled)
            info.context.loaders.warning_rule.clear(r.id)
            return p.WarningRulePayload(warning_rule=WarningRule.of(r), user_errors=[])
        return await mutate(run, p.WarningRulePayload, p.SupplyUserError, warning_rule=None)

    return strawberry.mutation(resolver=resolve, extensions=needs(Scope.WARNING_RULES_WRITE),
                               description="启用预警规则" if enabled else "停用预警规则（下次评估时解除其未关闭的预警）")


@strawberry.type
class SupplyMutations:
    @strawberry.mutation(description="维护本单位基本信息（SUP-02）：名称、地址、联系人、电话、统一社会信用代码（校验位检查）",
                         extensions=needs(Scope.ORGANISATION_WRITE))
    async def organisation_update(self, info: Info, input: i.OrganisationUpdateInput) -> p.OrganisationUpdatePayload:
        async def run() -> p.OrganisationUpdatePayload:
            cmd = parse(c.UpdateOrganisation, c.LABELS, organisation_id=id_arg(input.id, "Organisation", "id"),
                        name=input.name, address=input.address, contact_name=input.contact_name,
                        contact_phone=input.contact_phone, credit_code=input.credit_code)
            org = await OrganisationService(info.context.uow()).update(cmd)
            info.context.loaders.supply_organisation.clear(org.id)
            return p.OrganisationUpdatePayload(organisation=Organisation.of(org), user_errors=[])
        return await mutate(run, p.OrganisationUpdatePayload, p.SupplyUserError, organisation=None)

    @strawberry.mutation(description="报告本单位的进销存和在途数据（SUP-04）：逐行校验，任一行有错则整批不导入并逐行返回错误；"
                                     "同一批次号重发不会重复导入，返回首次结果", extensions=needs(Scope.STOCK_REPORT))
    async def stock_report(self, info: Info, input: i.StockReportInput) -> p.StockReportPayload:
        async def run() -> p.StockReportPayload:
            cmd = parse(c.ReportStock, c.LABELS, batch_key=input.batch_key, rows=[
                {"drug_code": r.drug_code, "business_date": r.business_date, "received_qty": r.received_qty,
                 "sold_qty": r.sold_qty, "on_hand_qty": r.on_hand_qty, "in_transit_qty": r.in_transit_qty,
                 "sales_amount": r.sales_amount}
                for r in input.rows])
            result = await StockService(info.context.uow()).report(cmd)
            return p.StockReportPayload(report=StockReport.of(result.batch, result.replayed), user_errors=[])
        return await mutate(run, p.StockReportPayload, p.StockReportUserError, report=None)

    @strawberry.mutation(description="新建预警规则（SUP-14）", extensions=needs(Scope.WARNING_RULES_WRITE))
    async def warning_rule_create(self, info: Info, input: i.WarningRuleCreateInput) -> p.WarningRulePayload:
        async def run() -> p.WarningRulePayload:
            cmd = parse(c.RuleFields, c.LABELS, name=input.name, level=_RuleLevel(input.level.value),
                        metric=_RuleMetric(input.metric.value),
                        target_subtypes=[s.value for s in input.target_subtypes], threshold=input.threshold,
                        window_days=input.window_days, description=input.description, enabled=input.enabled)
            r = await WarningRuleService(info.context.uow()).create(cmd)
            return p.WarningRulePayload(warning_rule=WarningRule.of(r), user_errors=[])
        return await mutate(run, p.WarningRulePayload, p.SupplyUserError, warning_rule=None)

    @strawberry.mutation(description="修改预警规则（等级、阈值、适用对象等）", extensions=needs(Scope.WARNING_RULES_WRITE))
    async def warning_rule_update(self, info: Info, input: i.WarningRuleUpdateInput) -> p.WarningRulePayload:
        async def run() -> p.WarningRulePayload:
            cmd = parse(c.UpdateRule, c.LABELS, rule_id=_rule_id(input.id), name=input.name,
                        level=_RuleLevel(input.level.value) if input.level else None,
                        target_subtypes=[s.value for s in input.target_subtypes] if input.target_subtypes is not None
                        else None, threshold=input.threshold, window_days=input.window_days,
                        description=input.description)
            r = await WarningRuleService(info.context.uow()).update(cmd)
            info.context.loaders.warning_rule.clear(r.id)
            return p.WarningRulePayload(warning_rule=WarningRule.of(r), user_errors=[])
        return await mutate(run, p.WarningRulePayload, p.SupplyUserError, warning_rule=None)

    warning_rule_enable = _enable(True)
    warning_rule_disable = _enable(False)

    @strawberry.mutation(description="删除不再使用的预警规则（其预警数据保留，下次评估时解除）",
                         extensions=needs(Scope.WARNING_RULES_WRITE))
    async def warning_rule_delete(self, info: Info, input: i.WarningRuleIdInput) -> p.WarningRuleDeletePayload:
        async def run() -> p.WarningRuleDeletePayload:
            rid = await WarningRuleService(info.context.uow()).delete(_rule_id(input.id))
            return p.WarningRuleDeletePayload(deleted_id=to_global_id("WarningRule", rid), user_errors=[])
        return await mutate(run, p.WarningRuleDeletePayload, p.SupplyUserError, deleted_id=None)

    @strawberry.mutation(description="对选中的预警向供应主体发起告警（SUP-15/16/17：已识别 → 已告警），可批量；"
                                     "任何一条不可告警则全部不处理", extensions=needs(Scope.WARNINGS_HANDLE))
    async def warning_alert(self, info: Info, input: i.WarningAlertInput) -> p.WarningTransitionPayload:
        async def run() -> p.WarningTransitionPayload:
            ids = []
            for k, gid in enumerate(input.ids):
                ids.append(id_arg(gid, "SupplyWarning", f"ids.{k}"))
            rows = await WarningService(info.context.uow()).transition([x for x in ids if x is not None], "alert",
                                                                        input.opinion)
            return p.WarningTransitionPayload(warnings=[SupplyWarning.of(w) for w in rows], user_errors=[])
        return await mutate(run, p.WarningTransitionPayload, p.SupplyUserError, warnings=[])
