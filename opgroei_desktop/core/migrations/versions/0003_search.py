"""Search: an FTS5 index over entries, agreements, actions and worksheet items

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00.000000

Only on SQLite with FTS5; elsewhere search falls back to LIKE and this revision does nothing.
``search_docs`` gives every indexed row a stable integer id (the FTS rowid), so triggers find
and replace a row's index entry by key instead of scanning the index. A soft-deleted row keeps
its ``search_docs`` line (and so its place in the newest-first order) but leaves the index.

Note for later revisions: Alembic batch mode recreates a table, which drops its triggers; a
revision that batch-alters one of the four indexed tables must create its triggers again.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import OperationalError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# kind, table, indexed text, meeting, columns whose change re-indexes the row
SOURCES = (
    ("entry", "entries", "{r}.text", "{r}.meeting_id", "text, meeting_id, worksheet"),
    (
        "agreement",
        "agreements",
        "{r}.text",
        "(SELECT meeting_id FROM entries WHERE entries.id = {r}.source_entry_id)",
        "text, worksheet, source_entry_id",
    ),
    ("action", "actions", "{r}.what", "{r}.meeting_id", "what, meeting_id, worksheet"),
    (
        "worksheet_item",
        "worksheet_items",
        "{r}.title || char(10) || {r}.text",
        "NULL",
        "title, text, worksheet",
    ),
)


def _fts5_available() -> bool:
    try:
        op.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
    except OperationalError:
        return False
    op.execute("DROP TABLE temp.fts5_probe")
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite" or not _fts5_available():
        return
    op.execute(
        """
        CREATE TABLE search_docs (
            doc_id INTEGER PRIMARY KEY,
            kind VARCHAR(20) NOT NULL,
            ref VARCHAR(36) NOT NULL,
            trajectory_id VARCHAR(36) NOT NULL,
            meeting_id VARCHAR(36),
            worksheet VARCHAR(40),
            CONSTRAINT uq_search_docs_kind_ref UNIQUE (kind, ref)
        )
        """
    )
    op.execute("CREATE INDEX ix_search_docs_trajectory_id ON search_docs (trajectory_id)")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for kind, table, body, meeting, columns in SOURCES:
        _create_triggers(kind, table, body, meeting, columns)
    _populate()


def _create_triggers(kind: str, table: str, body: str, meeting: str, columns: str) -> None:
    new_body, new_meeting = body.format(r="new"), meeting.format(r="new")
    this_doc = f"search_docs.kind = '{kind}' AND search_docs.ref = new.id"
    old_doc = f"(SELECT doc_id FROM search_docs WHERE kind = '{kind}' AND ref = old.id)"
    index_new = (
        f"INSERT INTO search_index (rowid, body) SELECT doc_id, {new_body} FROM search_docs "
        f"WHERE {this_doc} AND new.deleted_at IS NULL;"
    )
    op.execute(
        f"""
        CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN
            INSERT OR IGNORE INTO search_docs (kind, ref, trajectory_id, meeting_id, worksheet)
            VALUES ('{kind}', new.id, new.trajectory_id, {new_meeting}, new.worksheet);
            {index_new}
        END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER search_{table}_update
        AFTER UPDATE OF {columns}, deleted_at, trajectory_id ON {table} BEGIN
            DELETE FROM search_index WHERE rowid = {old_doc};
            INSERT OR IGNORE INTO search_docs (kind, ref, trajectory_id, meeting_id, worksheet)
            VALUES ('{kind}', old.id, new.trajectory_id, {new_meeting}, new.worksheet);
            UPDATE search_docs SET trajectory_id = new.trajectory_id,
                meeting_id = {new_meeting}, worksheet = new.worksheet
            WHERE kind = '{kind}' AND ref = old.id;
            {index_new}
        END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM search_index WHERE rowid = {old_doc};
            DELETE FROM search_docs WHERE kind = '{kind}' AND ref = old.id;
        END
        """
    )


def _populate() -> None:
    """Index what is already there, oldest first, so newest-first order holds for old rows."""
    rows = " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, r.id AS ref, r.trajectory_id AS trajectory_id, "
        f"{meeting.format(r='r')} AS meeting_id, r.worksheet AS worksheet, "
        f"r.created_at AS created_at FROM {table} r"
        for kind, table, _body, meeting, _columns in SOURCES
    )
    op.execute(
        "INSERT INTO search_docs (kind, ref, trajectory_id, meeting_id, worksheet) "
        f"SELECT kind, ref, trajectory_id, meeting_id, worksheet FROM ({rows}) "
        "ORDER BY created_at, ref"
    )
    for kind, table, body, _meeting, _columns in SOURCES:
        op.execute(
            f"INSERT INTO search_index (rowid, body) SELECT d.doc_id, {body.format(r='r')} "
            f"FROM search_docs d JOIN {table} r ON r.id = d.ref "
            f"WHERE d.kind = '{kind}' AND r.deleted_at IS NULL"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _kind, table, _body, _meeting, _columns in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_docs")
