"""Where each drug is held, positioned (PUB-05: the nearest holders of a drug): one row per listed, positioned
institution × drug with stock on hand, with a GiST index on (drug, position) so a nearest-first scan visits that
drug's holders only. Kept by triggers on stock_level (statement-level, set-based) and organisation (position,
listing, kind), so every write path — stock reports, Excel uploads, seeds, institution edits — keeps it exact.

Revision ID: 0015_public_holder
Revises: 0014_receipt_index
Create Date: 2026-11-30 22:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0015_public_holder'
down_revision = '0014_receipt_index'
branch_labels = None
depends_on = None

HOLDERS_OF = """
    SELECT {drug}, g.id, g.subtype, g.division_code, g.lat, g.lon
    FROM {source} JOIN organisation g ON g.id = {org}
    WHERE {on_hand} > 0 AND g.lat IS NOT NULL AND g.public_listed AND g.subtype IN ('HOSPITAL', 'PHARMACY')
"""


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.create_table(
        'public_holder',
        sa.Column('drug_code_id', sa.Integer(), nullable=False),
        sa.Column('organisation_id', sa.Integer(), nullable=False),
        sa.Column('subtype', sa.String(length=16), nullable=False),
        sa.Column('division_code', sa.String(length=6), nullable=False),
        sa.Column('lat', sa.Double(), nullable=False),
        sa.Column('lon', sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE',
                                name=op.f('fk_public_holder_organisation_id_organisation')),
        sa.PrimaryKeyConstraint('drug_code_id', 'organisation_id', name=op.f('pk_public_holder')),
    )
    op.execute("CREATE INDEX ix_public_holder_knn ON public_holder USING gist (drug_code_id, ll_to_earth(lat, lon))")
    op.execute("CREATE INDEX ix_public_holder_organisation_id ON public_holder (organisation_id)")
    op.execute("INSERT INTO public_holder " + HOLDERS_OF.format(drug="l.drug_code_id", source="stock_level l",
                                                                org="l.organisation_id", on_hand="l.on_hand"))
    op.execute(f"""
        CREATE FUNCTION public_holder_from_levels() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM public_holder h USING old_rows o
            WHERE h.drug_code_id = o.drug_code_id AND h.organisation_id = o.organisation_id;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO public_holder (drug_code_id, organisation_id, subtype, division_code, lat, lon)
            {HOLDERS_OF.format(drug="n.drug_code_id", source="new_rows n", org="n.organisation_id", on_hand="n.on_hand")}
            ON CONFLICT (drug_code_id, organisation_id) DO NOTHING;
          END IF;
          RETURN NULL;
        END $$""")
    op.execute("CREATE TRIGGER public_holder_levels_insert AFTER INSERT ON stock_level REFERENCING NEW TABLE AS "
               "new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_from_levels()")
    op.execute("CREATE TRIGGER public_holder_levels_update AFTER UPDATE ON stock_level REFERENCING OLD TABLE AS "
               "old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_from_levels()")
    op.execute("CREATE TRIGGER public_holder_levels_delete AFTER DELETE ON stock_level REFERENCING OLD TABLE AS "
               "old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_from_levels()")
    op.execute(f"""
        CREATE FUNCTION public_holder_from_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM public_holder WHERE organisation_id = NEW.id;
          INSERT INTO public_holder (drug_code_id, organisation_id, subtype, division_code, lat, lon)
          {HOLDERS_OF.format(drug="l.drug_code_id", source="stock_level l", org="l.organisation_id", on_hand="l.on_hand")}
            AND g.id = NEW.id;
          RETURN NULL;
        END $$""")
    op.execute("CREATE TRIGGER public_holder_organisation AFTER UPDATE OF lat, lon, public_listed, subtype, "
               "division_code ON organisation FOR EACH ROW WHEN (OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lon IS "
               "DISTINCT FROM NEW.lon OR OLD.public_listed IS DISTINCT FROM NEW.public_listed OR OLD.subtype IS "
               "DISTINCT FROM NEW.subtype OR OLD.division_code IS DISTINCT FROM NEW.division_code) "
               "EXECUTE FUNCTION public_holder_from_organisation()")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS public_holder_organisation ON organisation")
    for t in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS public_holder_levels_{t} ON stock_level")
    op.execute("DROP FUNCTION IF EXISTS public_holder_from_organisation()")
    op.execute("DROP FUNCTION IF EXISTS public_holder_from_levels()")
    op.drop_table('public_holder')
