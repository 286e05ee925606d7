import pytest

from tests.helpers import make_user
from tests.public_helpers import anon, insured, manifest, public_base, wechat  # noqa: F401 (public API fixtures)


@pytest.fixture(scope="session", autouse=True)
def test_users(database: None) -> None:
    """Accounts the demo data does not have: a maintainer who is also a reviewer, a second maintainer."""
    make_user("t_both", "REGION_OFFICIAL", ["CATALOG_MAINTAINER", "CATALOG_REVIEWER", "CATALOG_PUBLISHER"], "650000")
    make_user("t_maint2", "REGION_OFFICIAL", ["CATALOG_MAINTAINER"], "650000")
    make_user("t_rev2", "REGION_OFFICIAL", ["CATALOG_REVIEWER"], "650000")
    make_user("t_pref_tagger", "PREFECTURE_OFFICIAL", ["TAG_MAINTAINER"], "653100")
