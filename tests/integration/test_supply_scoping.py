"""Supply repositories enforce row scope themselves: another area's entities, stock and warnings never leave SQL."""
from sqlalchemy import select

from domain.identity.models import Organisation
from domain.shared.pagination import PageRequest
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from domain.supply.access import OrgAccess, RuleAccess
from domain.supply.criteria import OrgCriteria, StockingGroupBy, WarningCriteria
from domain.supply.organisations import OrganisationRepository
from domain.supply.stocking import StockingRepository
from domain.supply.warning_rules import WarningRuleRepository
from domain.supply.warnings import WarningRepository


def who(tree, role: Role, division: str, org_id: int | None = None) -> Principal:
    return Principal(user_id=998, username="t", display_name="t", role=role, posts=frozenset(),
                     scopes=scopes_for(role, frozenset()), org_id=org_id, division_code=division,
                     area=tree.area(division))


async def test_a_prefecture_never_gets_another_prefectures_entities(session, tree):
    repo = OrganisationRepository(session)
    kashi = OrgAccess.of(who(tree, Role.PREFECTURE_OFFICIAL, "653100"))
    page = await repo.page(kashi, OrgCriteria(), PageRequest(first=100))
    assert page.items and all(o.division_code in tree.subtree("653100") for o in page.items)
    wlmq_ids = (await session.scalars(select(Organisation.id).where(Organisation.subtype.is_not(None),
                                                                   Organisation.division_code.like("6501%")))).all()
    assert wlmq_ids and await repo.get_many(kashi, list(wlmq_ids)) == [None] * len(wlmq_ids)
    nm = OrgAccess.of(who(tree, Role.REGION_OFFICIAL, "150000"))
    assert all(o.division_code.startswith("15") for o in (await repo.page(nm, OrgCriteria(), PageRequest(first=100))).items)


async def test_staff_get_their_own_organisation_only_whatever_their_division(session, tree):
    repo = OrganisationRepository(session)
    own = (await session.scalars(select(Organisation).where(Organisation.subtype == "PHARMACY").limit(1))).first()
    staff = OrgAccess.of(who(tree, Role.INSTITUTION_STAFF, own.division_code, own.id))
    page = await repo.page(staff, OrgCriteria(), PageRequest(first=100))
    assert [o.id for o in page.items] == [own.id]
    neighbours = (await session.scalars(select(Organisation.id).where(
        Organisation.division_code == own.division_code, Organisation.id != own.id))).all()
    assert await repo.get_many(staff, list(neighbours)) == [None] * len(neighbours)


async def test_stocking_summary_and_warnings_stay_in_the_area(session, tree):
    stocking, warnings, rules = StockingRepository(session), WarningRepository(session), WarningRuleRepository(session)
    kashi = who(tree, Role.PREFECTURE_OFFICIAL, "653100")
    groups = await stocking.summary(OrgAccess.of(kashi), OrgCriteria(), StockingGroupBy.COUNTY, None)
    assert groups and all(g.key in tree.subtree("653100") for g in groups)
    page = await warnings.page(OrgAccess.of(kashi), WarningCriteria(), PageRequest(first=100))
    assert all(w.division_code in tree.subtree("653100") for w in page.items)
    everyone = await warnings.page(OrgAccess(None), WarningCriteria(), PageRequest(first=100))
    assert any(w.division_code not in tree.subtree("653100") for w in everyone.items)
    nm_rules = await rules.rules(RuleAccess.of(who(tree, Role.REGION_OFFICIAL, "150000")))
    assert all(r.owner_division.startswith("15") for r in nm_rules)
