"""Use cases of the supply domain: supply entities' basic information (SUP-02), stock reports (SUP-04),
warning rules (SUP-14), warning states (SUP-17) and the warning evaluation run (SUP-15…17 data)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from domain.audit.models import jsonable, snapshot
from domain.divisions.repository import load_tree
from domain.drugs.codes import normalise_code
from domain.identity.models import Organisation, OrgSubtype
from domain.notifications.repository import NotificationRepository
from domain.shared.config import shanghai_today  # noqa: F401 - re-exported for the supply modules
from domain.shared.errors import DomainError, Forbidden, ValidationFailed
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.shared.workflow import WorkflowError
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.codes import check_credit_code
from domain.supply.commands import ReportStock, RuleFields, UpdateOrganisation, UpdateRule
from domain.supply.errors import SupplyError
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.models import (WARNING_WORKFLOW, RuleMetric, StockReportBatch, SupplyWarning,
                                  WarningEvaluationRun, WarningRule)
from domain.supply.repository import OrganisationRepository, StockingRepository, StockRepository, WarningRepository
from domain.supply.stock import check_rows, content_hash, movements_and_levels

log = logging.getLogger(__name__)

ORG = "Organisation"
BATCH = "StockReportBatch"
RULE = "WarningRule"
WARNING = "SupplyWarning"
EVALUATE_JOB = "evaluate_warnings"
FULL, INCREMENTAL = "FULL", "INCREMENTAL"
INCREMENTAL_MARGIN = timedelta(minutes=10)  # longer than any stock report transaction
DIRTY_SHARE = 0.3
SUBTYPES = {s.value for s in OrgSubtype}
QUANTUM = Decimal("0.001")  # NUMERIC(18,3)


def _require(who: Principal, scope: Scope) -> None:
    if not who.has(scope):
        raise Forbidden("您没有此操作的权限", code=C.FORBIDDEN)


class OrganisationService:
    """A supply entity maintains its own basic information (SUP-02)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def update(self, cmd: UpdateOrganisation) -> Organisation:
        """Changes name, address, contact or credit code of the caller's own organisation."""
        who = self.uow.who
        _require(who, Scope.ORGANISATION_WRITE)
        if who.org_id != cmd.organisation_id:
            raise SupplyError("只能维护本单位的基本信息", code=C.FORBIDDEN, field=["id"])
        async with self.uow as uow:
            repo = OrganisationRepository(uow.session)
            org = await repo.get(OrgAccess.of(who), cmd.organisation_id, for_update=True)
            if org is None:
                raise SupplyError("本单位不是供应主体", code=C.NOT_SUPPLY_ENTITY, field=["id"])
            before = snapshot(org, Organisation.AUDIT_FIELDS)
            if cmd.credit_code is not None:
                code = cmd.credit_code.strip().upper()
                problem = check_credit_code(code)
                if problem is not None:
                    raise SupplyError(problem.message, code=problem.code, field=["creditCode"])
                if await repo.credit_code_taken(code, org.id):
                    raise SupplyError("该统一社会信用代码已被其他单位使用", code=C.DUPLICATE_CREDIT_CODE,
                                      field=["creditCode"])
                org.credit_code = code
            for name in ("name", "address", "contact_name", "contact_phone"):
                value = getattr(cmd, name)
                if value is not None:
                    setattr(org, name, value or (None if name != "name" else org.name))
            after = snapshot(org, Organisation.AUDIT_FIELDS)
            if after == before:
                raise SupplyError("没有需要保存的修改", code=C.NOTHING_TO_CHANGE)
            uow.record("organisation.update", ORG, org.id, label=org.name, division_code=org.division_code,
                       before=before, after=after)
            await uow.commit()
        return org


@dataclass
class ReportResult:
    batch: StockReportBatch
    replayed: bool


class StockService:
    """Stock and in-transit reports from institutions and enterprises (SUP-04)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def report(self, cmd: ReportStock, today: date | None = None) -> ReportResult:
        """Imports a whole batch of 进销存 rows or nothing; the same batch key again returns the first result."""
        who = self.uow.who
        _require(who, Scope.STOCK_REPORT)
        if who.org_id is None:
            raise SupplyError("只有机构或企业用户可以报告库存", code=C.NOT_SUPPLY_ENTITY)
        if not cmd.rows:
            raise SupplyError("批次中没有明细行", code=C.EMPTY_BATCH, field=["rows"])
        today = today or shanghai_today()
        digest = content_hash(cmd.rows)
        async with self.uow as uow:
            orgs, stock = OrganisationRepository(uow.session), StockRepository(uow.session)
            # Locking the organisation serialises its reports: levels and the batch-key check stay consistent.
            org = await orgs.get(OrgAccess(None, who.org_id), who.org_id, for_update=True)
            if org is None:
                raise SupplyError("本单位不是供应主体，不能报告库存", code=C.NOT_SUPPLY_ENTITY)
            earlier = await stock.batch(org.id, cmd.batch_key)
            if earlier is not None:
                if earlier.content_hash != digest:
                    raise SupplyError(f"批次号 {cmd.batch_key} 已用于内容不同的另一批数据", code=C.BATCH_KEY_REUSED,
                                      field=["batchKey"])
                uow.session.expunge(earlier)  # leaving without a commit rolls back, which would expire it
                return ReportResult(earlier, replayed=True)
            codes = sorted({normalise_code(r.drug_code) for r in cmd.rows})
            known = await stock.drug_ids(codes)
            errors = check_rows(cmd.rows, today, known, org.subtype == OrgSubtype.DISTRIBUTOR)
            if errors:
                raise ValidationFailed(errors)
            rows = [(known[normalise_code(r.drug_code)], r) for r in cmd.rows]
            previous = await stock.levels(org.id, sorted({d for d, _ in rows}))
            moves, levels = movements_and_levels(rows, previous)
            batch = StockReportBatch(organisation_id=org.id, batch_key=cmd.batch_key, content_hash=digest,
                                     row_count=len(rows), movement_count=len(moves), reported_by=who.user_id)
            uow.session.add(batch)
            await uow.session.flush()
            await stock.add_movements(org.id, batch.id, moves, {(d, r.business_date): r.sales_amount for d, r in rows
                                                                if r.sales_amount is not None})
            await stock.upsert_levels(org.id, batch.id, levels)
            await stock.refresh_window_sales(org.id, sorted({d for d, _ in rows}))
            dates = sorted(r.business_date for _, r in rows)
            uow.record("stock.report", BATCH, batch.id, label=cmd.batch_key, division_code=org.division_code,
                       after={"organisation": org.code, "rows": len(rows), "movements": len(moves),
                              "levels": len(levels), "from": dates[0], "to": dates[-1]})
            uow.enqueue(EVALUATE_JOB, INCREMENTAL)
            await uow.commit()
        return ReportResult(batch, replayed=False)


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
        _require(who, Scope.WARNING_RULES_WRITE)
        if who.division_code is None:
            raise Forbidden("只有医保局用户可以维护预警规则", code=C.FORBIDDEN)
        return who.division_code

    async def _writable(self, repo: WarningRepository, rule_id: int) -> WarningRule:
        access = RuleAccess.of(self.uow.who)
        rule = await repo.rule(access, rule_id, for_update=True)
        if rule is None:
            raise SupplyError("预警规则不存在", code=C.NOT_FOUND, field=["id"])
        if not access.can_write(rule.owner_division):
            raise SupplyError("只能维护本级医保局定义的预警规则", code=C.NOT_OWNER, field=["id"])
        return rule

    async def create(self, cmd: RuleFields) -> WarningRule:
        """Defines a rule for the caller's bureau."""
        owner = self._owner()
        subtypes = _check_subtypes(cmd.target_subtypes)
        _check_metric_targets(cmd.metric, subtypes)
        async with self.uow as uow:
            repo = WarningRepository(uow.session)
            if await repo.rule_name_taken(owner, cmd.name):
                raise SupplyError(f"预警规则「{cmd.name}」已存在", code=C.DUPLICATE_RULE_NAME, field=["name"])
            rule = WarningRule(owner_division=owner, name=cmd.name, level=cmd.level, metric=cmd.metric,
                               target_subtypes=subtypes, threshold=cmd.threshold.quantize(QUANTUM),
                               window_days=cmd.window_days,
                               description=cmd.description, enabled=cmd.enabled, created_by=uow.who.user_id)
            uow.session.add(rule)
            await uow.session.flush()
            uow.record("warning_rule.create", RULE, rule.id, label=rule.name, division_code=owner,
                       after={**snapshot(rule, WarningRule.AUDIT_FIELDS), "formula": rule.formula})
            await uow.commit()
        return rule

    async def update(self, cmd: UpdateRule) -> WarningRule:
        """Changes a rule's name, level, targets, threshold, window or description."""
        self._owner()
        async with self.uow as uow:
            repo = WarningRepository(uow.session)
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
            await uow.commit()
        return rule

    async def set_enabled(self, rule_id: int, enabled: bool) -> WarningRule:
        """Enables or disables a rule; the next evaluation closes a disabled rule's open warnings."""
        self._owner()
        async with self.uow as uow:
            repo = WarningRepository(uow.session)
            rule = await self._writable(repo, rule_id)
            if rule.enabled == enabled:
                raise SupplyError("规则已是" + ("启用" if enabled else "停用") + "状态", code=C.NOTHING_TO_CHANGE)
            rule.enabled = enabled
            uow.record("warning_rule.enable" if enabled else "warning_rule.disable", RULE, rule.id, label=rule.name,
                       division_code=rule.owner_division, before={"enabled": not enabled}, after={"enabled": enabled})
            uow.enqueue(EVALUATE_JOB)
            await uow.commit()
        return rule

    async def delete(self, rule_id: int) -> int:
        """Deletes a rule no longer used; its warnings stay readable and are closed by the next evaluation."""
        self._owner()
        async with self.uow as uow:
            repo = WarningRepository(uow.session)
            rule = await self._writable(repo, rule_id)
            before = snapshot(rule, WarningRule.AUDIT_FIELDS)
            rule.deleted_at = datetime.now(timezone.utc)
            rule.enabled = False
            uow.record("warning_rule.delete", RULE, rule.id, label=rule.name, division_code=rule.owner_division,
                       before=before)
            uow.enqueue(EVALUATE_JOB)
            await uow.commit()
        return rule.id


class WarningService:
    """Warning states (SUP-17) through the shared workflow mechanism."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def transition(self, ids: list[int], name: str, opinion: str | None) -> list[SupplyWarning]:
        """Fires one transition on every listed warning, or on none of them if any may not."""
        who = self.uow.who
        if not ids:
            raise SupplyError("请选择预警数据", code=C.REQUIRED, field=["ids"])
        if len(ids) > 100:
            raise SupplyError("一次最多处理 100 条预警", code=C.TOO_MANY_VALUES, field=["ids"])
        area = None if who.area.everything else who.area.codes
        unique = list(dict.fromkeys(ids))
        async with self.uow as uow:
            repo = WarningRepository(uow.session)
            rows = await repo.lock_many(area, unique)
            errors: list[DomainError] = []
            for i, (wid, w) in enumerate(zip(unique, rows, strict=True)):
                if w is None:
                    errors.append(SupplyError("预警不存在", code=C.NOT_FOUND, field=["ids", str(i)],
                                              details={"id": wid}))
                    continue
                try:
                    WARNING_WORKFLOW.check(name, w.state, who, {}, opinion)
                except WorkflowError as e:
                    errors.append(SupplyError(f"第 {i + 1} 条预警：{e.message}", code=e.code, field=["ids", str(i)]))
            if errors:
                raise ValidationFailed(errors)
            t = WARNING_WORKFLOW.by_name[name]
            before = {w.id: w.state for w in rows if w is not None}  # the UPDATE below also refreshes the objects
            now = datetime.now(timezone.utc)
            extra: dict[str, Any] = {"alerted_at": now} if name == "alert" else {}
            await repo.set_state([w.id for w in rows if w], t.target, **extra)
            if name == "alert":  # SUP-15 面向供应主体发起告警: the entity's users see it on their home page
                await NotificationRepository(uow.session).add_many([
                    (w.organisation_id, "warning.alert", "收到供应预警告警",
                     f"预警规则 {w.rule_id}：药品编码 {w.drug_code_id} 指标值 {w.value}（阈值 {w.threshold}）"
                     + (f"。{opinion.strip()}" if opinion and opinion.strip() else ""), WARNING, str(w.id))
                    for w in rows if w is not None and w.organisation_id is not None])
            for w in rows:
                if w is not None:  # the warning's own division: that area's officials read the trail
                    uow.record(WARNING_WORKFLOW.action(name), WARNING, w.id, label=f"rule {w.rule_id}",
                               division_code=w.division_code, before={"state": before[w.id]},
                               after={"state": t.target}, opinion=opinion)
            await uow.commit()
            for w in rows:
                if w is not None:
                    w.state = t.target
                    if extra:
                        w.alerted_at = now
        return [w for w in rows if w is not None]


class WarningEvaluator:
    """Evaluates every enabled rule in SQL; safe to re-run (arq retries, cron and outbox triggers overlap)."""

    def __init__(self, sessions: Any) -> None:
        self.sessions = sessions

    async def run(self, requested_at: datetime | None = None, mode: str = FULL) -> dict[str, int]:
        """Opens, refreshes and closes warnings for all rules; returns totals.

        `requested_at` is when the job was enqueued (after the stock report committed): if a run started after
        it, that run already saw the new data and this one returns at once, so a burst of reports costs one or
        two evaluations, not one each (a full request is only answered by a full run).

        `mode` INCREMENTAL evaluates only the stock levels written since the previous run started (less a margin
        for transactions that were still open then); with no previous run it is a full run."""
        who = Principal.system("warning-evaluator")
        uow = UnitOfWork(self.sessions, who)
        totals = {"rules": 0, "opened": 0, "refreshed": 0, "closed": 0, "skipped": 0}
        async with uow:
            # One evaluation at a time: concurrent runs would close each other's fresh rows.
            await uow.session.execute(text("SELECT pg_advisory_xact_lock(20261130)"))
            now = await uow.session.scalar(text("SELECT clock_timestamp()"))
            repo, stocking = WarningRepository(uow.session), StockingRepository(uow.session)
            if requested_at is not None and await repo.run_started_after(requested_at, full_only=mode == FULL):
                return {**totals, "skipped": 1}
            since = None
            if mode == INCREMENTAL:
                last = await repo.last_run_started()
                since = last - INCREMENTAL_MARGIN if last is not None else None
            tree = await load_tree(uow.session)
            for rid, n in await repo.close_inactive(now):
                totals["closed"] += n
                uow.record("warning.evaluate", RULE, rid, division_code=None, after={"closed": n, "inactive": True})
            totals["recomputed"] = await repo.refresh_stale_window_sales()
            incremental = since is not None
            if incremental:
                totals["dirty"] = await repo.prepare_dirty(since)
                # When most levels changed (every institution reported its day), restricting every statement to the
                # dirty set costs more than judging everything: the result is the same either way.
                incremental = totals["dirty"] < DIRTY_SHARE * await repo.level_count_estimate()
            for rule in await repo.all_enabled_rules():
                area = sorted(tree.subtree(rule.owner_division))
                if rule.metric == RuleMetric.DAYS_OF_STOCK:
                    opened, refreshed = await repo.evaluate_days_of_stock(rule, area, now, incremental)
                else:
                    catalog = await stocking.latest_catalog(frozenset(area) | frozenset(tree.ancestors(rule.owner_division)))
                    opened, refreshed = await repo.evaluate_low_coverage(rule, area, catalog, now, incremental)
                closed = await repo.close_cleared(rule, now, incremental)
                totals["rules"] += 1
                totals["opened"] += opened
                totals["refreshed"] += refreshed
                totals["closed"] += closed
                if opened or refreshed or closed:
                    uow.record("warning.evaluate", RULE, rule.id, label=rule.name, division_code=rule.owner_division,
                               after={"opened": opened, "refreshed": refreshed, "closed": closed,
                                      "mode": INCREMENTAL if incremental else FULL})
            uow.session.add(WarningEvaluationRun(
                started_at=now, finished_at=datetime.now(timezone.utc), rules=totals["rules"], opened=totals["opened"],
                refreshed=totals["refreshed"], closed=totals["closed"], mode=FULL if since is None else INCREMENTAL))
            await uow.commit()
        log.info("warning evaluation: %s", jsonable(totals))
        return totals
