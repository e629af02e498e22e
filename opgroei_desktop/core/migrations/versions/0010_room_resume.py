"""Minutes added to a script step during a meeting, and anonymous respondents of a baseline

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 14:30:00.000000

Two new columns only. SQLite adds a column in place, so no table is recreated and the search
triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("script_steps", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("extra_seconds", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("assessment_scores", schema=None) as batch_op:
        batch_op.add_column(sa.Column("respondent", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_scores", schema=None) as batch_op:
        batch_op.drop_column("respondent")
    with op.batch_alter_table("script_steps", schema=None) as batch_op:
        batch_op.drop_column("extra_seconds")
