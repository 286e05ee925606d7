"""N+1 guard: the SQL statement count of nested queries does not grow with the page size."""
import pytest

from tests.helpers import Api

NESTED = """query($n: Int) { drugs(first: $n, sort: NAME_ASC) { totalCount nodes {
  code genericName dosageForm { name } drugClass { name } manufacturer { name } variety { genericName drugCount }
  packageInsert { indications } latestCatalog { versionNo version { state } }
  catalogEntries { reimbursementClass version { versionNo availableActions timeline { action } } }
  tags { tag { code name ownerDivision { name } } value inherited } } } }"""

VERSIONS = """{ catalogVersions(first: 50) { nodes { versionNo createdBy { displayName } sourceVersion { versionNo }
  availableActions timeline { action actor { username } } importJob { state } } } }"""


@pytest.mark.parametrize("query,variables", [(NESTED, None), (VERSIONS, None)])
def test_statement_count_is_independent_of_page_size(api: Api, query: str, variables: None):
    small = api.gql(query, {"n": 3}, as_="xj_admin")
    large = api.gql(query, {"n": 60}, as_="xj_admin")
    small.ok(), large.ok()
    assert small.statements == large.statements, (small.statements, large.statements)
    assert large.statements <= 20  # one batched statement per distinct relation, whatever the page size


def test_bench_shape_drugs_entries_tags_uses_a_fixed_handful_of_statements(api: Api):
    q = """query($q: String) { drugs(first: 20, filter: {search: $q}) { nodes { code genericName
            catalogEntries { reimbursementClass catalogNo } tags { tag { name } value } } } }"""
    r = api.gql(q, {"q": "林"}, as_="wlmq_official")
    r.ok()
    assert r.statements <= 6, r.statements
