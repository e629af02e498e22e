"""The secretary's account per agenda item, and whether the captured lines go into an annex

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 17:00:00.000000

Two new columns only. SQLite adds a column in place, so no table is recreated and the search
triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("account", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("notes_annex", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("notes_annex")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_column("account")
