"""Mutations are named noun first (`catalogVersionSubmit`, not `submitCatalogVersion`) and take one `input:` object
(house style 2.4, issue 13 item 6). The actions a mutation may end with are listed here on purpose: a new verb is a
reviewed addition, and a name that ends in a noun (`stockReportTemplate`) or starts with a verb fails."""
from __future__ import annotations

import re

import pytest
from graphql import GraphQLInputObjectType, GraphQLNonNull

from domain.shared.config import Settings
from resolvers.schema import build_schema

# What a mutation does, as the last word(s) of its name. Two are verb phrases, kept whole because the verb alone
# says something else: notificationsMarkRead (not "…Mark"), catalogVersionCancelFinalisation (not "…Cancel").
ACTIONS = frozenset({
    "Add", "Alert", "Allocate", "Analyse", "Approve", "Archive", "Assign", "Create", "Delete", "Disable", "Dispatch",
    "Enable", "Export", "Handle", "Load", "Login", "Publish", "Rate", "Record", "Refresh", "Register", "Reject",
    "Remove", "Report", "Resubmit", "Retry", "Reuse", "Reveal", "Scan", "Set", "Start", "Submit", "Sync",
    "Unassign", "Update", "Upload", "Withdraw",
    "MarkRead", "CancelFinalisation",
})
# No name may begin with one of these: every action's verb, the first word of each phrase too.
VERBS = frozenset(re.findall(r"[A-Z][a-z]*", "".join(ACTIONS)))


def words(name: str) -> list[str]:
    """camelCase → its words, each capitalised: catalogVersionSubmit → [Catalog, Version, Submit]."""
    return [w[:1].upper() + w[1:] for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)]


def naming_problem(name: str) -> str | None:
    """Why a Mutation field's name is not noun first with an allowed action last (None: it is)."""
    parts = words(name)
    if parts and parts[0] in VERBS:
        return f"{name} starts with the verb {parts[0]}: put the noun first"
    for n in (2, 1):  # the longest action first, so …MarkRead is not read as ending in "Read"
        if len(parts) > n and "".join(parts[-n:]) in ACTIONS:
            return None
    return f"{name} does not end with an action from ACTIONS after a noun (name it <noun><Verb>, or add the verb)"


def _mutations() -> dict:
    return build_schema(Settings(jwt_secret="x"))._schema.mutation_type.fields


def test_every_mutation_is_named_noun_first_with_an_allowed_action():
    problems = [p for p in map(naming_problem, _mutations()) if p]
    assert problems == [], "\n".join(problems)


def test_every_mutation_takes_one_input_object_or_nothing():
    loose = []
    for name, field in _mutations().items():
        if not field.args:
            continue
        arg = field.args.get("input")
        if list(field.args) != ["input"] or not (isinstance(arg.type, GraphQLNonNull)
                                                 and isinstance(arg.type.of_type, GraphQLInputObjectType)):
            loose.append(f"{name}({', '.join(field.args)})")
    assert loose == [], f"mutations with arguments other than one `input: <M>Input!`: {loose}"


@pytest.mark.parametrize("name", ["scanTraceCode", "recordPublicVisit", "setPublicNotice", "revealNeedContact",
                                  "approveCatalogVersion", "markNotificationsRead", "cancelCatalogVersion",
                                  "login", "submit", "stockReportTemplate", "inquiryFeedback", "catalogVersion",
                                  "tagRead", "catalogVersionFinalisation"])
def test_the_check_refuses_verb_first_and_verbless_names(name: str):
    assert naming_problem(name) is not None


@pytest.mark.parametrize("name", ["catalogVersionSubmit", "traceCodeScan", "userLogin", "notificationsMarkRead",
                                  "catalogVersionCancelFinalisation", "stockReportTemplateExport", "stockReport",
                                  "purchaseNeedContactReveal", "masterDataImportStart"])
def test_the_check_accepts_noun_first_names(name: str):
    assert naming_problem(name) is None
