"""Token revocation (issue 14 item 5): each account carries a token version, written into every token it is issued
and compared on each request. A trigger bumps it whenever what a token stands for changes (deactivation, password,
role, posts, organisation), by whatever path the row changes (service, seed, SQL by an administrator), so every
token issued before is refused at once.

Revision ID: 0024_token_version
Revises: 0023_search_grams
Create Date: 2026-12-09 03:00:00+08:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024_token_version"
down_revision = "0023_search_grams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("app_user", sa.Column("token_version", sa.Integer(), server_default=sa.text("0"), nullable=False))
    op.execute("""
CREATE FUNCTION app_user_token_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.active IS DISTINCT FROM OLD.active OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.role IS DISTINCT FROM OLD.role OR NEW.posts IS DISTINCT FROM OLD.posts
     OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id THEN
    NEW.token_version := OLD.token_version + 1;
  END IF;
  RETURN NEW;
END $$""")
    op.execute("CREATE TRIGGER app_user_token_version BEFORE UPDATE ON app_user FOR EACH ROW "
               "EXECUTE FUNCTION app_user_token_version()")


def downgrade() -> None:
    op.execute("DROP TRIGGER app_user_token_version ON app_user")
    op.execute("DROP FUNCTION app_user_token_version()")
    op.drop_column("app_user", "token_version")
