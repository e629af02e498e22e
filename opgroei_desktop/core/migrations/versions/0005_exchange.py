"""Exchange: this data folder's own id, and what was last exchanged per trajectory and peer

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 14:00:00.000000

Only new tables: no existing table is batch-altered, so the search triggers of 0003 stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_identity",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_identity")),
    )
    op.create_table(
        "exchange_snapshots",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("archive_id", sa.String(length=36), nullable=False),
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("archive_created", sa.DateTime(), nullable=False),
        sa.Column("rows", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_snapshots")),
    )
    with op.batch_alter_table("exchange_snapshots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_snapshots_archive_id"), ["archive_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchange_snapshots_trajectory_id"), ["trajectory_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("exchange_snapshots")
    op.drop_table("exchange_identity")
