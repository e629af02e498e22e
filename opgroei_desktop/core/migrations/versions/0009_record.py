"""The record: adopted minutes kept as adopted, reopening with a reason, cards know their lesson

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 15:00:00.000000

assumption_cards is batch-altered (a new foreign key); it has no search triggers. A card's
lesson used to be found by its quoted text; the link is made once here, for each busted card
whose lesson can be found that way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_records",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_minutes_records_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_records")),
    )
    with op.batch_alter_table("minutes_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_records_meeting_id"), ["meeting_id"], unique=False
        )
    with op.batch_alter_table("assumption_cards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lesson_entry_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_assumption_cards_lesson_entry_id"), ["lesson_entry_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_assumption_cards_lesson_entry_id_entries"),
            "entries",
            ["lesson_entry_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _link_lessons()


def _link_lessons() -> None:
    connection = op.get_bind()
    cards = connection.execute(
        sa.text(
            "SELECT id, meeting_id, text FROM assumption_cards "
            "WHERE verdict IN ('deels', 'niet_waar') ORDER BY position"
        )
    ).fetchall()
    taken: set[str] = set()
    for card_id, meeting_id, text in cards:
        opening = "“" + " ".join(text.split()) + "” (aanname van "
        lessons = connection.execute(
            sa.text(
                "SELECT id, text FROM entries WHERE meeting_id = :meeting AND kind = 'aanname' "
                "AND worksheet = 'kennen' AND deleted_at IS NULL ORDER BY created_at"
            ),
            {"meeting": meeting_id},
        ).fetchall()
        found = next((i for i, t in lessons if t.startswith(opening) and i not in taken), None)
        if found is not None:
            taken.add(found)
            connection.execute(
                sa.text("UPDATE assumption_cards SET lesson_entry_id = :entry WHERE id = :card"),
                {"entry": found, "card": card_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("assumption_cards", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_assumption_cards_lesson_entry_id_entries"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_assumption_cards_lesson_entry_id"))
        batch_op.drop_column("lesson_entry_id")
    with op.batch_alter_table("minutes_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_records_meeting_id"))
    op.drop_table("minutes_records")
