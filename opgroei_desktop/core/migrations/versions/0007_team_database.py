"""Team database: a version on every row, and PostgreSQL full-text search

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 14:00:00.000000

Every row gets ``row_version`` (1 for what is there), which the ORM raises on each update, so an
edit based on an older read is refused instead of silently overwriting someone else's.
Batch mode adds a column with ALTER TABLE on SQLite, so the search triggers of 0003 stay.

On PostgreSQL only, the four searched tables get a generated ``search_vector`` (the Dutch
configuration for stems, the simple one for word starts, accents left out) with a GIN index,
and indexes that list the newest rows first (overall and per trajectory) for common words.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = (
    "trajectories", "preconditions", "people", "meetings", "attendance", "agenda_items",
    "script_steps", "entries", "challenge_states", "worksheet_items", "agreements",
    "agreement_events", "actions", "milestones", "assessments", "assessment_scores",
    "scenarios", "scenario_ratings", "assumption_cards", "clause_documents", "clause_choices",
)  # fmt: skip

ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ"
PLAIN = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyy"

SEARCHED = {
    "entries": "text",
    "agreements": "text",
    "actions": "what",
    "worksheet_items": "title || E'\\n' || text",
}


def vector_expression(body: str) -> str:
    """The tsvector of ``body``: Dutch stems and whole words, accents folded away."""
    folded = f"translate(coalesce({body}, ''), '{ACCENTED}', '{PLAIN}')"
    return f"to_tsvector('dutch', {folded}) || to_tsvector('simple', {folded})"


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, body in SEARCHED.items():
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS ({vector_expression(body)}) STORED"
        )
        op.execute(f"CREATE INDEX search_{table}_vector ON {table} USING gin (search_vector)")
        op.execute(f"CREATE INDEX search_{table}_recent ON {table} (created_at DESC, id)")
        op.execute(
            f"CREATE INDEX search_{table}_recent_in ON {table} (trajectory_id, created_at DESC, id)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SEARCHED:
            op.execute(f"DROP INDEX IF EXISTS search_{table}_recent_in")
            op.execute(f"DROP INDEX IF EXISTS search_{table}_recent")
            op.execute(f"DROP INDEX IF EXISTS search_{table}_vector")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
