"""Clause documents remember their options: standard articles left out, who signs, and the
draft the current version number belongs to

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 14:00:00.000000

One column added in place (no batch copy of the table), holding a small JSON object.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "clause_documents",
        sa.Column("options", sa.Text(), nullable=False, server_default="{}"),
    )


def downgrade() -> None:
    with op.batch_alter_table("clause_documents", schema=None) as batch_op:
        batch_op.drop_column("options")
