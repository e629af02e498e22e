"""Clause documents: drafted agreements per trajectory and type, with per-agreement choices

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00.000000

Only new tables: no existing table is batch-altered, so the search triggers of 0003 stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "clause_documents",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("doc_type", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("last_exported_at", sa.DateTime(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectories.id"],
            name=op.f("fk_clause_documents_trajectory_id_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause_documents")),
    )
    with op.batch_alter_table("clause_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_clause_documents_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "clause_choices",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_clause_choices_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["clause_documents.id"],
            name=op.f("fk_clause_choices_document_id_clause_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause_choices")),
    )
    with op.batch_alter_table("clause_choices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_clause_choices_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_clause_choices_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("clause_choices")
    op.drop_table("clause_documents")
