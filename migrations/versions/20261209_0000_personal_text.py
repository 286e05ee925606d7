"""Personal data typed into free text (issue 14 item 8): each free-text column keeps the masked text and a `…_clear`
companion the text as written, only where it held a phone, ID or bank card number (domain.shared.personal). Existing
rows are masked here, and the audit log's texts too (it must never hold such numbers in clear).

Revision ID: 0021_personal_text
Revises: 0020_supply_sources
Create Date: 2026-12-09 00:00:00+08:00
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from domain.shared.personal import mask_deep, mask_text, protect

revision = "0021_personal_text"
down_revision = "0020_supply_sources"
branch_labels = None
depends_on = None

COLUMNS = {"public_feedback": ("description", "handling_note"), "institution_rating": ("comment",),
           "purchase_need": ("note", "analysis_note"), "inquiry_task": ("feedback",)}
# seven digits in a row, separators allowed: the rows that may hold personal data
CANDIDATE = r"[0-9０-９][0-9０-９ ()（）+＋－-]{6,}"


def upgrade() -> None:
    bind = op.get_bind()
    for table, columns in COLUMNS.items():
        for c in columns:
            op.add_column(table, sa.Column(f"{c}_clear", sa.Text(), nullable=True))
            rows = bind.execute(sa.text(f"SELECT id, {c} FROM {table} WHERE {c} ~ :p"), {"p": CANDIDATE}).all()
            for row_id, value in rows:
                masked, clear = protect(value)
                if clear is not None:
                    bind.execute(sa.text(f"UPDATE {table} SET {c} = :m, {c}_clear = :c WHERE id = :id"),
                                 {"m": masked, "c": clear, "id": row_id})
    rows = bind.execute(sa.text("SELECT id, opinion, before, after, entity_label FROM audit_log "
                                "WHERE opinion ~ :p OR before::text ~ :p OR after::text ~ :p OR entity_label ~ :p"),
                        {"p": CANDIDATE}).all()
    for row_id, opinion, before, after, label in rows:
        bind.execute(sa.text("UPDATE audit_log SET opinion = :o, before = CAST(:b AS jsonb), "
                             "after = CAST(:a AS jsonb), entity_label = :l WHERE id = :id"),
                     {"o": mask_text(opinion), "b": _json(mask_deep(before)), "a": _json(mask_deep(after)),
                      "l": mask_text(label), "id": row_id})


def _json(v: object) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        for c in columns:
            op.execute(f"UPDATE {table} SET {c} = {c}_clear WHERE {c}_clear IS NOT NULL")
            op.drop_column(table, f"{c}_clear")
