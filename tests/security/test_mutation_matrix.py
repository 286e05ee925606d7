"""API5:2023 Broken Function Level Authorization: every mutation of the schema, as every demo account, against the
declared matrix (tests/security/mutation_matrix.py). Root fields without any permission check are caught by
tests/api/test_schema.py::test_every_root_field_carries_a_permission_check (deny by default)."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from graphql import (GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLList, GraphQLNonNull,
                     GraphQLObjectType, GraphQLScalarType, GraphQLUnionType, get_named_type)
from strawberry.permission import PermissionExtension
from strawberry.utils.str_converters import to_camel_case

from domain.shared.config import Settings
from domain.shared.principal import Principal
from domain.shared.scopes import Post, Role, Scope
from resolvers.schema import build_schema
from tests.engagement_helpers import insured_token, make_insured
from tests.helpers import Api, sql
from tests.security.mutation_matrix import ANONYMOUS, INSURED, MATRIX, allowed

DENIED = {"FORBIDDEN", "UNAUTHENTICATED", "PERSISTED_QUERY_REQUIRED"}
SCALARS: dict[str, Any] = {"String": "x", "ID": "eA", "Int": 1, "Float": 1.0, "Boolean": False, "Date": "2026-01-01",
                           "DateTime": "2026-01-01T00:00:00+08:00", "Decimal": "1", "JSON": {}, "Upload": "x"}


def demo_accounts() -> list[str]:
    """Every account the demo data creates (a new demo account is walked too)."""
    from scripts.demo.exchange import INTERFACE_USER
    from scripts.demo.public import PARTNERS
    from scripts.demo.seed import DEMO_USERS
    from scripts.demo.supply import STAFF

    return ([u.username for u in DEMO_USERS] + [s[0] for s in STAFF] + [INTERFACE_USER[0]]
            + [p[2] for p in PARTNERS])


SCHEMA = build_schema(Settings(jwt_secret="x"))


def mutation_fields() -> dict[str, Any]:
    """Strawberry's mutation fields by their GraphQL name."""
    return {to_camel_case(f.python_name): f for f in SCHEMA.mutation.__strawberry_definition__.fields}


def test_every_mutation_of_the_schema_has_a_matrix_entry_and_no_entry_is_stale():
    live = set(mutation_fields())
    assert sorted(live - set(MATRIX)) == [], "mutations without a declared permission entry (mutation_matrix.py)"
    assert sorted(set(MATRIX) - live) == [], "matrix entries for mutations the schema no longer has"


def _principal(name: str, viewer: dict[str, Any] | None, insured_id: int | None) -> Principal:
    if name == ANONYMOUS:
        return Principal.anonymous()
    if name == INSURED:
        return Principal(user_id=None, username=f"insured:{insured_id}", display_name="参保人",
                         role=Role.INSURED_PERSON, posts=frozenset(), scopes=frozenset({Scope.PUBLIC_SELF}),
                         org_id=None, division_code=None, insured_id=insured_id)
    assert viewer is not None
    return Principal(user_id=0, username=name, display_name=name, role=Role(viewer["role"]),
                     posts=frozenset(Post(p) for p in viewer["posts"]),
                     scopes=frozenset(Scope(s) for s in viewer["scopes"]), org_id=0,
                     division_code=viewer["divisionCode"])


def _passes(field: Any, who: Principal) -> bool:
    """Whether the field's permission check lets `who` through (as a persisted operation, the mini-program's way)."""
    info = SimpleNamespace(context=SimpleNamespace(principal=who, persisted=True))
    perms = [p for ext in field.extensions if isinstance(ext, PermissionExtension) for p in ext.permissions]
    try:
        return bool(perms) and all(p.has_permission(None, info) for p in perms)
    except Exception:  # noqa: BLE001 - the checks refuse by raising FORBIDDEN / UNAUTHENTICATED
        return False


def _value(t: Any) -> Any:
    """A value of GraphQL input type `t` that passes variable coercion (so the request reaches the field)."""
    if isinstance(t, GraphQLNonNull):
        return _value(t.of_type)
    if isinstance(t, GraphQLList):
        return []
    if isinstance(t, GraphQLEnumType):
        return next(iter(t.values))
    if isinstance(t, GraphQLScalarType):
        return SCALARS[t.name]
    assert isinstance(t, GraphQLInputObjectType), t
    if t.is_one_of:
        name, f = next(iter(t.fields.items()))
        return {name: _value(f.type)}
    return {name: _value(f.type) for name, f in t.fields.items() if isinstance(f.type, GraphQLNonNull)}


def _document(names: list[str]) -> tuple[str, dict[str, Any]]:
    """One mutation document calling each of `names` (aliased m0, m1, …) with synthesised arguments."""
    root = SCHEMA._schema.mutation_type
    params, calls, variables = [], [], {}
    for i, name in enumerate(names):
        field = root.fields[name]
        args = []
        for arg_name, arg in field.args.items():
            if not isinstance(arg.type, GraphQLNonNull):
                continue
            var = f"m{i}_{arg_name}"
            params.append(f"${var}: {arg.type}")
            args.append(f"{arg_name}: ${var}")
            variables[var] = _value(arg.type)
        named = get_named_type(field.type)
        selection = " { __typename }" if isinstance(
            named, (GraphQLObjectType, GraphQLInterfaceType, GraphQLUnionType)) else ""
        calls.append(f"m{i}: {name}{'(' + ', '.join(args) + ')' if args else ''}{selection}")
    head = f"mutation Walk({', '.join(params)})" if params else "mutation Walk"
    return head + " { " + " ".join(calls) + " }", variables


@pytest.fixture(scope="module")
def callers(secure_api: Api) -> dict[str, tuple[str | None, Principal]]:
    """Each account's token (None: anonymous) and the principal its sign-in describes."""
    out: dict[str, tuple[str | None, Principal]] = {ANONYMOUS: (None, _principal(ANONYMOUS, None, None))}
    insured = make_insured("矩阵测试参保人")
    out[INSURED] = (insured_token(insured), _principal(INSURED, None, insured))
    for name in demo_accounts():
        r = secure_api.login(name).ok()["userLogin"]
        assert r["token"], (name, r["userErrors"])
        out[name] = (r["token"], _principal(name, r["viewer"], None))
    return out


def test_each_account_passes_exactly_the_permission_checks_the_matrix_declares(callers):
    accounts = frozenset(callers)
    wrong = []
    for name, field in mutation_fields().items():
        if name not in MATRIX:
            continue  # reported by the coverage test above
        expected = allowed(name, accounts)
        actual = frozenset(a for a, (_, who) in callers.items() if _passes(field, who))
        if actual != expected:
            wrong.append(f"{name}: also allowed {sorted(actual - expected)}, also denied {sorted(expected - actual)}")
    assert wrong == []


def test_every_denied_call_is_refused_at_the_top_level_before_any_work(secure_api: Api, callers):
    """Over HTTP: each account calls every mutation the matrix denies it; each must come back without data and with
    one top-level FORBIDDEN / UNAUTHENTICATED / PERSISTED_QUERY_REQUIRED error on the field, and nothing is
    audited."""
    accounts = frozenset(callers)
    names = [n for n in mutation_fields() if n in MATRIX]
    before = sql("SELECT count(*) AS n, max(id) AS last FROM audit_log")[0]
    wrong = []
    for account, (token, _) in callers.items():
        for name in (n for n in names if account not in allowed(n, accounts)):
            # one field per request: a refused field whose type is non-null voids the whole response's data
            document, variables = _document([name])
            r = secure_api.gql(document, variables, token=token or "")
            codes = [(e.get("path"), e.get("extensions", {}).get("code")) for e in r.errors]
            refused = (r.status == 200 and len(codes) == 1 and codes[0][0] == ["m0"] and codes[0][1] in DENIED
                       and (r.data is None or r.data.get("m0") is None))
            if not refused:
                wrong.append(f"{account} {name}: {r.status} {codes} {r.data}")
    after = sql("SELECT count(*) AS n, max(id) AS last FROM audit_log")[0]
    assert wrong == []
    assert (after["n"], after["last"]) == (before["n"], before["last"]), "a refused call left an audit row"


def test_the_read_only_viewer_changes_nothing_that_others_see(secure_api: Api):
    """The issue's case: xj_viewer (REGION_OFFICIAL, no post) may not set the public notice, edit master data, focus
    lists or tags."""
    token = secure_api.token("xj_viewer")
    notice = {"divisionCode": "650000", "dataCalibre": "被篡改的口径", "riskReminder": "x"}
    r = secure_api.gql("mutation($i: PublicNoticeSetInput!) { publicNoticeSet(input: $i) { notice { dataCalibre } } }",
                       {"i": notice}, token=token)
    assert r.codes == ["FORBIDDEN"] and r.errors[0]["extensions"]["scope"] == "public_notice:write"
    r = secure_api.gql("mutation($i: TagCreateInput!) { tagCreate(input: $i) { tag { code } } }",
                       {"i": {"code": "VIEWER_TAG", "name": "x", "valueType": "BOOLEAN", "appliesTo": "DRUG_CODE"}},
                       token=token)
    assert r.codes == ["FORBIDDEN"]
    assert sql("SELECT count(*) AS n FROM public_notice WHERE data_calibre = '被篡改的口径'")[0]["n"] == 0
    me = secure_api.gql("{ me { scopes } }", token=token).ok()["me"]
    assert not {"public_notice:write", "drugs:write", "tags:write", "focus_lists:write"} & set(me["scopes"])
