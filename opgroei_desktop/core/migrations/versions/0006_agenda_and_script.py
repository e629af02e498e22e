"""Agenda and script apart; a meeting's goal and party; e-mail addresses of people

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 14:00:00.000000

Every agenda item so far becomes an agenda item with one script step that takes over its
fields. The step keeps the item's id, so the meeting's current step and the entries' step
point at it without a lookup. ``entries`` is recreated for its new foreign key, and its search
triggers (0003) are created again as they were; ``agenda_items`` is recreated without the
columns that moved to the step.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MOVED = (
    "minutes",
    "instructions",
    "prompt",
    "worksheet",
    "section",
    "exercise",
    "step_key",
    "spent_seconds",
)


def upgrade() -> None:
    op.create_table(
        "script_steps",
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("worksheet", sa.String(length=40), nullable=True),
        sa.Column("section", sa.String(length=40), nullable=True),
        sa.Column("exercise", sa.String(length=40), nullable=True),
        sa.Column("format_key", sa.String(length=100), nullable=True),
        sa.Column("step_key", sa.String(length=100), nullable=True),
        sa.Column("library_instructions", sa.Text(), nullable=False),
        sa.Column("library_prompt", sa.Text(), nullable=False),
        sa.Column("spent_seconds", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_script_steps_agenda_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_steps")),
    )
    with op.batch_alter_table("script_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_script_steps_agenda_item_id"), ["agenda_item_id"], unique=False
        )
    # A library step's text is what "back to the library text" returns to; an own item has none.
    op.execute(
        """
        INSERT INTO script_steps (
            id, agenda_item_id, position, title, minutes, instructions, prompt, materials,
            worksheet, section, exercise, format_key, step_key, library_instructions,
            library_prompt, spent_seconds, created_at, updated_at, deleted_at
        )
        SELECT id, id, 0, title, minutes, instructions, prompt, '', worksheet, section,
            exercise, format_key, step_key,
            CASE WHEN format_key IS NULL THEN '' ELSE instructions END,
            CASE WHEN format_key IS NULL THEN '' ELSE prompt END,
            spent_seconds, created_at, updated_at, NULL
        FROM agenda_items
        """
    )

    # Recreating entries would lose its search triggers (0003), and SQLite refuses to rename a
    # table while another table's trigger names it: all triggers go, and come back as they were.
    bind = op.get_bind()
    triggers: list[tuple[str, str]] = []
    if bind.dialect.name == "sqlite":
        triggers = list(
            bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    with op.batch_alter_table("entries", schema=None, recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("script_step_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_entries_script_step_id"), ["script_step_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_entries_script_step_id_script_steps"),
            "script_steps",
            ["script_step_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute("UPDATE entries SET script_step_id = agenda_item_id")
    for _name, sql in triggers:
        op.execute(sql)

    op.add_column("people", sa.Column("email", sa.String(300), nullable=False, server_default=""))
    op.add_column("meetings", sa.Column("goal", sa.Text(), nullable=False, server_default=""))
    op.add_column("meetings", sa.Column("party", sa.String(length=20), nullable=True))
    op.alter_column("meetings", "current_item_id", new_column_name="current_step_id")

    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        for column in _MOVED:
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minutes", sa.Integer(), nullable=False, server_default="10"))
        batch_op.add_column(sa.Column("instructions", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("prompt", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("worksheet", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("section", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("exercise", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("step_key", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("spent_seconds", sa.Integer(), nullable=False, server_default="0")
        )
    op.alter_column("meetings", "current_step_id", new_column_name="current_item_id")
    op.drop_column("meetings", "party")
    op.drop_column("meetings", "goal")
    op.drop_column("people", "email")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_constraint("fk_entries_script_step_id_script_steps", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_entries_script_step_id"))
        batch_op.drop_column("script_step_id")
    op.drop_table("script_steps")
