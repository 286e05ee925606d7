"""Workflow timelines: audit rows written with the state after the transition as their from-state get the state
before it (issue 14 item 16). Two call sites read the state back after the UPDATE had refreshed the object:
inquiry feedback (recorded PENDING_REVIEW → PENDING_REVIEW; its only source is PENDING_FEEDBACK) and adding a
warning to an inquiry (IN_INQUIRY → IN_INQUIRY; the warning was ALERTED if an alert was recorded for it before,
else IDENTIFIED). Correcting the rows is the point of the audit trail being the timeline's source; the rows'
other columns stay as written.

Revision ID: 0022_workflow_from_states
Revises: 0021_personal_text
"""
from __future__ import annotations

from alembic import op

revision = "0022_workflow_from_states"
down_revision = "0021_personal_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        UPDATE audit_log SET before = jsonb_set(before, '{state}', '"PENDING_FEEDBACK"')
        WHERE action = 'inquiry.feedback' AND before ->> 'state' = 'PENDING_REVIEW'""")
    op.execute("""
        UPDATE audit_log a SET before = jsonb_set(a.before, '{state}', to_jsonb(
            CASE WHEN EXISTS (SELECT 1 FROM audit_log p WHERE p.entity_type = a.entity_type
                              AND p.entity_id = a.entity_id AND p.action = 'warning.alert' AND p.id < a.id)
                 THEN 'ALERTED' ELSE 'IDENTIFIED' END))
        WHERE a.action = 'warning.inquire' AND a.before ->> 'state' = 'IN_INQUIRY'""")


def downgrade() -> None:
    pass  # the wrong from-states are not worth restoring
