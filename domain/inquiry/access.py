"""Who sees which inquiry tasks (pure; the repository applies it in SQL).

- The region's officials see every task about a subject in their area, from the moment it is created.
- A prefecture's officials see their area's tasks once allocated to them (待下发 onward): 待分配 is the
  region's own queue (SUP-19/20).
- A supply entity's staff see the tasks addressed to their organisation once dispatched (待反馈 onward, SUP-21).

The workflow is over supply warnings, which an official sees where they are located (`warning_area`).
"""
from __future__ import annotations

from dataclasses import dataclass

from domain.divisions.models import DivisionLevel, DivisionTree
from domain.inquiry.models import InquiryState
from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES, Role

UNALLOCATED = frozenset({InquiryState.PENDING_ALLOCATION})
BEFORE_DISPATCH = frozenset({InquiryState.PENDING_ALLOCATION, InquiryState.PENDING_DISPATCH})


@dataclass(frozen=True, slots=True)
class InquiryAccess:
    """`divisions` None = every division; `own` set = only tasks addressed to that organisation;
    `hidden` = states this caller does not see."""

    divisions: frozenset[str] | None
    own: int | None = None
    hidden: frozenset[str] = frozenset()

    @classmethod
    def of(cls, who: Principal) -> InquiryAccess:
        if who.area.everything:
            return cls(None)
        if who.role == Role.REGION_OFFICIAL:
            return cls(who.area.codes)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes, hidden=UNALLOCATED)
        if who.org_id is not None and who.role in (Role.INSTITUTION_STAFF, Role.ENTERPRISE_STAFF):
            return cls(None, who.org_id, hidden=BEFORE_DISPATCH)
        return cls(frozenset())

    def sees(self, state: str, division_code: str, organisation_id: int | None) -> bool:
        if state in self.hidden:
            return False
        if self.own is not None:
            return organisation_id == self.own
        return self.divisions is None or division_code in self.divisions


def handling_division(tree: DivisionTree, division_code: str) -> str:
    """The bureau that dispatches and reviews a subject's inquiries: its prefecture; a county administered
    directly by the region (e.g. 石河子市 659001) is handled by the region itself."""
    for code in (division_code, *tree.ancestors(division_code)):
        node = tree.get(code)
        if node is not None and node.level == DivisionLevel.PREFECTURE:
            return code
    chain = (division_code, *tree.ancestors(division_code))
    return chain[-1]
