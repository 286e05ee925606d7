"""The two recency indicators of a holder (PUB-07 "recently purchased", PUB-08 "recently settled") kept as dates on
public_holder: the date of the pair's last receipt and of its last settled sale. The nearest-holders page then reads
both from the rows its KNN scan already visits, instead of two index probes per row into stock_movement and
settlement_sale (40 probes for a page of 20, about half the statement). The windows stay configuration: the query
compares the dates with "today − window".

Kept by statement-level triggers like the rest of public_holder: a new holder row takes both dates from the ledgers;
inserted receipts and settled sales move the dates forward; an update or delete of ledger rows (neither ledger is
changed by the application, both are append-only) recomputes the affected pairs.

Revision ID: 0016_holder_recency
Revises: 0015_public_holder
Create Date: 2026-11-30 23:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0016_holder_recency'
down_revision = '0015_public_holder'
branch_labels = None
depends_on = None

LAST_RECEIPT = ("(SELECT max(m.business_date) FROM stock_movement m WHERE m.organisation_id = {org} AND "
                "m.drug_code_id = {drug} AND m.kind = 'RECEIPT')")
LAST_SETTLED = ("(SELECT max(s.settled_on) FROM settlement_sale s WHERE s.organisation_id = {org} AND "
                "s.drug_code_id = {drug})")


def holders_of(drug: str, source: str, org: str, on_hand: str) -> str:
    """The holder rows of `source` (stock levels) with both dates, as in 0015 plus the two dates."""
    return f"""
    SELECT {drug}, g.id, g.subtype, g.division_code, g.lat, g.lon,
           {LAST_RECEIPT.format(org="g.id", drug=drug)}, {LAST_SETTLED.format(org="g.id", drug=drug)}
    FROM {source} JOIN organisation g ON g.id = {org}
    WHERE {on_hand} > 0 AND g.lat IS NOT NULL AND g.public_listed AND g.subtype IN ('HOSPITAL', 'PHARMACY')
"""


HOLDERS_0015 = """
    SELECT {drug}, g.id, g.subtype, g.division_code, g.lat, g.lon
    FROM {source} JOIN organisation g ON g.id = {org}
    WHERE {on_hand} > 0 AND g.lat IS NOT NULL AND g.public_listed AND g.subtype IN ('HOSPITAL', 'PHARMACY')
"""  # 0015's holder rows, for the downgrade
COLUMNS = "(drug_code_id, organisation_id, subtype, division_code, lat, lon, last_receipt_on, last_settled_on)"

# One function per ledger: (table, date column, extra condition on the ledger's rows)
LEDGERS = {
    "stock_movement": ("last_receipt_on", "business_date", "AND kind = 'RECEIPT'"),
    "settlement_sale": ("last_settled_on", "settled_on", ""),
}


def upgrade() -> None:
    op.add_column('public_holder', sa.Column('last_receipt_on', sa.Date(), nullable=True))
    op.add_column('public_holder', sa.Column('last_settled_on', sa.Date(), nullable=True))
    op.execute("UPDATE public_holder h SET last_receipt_on = "
               + LAST_RECEIPT.format(org="h.organisation_id", drug="h.drug_code_id")
               + ", last_settled_on = " + LAST_SETTLED.format(org="h.organisation_id", drug="h.drug_code_id"))
    # the holder rows written by 0015's triggers now carry the dates too
    op.execute(f"""
        CREATE OR REPLACE FUNCTION public_holder_from_levels() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM public_holder h USING old_rows o
            WHERE h.drug_code_id = o.drug_code_id AND h.organisation_id = o.organisation_id;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO public_holder {COLUMNS}
            {holders_of("n.drug_code_id", "new_rows n", "n.organisation_id", "n.on_hand")}
            ON CONFLICT (drug_code_id, organisation_id) DO NOTHING;
          END IF;
          RETURN NULL;
        END $$""")
    op.execute(f"""
        CREATE OR REPLACE FUNCTION public_holder_from_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM public_holder WHERE organisation_id = NEW.id;
          INSERT INTO public_holder {COLUMNS}
          {holders_of("l.drug_code_id", "stock_level l", "l.organisation_id", "l.on_hand")}
            AND g.id = NEW.id;
          RETURN NULL;
        END $$""")
    for table, (column, date, only) in LEDGERS.items():
        recompute = f"""
                UPDATE public_holder h SET {column} = (SELECT max(x.{date}) FROM {table} x
                  WHERE x.organisation_id = h.organisation_id AND x.drug_code_id = h.drug_code_id {only.replace("kind", "x.kind")})
                FROM (SELECT organisation_id, drug_code_id FROM {{pairs}}) p
                WHERE h.organisation_id = p.organisation_id AND h.drug_code_id = p.drug_code_id;"""
        # plpgsql plans a branch when it runs, so each branch names only the transition tables its event has
        op.execute(f"""
            CREATE FUNCTION public_holder_{column}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                UPDATE public_holder h SET {column} = greatest(h.{column}, n.last)
                FROM (SELECT organisation_id, drug_code_id, max({date}) AS last FROM new_rows
                      WHERE true {only} GROUP BY 1, 2) n
                WHERE h.organisation_id = n.organisation_id AND h.drug_code_id = n.drug_code_id
                  AND h.{column} IS DISTINCT FROM greatest(h.{column}, n.last);
              ELSIF TG_OP = 'UPDATE' THEN{recompute.format(pairs="old_rows UNION SELECT organisation_id, drug_code_id FROM new_rows")}
              ELSE{recompute.format(pairs="old_rows")}
              END IF;
              RETURN NULL;
            END $$""")
        op.execute(f"CREATE TRIGGER public_holder_{column}_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS "
                   f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_{column}()")
        op.execute(f"CREATE TRIGGER public_holder_{column}_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS "
                   f"old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_{column}()")
        op.execute(f"CREATE TRIGGER public_holder_{column}_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS "
                   f"old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_{column}()")


def downgrade() -> None:
    for table, (column, _date, _only) in LEDGERS.items():
        for t in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS public_holder_{column}_{t} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS public_holder_{column}()")
    # 0015's functions without the dates
    holders = HOLDERS_0015
    cols = "(drug_code_id, organisation_id, subtype, division_code, lat, lon)"
    op.execute(f"""
        CREATE OR REPLACE FUNCTION public_holder_from_levels() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM public_holder h USING old_rows o
            WHERE h.drug_code_id = o.drug_code_id AND h.organisation_id = o.organisation_id;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO public_holder {cols}
            {holders.format(drug="n.drug_code_id", source="new_rows n", org="n.organisation_id", on_hand="n.on_hand")}
            ON CONFLICT (drug_code_id, organisation_id) DO NOTHING;
          END IF;
          RETURN NULL;
        END $$""")
    op.execute(f"""
        CREATE OR REPLACE FUNCTION public_holder_from_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM public_holder WHERE organisation_id = NEW.id;
          INSERT INTO public_holder {cols}
          {holders.format(drug="l.drug_code_id", source="stock_level l", org="l.organisation_id", on_hand="l.on_hand")}
            AND g.id = NEW.id;
          RETURN NULL;
        END $$""")
    op.drop_column('public_holder', 'last_settled_on')
    op.drop_column('public_holder', 'last_receipt_on')
