"""The three measured scenarios, as the same data asked of both servers."""
from __future__ import annotations

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
