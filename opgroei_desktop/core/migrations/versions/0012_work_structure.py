"""The work structure as fields: bodies, roles and decision routes on the borgen worksheet,
and the basis of each signatory's mandate

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 17:00:00.000000

New columns only, each with an empty default. SQLite adds a column in place, so no table is
recreated and the search triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_ITEM_COLUMNS = (
    ("kind", sa.String(length=40)),
    ("decides", sa.Text()),
    ("body", sa.String(length=200)),
    ("term", sa.String(length=100)),
)


def upgrade() -> None:
    with op.batch_alter_table("worksheet_items", schema=None) as batch_op:
        for name, kind in _ITEM_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=""))
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mandate_basis", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("mandate_basis")
    with op.batch_alter_table("worksheet_items", schema=None) as batch_op:
        for name, _kind in reversed(_ITEM_COLUMNS):
            batch_op.drop_column(name)
