"""Repositories enforce row scope themselves: what an area may not see never leaves the database."""
from domain.audit.access import AuditAccess
from domain.audit.repository import AuditCriteria, AuditRepository
from domain.catalog.access import CatalogAccess
from domain.drugs.access import TagAccess
from domain.catalog.repository import CatalogRepository
from domain.drugs.criteria import DrugCriteria, DrugSort
from domain.drugs.repository import DrugRepository
from domain.drugs.tags import TagRepository
from domain.shared.pagination import PageRequest
from domain.shared.principal import Principal
from domain.shared.scopes import Post, Role, scopes_for


def official(tree, role: Role, division: str, *posts: Post) -> Principal:
    return Principal(user_id=999, username="t", display_name="t", role=role, posts=frozenset(posts),
                     scopes=scopes_for(role, frozenset(posts)), org_id=None, division_code=division,
                     area=tree.area(division))


async def test_divisions_cover_xinjiang_and_the_other_source_regions(tree):
    xj = tree.area("650000").codes
    assert {"659900", "653228", "653229", "650400", "650500"} <= xj
    assert len([c for c in tree.children.get("150900", [])]) == 11
    assert len(tree.children.get("410500", [])) == 9 and len(tree.children.get("410200", [])) == 9


async def test_prefecture_gets_only_published_region_versions(session, tree):
    repo = CatalogRepository(session)
    page = await repo.page(CatalogAccess.of(official(tree, Role.PREFECTURE_OFFICIAL, "650100")), PageRequest(first=100))
    assert page.items and all(v.state == "PUBLISHED" and v.owner_division == "650000" for v in page.items)


async def test_maintainer_sees_own_region_drafts_never_another_regions(session, tree):
    repo = CatalogRepository(session)
    nm = CatalogAccess.of(official(tree, Role.REGION_OFFICIAL, "150000", Post.CATALOG_MAINTAINER))
    page = await repo.page(nm, PageRequest(first=100))
    assert page.items and all(v.owner_division == "150000" for v in page.items)
    xj_ids = [v.id for v in (await repo.page(CatalogAccess.of(official(tree, Role.REGION_OFFICIAL, "650000",
                                                                        Post.CATALOG_MAINTAINER)),
                                              PageRequest(first=100))).items]
    assert await repo.get_many(nm, xj_ids) == [None] * len(xj_ids)
    for vid in xj_ids[:3]:
        assert await repo.get(nm, vid) is None


async def test_entries_by_drug_only_come_from_visible_versions(session, tree):
    repo = CatalogRepository(session)
    drafts = await repo.page(CatalogAccess(None, None), PageRequest(first=100), state="DRAFT")
    draft_ids = {v.id for v in drafts.items}
    pref = CatalogAccess.of(official(tree, Role.PREFECTURE_OFFICIAL, "650100"))
    drugs = await DrugRepository(session).page(DrugCriteria(), DrugSort.CODE_ASC, PageRequest(first=50),
                                               TagAccess(None, None))
    for entries in await repo.entries_by_drug_ids(pref, [d.id for d in drugs.items]):
        assert all(e.version_id not in draft_ids for e in entries)


async def test_tags_of_one_prefecture_are_invisible_to_another(session, tree):
    repo = TagRepository(session)
    wlmq = {t.owner_division for t in await repo.tags(TagAccess.of(official(tree, Role.PREFECTURE_OFFICIAL, "650100")))}
    kashi = {t.owner_division for t in await repo.tags(TagAccess.of(official(tree, Role.PREFECTURE_OFFICIAL, "653100")))}
    assert "650100" not in kashi and wlmq <= {"650000", "650100"}


async def test_audit_rows_stay_in_their_area(db, session, tree):
    async with db.write_sessions() as w:
        writer = AuditRepository(w)
        mine, theirs = (writer.record(Principal.system(), "test.scope", "Test", "1", division_code=d)
                        for d in ("150902", "650102"))
        await w.commit()
    repo = AuditRepository(session)
    area = tree.area("150900")
    wlcb = AuditAccess.of(official(tree, Role.PREFECTURE_OFFICIAL, "150900"))
    page = await repo.page(wlcb, AuditCriteria(), PageRequest(first=100))
    assert mine.id in {r.id for r in page.items} and all(r.division_code in area.codes for r in page.items)
    assert (await repo.get(wlcb, mine.id)).id == mine.id and await repo.get(wlcb, theirs.id) is None
    nobody = AuditAccess.of(Principal.anonymous())
    assert await (await repo.page(nobody, AuditCriteria(), PageRequest(first=1))).count() == 0
