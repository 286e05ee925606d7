import pytest

from domain.catalog.models import CATALOG_WORKFLOW, CatalogState
from domain.shared.principal import Principal
from domain.shared.scopes import Post, Role, Scope, scopes_for
from domain.shared.workflow import Transition, Workflow, WorkflowError


def official(uid: int, *posts: Post) -> Principal:
    return Principal(user_id=uid, username=f"u{uid}", display_name="", role=Role.REGION_OFFICIAL,
                     posts=frozenset(posts), scopes=scopes_for(Role.REGION_OFFICIAL, frozenset(posts)), org_id=1,
                     division_code="650000")


MAINTAINER = official(1, Post.CATALOG_MAINTAINER, Post.CATALOG_PUBLISHER)
BOTH = official(2, Post.CATALOG_MAINTAINER, Post.CATALOG_REVIEWER)
REVIEWER = official(3, Post.CATALOG_REVIEWER)


def test_submit_moves_a_draft_to_submitted():
    t = CATALOG_WORKFLOW.check("submit", CatalogState.DRAFT, MAINTAINER, {})
    assert t.target == CatalogState.SUBMITTED


@pytest.mark.parametrize("transition,state", [
    ("publish", "DRAFT"), ("approve", "DRAFT"), ("submit", "SUBMITTED"), ("cancel_finalisation", "DRAFT"),
    ("publish", "PUBLISHED"), ("submit", "PUBLISHED"), ("withdraw", "FINALISED"),
])
def test_illegal_transitions_are_rejected(transition, state):
    with pytest.raises(WorkflowError) as e:
        CATALOG_WORKFLOW.check(transition, state, BOTH, {"submit": 99}, opinion="x")
    assert e.value.code == "ILLEGAL_TRANSITION"


def test_reviewer_may_not_approve_what_they_submitted():
    with pytest.raises(WorkflowError) as e:
        CATALOG_WORKFLOW.check("approve", CatalogState.SUBMITTED, BOTH, {"submit": BOTH.user_id})
    assert e.value.code == "SEPARATION_OF_DUTIES"


def test_another_reviewer_may_approve():
    assert CATALOG_WORKFLOW.check("approve", "SUBMITTED", REVIEWER, {"submit": BOTH.user_id}).target == "FINALISED"


def test_reject_needs_an_opinion():
    with pytest.raises(WorkflowError) as e:
        CATALOG_WORKFLOW.check("reject", "SUBMITTED", REVIEWER, {"submit": 1}, opinion="  ")
    assert e.value.code == "OPINION_REQUIRED" and e.value.field == ["opinion"]


def test_only_the_submitter_may_withdraw():
    with pytest.raises(WorkflowError) as e:
        CATALOG_WORKFLOW.check("withdraw", "SUBMITTED", BOTH, {"submit": MAINTAINER.user_id})
    assert e.value.code == "SEPARATION_OF_DUTIES"
    assert CATALOG_WORKFLOW.check("withdraw", "SUBMITTED", MAINTAINER, {"submit": MAINTAINER.user_id})


def test_missing_scope_is_refused():
    with pytest.raises(WorkflowError) as e:
        CATALOG_WORKFLOW.check("publish", "FINALISED", REVIEWER, {})
    assert e.value.code == "FORBIDDEN"


def test_available_lists_what_the_actor_may_do_now():
    names = lambda ts: sorted(t.name for t in ts)  # noqa: E731
    assert names(CATALOG_WORKFLOW.available("SUBMITTED", BOTH, {"submit": BOTH.user_id})) == ["withdraw"]
    assert names(CATALOG_WORKFLOW.available("SUBMITTED", REVIEWER, {"submit": 1})) == ["approve", "reject"]
    assert names(CATALOG_WORKFLOW.available("FINALISED", MAINTAINER, {})) == ["cancel_finalisation", "publish"]
    assert CATALOG_WORKFLOW.available("PUBLISHED", BOTH, {}) == []


def test_history_folds_to_last_actor_per_transition():
    history = [("catalog_version.create", 1), ("catalog_version.submit", 1), ("catalog_version.reject", 3),
               ("catalog_version.submit", 2)]
    assert CATALOG_WORKFLOW.last_actors(history) == {"create": 1, "submit": 2, "reject": 3}


def test_a_workflow_with_unknown_states_or_references_is_refused_at_definition():
    with pytest.raises(ValueError):
        Workflow("w", {"A": "a"}, (Transition("go", "去", frozenset({"A"}), "B", Scope.CATALOG_WRITE),))
    with pytest.raises(ValueError):
        Workflow("w", {"A": "a", "B": "b"},
                 (Transition("go", "去", frozenset({"A"}), "B", Scope.CATALOG_WRITE, not_by=("nope",)),))


def test_audit_states_record_the_state_before_the_transition_for_every_workflow():
    from domain.engagement.models import FEEDBACK_WORKFLOW, NEED_WORKFLOW
    from domain.inquiry.models import INQUIRY_WORKFLOW
    from domain.supply.models import WARNING_WORKFLOW
    for wf in (CATALOG_WORKFLOW, INQUIRY_WORKFLOW, WARNING_WORKFLOW, FEEDBACK_WORKFLOW, NEED_WORKFLOW):
        for t in wf.transitions:
            for source in t.sources:
                assert wf.audit_states(t.name, source, extra=1) == {
                    "before": {"state": source}, "after": {"state": t.target, "extra": 1}}
            if t.target not in t.sources:  # the state read back after the write is refused
                with pytest.raises(ValueError, match="from-state"):
                    wf.audit_states(t.name, t.target)
