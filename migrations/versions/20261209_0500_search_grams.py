"""One- and two-character drug searches by index (domain.drugs.search): pg_trgm extracts no trigram from a two-character
term, so `ILIKE '%布洛%'` read every drug code. zl_search_grams(text) is every distinct one- and two-character piece of
the lower-cased text; a GIN index on it finds the candidates and the ILIKE still decides.

Revision ID: 0023_search_grams
Revises: 0022_workflow_from_states
Create Date: 2026-12-09 05:00:00+08:00
"""
from __future__ import annotations

from alembic import op

revision = "0023_search_grams"
down_revision = "0022_workflow_from_states"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE FUNCTION zl_search_grams(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
                SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, char_length(t)) AS i
                UNION ALL
                SELECT substr(lower(t), i, 2) FROM generate_series(1, char_length(t) - 1) AS i) AS grams
        $$""")
    op.execute("CREATE INDEX ix_drug_code_search_grams ON drug_code USING gin (zl_search_grams(search_text))")


def downgrade() -> None:
    op.execute("DROP INDEX ix_drug_code_search_grams")
    op.execute("DROP FUNCTION zl_search_grams(text)")
