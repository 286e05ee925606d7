"""Who sees which exchange rows (pure; ExchangeRepository applies it in SQL).

Uploads, order lines and delivery statistics follow the supply entities' rule (domain.supply.access.OrgAccess:
officials their area, an enterprise or institution its own; an order line is seen by both its parties). Offers are
wider for institutions: they see the wholesalers they may buy from.

Deliveries concern both ends (SUP-03 distributors, SUP-04 in-transit to designated institutions; 00-overview §4:
prefecture officials see their own prefecture): an official sees a delivery order when the distributor OR the
receiving institution is in the official's area, so a distributor of prefecture A delivering to an institution of
prefecture B is seen by A and by B, and by nobody else. ExchangeRepository applies this one rule
(`delivery_in_area`) to order lines, to delivery statistics (an official also gets the distributors from elsewhere
that delivered into the area, counted over those deliveries only) and to the divisionCode filter."""
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
