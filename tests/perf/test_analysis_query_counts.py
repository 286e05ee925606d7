"""Cost bounds of the source-spanning analyses (DRUG-06, SUP-44/45): a page costs the same statements whatever its
size (per-drug evidence, stability series and needs are one statement for the whole page, not one per row)."""
import pytest

from tests.helpers import Api

STOCKING = """query($n: Int) { catalogDrugStocking(first: $n) { totalCount nodes { status drug { code manufacturer { name } }
  stockReports { institutions prefectures { name } } deliveries { institutions } settlements { institutions }
  figures { stockingInstitutions daysOfStock } } } }"""
STABILITY = """query($n: Int) { highFrequencyStability(first: $n) { members { totalCount nodes { rating onHandCv
  member { drug { code } variety { genericName } } series { onHand } } } } }"""
NEEDS = """query($n: Int) { rareDiseaseNeeds(first: $n) { total { needs } byPrefecture { unmetNeeds unmetPlaces { name } }
  members { totalCount nodes { member { variety { genericName } drug { code } } total { needs settlements }
  byPrefecture { needs } } } } }"""


@pytest.mark.parametrize("query, small, large", [(STOCKING, 3, 40), (STABILITY, 1, 8), (NEEDS, 1, 3)])
def test_analysis_statement_count_is_independent_of_page_size(api: Api, query: str, small: int, large: int):
    a = api.gql(query, {"n": small}, as_="xj_admin")
    b = api.gql(query, {"n": large}, as_="xj_admin")
    a.ok()
    data = next(iter(b.ok().values()))
    nodes = data["nodes"] if "nodes" in data else data["members"]["nodes"]
    # other tests may have published a smaller catalog by now: a larger page than the small one is what matters
    assert len(nodes) > small, "the demo data should fill more than the small page"
    assert a.statements == b.statements, (a.statements, b.statements)
    assert b.statements <= 12
