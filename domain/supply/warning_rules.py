"""Warning rules (SUP-14): reading them in scope, and adding, changing, enabling, disabling and deleting them. A rule
is owned by the bureau that defined it and applies within that bureau's area; the bureaus below see it too."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, select

from domain.audit.models import snapshot
from domain.identity.models import OrgSubtype
from domain.shared.db import aligned, any_of
from domain.shared.errors import Forbidden
from domain.shared.reads import Repository, reads, writes
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.access import RuleAccess
from domain.supply.commands import RuleFields, UpdateRule
from domain.supply.errors import SupplyError, require
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.evaluation import EVALUATE_JOB
from domain.supply.models import RuleMetric, WarningRule
from domain.supply.views import WarningRuleView, written

RULE = "WarningRule"
SUBTYPES = {s.value for s in OrgSubtype}
QUANTUM = Decimal("0.001")  # NUMERIC(18,3)


def _visible(access: RuleAccess) -> list[Any]:
    where: list[Any] = [WarningRule.deleted_at.is_(None)]
    if access.visible is not None:
        where.append(any_of(WarningRule.owner_division, access.visible))
    return where


class WarningRuleRepository(Repository):
    @reads
    async def rules(self, access: RuleAccess, enabled: bool | None = None) -> list[WarningRuleView]:
        """Returns the rules the caller sees, by owner and age."""
        stmt = WarningRuleView.select().where(*_visible(access))
        if enabled is not None:
            stmt = stmt.where(WarningRule.enabled.is_(enabled))
        return WarningRuleView.many(await self.db.rows(stmt.order_by(WarningRule.owner_division, WarningRule.id)))

    @reads
    async def rules_by_ids(self, access: RuleAccess, ids: Sequence[int]) -> list[WarningRuleView | None]:
        """Returns visible, not deleted rules aligned to `ids`."""
        rows = await self.db.rows(WarningRuleView.select().where(*_visible(access), any_of(WarningRule.id, ids)))
        return aligned(ids, WarningRuleView.many(rows), "id")

    @reads
    async def rule_name_taken(self, owner: str, name: str, other_than: int | None = None) -> bool:
        """True when the bureau already has a (not deleted) rule of this name."""
        return bool(await self.db.scalar(select(exists().where(
            WarningRule.owner_division == owner, WarningRule.name == name, WarningRule.deleted_at.is_(None),
            WarningRule.id != (other_than or 0)))))

    @writes
    async def rule_for_update(self, access: RuleAccess, rule_id: int) -> WarningRule | None:
        """Returns a visible, not deleted rule, locked for update."""
        stmt = select(WarningRule).where(*_visible(access), WarningRule.id == rule_id).with_for_update()
        return (await self.session.scalars(stmt)).first()

    @writes
    async def add(self, rule: WarningRule) -> WarningRule:
        """Inserts a rule (its id and timestamps come back from the database)."""
        self.session.add(rule)
        await self.session.flush()
        return rule

    @writes
    async def saved(self, rule: WarningRule) -> WarningRuleView:
        """Writes a locked rule's changes and returns it as now stored."""
        await self.session.flush()
        return written(WarningRuleView, rule)


def _check_subtypes(values: list[str]) -> list[str]:
    bad = [v for v in values if v not in SUBTYPES]
    if bad:
        raise SupplyError(f"未知的供应主体类型：{'、'.join(bad)}", code=C.INVALID_VALUE, field=["targetSubtypes"])
    return sorted(set(values))


def _check_metric_targets(metric: str, subtypes: list[str]) -> None:
    if metric == RuleMetric.LOW_COVERAGE and not set(subtypes) <= {"HOSPITAL", "PHARMACY"}:
        raise SupplyError("配备覆盖规则只适用于定点医疗机构和零售药店", code=C.INVALID_VALUE, field=["targetSubtypes"])


class WarningRuleService:
    """Warning rules (SUP-14): add, change, delete, enable/disable; owned by the defining bureau."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def _owner(self) -> str:
        who = self.uow.who
        require(who, Scope.WARNING_RULES_WRITE)
        if who.division_code is None:
            raise Forbidden("只有医保局用户可以维护预警规则", code=C.FORBIDDEN)
        return who.division_code

    async def _writable(self, repo: WarningRuleRepository, rule_id: int) -> WarningRule:
        access = RuleAccess.of(self.uow.who)
        rule = await repo.rule_for_update(access, rule_id)
        if rule is None:
            raise SupplyError("预警规则不存在", code=C.NOT_FOUND, field=["id"])
        if not access.can_write(rule.owner_division):
            raise SupplyError("只能维护本级医保局定义的预警规则", code=C.NOT_OWNER, field=["id"])
        return rule

    async def create(self, cmd: RuleFields) -> WarningRuleView:
        """Defines a rule for the caller's bureau; an enabled one is evaluated at once (a queued full run)."""
        owner = self._owner()
        subtypes = _check_subtypes(cmd.target_subtypes)
        _check_metric_targets(cmd.metric, subtypes)
        async with self.uow as uow:
            repo = uow.repo(WarningRuleRepository)
            if await repo.rule_name_taken(owner, cmd.name):
                raise SupplyError(f"预警规则「{cmd.name}」已存在", code=C.DUPLICATE_RULE_NAME, field=["name"])
            rule = await repo.add(WarningRule(
                owner_division=owner, name=cmd.name, level=cmd.level, metric=cmd.metric, target_subtypes=subtypes,
                threshold=cmd.threshold.quantize(QUANTUM), window_days=cmd.window_days, description=cmd.description,
                enabled=cmd.enabled, created_by=uow.who.user_id))
            uow.record("warning_rule.create", RULE, rule.id, label=rule.name, division_code=owner,
                       after={**snapshot(rule, WarningRule.AUDIT_FIELDS), "formula": rule.formula})
            if rule.enabled:
                uow.enqueue(EVALUATE_JOB)  # README: rule changes run a full evaluation
            view = await repo.saved(rule)
            await uow.commit()
        return view

    async def update(self, cmd: UpdateRule) -> WarningRuleView:
        """Changes a rule's name, level, targets, threshold, window or description; an enabled rule whose judgement
        changed (anything but name and description) is evaluated again at once (a queued full run)."""
        self._owner()
        async with self.uow as uow:
            repo = uow.repo(WarningRuleRepository)
            rule = await self._writable(repo, cmd.rule_id)
            before = snapshot(rule, WarningRule.AUDIT_FIELDS)
            if cmd.name is not None and cmd.name != rule.name:
                if await repo.rule_name_taken(rule.owner_division, cmd.name, other_than=rule.id):
                    raise SupplyError(f"预警规则「{cmd.name}」已存在", code=C.DUPLICATE_RULE_NAME, field=["name"])
                rule.name = cmd.name
            if cmd.target_subtypes is not None:
                subtypes = _check_subtypes(cmd.target_subtypes)
                _check_metric_targets(rule.metric, subtypes)
                rule.target_subtypes = subtypes
            if cmd.threshold is not None:
                rule.threshold = cmd.threshold.quantize(QUANTUM)
            for name in ("level", "window_days"):
                if getattr(cmd, name) is not None:
                    setattr(rule, name, getattr(cmd, name))
            if cmd.description is not None:
                rule.description = cmd.description or None
            after = snapshot(rule, WarningRule.AUDIT_FIELDS)
            if after == before:
                raise SupplyError("没有需要保存的修改", code=C.NOTHING_TO_CHANGE)
            uow.record("warning_rule.update", RULE, rule.id, label=rule.name, division_code=rule.owner_division,
                       before=before, after={**after, "formula": rule.formula})
            if rule.enabled and any(after[k] != before[k] for k in after if k not in ("name", "description")):
                uow.enqueue(EVALUATE_JOB)
            view = await repo.saved(rule)
            await uow.commit()
        return view

    async def set_enabled(self, rule_id: int, enabled: bool) -> WarningRuleView:
        """Enables or disables a rule; the next evaluation closes a disabled rule's open warnings."""
        self._owner()
        async with self.uow as uow:
            repo = uow.repo(WarningRuleRepository)
            rule = await self._writable(repo, rule_id)
            if rule.enabled == enabled:
                raise SupplyError("规则已是" + ("启用" if enabled else "停用") + "状态", code=C.NOTHING_TO_CHANGE)
            rule.enabled = enabled
            uow.record("warning_rule.enable" if enabled else "warning_rule.disable", RULE, rule.id, label=rule.name,
                       division_code=rule.owner_division, before={"enabled": not enabled}, after={"enabled": enabled})
            uow.enqueue(EVALUATE_JOB)
            view = await repo.saved(rule)
            await uow.commit()
        return view

    async def delete(self, rule_id: int) -> int:
        """Deletes a rule no longer used; its warnings stay readable and are closed by the next evaluation."""
        self._owner()
        async with self.uow as uow:
            repo = uow.repo(WarningRuleRepository)
            rule = await self._writable(repo, rule_id)
            before = snapshot(rule, WarningRule.AUDIT_FIELDS)
            rule.deleted_at = datetime.now(timezone.utc)
            rule.enabled = False
            uow.record("warning_rule.delete", RULE, rule.id, label=rule.name, division_code=rule.owner_division,
                       before=before)
            uow.enqueue(EVALUATE_JOB)
            await uow.commit()
        return rule.id
