"""Who sees which supply rows (pure; repositories apply it in SQL). Built from the Principal; resolvers pass these
objects on and never read the caller's area themselves."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from domain.divisions.models import DivisionLevel, DivisionTree
from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES
from domain.supply.errors import SupplyError
from domain.supply.errors import SupplyErrorCode as C


@dataclass(frozen=True, slots=True)
class OrgAccess:
    """Officials see the supply entities located in their area, and the stock and warnings placed there;
    institution and enterprise staff only their own organisation (and the warnings about it).

    `divisions` None means every division (jobs, the system); `own` set means exactly that organisation."""

    divisions: frozenset[str] | None
    own: int | None = None

    @classmethod
    def of(cls, who: Principal) -> OrgAccess:
        if who.area.everything:
            return cls(None)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes)
        if who.org_id is not None:
            return cls(None, who.org_id)
        return cls(frozenset())

    def sees(self, org_id: int, division_code: str) -> bool:
        if self.own is not None:
            return org_id == self.own
        return self.divisions is None or division_code in self.divisions


@dataclass(frozen=True, slots=True)
class RuleAccess:
    """Rules owned in `visible` are shown (own area and the bureaus above); only the owner bureau changes them."""

    visible: frozenset[str] | None
    owner: str | None

    @classmethod
    def of(cls, who: Principal) -> RuleAccess:
        if who.area.everything:
            return cls(None, None)
        return cls(who.area.visible_codes, who.division_code)

    def can_write(self, owner_division: str) -> bool:
        return self.owner is None or owner_division == self.owner


@dataclass(frozen=True, slots=True)
class AreaAccess:
    """An official's view of supply figures placed by division (analyses, the drug file's supply sections):
    `divisions` is their area, or the part of it a division argument narrowed it to (None: every division);
    `owners` the bureaus whose focus lists and published catalogs reach them (their own area's and the ones above;
    None: all)."""

    divisions: frozenset[str] | None
    owners: frozenset[str] | None

    @classmethod
    def of(cls, who: Principal) -> AreaAccess:
        if who.area.everything:
            return cls(None, None)
        return cls(who.area.codes, who.area.visible_codes)

    def narrowed(self, tree: DivisionTree, division_code: str | None, field: str = "divisionCode") -> AreaAccess:
        """The area narrowed to a division's subtree (a division outside the area leaves nothing to see); an
        unknown division code is the caller's input error."""
        if division_code is None:
            return self
        sub = division_filter(tree, division_code, [field])
        return replace(self, divisions=sub if self.divisions is None else sub & self.divisions)

    def covers(self, division_code: str) -> bool:
        """True when the division lies in the area."""
        return self.divisions is None or division_code in self.divisions

    def prefectures(self, tree: DivisionTree) -> list[str]:
        """The prefecture-level divisions in the area (every one when it is everything), by code."""
        codes: Iterable[str] = self.divisions if self.divisions is not None else tree.nodes
        return sorted(c for c in codes if (n := tree.get(c)) is not None and n.level == DivisionLevel.PREFECTURE)


def division_filter(tree: DivisionTree, code: str | None, field: list[str]) -> frozenset[str] | None:
    """A "division (and below)" filter argument as the set of codes it matches (None: no filter). It only narrows:
    repositories apply it together with the caller's access, so a division outside the area matches nothing."""
    if code is None:
        return None
    if len(code) > 6 or tree.get(code) is None:
        raise SupplyError(f"未知的区划代码：{code}", code=C.UNKNOWN_DIVISION, field=field)
    return tree.subtree(code)
