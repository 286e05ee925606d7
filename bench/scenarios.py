"""The three measured scenarios, as the same data asked of every server, and how their answers are compared."""
from __future__ import annotations

from typing import Any

OURS = {
    "lookup": """query($c: String) { drug(code: $c) { id code genericName tradeName registeredName spec packaging
      registeredForm approvalNo } }""",
    "search": """query($q: String) { drugs(first: 20, filter: {search: $q}) { nodes { id code genericName tradeName
      spec packaging registeredForm } } }""",
    "nested": """query($q: String) { drugs(first: 20, filter: {search: $q}) { nodes { code genericName
      catalogEntries { catalogNo reimbursementClass insuranceName } tags { value tag { code name } } } } }""",
}

# PostGraphile v4 (simplify-inflector + connection-filter) over the same tables. Tags: the drug's own and its
# variety's (ours returns both, merged); catalog entries: all (ours: those of versions the caller may see).
POSTGRAPHILE = {
    "lookup": """query($c: String!) { drugCodeByCode(code: $c) { id code genericName tradeName registeredName spec
      packaging registeredForm approvalNo } }""",
    "search": """query($q: String!) { drugCodes(first: 20, filter: {searchText: {includesInsensitive: $q}},
      orderBy: CODE_ASC) { nodes { id code genericName tradeName spec packaging registeredForm } } }""",
    "nested": """query($q: String!) { drugCodes(first: 20, filter: {searchText: {includesInsensitive: $q}},
      orderBy: CODE_ASC) { nodes { code genericName catalogEntries { nodes { catalogNo reimbursementClass
      insuranceName } } drugTags { nodes { value tag { code name } } }
      variety { varietyTags { nodes { value tag { code name } } } } } } }""",
}

# PostGraphile v5 (Amber preset, simplify-inflection, connection-filter): the same documents, except that the
# integer key is `rowId` (Amber's `id` is the global Node ID).
POSTGRAPHILE5 = {k: v.replace("{ id code", "{ rowId code") for k, v in POSTGRAPHILE.items()}
assert all("rowId" in v for k, v in POSTGRAPHILE5.items() if k != "nested")

# The statements our server sends for each scenario (from X-SQL-Statements and the SQLAlchemy log),
# run directly through asyncpg for the "raw SQL" ceiling.
SQL = {
    "lookup": ["SELECT * FROM drug_code WHERE code = $1"],
    "search": ["SELECT * FROM drug_code WHERE search_text ILIKE '%' || $1 || '%' ORDER BY code || '' LIMIT 21"],
    "nested": [
        "SELECT * FROM drug_code WHERE search_text ILIKE '%' || $1 || '%' ORDER BY code || '' LIMIT 21",
        "SELECT e.* FROM catalog_entry e JOIN catalog_version v ON v.id = e.version_id "
        "WHERE e.drug_code_id = ANY($2::int[]) AND v.state = 'PUBLISHED' AND v.owner_division = ANY($3::text[]) "
        "ORDER BY e.drug_code_id, e.version_id DESC",
        "SELECT t.* FROM drug_tag t JOIN tag g ON g.id = t.tag_id WHERE t.drug_code_id = ANY($2::int[]) "
        "AND g.owner_division = ANY($3::text[]) ORDER BY t.drug_code_id, t.tag_id",
        "SELECT t.* FROM variety_tag t JOIN tag g ON g.id = t.tag_id WHERE t.variety_id = ANY($4::int[]) "
        "AND g.owner_division = ANY($3::text[]) ORDER BY t.variety_id, t.tag_id",
        "SELECT * FROM tag WHERE id = ANY($5::int[]) AND owner_division = ANY($3::text[])",
    ],
}


def leaves(value: Any) -> int:
    """How many fields of scalar type (null included) a GraphQL `data` tree holds: the returned fields."""
    if isinstance(value, dict):
        return sum(leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(leaves(v) for v in value)
    return 1


def drugs(kind: str, data: dict[str, Any]) -> list[tuple[str, str]]:
    """(code, generic name) of each drug of one answer, in order, whichever server answered."""
    root = next(iter(data.values()))
    if root is None:
        return []
    nodes = [root] if kind == "lookup" else root["nodes"]
    return [(n["code"], n["genericName"]) for n in nodes]


def compare(kind: str, answers: dict[str, dict[str, Any]]) -> list[str]:
    """What differs between the servers' answers to one request (`answers`: server → response JSON).

    Every server must return the same drugs in the same order. The returned fields must be as many on every server
    for lookup and search; for nested, v4 and v5 must agree and ours may return fewer (it returns only the catalog
    versions and tags the signed-in official may see, PostGraphile every row).
    """
    problems = []
    for server, answer in answers.items():
        if answer.get("errors") or not isinstance(answer.get("data"), dict):
            problems.append(f"{server}: {str(answer)[:300]}")
    if problems:
        return problems
    got = {s: drugs(kind, a["data"]) for s, a in answers.items()}
    counts = {s: leaves(a["data"]) for s, a in answers.items()}
    first = next(iter(got))
    for server in got:
        if got[server] != got[first]:
            problems.append(f"drugs differ: {first} {got[first][:3]}… vs {server} {got[server][:3]}…")
    pg = [s for s in counts if s != "ours"]
    if len({counts[s] for s in pg}) > 1:
        problems.append(f"returned fields differ between PostGraphile versions: {counts}")
    if "ours" in counts and pg:
        if kind == "nested" and counts["ours"] > counts[pg[0]]:
            problems.append(f"ours returns more fields than PostGraphile: {counts}")
        if kind != "nested" and counts["ours"] != counts[pg[0]]:
            problems.append(f"returned fields differ: {counts}")
    if not got[first]:
        problems.append("no drugs returned: the check would compare nothing")
    return problems
