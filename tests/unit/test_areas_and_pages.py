import pytest

from domain.divisions.models import DivisionLevel, DivisionNode, DivisionTree
from domain.catalog.access import CatalogAccess
from domain.shared.pagination import PageRequest, PageRequestError, decode_cursor, encode_cursor
from domain.shared.principal import Principal
from domain.shared.scopes import Post, Role, scopes_for

TREE = DivisionTree([
    DivisionNode("650000", "新疆", DivisionLevel.PROVINCE, None),
    DivisionNode("650100", "乌鲁木齐", DivisionLevel.PREFECTURE, "650000"),
    DivisionNode("650102", "天山区", DivisionLevel.COUNTY, "650100"),
    DivisionNode("653100", "喀什", DivisionLevel.PREFECTURE, "650000"),
    DivisionNode("659900", "区本级", DivisionLevel.PREFECTURE, "650000"),
    DivisionNode("150000", "内蒙古", DivisionLevel.PROVINCE, None),
])


def who(role: Role, division: str, *posts: Post) -> Principal:
    return Principal(user_id=1, username="u", display_name="", role=role, posts=frozenset(posts),
                     scopes=scopes_for(role, frozenset(posts)), org_id=1, division_code=division,
                     area=TREE.area(division))


def test_area_is_the_subtree_and_knows_its_ancestors():
    area = TREE.area("650100")
    assert area.codes == {"650100", "650102"} and area.ancestors == ("650000",)
    assert TREE.area("650000").covers("659900") and not TREE.area("650000").covers("150000")
    assert TREE.path_names("650102") == ["新疆", "乌鲁木齐", "天山区"]


def test_prefecture_sees_the_regions_published_catalogs_but_no_drafts():
    access = CatalogAccess.of(who(Role.PREFECTURE_OFFICIAL, "650100"))
    assert access.sees("650000", "PUBLISHED") and not access.sees("650000", "DRAFT")
    assert not access.sees("150000", "PUBLISHED")


def test_region_maintainer_sees_own_drafts_only():
    access = CatalogAccess.of(who(Role.REGION_OFFICIAL, "650000", Post.CATALOG_MAINTAINER))
    assert access.sees("650000", "DRAFT") and not access.sees("150000", "DRAFT")


def test_region_official_without_catalog_posts_sees_only_published():
    access = CatalogAccess.of(who(Role.REGION_OFFICIAL, "650000"))
    assert access.sees("650000", "PUBLISHED") and not access.sees("650000", "SUBMITTED")


def test_county_official_sees_no_catalog():
    access = CatalogAccess.of(who(Role.COUNTY_OFFICIAL, "650102"))
    assert not access.sees("650000", "PUBLISHED")


def test_unknown_division_gives_an_empty_area():
    assert TREE.area("999999").codes == frozenset() and Principal.anonymous().area.codes == frozenset()


def test_cursor_round_trip_and_garbage_cursor():
    from datetime import datetime, timezone
    values = ["阿莫西林", 42, datetime(2026, 1, 1, tzinfo=timezone.utc)]
    assert decode_cursor(encode_cursor(values), 3) == values
    with pytest.raises(PageRequestError) as e:
        decode_cursor("!!!", 1)
    assert e.value.code == "INVALID_CURSOR"


@pytest.mark.parametrize("kw,code", [({"first": 101}, "PAGE_SIZE_EXCEEDED"), ({"first": -1}, "PAGE_SIZE_EXCEEDED"),
                                     ({"offset": -5}, "BAD_PAGE_REQUEST"),
                                     ({"offset": 5, "after": "x"}, "BAD_PAGE_REQUEST")])
def test_page_requests_are_bounded(kw, code):
    with pytest.raises(PageRequestError) as e:
        PageRequest(**kw)
    assert e.value.code == code
