"""Alembic environment: run against the connection the store hands over."""

from __future__ import annotations

from alembic import context
from alembic.runtime.environment import NameFilterParentNames, NameFilterType

from opgroei_desktop.core.models import Base
from opgroei_desktop.core.search import SEARCH_TABLE_PREFIX


def _modelled(name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames) -> bool:
    """The search index (0003, and 0007 on PostgreSQL) is not modelled; autogenerate leaves it."""
    return not (name or "").startswith(SEARCH_TABLE_PREFIX)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=_modelled,
)
with context.begin_transaction():
    context.run_migrations()
