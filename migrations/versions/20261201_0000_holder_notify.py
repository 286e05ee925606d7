"""Tell the API processes which drugs' holders changed (NOTIFY public_holder), so each can keep the nearest-holders
candidate sets it computed (domain.public.nearby) until they change instead of asking PostgreSQL on every request.

- public_holder gets statement-level triggers (insert, update, delete with transition tables; truncate) that send
  `pg_notify('public_holder', '<drug id>,<drug id>,…')` — or '*' when the list would not fit a notification — once
  per statement. PostgreSQL delivers it at commit, to every listening session, and drops duplicates within a
  transaction.
- public_holder_from_levels (0015/0016) no longer deletes and re-inserts the holder rows of every updated stock
  level: it deletes only the pairs that stopped holding and inserts those that started (the dates are kept by the
  ledgers' triggers). A daily stock report then changes public_holder, and so notifies, only where a drug appeared
  or ran out, not for every drug it mentions.

Revision ID: 0017_holder_notify
Revises: 0016_holder_recency
Create Date: 2026-12-01 00:00:00+08:00
"""
from __future__ import annotations

from alembic import op


revision = '0017_holder_notify'
down_revision = '0016_holder_recency'
branch_labels = None
depends_on = None

COLUMNS = "(drug_code_id, organisation_id, subtype, division_code, lat, lon, last_receipt_on, last_settled_on)"
LAST_RECEIPT = ("(SELECT max(m.business_date) FROM stock_movement m WHERE m.organisation_id = g.id AND "
                "m.drug_code_id = n.drug_code_id AND m.kind = 'RECEIPT')")
LAST_SETTLED = ("(SELECT max(s.settled_on) FROM settlement_sale s WHERE s.organisation_id = g.id AND "
                "s.drug_code_id = n.drug_code_id)")
INSERT_NEW = f"""
            INSERT INTO public_holder {COLUMNS}
            SELECT n.drug_code_id, g.id, g.subtype, g.division_code, g.lat, g.lon, {LAST_RECEIPT}, {LAST_SETTLED}
            FROM new_rows n JOIN organisation g ON g.id = n.organisation_id
            WHERE n.on_hand > 0 AND g.lat IS NOT NULL AND g.public_listed AND g.subtype IN ('HOSPITAL', 'PHARMACY')
            ON CONFLICT (drug_code_id, organisation_id) DO NOTHING;"""
DELETE_OLD = """
            DELETE FROM public_holder h USING old_rows o
            WHERE h.drug_code_id = o.drug_code_id AND h.organisation_id = o.organisation_id{extra};"""
STILL_HELD = ("\n              AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.drug_code_id = o.drug_code_id "
              "AND n.organisation_id = o.organisation_id AND n.on_hand > 0)")


def _levels_function(update_keeps_rows: bool) -> str:
    # plpgsql plans a branch when it runs, so each branch names only the transition tables its event has
    update = (DELETE_OLD.format(extra=STILL_HELD) if update_keeps_rows else DELETE_OLD.format(extra="")) + INSERT_NEW
    return f"""
        CREATE OR REPLACE FUNCTION public_holder_from_levels() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' THEN{update}
          ELSIF TG_OP = 'DELETE' THEN{DELETE_OLD.format(extra="")}
          ELSE{INSERT_NEW}
          END IF;
          RETURN NULL;
        END $$"""


def _ids(source: str) -> str:
    return f"SELECT string_agg(DISTINCT drug_code_id::text, ',') INTO ids FROM {source};"


def upgrade() -> None:
    op.execute(_levels_function(update_keeps_rows=True))
    op.execute(f"""
        CREATE FUNCTION public_holder_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE ids text;
        BEGIN
          IF TG_OP = 'INSERT' THEN {_ids("new_rows")}
          ELSIF TG_OP = 'DELETE' THEN {_ids("old_rows")}
          ELSIF TG_OP = 'UPDATE' THEN
            {_ids("(SELECT drug_code_id FROM old_rows UNION ALL SELECT drug_code_id FROM new_rows) AS changed")}
          ELSE ids := '*';
          END IF;
          IF ids IS NOT NULL THEN
            PERFORM pg_notify('public_holder', CASE WHEN length(ids) > 7000 THEN '*' ELSE ids END);
          END IF;
          RETURN NULL;
        END $$""")
    op.execute("CREATE TRIGGER public_holder_notify_insert AFTER INSERT ON public_holder REFERENCING NEW TABLE AS "
               "new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_notify()")
    op.execute("CREATE TRIGGER public_holder_notify_update AFTER UPDATE ON public_holder REFERENCING OLD TABLE AS "
               "old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_notify()")
    op.execute("CREATE TRIGGER public_holder_notify_delete AFTER DELETE ON public_holder REFERENCING OLD TABLE AS "
               "old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_holder_notify()")
    op.execute("CREATE TRIGGER public_holder_notify_truncate AFTER TRUNCATE ON public_holder "
               "FOR EACH STATEMENT EXECUTE FUNCTION public_holder_notify()")


def downgrade() -> None:
    for t in ("insert", "update", "delete", "truncate"):
        op.execute(f"DROP TRIGGER IF EXISTS public_holder_notify_{t} ON public_holder")
    op.execute("DROP FUNCTION IF EXISTS public_holder_notify()")
    op.execute(_levels_function(update_keeps_rows=False))
