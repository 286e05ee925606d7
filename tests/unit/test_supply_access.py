"""Supply access objects decide what a caller sees, from the Principal alone: an official's area narrowed by a
division argument never widens it, an unknown division is the caller's coded input error, and warnings follow the
organisation rule (officials by division, staff by their own organisation)."""
from __future__ import annotations

import pytest

from domain.divisions.models import DivisionLevel, DivisionNode, DivisionTree
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from domain.supply.access import AreaAccess, OrgAccess, division_filter
from domain.supply.errors import SupplyError

TREE = DivisionTree([
    DivisionNode("650000", "新疆", DivisionLevel.PROVINCE, None),
    DivisionNode("650100", "乌鲁木齐市", DivisionLevel.PREFECTURE, "650000"),
    DivisionNode("650102", "天山区", DivisionLevel.COUNTY, "650100"),
    DivisionNode("653100", "喀什地区", DivisionLevel.PREFECTURE, "650000"),
    DivisionNode("653101", "喀什市", DivisionLevel.COUNTY, "653100"),
])


def person(role: Role, division: str | None, org_id: int | None = None) -> Principal:
    return Principal(user_id=1, username="t", display_name="t", role=role, posts=frozenset(),
                     scopes=scopes_for(role, frozenset()), org_id=org_id, division_code=division,
                     area=TREE.area(division))


REGION = person(Role.REGION_OFFICIAL, "650000")
KASHI = person(Role.PREFECTURE_OFFICIAL, "653100")


def test_an_officials_area_is_their_subtree_and_their_owners_include_the_bureaus_above():
    kashi = AreaAccess.of(KASHI)
    assert kashi.divisions == {"653100", "653101"} and kashi.owners == {"653100", "653101", "650000"}
    assert AreaAccess.of(Principal.system()) == AreaAccess(None, None)
    assert kashi.prefectures(TREE) == ["653100"] and AreaAccess(None, None).prefectures(TREE) == ["650100", "653100"]


def test_narrowing_to_a_division_never_widens_the_area():
    region, kashi = AreaAccess.of(REGION), AreaAccess.of(KASHI)
    assert region.narrowed(TREE, "650100").divisions == {"650100", "650102"}
    assert region.narrowed(TREE, "650100").owners == region.owners  # lists and catalogs still come from above
    assert kashi.narrowed(TREE, "650100").divisions == frozenset()  # another prefecture: nothing to see
    assert AreaAccess(None, None).narrowed(TREE, "653101").divisions == {"653101"}
    assert kashi.narrowed(TREE, None) is kashi
    assert kashi.covers("653101") and not kashi.covers("650102")


@pytest.mark.parametrize("code", ["659999", "6501000", ""])
def test_an_unknown_division_is_a_coded_input_error_on_the_argument(code: str):
    with pytest.raises(SupplyError) as e:
        AreaAccess.of(REGION).narrowed(TREE, code, "divisionCode")
    assert (e.value.code, e.value.field) == ("UNKNOWN_DIVISION", ["divisionCode"])
    with pytest.raises(SupplyError) as e:
        division_filter(TREE, code, ["filter", "divisionCode"])
    assert e.value.field == ["filter", "divisionCode"]


def test_a_division_filter_is_the_subtree_and_no_filter_is_none():
    assert division_filter(TREE, "653100", ["f"]) == {"653100", "653101"}
    assert division_filter(TREE, None, ["f"]) is None


def test_staff_see_their_own_organisation_and_officials_their_area():
    staff = OrgAccess.of(person(Role.INSTITUTION_STAFF, "653101", org_id=42))
    assert (staff.divisions, staff.own) == (None, 42)
    assert staff.sees(42, "650102") and not staff.sees(43, "653101")
    kashi = OrgAccess.of(KASHI)
    assert kashi.sees(43, "653101") and not kashi.sees(43, "650102")
    assert OrgAccess.of(person(Role.PARTNER, None)) == OrgAccess(frozenset())
