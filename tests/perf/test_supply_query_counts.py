"""N+1 guard for the supply queries: nested fields are batched, so statements do not grow with the page size."""
import pytest

from tests.helpers import Api, sql, global_id

STOCKED = """query($o: ID!, $n: Int) { stockedDrugs(organisationId: $o, first: $n) { totalCount nodes { onHand
  drug { code genericName manufacturer { name } variety { genericName } latestCatalog { versionNo } } } } }"""
WARNINGS = """query($n: Int) { supplyWarnings(first: $n) { totalCount nodes { level state value
  rule { name formula } organisation { name subtype } drug { code genericName variety { genericName } }
  availableActions timeline { action actor { username } } } } }"""
STOCKING = """query($n: Int) { stockingOrganisations(first: $n) { totalCount nodes { stockedCodes stockedVarieties
  catalogCodes organisation { name division { name } } } } }"""


def _busiest_org() -> str:
    org = sql("SELECT organisation_id FROM stock_level WHERE on_hand > 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    return global_id("Organisation", org[0]["organisation_id"])


@pytest.mark.parametrize("query", [STOCKED, WARNINGS, STOCKING])
def test_supply_statement_count_is_independent_of_page_size(api: Api, query: str):
    variables = {"o": _busiest_org()} if "$o" in query else {}
    small = api.gql(query, {**variables, "n": 3}, as_="xj_admin")
    large = api.gql(query, {**variables, "n": 40}, as_="xj_admin")
    data = large.ok()
    small.ok()
    assert next(iter(data.values()))["totalCount"] >= 40, "the demo data should fill a large page"
    assert small.statements == large.statements, (small.statements, large.statements)
    assert large.statements <= 10
