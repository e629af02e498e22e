"""Exercises: baseline, scenarios, assumption cards

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:17:54.871634
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exercise", sa.String(length=40), nullable=True))

    op.create_table(
        "assumption_cards",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("author_party", sa.String(length=20), nullable=False),
        sa.Column("author_person_id", sa.String(length=36), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("revealed_at", sa.DateTime(), nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=True),
        sa.Column("reaction", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_person_id"],
            ["people.id"],
            name=op.f("fk_assumption_cards_author_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_assumption_cards_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assumption_cards")),
    )
    with op.batch_alter_table("assumption_cards", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assumption_cards_author_person_id"), ["author_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assumption_cards_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "scenarios",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_scenarios_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectories.id"],
            name=op.f("fk_scenarios_trajectory_id_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenarios")),
    )
    with op.batch_alter_table("scenarios", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scenarios_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_scenarios_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "assessments",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("milestone_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_assessments_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestones.id"],
            name=op.f("fk_assessments_milestone_id_milestones"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectories.id"],
            name=op.f("fk_assessments_trajectory_id_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessments_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assessments_milestone_id"), ["milestone_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessments_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "scenario_ratings",
        sa.Column("scenario_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_key", sa.String(length=100), nullable=False),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["scenarios.id"],
            name=op.f("fk_scenario_ratings_scenario_id_scenarios"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_ratings")),
    )
    with op.batch_alter_table("scenario_ratings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scenario_ratings_scenario_id"), ["scenario_id"], unique=False
        )

    op.create_table(
        "assessment_scores",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("statement_key", sa.String(length=100), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_scores_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_assessment_scores_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_scores")),
    )
    with op.batch_alter_table("assessment_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_scores_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_scores_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_scores_person_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_scores_assessment_id"))

    op.drop_table("assessment_scores")
    with op.batch_alter_table("scenario_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenario_ratings_scenario_id"))

    op.drop_table("scenario_ratings")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_assessments_milestone_id"))
        batch_op.drop_index(batch_op.f("ix_assessments_meeting_id"))

    op.drop_table("assessments")
    with op.batch_alter_table("scenarios", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenarios_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_scenarios_meeting_id"))

    op.drop_table("scenarios")
    with op.batch_alter_table("assumption_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assumption_cards_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_assumption_cards_author_person_id"))

    op.drop_table("assumption_cards")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_column("exercise")
