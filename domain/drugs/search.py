"""Matching a user's term against drug codes' search text (names), one expression for every drug search.

`search_text ILIKE '%term%'` decides; an index only narrows the rows it reads. pg_trgm's GIN index serves terms of
three characters or more. From one- or two-character terms (布洛, 胰岛 — a fifth of what people type) pg_trgm
extracts no trigram, and PostgreSQL read every drug code. For those, `zl_search_grams(search_text)` (every distinct
one- and two-character piece of the lower-cased text, migration 0023) has a GIN index, and containing the lower-cased
term is a necessary condition of the ILIKE: the answers are the same, the index finds the candidates.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, and_, bindparam, func
from sqlalchemy.dialects.postgresql import ARRAY, array

from domain.drugs.models import DrugCode

SHORT_TERM = 2


def is_short(term: str) -> bool:
    """Whether a (stripped) term is served by the gram index rather than the trigram index."""
    return 0 < len(term) <= SHORT_TERM


def matches(pattern: str, term: str | None = None) -> Any:
    """`search_text ILIKE :pattern` (the bound value is `%like_escaped term%`); with `term` (the bound name of the
    raw term, when it is short) also the gram-index condition."""
    like = DrugCode.search_text.ilike(bindparam(pattern, type_=String))
    if term is None:
        return like
    grams = func.zl_search_grams(DrugCode.search_text, type_=ARRAY(Text))
    return and_(grams.contains(array([func.lower(bindparam(term, type_=String))])), like)
