"""One- and two-character drug searches (domain.drugs.search): the gram index narrows, the ILIKE decides, so the answers
are those of the plain `search_text ILIKE '%term%'`, and PostgreSQL can use the index instead of reading every row."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from domain.drugs.access import TagAccess
from domain.drugs.criteria import DrugCriteria, DrugSort
from domain.drugs.repository import DrugRepository
from domain.shared.db import like_escape
from domain.shared.pagination import PageRequest

ALL = TagAccess(None, None)


async def _terms(session) -> list[str]:
    names = (await session.execute(text("SELECT search_text FROM drug_code ORDER BY id LIMIT 40"))).scalars().all()
    picked = {t[i:i + n] for t in names for i, n in ((0, 2), (1, 2), (3, 1)) if len(t) > i + n}
    return sorted(t for t in picked if t.strip() == t and t)[:25] + ["片", "胶囊", "%", "_", "A", "ab", "Ⅱ", "无此"]


async def _plain(session, term: str) -> list[int]:
    rows = await session.execute(text("SELECT id FROM drug_code WHERE search_text ILIKE :p ORDER BY code, id"),
                                 {"p": f"%{like_escape(term)}%"})
    return list(rows.scalars())


@pytest.mark.parametrize("field", ["search", "name"])
async def test_short_terms_find_what_the_plain_ilike_finds(session, field: str):
    repo = DrugRepository(session)
    checked = 0
    for term in await _terms(session):
        want = await _plain(session, term)
        page = await repo.page(DrugCriteria(**{field: term}), DrugSort.CODE_ASC, PageRequest(first=100), ALL)
        got = [d.id for d in page.items]
        if field == "search" and (term.isascii() and term.isalnum()):
            assert set(want[:100]) <= set(got) or len(want) > 100, term   # also initials / code prefixes
        else:
            assert got == want[:100], term
            assert await page.count() == len(want), term
        checked += 1
    assert checked >= 20


async def test_the_gram_index_serves_a_two_character_term(session):
    await session.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join((await session.execute(text(
        "EXPLAIN SELECT id FROM drug_code WHERE zl_search_grams(search_text) @> ARRAY[lower(:t)] "
        "AND search_text ILIKE :p"), {"t": "布洛", "p": "%布洛%"})).scalars())
    assert "ix_drug_code_search_grams" in plan, plan


