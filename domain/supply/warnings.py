"""Supply warnings (SUP-15…17): reading them in scope, counting them, and moving them through their workflow
(IDENTIFIED → ALERTED → IN_INQUIRY → CLOSED). The evaluation job that opens and closes them is
domain.supply.evaluation."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select, update

from domain.drugs.repository import DrugRepository
from domain.notifications.repository import NotificationRepository
from domain.shared.db import aligned, any_of
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.pagination import Page, PageRequest, keyset_page
from domain.shared.reads import Repository, reads, writes
from domain.shared.uow import UnitOfWork
from domain.shared.workflow import WorkflowError
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.criteria import WarningCriteria, WarningGroupBy
from domain.supply.errors import SupplyError
from domain.supply.errors import SupplyErrorCode as C
from domain.supply.models import WARNING_WORKFLOW, SupplyWarning
from domain.supply.views import SupplyWarningView, written
from domain.supply.warning_rules import WarningRuleRepository

WARNING = "SupplyWarning"


def _filters(access: OrgAccess, c: WarningCriteria) -> list[Any]:
    """Warnings the caller sees (officials: placed in their area; staff: about their organisation) matching `c`."""
    w = SupplyWarning
    where: list[Any] = []
    if access.own is not None:
        where.append(w.organisation_id == access.own)
    elif access.divisions is not None:
        where.append(any_of(w.division_code, access.divisions))
    if c.rule_id is not None:
        where.append(w.rule_id == c.rule_id)
    if c.states:
        where.append(any_of(w.state, c.states))
    if c.levels:
        where.append(any_of(w.level, c.levels))
    if c.subtypes:
        where.append(any_of(w.subtype, c.subtypes))
    if c.organisation_id is not None:
        where.append(w.organisation_id == c.organisation_id)
    if c.division_codes is not None:
        where.append(any_of(w.division_code, c.division_codes))
    if c.drug_code_id is not None:
        where.append(w.drug_code_id == c.drug_code_id)
    if c.county_level is not None:
        where.append(w.organisation_id.is_(None) if c.county_level else w.organisation_id.is_not(None))
    if c.warning_id is not None:
        where.append(w.id == c.warning_id)
    return where


GROUP_KEYS = {WarningGroupBy.RULE: SupplyWarning.rule_id,
              WarningGroupBy.SUBTYPE: func.coalesce(SupplyWarning.subtype, "COUNTY"),
              WarningGroupBy.STATE: SupplyWarning.state, WarningGroupBy.LEVEL: SupplyWarning.level,
              WarningGroupBy.ORGANISATION: SupplyWarning.organisation_id,
              WarningGroupBy.COUNTY: SupplyWarning.division_code}


class WarningRepository(Repository):
    @reads
    async def page(self, access: OrgAccess, criteria: WarningCriteria,
                   request: PageRequest) -> Page[SupplyWarningView]:
        """Returns one page of the warnings the caller sees, newest first."""
        stmt = SupplyWarningView.select().where(*_filters(access, criteria))
        return await keyset_page(self.db, stmt, [(SupplyWarning.id, True)], request, id_col=SupplyWarning.id,
                                 make=SupplyWarningView.of)

    @reads
    async def counts(self, access: OrgAccess, criteria: WarningCriteria,
                     group_by: WarningGroupBy) -> list[tuple[str, int]]:
        """Counts warnings per group (rule, supply-entity type, state, level, organisation, county), largest first."""
        sub = select(GROUP_KEYS[group_by].label("key")).select_from(SupplyWarning) \
            .where(*_filters(access, criteria)).subquery()
        rows = await self.db.rows(select(sub.c.key, func.count()).group_by(sub.c.key)
                                  .order_by(func.count().desc(), sub.c.key))
        return [(str(k) if k is not None else "", int(n)) for k, n in rows]

    @reads
    async def warning_figures(self, access: OrgAccess, since: datetime) -> tuple[int, int, int, int]:
        """(identified since, closed since, identified ever, closed ever) of the warnings the caller sees."""
        w = SupplyWarning
        row = await self.db.first(select(
            func.count().filter(w.first_seen_at >= since), func.count().filter(w.closed_at >= since),
            func.count(), func.count().filter(w.state == "CLOSED")).where(*_filters(access, WarningCriteria())))
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    @reads
    async def get_many(self, access: OrgAccess, ids: Sequence[int]) -> list[SupplyWarningView | None]:
        """Returns the warnings the caller sees aligned to `ids`."""
        rows = await self.db.rows(SupplyWarningView.select().where(
            *_filters(access, WarningCriteria()), any_of(SupplyWarning.id, ids)))
        return aligned(ids, SupplyWarningView.many(rows), "id")

    @writes
    async def lock_many(self, access: OrgAccess, ids: Sequence[int]) -> list[SupplyWarning | None]:
        """Returns and locks the warnings the caller sees aligned to `ids` (locked in id order: no deadlocks)."""
        rows = (await self.session.scalars(select(SupplyWarning).where(
            *_filters(access, WarningCriteria()), any_of(SupplyWarning.id, ids))
            .order_by(SupplyWarning.id).with_for_update())).all()
        return aligned(ids, rows, "id")

    @writes
    async def set_state(self, ids: Sequence[int], state: str, **values: Any) -> None:
        """Moves warnings to a state (the session's loaded warnings follow)."""
        await self.session.execute(update(SupplyWarning).where(any_of(SupplyWarning.id, ids))
                                   .values(state=state, **values))


class WarningService:
    """Warning states (SUP-17) through the shared workflow mechanism."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def transition(self, ids: list[int], name: str, opinion: str | None) -> list[SupplyWarningView]:
        """Fires one transition on every listed warning, or on none of them if any may not."""
        who = self.uow.who
        if not ids:
            raise SupplyError("请选择预警数据", code=C.REQUIRED, field=["ids"])
        if len(ids) > 100:
            raise SupplyError("一次最多处理 100 条预警", code=C.TOO_MANY_VALUES, field=["ids"])
        unique = list(dict.fromkeys(ids))
        async with self.uow as uow:
            repo = uow.repo(WarningRepository)
            rows = await repo.lock_many(OrgAccess.of(who), unique)
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
            found = [w for w in rows if w is not None]
            t = WARNING_WORKFLOW.by_name[name]
            before = {w.id: w.state for w in found}  # the UPDATE below also refreshes the objects
            now = datetime.now(timezone.utc)
            extra: dict[str, Any] = {"alerted_at": now} if name == "alert" else {}
            await repo.set_state([w.id for w in found], t.target, **extra)
            if name == "alert":  # SUP-15 面向供应主体发起告警: the entity's users see it on their home page
                rules = await uow.repo(WarningRuleRepository).rules_by_ids(
                    RuleAccess(None, None), list({w.rule_id for w in found}))
                rule_names = {r.id: r.name for r in rules if r is not None}
                drug_ids = list({w.drug_code_id for w in found if w.drug_code_id is not None})
                drugs = {d.id: d for d in await uow.repo(DrugRepository).get_many(drug_ids) if d is not None}
                await uow.repo(NotificationRepository).add_many([
                    (w.organisation_id, "warning.alert", "收到供应预警告警", _alert_text(
                        rule_names.get(w.rule_id), drugs.get(w.drug_code_id), w, opinion), WARNING, str(w.id))
                    for w in found if w.organisation_id is not None])
            for w in found:  # the warning's own division: that area's officials read the trail
                uow.record(WARNING_WORKFLOW.action(name), WARNING, w.id, label=f"rule {w.rule_id}",
                           division_code=w.division_code, **WARNING_WORKFLOW.audit_states(name, before[w.id]),
                           opinion=opinion)
            await uow.commit()
        for w in found:
            w.state = t.target
            if extra:
                w.alerted_at = now
        return [written(SupplyWarningView, w) for w in found]


def _alert_text(rule: str | None, drug: Any, w: Any, opinion: str | None) -> str:
    """The alert as its supply entity reads it: the rule's name, the drug's code and name, the value and threshold."""
    what = f"{drug.code} {drug.generic_name}" if drug is not None else "（药品已不在主数据中）"
    text = f"预警规则「{rule or w.rule_id}」：{what}，指标值 {w.value}（阈值 {w.threshold}）"
    return text + (f"。{opinion.strip()}" if opinion and opinion.strip() else "")
