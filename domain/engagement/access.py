"""Who sees which public feedback, evaluations and purchase needs (pure; the repository applies it in SQL).

- Officials of every level see the records about institutions (feedback, evaluations) or places (purchase needs)
  in their area (PUB-21, PUB-25, IND-33).
- Institution staff see the feedback and evaluations about their own institution (PUB-22, PUB-23), and no
  purchase needs: those are registered with the bureau.
"""
from __future__ import annotations

from dataclasses import dataclass

from domain.divisions.models import DivisionTree
from domain.engagement.errors import EngagementError
from domain.engagement.errors import EngagementErrorCode as C
from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES, Role


@dataclass(frozen=True, slots=True)
class EngagementAccess:
    """`divisions` None = every division; `institution` set = only records about that organisation."""

    divisions: frozenset[str] | None
    institution: int | None = None

    @classmethod
    def of(cls, who: Principal) -> EngagementAccess:
        if who.area.everything:
            return cls(None)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes)
        if who.role == Role.INSTITUTION_STAFF and who.org_id is not None:
            return cls(None, who.org_id)
        return cls(frozenset())

    @classmethod
    def bureau(cls, who: Principal) -> EngagementAccess:
        """Records registered with the bureaus (purchase needs, usage): officials' areas only."""
        if who.area.everything:
            return cls(None)
        if who.role in OFFICIAL_ROLES:
            return cls(who.area.codes)
        return cls(frozenset())

    @classmethod
    def drug_file(cls, who: Principal) -> EngagementAccess:
        """The public-side figures of a drug's file (DRUG-26/27): events and institutions in the caller's area."""
        return cls(None) if who.area.everything else cls(who.area.codes)

    @classmethod
    def report(cls, who: Principal, tree: DivisionTree, code: str | None) -> tuple[str | None, EngagementAccess]:
        """The division a usage report covers (default: the caller's own) and the access to its subtree; a
        division outside the caller's area is an input error."""
        code = code or who.division_code
        if code is None:
            if who.area.everything:
                raise EngagementError("请指定区划", code=C.REQUIRED, field=["divisionCode"])
            return None, cls(frozenset())
        if tree.get(code) is None:
            raise EngagementError(f"未知的区划代码：{code}", code=C.UNKNOWN_DIVISION, field=["divisionCode"])
        if not who.area.covers(code):
            raise EngagementError("只能查看本辖区的数据", code=C.OUT_OF_AREA, field=["divisionCode"])
        return code, cls(tree.subtree(code))

    def covers(self, division_code: str) -> bool:
        """Whether records of this division are in the access (what a handler may act on)."""
        return self.institution is None and (self.divisions is None or division_code in self.divisions)


def mask_phone(phone: str | None) -> str | None:
    """138****1234: the first three and last four digits of a mobile number; shorter numbers keep only the last
    two."""
    if not phone:
        return None
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:] if len(phone) > 7 else phone[:3] + "****"
    return "*" * (len(phone) - 2) + phone[-2:]
