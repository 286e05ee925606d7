"""Request size and cost limits, checked before any execution work (OWASP API4:2023).

Three gates, cheapest first, shared by both execution paths (api.graphql's direct path and strawberry's view, through
schema.extensions' engine):
1. size: the document's tokens are capped while parsing (graphql-core's `max_tokens`), and its aliases and fields
   (fragments expanded) are counted on the parsed document before validation, which is the step that grows fastest
   with the document (overlapping-fields checks compare fields pairwise);
2. cost: every operation is compiled once per document into a `CostPlan` from the declared field weights below and
   the page sizes (`first`/`limit`, literals, variables or defaults) that multiply what is under a list, so a nested
   page of pages costs the product of both sizes;
3. budget: the plan is evaluated with the request's variables and compared with the caller's role budget.

The weights follow the IBM GraphQL cost directive's defaults (a composite field 1, a scalar or enum 0); fields whose
resolvers aggregate many rows (the supply analyses, a drug's supply file) declare a higher weight, measured against
the 1 of an object read through a loader.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (DocumentNode, FieldNode, FragmentDefinitionNode, FragmentSpreadNode, GraphQLError,
                     GraphQLSchema, InlineFragmentNode, IntValueNode, NullValueNode, OperationDefinitionNode,
                     VariableNode, get_named_type, is_composite_type, is_list_type, is_non_null_type)

from domain.shared.scopes import OFFICIAL_ROLES, Role

MAX_PAGE = 100  # domain.shared.pagination.MAX_PAGE_SIZE: a larger `first` is refused by the resolver anyway
PAGE_ARGUMENTS = ("first", "limit")
DEFAULT_LIST_SIZE = 10  # a list field without a page argument and without a declared size

# Declared weights: one resolution of the field, before the multipliers of the lists it is under.
# Measured on the small demo data (2,000 codes, 70,000 movements): a supplyCoverage ~40 ms, a drug's
# supplyByInstitution page ~20 ms, an object of a page ~0.1 ms.
ANALYTICS = 500  # an aggregate over stock movements, deliveries or settlements (tens of milliseconds)
DETAIL = 250     # one drug's or institution's aggregate (ten to twenty milliseconds)
FIELD_COSTS: dict[str, int] = {
    "Query.supplyCoverage": ANALYTICS, "Query.catalogDrugStocking": ANALYTICS, "Query.supplyTrend": ANALYTICS,
    "Query.drugSupplyAnalysis": ANALYTICS, "Query.drugSupplyRanking": ANALYTICS,
    "Query.focusListAnalysis": ANALYTICS, "Query.highFrequencySuggestions": ANALYTICS,
    "Query.highFrequencyStability": ANALYTICS, "Query.rareDiseaseNeeds": ANALYTICS,
    "Query.stockingSummary": ANALYTICS, "Query.supplyHome": ANALYTICS, "Query.publicUsage": ANALYTICS,
    "Query.purchaseNeedStats": DETAIL, "Query.supplyWarningCounts": DETAIL, "Query.inquiryTaskCounts": DETAIL,
    "Query.publicFeedbackCounts": DETAIL, "Query.catalogEntryStats": DETAIL, "Query.drugSupplyStatus": DETAIL,
    "Query.publicDrugStocking": DETAIL, "Query.publicDrugOutlets": DETAIL, "Query.institutionEvaluations": DETAIL,
    "Query.stockedDrugs": DETAIL, "Query.stockedVarieties": DETAIL, "Query.distributorDeliveryStats": DETAIL,
    "Drug.publicDisclosure": DETAIL, "Drug.traceScans": DETAIL, "Drug.sales": DETAIL,
    "Drug.salesByInstitution": DETAIL, "Drug.settledSales": DETAIL, "Drug.settledSalesByInstitution": DETAIL,
    "Drug.sameGenericSales": DETAIL, "Drug.supply": DETAIL, "Drug.supplyByInstitution": DETAIL,
    "Drug.disclosure": DETAIL,
    "DrugSupplyFile.sales": DETAIL, "DrugSupplyFile.salesByInstitution": DETAIL,
    "DrugSupplyFile.settledSales": DETAIL, "DrugSupplyFile.settledSalesByInstitution": DETAIL,
    "DrugSupplyFile.sameGenericSales": DETAIL, "DrugSupplyFile.supply": DETAIL,
    "DrugSupplyFile.supplyByInstitution": DETAIL, "DrugSupplyFile.disclosure": DETAIL,
    "DrugOperationFile.trade": DETAIL, "DrugOperationFile.wholesalers": DETAIL,
    "DrugOperationFile.distribution": DETAIL, "DrugOperationFile.orders": DETAIL,
    # introspection: bounded by the schema, not by the request; its nested lists are not walked
    "Query.__schema": 500, "Query.__type": 20,
}
NOT_WALKED = frozenset({"Query.__schema", "Query.__type"})
# Declared sizes of lists without a page argument, where the default would be far off.
LIST_SIZES: dict[str, int] = {
    "Query.divisions": 100, "Division.children": 30, "Query.publicDivisions": 30, "Query.dosageForms": 100,
    "Query.drugClasses": 100, "Query.tags": 50, "Query.warningRules": 50, "Query.publicDrugCategories": 50,
    "SupplyTrend.points": 93, "PublicUsageReport.trend": 93, "DrugPublicDisclosure.queryTrend": 93,
    "DrugTraceScans.trend": 93, "DrugSupplyStability.series": 24,
    "SupplyCoverage.byPrefecture": 20, "SupplyBreakdown.byPrefecture": 20, "SettledSalesBreakdown.byPrefecture": 20,
    "FocusMemberSupply.byPrefecture": 20, "MemberTreatmentNeeds.byPrefecture": 20, "RareDiseaseNeeds.byPrefecture": 20,
    "DrugDisclosure.byPrefecture": 20, "DrugPublicDisclosure.publishingByPrefecture": 20,
    "PublicDrugStocking.byDivision": 30,
    # a feedback's steps: submitted, started, resolved
    "PublicFeedback.timeline": 5,
}
# Lists whose items are read from memory (the division tree), not from the database: the items cost nothing of
# their own; what is selected under them still counts.
FREE_ITEMS = frozenset({"TreatmentNeedFigures.unmetPlaces"})
# Lists sized by the page argument of the field above them (besides a connection's nodes and edges).
SIZED_BY_PARENT = frozenset({"PublicOutletList.outlets"})


@dataclass(frozen=True)
class Limits:
    """Per-document size limits and per-role cost budgets (Settings: MAX_QUERY_TOKENS, …, COST_BUDGET_*)."""

    max_chars: int = 50_000
    max_tokens: int = 2000
    max_aliases: int = 50
    max_fields: int = 500
    max_duplicates: int = 20  # fields of one response name in one selection (fragments flattened in)
    budget_public: int = 1000     # anonymous callers and insured persons (the mini-program and H5)
    budget_staff: int = 5000      # partners' systems, institution and enterprise staff, physicians
    budget_official: int = 10000  # the bureaus' officials (the admin SPA's grids and analyses)

    def budget(self, principal: Any) -> int:
        role = getattr(principal, "role", None)
        if role in OFFICIAL_ROLES:
            return self.budget_official
        if role is None or role == Role.INSURED_PERSON or not getattr(principal, "authenticated", False):
            return self.budget_official if _system(principal) else self.budget_public
        return self.budget_staff


def _system(principal: Any) -> bool:
    area = getattr(principal, "area", None)
    return getattr(area, "everything", False) and getattr(principal, "authenticated", False)


def too_large(message: str, limit: str, maximum: int, found: int | None = None) -> GraphQLError:
    extensions: dict[str, Any] = {"code": "QUERY_TOO_LARGE", "limit": limit, "max": maximum}
    if found is not None:
        extensions["found"] = found
    return GraphQLError(message, extensions=extensions)


def token_refusal(error: GraphQLError, limits: Limits) -> GraphQLError | None:
    """The QUERY_TOO_LARGE error for graphql-core's "more than N tokens / code points" syntax errors, else None."""
    if "tokens. Parsing aborted" in error.message:
        return too_large(f"查询文档超过 {limits.max_tokens} 个词法单元，已拒绝", "tokens", limits.max_tokens)
    if "code points. Parsing aborted" in error.message:
        return too_large(f"查询文档超过 {limits.max_chars} 个字符，已拒绝", "length", limits.max_chars)
    return None


class _Overflow(Exception):  # noqa: N818
    pass


def shape_refusal(document: DocumentNode, limits: Limits) -> GraphQLError | None:
    """QUERY_TOO_LARGE when the document has too many aliases, too many fields once its fragments are expanded
    into each operation (counted with a cap, so a fragment bomb stops at the limit), or one selection with too many
    fields of the same response name (validation compares those pairwise: 220 copies of one field took 1.4 s);
    run before validation."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    aliases = 0
    count = 0

    def walk(selection_set: Any, path: frozenset[str], names: dict[str, int]) -> None:
        """Counts a selection's fields; `names` counts response names at this level (fragments flattened in)."""
        nonlocal count
        for sel in selection_set.selections:
            if isinstance(sel, FieldNode):
                count += 1
                name = (sel.alias or sel.name).value
                names[name] = names.get(name, 0) + 1
                if count > limits.max_fields or names[name] > limits.max_duplicates:
                    raise _Overflow(name if names[name] > limits.max_duplicates else None)
                if sel.selection_set is not None:
                    walk(sel.selection_set, path, {})
            elif isinstance(sel, InlineFragmentNode):
                walk(sel.selection_set, path, names)
            elif isinstance(sel, FragmentSpreadNode):
                frag_name = sel.name.value
                frag = fragments.get(frag_name)
                if frag is not None and frag_name not in path:  # a cycle is validation's to report
                    walk(frag.selection_set, path | {frag_name}, names)

    for definition in document.definitions:
        if isinstance(definition, (OperationDefinitionNode, FragmentDefinitionNode)):
            aliases += _aliases(definition.selection_set)
    if aliases > limits.max_aliases:
        return too_large(f"查询中的别名 {aliases} 个，超过上限 {limits.max_aliases}", "aliases", limits.max_aliases,
                         aliases)
    try:
        for definition in document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                walk(definition.selection_set, frozenset(), {})
    except _Overflow as overflow:
        if overflow.args[0] is not None:
            return too_large(f"同一选择集中字段 {overflow.args[0]} 重复超过 {limits.max_duplicates} 次", "duplicates",
                             limits.max_duplicates)
        return too_large(f"查询展开后的字段超过 {limits.max_fields} 个", "fields", limits.max_fields)
    return None


def _aliases(selection_set: Any) -> int:
    found = 0
    for sel in selection_set.selections:
        if isinstance(sel, FieldNode) and sel.alias is not None:
            found += 1
        sub = getattr(sel, "selection_set", None)
        if sub is not None:
            found += _aliases(sub)
    return found


# A page-size factor: a constant, or (variable name, value when the variable is absent or null).
Factor = int | tuple[str, int]


class CostPlan:
    """An operation's cost as a sum of weight × product of page sizes; only variable page sizes are left to the
    request, so evaluating it is a few multiplications."""

    __slots__ = ("constant", "terms")

    def __init__(self, constant: int, terms: dict[tuple[tuple[str, int], ...], int]) -> None:
        self.constant, self.terms = constant, terms

    def cost(self, variables: Mapping[str, Any] | None) -> int:
        total = self.constant
        for factors, weight in self.terms.items():
            product = weight
            for name, fallback in factors:
                value = variables.get(name) if variables else None
                product *= _page(value, fallback)
            total += product
        return total


def _page(value: Any, fallback: int) -> int:
    if value is None:
        return fallback
    if isinstance(value, bool) or not isinstance(value, int):
        return MAX_PAGE  # refused by variable coercion later; counted as the largest page meanwhile
    return min(max(value, 0), MAX_PAGE)


def compile_costs(schema: GraphQLSchema, document: DocumentNode) -> dict[str | None, CostPlan]:
    """A cost plan per operation of a validated document (keyed by name; a lone operation also under None)."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    plans: dict[str | None, CostPlan] = {}
    for op in operations:
        root = schema.get_root_type(op.operation)
        if root is None:
            continue
        defaults = {v.variable.name.value: v.default_value.value for v in op.variable_definitions or ()
                    if isinstance(v.default_value, IntValueNode)}
        compiler = _Compiler(schema, fragments, defaults)
        compiler.walk(op.selection_set, root, (), None)
        plan = CostPlan(compiler.constant, compiler.terms)
        plans[op.name.value if op.name else None] = plan
        if len(operations) == 1:
            plans[None] = plan
    return plans


class _Compiler:
    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode],
                 defaults: dict[str, str]) -> None:
        self.schema, self.fragments, self.defaults = schema, fragments, defaults
        self.constant = 0
        self.terms: dict[tuple[tuple[str, int], ...], int] = {}

    def add(self, weight: int, factors: tuple[Factor, ...]) -> None:
        if weight == 0:
            return
        variable = []
        for f in factors:
            if isinstance(f, int):
                weight *= f
            else:
                variable.append(f)
        if not variable:
            self.constant += weight
        else:
            key = tuple(sorted(variable))
            self.terms[key] = self.terms.get(key, 0) + weight

    def page_factor(self, node: FieldNode, field: Any) -> Factor | None:
        """The page size a field's `first`/`limit` asks for: a literal, a variable, or the argument's default."""
        for name in PAGE_ARGUMENTS:
            arg = field.args.get(name)
            if arg is None:
                continue
            default = arg.default_value if isinstance(arg.default_value, int) else MAX_PAGE
            given = next((a.value for a in node.arguments or () if a.name.value == name), None)
            if given is None:
                return _page(default, MAX_PAGE)
            if isinstance(given, IntValueNode):
                return _page(int(given.value), MAX_PAGE)
            if isinstance(given, NullValueNode):
                return MAX_PAGE
            if isinstance(given, VariableNode):
                var = given.name.value
                fallback = int(self.defaults[var]) if var in self.defaults else default
                return (var, _page(fallback, MAX_PAGE))
            return MAX_PAGE
        return None

    def walk(self, selection_set: Any, parent: Any, factors: tuple[Factor, ...], carried: Factor | None,
             path: frozenset[str] = frozenset()) -> None:
        """Adds the terms of a selection on `parent` under `factors`. `carried`: a page size asked by an enclosing
        field that is not itself a list (focusListAnalysis(first) { members }), for its first page-less list."""
        for sel in selection_set.selections:
            if isinstance(sel, InlineFragmentNode):
                cond = self.schema.get_type(sel.type_condition.name.value) if sel.type_condition else parent
                self.walk(sel.selection_set, cond or parent, factors, carried, path)
                continue
            if isinstance(sel, FragmentSpreadNode):
                frag = self.fragments.get(sel.name.value)
                if frag is not None and sel.name.value not in path:
                    cond = self.schema.get_type(frag.type_condition.name.value) or parent
                    self.walk(frag.selection_set, cond, factors, carried, path | {sel.name.value})
                continue
            name = sel.name.value
            if name == "__typename":
                continue
            key = f"{parent.name}.{name}"
            field = self.schema.get_field(parent, name) if hasattr(self.schema, "get_field") else None
            if field is None:
                field = getattr(parent, "fields", {}).get(name)
            if field is None:
                continue
            named = get_named_type(field.type)
            composite = is_composite_type(named)
            declared = FIELD_COSTS.get(key)
            weight = (1 if composite else 0) if declared is None else declared
            if not composite or sel.selection_set is None or key in NOT_WALKED:
                self.add(weight, factors)
                continue
            inner = field.type.of_type if is_non_null_type(field.type) else field.type
            page = self.page_factor(sel, field)
            if is_list_type(inner):
                takes_carried = carried is not None and (parent.name.endswith("Connection") or key in SIZED_BY_PARENT)
                size: Factor = page if page is not None else carried if takes_carried \
                    else LIST_SIZES.get(key, DEFAULT_LIST_SIZE)
                # a declared weight is the resolver's, once per call; then each item is one object read
                self.add(declared or 0, factors)
                if key not in FREE_ITEMS:
                    self.add(1, (*factors, size))
                self.walk(sel.selection_set, named, (*factors, size), None, path)
                continue
            self.add(weight, factors)
            if named.name.endswith("Connection"):
                size = page if page is not None else carried if carried is not None else MAX_PAGE
                self.walk(sel.selection_set, named, factors, size, path)
            else:
                self.walk(sel.selection_set, named, factors, page if page is not None else carried, path)
