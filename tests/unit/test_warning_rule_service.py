"""WarningRuleService (SUP-14) with an in-memory unit of work: who may change rules, the coded validation errors, the
audit row each change writes, the evaluation job a change enqueues (after the commit), and that a refused change
leaves the stored rules as they were."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import pytest

from domain.shared.errors import DomainError
from domain.shared.principal import AreaScope, Principal
from domain.shared.scopes import Post, Role, scopes_for
from domain.supply.access import RuleAccess
from domain.supply.commands import RuleFields, UpdateRule
from domain.supply.evaluation import EVALUATE_JOB
from domain.supply.models import WarningRule
from domain.supply.views import WarningRuleView, written
from domain.supply.warning_rules import WarningRuleRepository, WarningRuleService
from tests.fakes import FakeUnitOfWork

REGION = frozenset({"650000", "650100", "650102", "653100", "653101"})
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)


def official(division: str, area: frozenset[str], ancestors: tuple[str, ...] = (), *posts: Post,
             role: Role = Role.REGION_OFFICIAL) -> Principal:
    return Principal(user_id=7, username="t", display_name="t", role=role, posts=frozenset(posts),
                     scopes=scopes_for(role, frozenset(posts)), org_id=1, division_code=division,
                     area=AreaScope(root=division, codes=area, ancestors=ancestors))


MAINTAINER = official("650000", REGION, (), Post.WARNING_RULE_MAINTAINER)
READER = official("650000", REGION)  # a region official without the rule-maintainer post
KASHI = official("653100", frozenset({"653100", "653101"}), ("650000",), Post.WARNING_RULE_MAINTAINER,
                 role=Role.PREFECTURE_OFFICIAL)


class FakeRules:
    """What WarningRuleService sees of WarningRuleRepository, in memory: the stored rules (as a transaction commits
    them), and the entities the running unit loaded or added, stored only on commit."""

    def __init__(self, *rules: WarningRule) -> None:
        self.stored: dict[int, dict[str, Any]] = {r.id: self._values(r) for r in rules}
        self._touched: list[WarningRule] = []
        self._next_id = 1000

    @staticmethod
    def _values(rule: WarningRule) -> dict[str, Any]:
        return {c.key: getattr(rule, c.key) for c in WarningRuleView.columns}

    def _live(self) -> list[dict[str, Any]]:
        return [v for v in self.stored.values() if v["deleted_at"] is None]

    async def rule_name_taken(self, owner: str, name: str, other_than: int | None = None) -> bool:
        return any(v["owner_division"] == owner and v["name"] == name and v["id"] != (other_than or 0)
                   for v in self._live())

    async def rule_for_update(self, access: RuleAccess, rule_id: int) -> WarningRule | None:
        found = next((v for v in self._live() if v["id"] == rule_id), None)
        if found is None or (access.visible is not None and found["owner_division"] not in access.visible):
            return None
        rule = WarningRule(**found)
        self._touched.append(rule)
        return rule

    async def add(self, rule: WarningRule) -> WarningRule:
        self._next_id += 1
        rule.id, rule.created_at, rule.updated_at = self._next_id, NOW, NOW
        rule.deleted_at = None
        self._touched.append(rule)
        return rule

    async def saved(self, rule: WarningRule) -> WarningRuleView:
        return written(WarningRuleView, rule)

    def commit(self) -> None:
        for rule in self._touched:
            self.stored[rule.id] = self._values(rule)
        self._touched = []

    def rollback(self) -> None:
        self._touched = []


def stored_rule(**kw: Any) -> WarningRule:
    values = dict(id=1, owner_division="650000", name="库存可供天数不足", level="ORANGE", metric="DAYS_OF_STOCK",
                  target_subtypes=["PHARMACY"], threshold=Decimal("5.000"), window_days=30, description=None,
                  enabled=True, deleted_at=None, created_by=7, created_at=NOW, updated_at=NOW)
    return WarningRule(**{**values, **kw})


def setup(who: Principal, *rules: WarningRule) -> tuple[WarningRuleService, FakeUnitOfWork, FakeRules]:
    repo = FakeRules(*rules)
    uow = FakeUnitOfWork(who=who, repos={WarningRuleRepository: repo})
    return WarningRuleService(uow), uow, repo  # type: ignore[arg-type]


def fields(**kw: Any) -> RuleFields:
    return RuleFields(**{"name": "新规则", "level": "RED", "metric": "DAYS_OF_STOCK", "target_subtypes": ["PHARMACY"],
                         "threshold": Decimal("3"), **kw})


async def refused(run: Any, uow: FakeUnitOfWork, repo: FakeRules) -> DomainError:
    """Runs a change that must be refused; checks nothing was committed, audited or enqueued."""
    before = {k: dict(v) for k, v in repo.stored.items()}
    done = (uow.commits, list(uow.audited), list(uow.enqueued))
    with pytest.raises(DomainError) as e:
        await run
    assert (uow.commits, uow.audited, uow.enqueued) == done
    assert repo.stored == before
    return e.value


# --- who may change rules --------------------------------------------------------------------------------------

@pytest.mark.parametrize("who", [READER, replace(MAINTAINER, division_code=None)], ids=["no post", "no bureau"])
async def test_only_a_bureau_official_with_the_maintainer_post_changes_rules(who: Principal):
    service, uow, repo = setup(who, stored_rule())
    for run in (service.create(fields()), service.update(UpdateRule(rule_id=1, threshold=Decimal("9"))),
                service.set_enabled(1, False), service.delete(1)):
        assert (await refused(run, uow, repo)).code == "FORBIDDEN"


async def test_a_bureau_changes_only_its_own_rules():
    service, uow, repo = setup(KASHI, stored_rule())  # the region's rule, which Kashi sees
    for run in (service.update(UpdateRule(rule_id=1, threshold=Decimal("9"))), service.set_enabled(1, False),
                service.delete(1)):
        e = await refused(run, uow, repo)
        assert (e.code, e.field) == ("NOT_OWNER", ["id"])


async def test_a_rule_out_of_sight_or_deleted_is_not_found():
    hidden = stored_rule(id=2, owner_division="150000", name="内蒙古规则")
    gone = stored_rule(id=3, name="已删除", deleted_at=NOW)
    service, uow, repo = setup(MAINTAINER, hidden, gone)
    for rid in (2, 3, 99):
        e = await refused(service.update(UpdateRule(rule_id=rid, level="RED")), uow, repo)
        assert (e.code, e.field) == ("NOT_FOUND", ["id"])


# --- create ----------------------------------------------------------------------------------------------------

async def test_create_stores_the_rule_for_the_callers_bureau_and_audits_it_with_its_formula():
    service, uow, repo = setup(MAINTAINER)
    view = await service.create(fields(target_subtypes=["PHARMACY", "HOSPITAL", "PHARMACY"]))
    assert isinstance(view, WarningRuleView)
    assert (view.owner_division, view.name, view.threshold, view.target_subtypes, view.created_by) == \
        ("650000", "新规则", Decimal("3.000"), ["HOSPITAL", "PHARMACY"], 7)
    assert "< 3 天" in view.formula
    assert repo.stored[view.id]["name"] == "新规则" and uow.commits == 1
    (audit,) = uow.audited
    assert (audit.action, audit.entity_type, audit.entity_id) == ("warning_rule.create", "WarningRule", view.id)
    assert audit.details["division_code"] == "650000" and audit.details["after"]["formula"] == view.formula
    assert audit.details["after"]["threshold"] == "3.000"
    assert uow.enqueued == [(EVALUATE_JOB, ())]  # an enabled new rule is evaluated at once (issue 14 item 17)


async def test_a_rule_created_disabled_queues_no_evaluation():
    service, uow, repo = setup(MAINTAINER)
    await service.create(fields(enabled=False))
    assert uow.commits == 1 and uow.enqueued == []


@pytest.mark.parametrize("kw,code,field", [
    ({"target_subtypes": ["CLINIC"]}, "INVALID_VALUE", ["targetSubtypes"]),
    ({"metric": "LOW_COVERAGE", "target_subtypes": ["WHOLESALER"]}, "INVALID_VALUE", ["targetSubtypes"]),
    ({"name": "库存可供天数不足"}, "DUPLICATE_RULE_NAME", ["name"]),
])
async def test_create_refuses_bad_rules_with_coded_errors(kw: dict, code: str, field: list[str]):
    service, uow, repo = setup(MAINTAINER, stored_rule())
    e = await refused(service.create(fields(**kw)), uow, repo)
    assert (e.code, e.field) == (code, field)


async def test_the_same_name_is_free_in_another_bureau_and_after_deletion():
    service, uow, repo = setup(MAINTAINER, stored_rule(owner_division="653100"), stored_rule(id=2, deleted_at=NOW))
    view = await service.create(fields(name="库存可供天数不足"))
    assert view.name == "库存可供天数不足" and uow.commits == 1


# --- update ----------------------------------------------------------------------------------------------------

async def test_update_changes_the_rule_and_audits_before_and_after():
    service, uow, repo = setup(MAINTAINER, stored_rule())
    view = await service.update(UpdateRule(rule_id=1, threshold=Decimal("2.5"), level="RED", description="说明"))
    assert (view.threshold, view.level, view.description) == (Decimal("2.500"), "RED", "说明")
    assert repo.stored[1]["threshold"] == Decimal("2.500") and "< 2.5 天" in view.formula
    (audit,) = uow.audited
    assert audit.action == "warning_rule.update"
    assert (audit.details["before"]["threshold"], audit.details["after"]["threshold"]) == ("5.000", "2.500")
    assert audit.details["after"]["formula"] == view.formula
    assert uow.enqueued == [(EVALUATE_JOB, ())]  # a changed judgement is evaluated at once


async def test_renaming_or_describing_a_rule_queues_no_evaluation():
    service, uow, repo = setup(MAINTAINER, stored_rule())
    await service.update(UpdateRule(rule_id=1, name="改名", description="说明"))
    assert uow.commits == 1 and uow.enqueued == []


async def test_changing_a_disabled_rule_queues_no_evaluation():
    service, uow, repo = setup(MAINTAINER, stored_rule(enabled=False))
    await service.update(UpdateRule(rule_id=1, threshold=Decimal("2.5")))
    assert uow.commits == 1 and uow.enqueued == []


@pytest.mark.parametrize("cmd,code,field", [
    (UpdateRule(rule_id=1, threshold=Decimal("5")), "NOTHING_TO_CHANGE", None),
    (UpdateRule(rule_id=1, name="另一规则"), "DUPLICATE_RULE_NAME", ["name"]),
    (UpdateRule(rule_id=1, target_subtypes=["CLINIC"]), "INVALID_VALUE", ["targetSubtypes"]),
])
async def test_update_refuses_with_coded_errors(cmd: UpdateRule, code: str, field: list[str] | None):
    service, uow, repo = setup(MAINTAINER, stored_rule(), stored_rule(id=2, name="另一规则"))
    e = await refused(service.update(cmd), uow, repo)
    assert (e.code, e.field) == (code, field)


async def test_a_refused_update_keeps_nothing_it_changed_before_the_refusal():
    # the name is set on the loaded rule before the targets are found wrong for a coverage rule
    coverage = stored_rule(metric="LOW_COVERAGE", target_subtypes=["HOSPITAL"])
    service, uow, repo = setup(MAINTAINER, coverage)
    e = await refused(service.update(UpdateRule(rule_id=1, name="改名", target_subtypes=["WHOLESALER"])), uow, repo)
    assert e.code == "INVALID_VALUE" and repo.stored[1]["name"] == "库存可供天数不足" and uow.rollbacks == 1


# --- enable, disable, delete: each enqueues an evaluation, after the commit ------------------------------------

async def test_disable_and_enable_audit_the_switch_and_enqueue_an_evaluation():
    service, uow, repo = setup(MAINTAINER, stored_rule())
    assert (await service.set_enabled(1, False)).enabled is False
    assert repo.stored[1]["enabled"] is False
    assert [(a.action, a.details["before"], a.details["after"]) for a in uow.audited] == \
        [("warning_rule.disable", {"enabled": True}, {"enabled": False})]
    assert uow.enqueued == [(EVALUATE_JOB, ())]
    assert (await service.set_enabled(1, True)).enabled is True
    assert [a.action for a in uow.audited] == ["warning_rule.disable", "warning_rule.enable"]
    assert uow.enqueued == [(EVALUATE_JOB, ()), (EVALUATE_JOB, ())] and uow.commits == 2


async def test_switching_to_the_state_a_rule_is_in_changes_nothing():
    service, uow, repo = setup(MAINTAINER, stored_rule(enabled=False))
    e = await refused(service.set_enabled(1, False), uow, repo)
    assert e.code == "NOTHING_TO_CHANGE"


async def test_delete_hides_the_rule_audits_it_and_enqueues_an_evaluation():
    service, uow, repo = setup(MAINTAINER, stored_rule())
    assert await service.delete(1) == 1
    assert repo.stored[1]["deleted_at"] is not None and repo.stored[1]["enabled"] is False
    (audit,) = uow.audited
    assert audit.action == "warning_rule.delete" and audit.details["before"]["name"] == "库存可供天数不足"
    assert uow.enqueued == [(EVALUATE_JOB, ())]
    e = await refused(service.delete(1), uow, repo)
    assert e.code == "NOT_FOUND"

