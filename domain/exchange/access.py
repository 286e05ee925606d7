"""Who sees which exchange rows (pure; ExchangeRepository applies it in SQL).

Uploads, order lines and delivery statistics follow the supply entities' rule (domain.supply.access.OrgAccess:
officials their area, an enterprise or institution its own; an order line is seen by both its parties). Offers are
wider for institutions: they see the wholesalers they may buy from."""
from __future__ import annotations

from domain.divisions.models import DivisionTree
from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES, Role
from domain.supply.access import OrgAccess


def offer_access(who: Principal, tree: DivisionTree) -> OrgAccess:
    """Whose offers a caller sees (SUP-06): officials their area's wholesalers; designated institutions every
    wholesaler of their province-level region (whom they may buy from); a wholesaler only its own."""
    if who.area.everything:
        return OrgAccess(None)
    if who.role in OFFICIAL_ROLES:
        return OrgAccess(who.area.codes)
    if who.role == Role.INSTITUTION_STAFF and who.area.root is not None:
        region = who.area.ancestors[-1] if who.area.ancestors else who.area.root
        return OrgAccess(tree.subtree(region))
    return OrgAccess(None, who.org_id) if who.org_id is not None else OrgAccess(frozenset())
