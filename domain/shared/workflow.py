"""One declarative workflow mechanism for every domain.

A workflow names its states and transitions; each transition says which states it leaves, where it
goes, which scope may fire it, whether an opinion is required, and separation-of-duties rules:
`not_by` (the actor must not be whoever last fired those transitions, e.g. reviewer ≠ submitter) and
`only_by` (the actor must be whoever last fired that transition, e.g. only the submitter withdraws).
History comes from the audit trail: every fired transition is written there as
"<workflow>.<transition>", and the timeline is read back from those rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from domain.shared.errors import DomainError
from domain.shared.principal import Principal
from domain.shared.scopes import Scope


class Opinion(StrEnum):
    NONE = "NONE"
    OPTIONAL = "OPTIONAL"
    REQUIRED = "REQUIRED"


class WorkflowError(DomainError):
    code = "ILLEGAL_TRANSITION"


MAX_OPINION = 2000


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[str]
    target: str
    scope: Scope
    opinion: Opinion = Opinion.OPTIONAL
    not_by: tuple[str, ...] = ()
    only_by: str | None = None


@dataclass(frozen=True)
class Workflow:
    name: str
    states: Mapping[str, str]  # state -> label
    transitions: tuple[Transition, ...]
    by_name: dict[str, Transition] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        index = {t.name: t for t in self.transitions}
        if len(index) != len(self.transitions):
            raise ValueError(f"{self.name}: duplicate transition names")
        for t in self.transitions:
            unknown = (set(t.sources) | {t.target}) - set(self.states)
            if unknown:
                raise ValueError(f"{self.name}.{t.name}: unknown states {sorted(unknown)}")
            for ref in (*t.not_by, *( [t.only_by] if t.only_by else [])):
                if ref not in index:
                    raise ValueError(f"{self.name}.{t.name}: unknown transition {ref}")
        object.__setattr__(self, "by_name", index)

    def action(self, transition: str) -> str:
        """Returns the audit action name a transition is recorded under."""
        return f"{self.name}.{transition}"

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(self.action(t.name) for t in self.transitions)

    def check(self, transition: str, state: str, actor: Principal, last_actor: Mapping[str, int | None],
              opinion: str | None = None) -> Transition:
        """Returns the transition if `actor` may fire it from `state`; raises WorkflowError otherwise.

        `last_actor` maps a transition name to the user who last fired it on this entity.
        """
        t = self.by_name.get(transition)
        if t is None:
            raise WorkflowError(f"未知操作：{transition}", code="UNKNOWN_TRANSITION")
        if state not in t.sources:
            raise WorkflowError(
                f"当前状态为「{self.states.get(state, state)}」，不能执行「{t.label}」",
                code="ILLEGAL_TRANSITION", details={"state": state, "transition": transition})
        if not actor.has(t.scope):
            raise WorkflowError(f"您没有执行「{t.label}」的权限", code="FORBIDDEN")
        for ref in t.not_by:
            if actor.user_id is not None and last_actor.get(ref) == actor.user_id:
                raise WorkflowError(
                    f"不相容岗位分离：执行「{self.by_name[ref].label}」的人员不能执行「{t.label}」",
                    code="SEPARATION_OF_DUTIES", details={"conflicts_with": ref})
        if t.only_by is not None and last_actor.get(t.only_by) != actor.user_id:
            raise WorkflowError(
                f"只有执行「{self.by_name[t.only_by].label}」的人员才能执行「{t.label}」",
                code="SEPARATION_OF_DUTIES", details={"requires": t.only_by})
        text = (opinion or "").strip()
        if t.opinion is Opinion.REQUIRED and not text:
            raise WorkflowError(f"「{t.label}」必须填写意见", code="OPINION_REQUIRED", field=["opinion"])
        if len(text) > MAX_OPINION:
            raise WorkflowError(f"意见不能超过 {MAX_OPINION} 字", code="VALUE_TOO_LONG", field=["opinion"])
        return t

    def audit_states(self, transition: str, from_state: str, **after: object) -> dict[str, dict[str, object]]:
        """The audit row's `before`/`after` of a fired transition: `from_state` must be the state the entity was in
        before it fired (one of the transition's sources), never the state read back after the write."""
        t = self.by_name[transition]
        if from_state not in t.sources:
            raise ValueError(f"{self.name}.{transition}: from-state {from_state!r} is not one of its sources "
                             f"{sorted(t.sources)} (read before the write?)")
        return {"before": {"state": from_state}, "after": {"state": t.target, **after}}

    def available(self, state: str, actor: Principal, last_actor: Mapping[str, int | None]) -> list[Transition]:
        """Returns the transitions `actor` may fire now (opinions aside), for UIs to offer."""
        out = []
        for t in self.transitions:
            try:
                self.check(t.name, state, actor, last_actor, opinion="-")
            except WorkflowError:
                continue
            out.append(t)
        return out

    def last_actors(self, history: Iterable[tuple[str, int | None]]) -> dict[str, int | None]:
        """Folds (action, actor_id) audit rows, oldest first, into transition -> last actor."""
        prefix = self.name + "."
        out: dict[str, int | None] = {}
        for action, actor_id in history:
            if action.startswith(prefix):
                out[action[len(prefix):]] = actor_id
        return out
