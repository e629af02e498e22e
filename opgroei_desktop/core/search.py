"""Search across everything said, agreed and planned: in one trajectory or in all of them.

One interface, three ways to answer: on SQLite with FTS5 the ``search_index`` table (migration
0003); on PostgreSQL the generated ``search_vector`` columns with their GIN indexes (migration
0007: Dutch stems and whole words, so "zonnepanelen" also finds "zonnepaneel"); anywhere else
(a Python build without FTS5) a LIKE scan with the same meaning. Each lists the newest rows
first. Either way the search ignores case and accents, treats every word typed as the start of
a word in the text (so results appear while the user is still typing), and never lets the user's
input be read as query syntax: ``"``, ``AND (`` or ``*`` are just characters.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from itertools import islice
from typing import Any

from sqlalchemy import String, func, literal, select, text, union_all

from .models import Action, Agreement, Entry, Meeting, Trajectory, WorksheetItem
from .store import Store

MAX_TERMS = 8
SNIPPET_CHARS = 160
SEARCH_TABLE_PREFIX = "search_"
"""Tables of the search index; they are not models, so schema comparisons must skip them."""

_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"(\*\*|__|~~|`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?)", re.MULTILINE)


class HitKind(StrEnum):
    """What a search hit points at."""

    ENTRY = "entry"
    AGREEMENT = "agreement"
    ACTION = "action"
    WORKSHEET_ITEM = "worksheet_item"


@dataclass(frozen=True)
class Hit:
    """One row that matched: where it lives, and a short piece of its text with the matches.

    ``highlights`` are (start, end) offsets into ``snippet`` of the words that matched.
    """

    kind: str
    id: str
    trajectory_id: str
    worksheet: str | None
    meeting_id: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]


def search(store: Store, text: str, trajectory_id: str | None = None, limit: int = 50) -> list[Hit]:
    """Rows whose text holds every word of ``text`` (as a word start), newest first."""
    terms = search_terms(text)
    if not terms or limit <= 0:
        return []
    rows = backend_for(store)(store, terms, trajectory_id, limit)
    meetings = _meetings(store, {row["meeting_id"] for row in rows if row["meeting_id"]})
    hits = []
    for row in rows:
        snippet, highlights = make_snippet(row["body"], terms)
        title, starts_at = meetings.get(row["meeting_id"], (None, None))
        hits.append(
            Hit(
                kind=row["kind"],
                id=row["ref"],
                trajectory_id=row["trajectory_id"],
                worksheet=row["worksheet"],
                meeting_id=row["meeting_id"],
                meeting_title=title,
                meeting_starts_at=starts_at,
                snippet=snippet,
                highlights=highlights,
            )
        )
    return hits


def fold(value: str) -> str:
    """``value`` without accents and case: "Coöperatie" -> "cooperatie"."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_terms(text: str) -> list[str]:
    """The words of a query, folded, without duplicates; everything else is ignored."""
    terms: list[str] = []
    for word in _WORD.findall(fold(text or "")):
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def readable(markdown: str) -> str:
    """Markdown as reading text for a list or a snippet: marks and link targets left out."""
    plain = _LINK.sub(r"\1", markdown or "")
    plain = _HEADING.sub("", plain)
    return _MARKUP.sub("", plain)


def make_snippet(body: str, terms: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A piece of ``body`` around its first match, and where the matching words are in it."""
    plain = _SPACE.sub(" ", readable(body)).strip()
    spans = list(_matches(plain, terms))
    if len(plain) <= SNIPPET_CHARS:
        return plain, tuple(spans)
    start = 0
    if spans and spans[0][1] > SNIPPET_CHARS * 2 // 3:
        start = plain.find(" ", spans[0][0] - SNIPPET_CHARS // 3) + 1
    end = start + SNIPPET_CHARS
    if end < len(plain) and plain.rfind(" ", start, end) > start:
        end = plain.rfind(" ", start, end)
    prefix = "…" if start else ""
    suffix = "…" if end < len(plain) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + plain[start:end] + suffix, inside


def matches(body: str, terms: list[str]) -> bool:
    """Whether every term starts some word of ``body`` (the meaning of a search)."""
    words = [fold(word) for word in _WORD.findall(body)]
    return all(any(word.startswith(term) for word in words) for term in terms)


RowSource = Callable[[Store, list[str], str | None, int], list[dict[str, Any]]]


def backend_for(store: Store) -> RowSource:
    """How this database answers a search: its index, or the portable LIKE scan."""
    kind = index_kind(store)
    if kind == "fts5":
        return _fts_rows
    if kind == "tsvector":
        return _tsvector_rows
    return _like_rows


def index_kind(store: Store) -> str:
    """``"fts5"`` (SQLite), ``"tsvector"`` (PostgreSQL) or ``"like"`` (no index here)."""
    if store.engine.dialect.name == "postgresql":
        return "tsvector" if _tsvector_available(store) else "like"
    return "fts5" if fts_available(store) else "like"


_FTS_READY: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()
_TSVECTOR_READY: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def fts_available(store: Store) -> bool:
    """Whether this database has the FTS5 index (SQLite with FTS5, at schema 0003 or later)."""
    engine = store.engine
    if engine not in _FTS_READY:
        ready = False
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                ready = bool(
                    connection.exec_driver_sql(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
                    ).first()
                )
        _FTS_READY[engine] = ready
    return _FTS_READY[engine]


def _fts_query(terms: list[str]) -> str:
    # Every term is a quoted string with a prefix star: the user's text is never syntax.
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


_FTS_SQL = """
SELECT d.kind, d.ref, d.trajectory_id, d.worksheet, d.meeting_id, s.body
FROM search_index AS s
JOIN search_docs AS d ON d.doc_id = s.rowid
JOIN trajectories AS t ON t.id = d.trajectory_id AND t.deleted_at IS NULL
WHERE search_index MATCH :query {narrow}
ORDER BY s.rowid DESC
LIMIT :limit
"""


def _fts_rows(
    store: Store, terms: list[str], trajectory_id: str | None, limit: int
) -> list[dict[str, Any]]:
    narrow = "AND d.trajectory_id = :trajectory_id" if trajectory_id else ""
    statement = text(_FTS_SQL.format(narrow=narrow))
    params = {"query": _fts_query(terms), "limit": limit, "trajectory_id": trajectory_id}
    with store.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(statement, params)]


def _tsvector_available(store: Store) -> bool:
    engine = store.engine
    if engine not in _TSVECTOR_READY:
        with engine.connect() as connection:
            _TSVECTOR_READY[engine] = bool(
                connection.exec_driver_sql(
                    "SELECT 1 FROM information_schema.columns WHERE table_name = 'entries' "
                    "AND column_name = 'search_vector' AND table_schema = current_schema()"
                ).first()
            )
    return _TSVECTOR_READY[engine]


# kind, table, body, meeting of the rows that are searched on PostgreSQL.
_TSVECTOR_SOURCES = (
    ("entry", "entries", "r.text", "r.meeting_id"),
    (
        "agreement",
        "agreements",
        "r.text",
        "(SELECT e.meeting_id FROM entries e WHERE e.id = r.source_entry_id)",
    ),
    ("action", "actions", "r.what", "r.meeting_id"),
    ("worksheet_item", "worksheet_items", "r.title || E'\\n' || r.text", "NULL"),
)
_TSVECTOR_PART = """
(SELECT '{kind}' AS kind, r.id AS ref, r.trajectory_id, r.worksheet,
        {meeting} AS meeting_id, {body} AS body, r.created_at
 FROM {rows} r
 WHERE r.search_vector @@ ({query})
 ORDER BY r.created_at DESC, r.id
 LIMIT :limit)
"""
_NEWEST = """(SELECT * FROM {table} r WHERE r.deleted_at IS NULL {narrow}
  ORDER BY r.created_at DESC, r.id LIMIT :window)"""
_ALL = "(SELECT * FROM {table} r WHERE r.deleted_at IS NULL {narrow})"
RECENT_WINDOW = 3000
"""Rows per table looked at first, newest first: a common word is found among them at once."""


def _tsvector_rows(
    store: Store, terms: list[str], trajectory_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """Newest matches first, in two steps that stay fast whatever the word.

    The newest ``RECENT_WINDOW`` rows of each table are searched first; when they hold
    ``limit`` matches, no older row can be among the newest matches. Only for rarer words is
    the GIN index asked for all matches, which are then few.
    """
    params: dict[str, Any] = {"limit": limit, "trajectory_id": trajectory_id}
    params["window"] = RECENT_WINDOW
    query = "CAST(:query AS tsquery)"
    with store.engine.connect() as connection:
        params["query"] = _tsquery(connection, terms)
        gone = list(
            connection.exec_driver_sql(
                "SELECT id FROM trajectories WHERE deleted_at IS NOT NULL"
            ).scalars()
        )
        params["gone"] = gone
        if trajectory_id:
            narrow = "AND r.trajectory_id = :trajectory_id"
        else:
            narrow = "AND r.trajectory_id <> ALL(:gone)" if gone else ""

        def run(shape: str, sources: tuple) -> list[dict[str, Any]]:
            parts = " UNION ALL ".join(
                _TSVECTOR_PART.format(
                    kind=kind,
                    rows=shape.format(table=table, narrow=narrow),
                    body=body,
                    meeting=meeting,
                    query=query,
                )
                for kind, table, body, meeting in sources
            )
            return [dict(row._mapping) for row in connection.execute(text(parts), params)]

        found = run(_NEWEST, _TSVECTOR_SOURCES)
        counts = {kind: 0 for kind, *_ in _TSVECTOR_SOURCES}
        for row in found:
            counts[row["kind"]] += 1
        rare = tuple(source for source in _TSVECTOR_SOURCES if counts[source[0]] < limit)
        if rare:
            kinds = {source[0] for source in rare}
            found = [row for row in found if row["kind"] not in kinds] + run(_ALL, rare)
    return _newest(found, limit)


def _tsquery(connection: Any, terms: list[str]) -> str:
    """Every term as a word start of either half of the vector: the whole word, or its
    Dutch stem where that differs ("zonnepanelen" or "zonnepanel"); a stop word only whole.

    Terms hold only letters and digits (``search_terms``), so none is read as syntax.
    """
    stems = connection.execute(
        text("SELECT " + ", ".join(f"to_tsquery('dutch', :t{i})::text" for i in range(len(terms)))),
        {f"t{i}": f"{term}:*" for i, term in enumerate(terms)},
    ).one()
    parts = []
    for term, stem in zip(terms, stems, strict=True):
        whole = f"'{term}':*"
        parts.append(whole if stem in ("", whole) else f"({whole} | {stem})")
    return " & ".join(parts)


def _newest(rows: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    rows.sort(key=lambda row: row["ref"])
    rows.sort(key=lambda row: row["created_at"], reverse=True)
    return rows[:limit]


def _like_rows(
    store: Store, terms: list[str], trajectory_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """The portable way: a LIKE on a loose pattern narrows the rows, Python decides."""
    parts = []
    for kind, model, body, meeting in _sources():
        query = select(
            literal(kind, String).label("kind"),
            model.id.label("ref"),
            model.trajectory_id.label("trajectory_id"),
            model.worksheet.label("worksheet"),
            meeting.label("meeting_id"),
            body.label("body"),
            model.created_at.label("created_at"),
        ).where(
            model.deleted_at.is_(None),
            model.trajectory_id.in_(select(Trajectory.id).where(Trajectory.deleted_at.is_(None))),
            *(func.lower(body).like(_loose_pattern(term)) for term in terms),
        )
        if trajectory_id:
            query = query.where(model.trajectory_id == trajectory_id)
        parts.append(query)
    combined = union_all(*parts).subquery()
    ordered = select(combined).order_by(combined.c.created_at.desc(), combined.c.ref)
    with store.engine.connect() as connection:
        found = connection.execute(ordered).mappings()
        return list(islice((dict(row) for row in found if matches(row["body"], terms)), limit))


def _sources() -> Iterable[tuple[str, Any, Any, Any]]:
    agreement_meeting = (
        select(Entry.meeting_id).where(Entry.id == Agreement.source_entry_id).scalar_subquery()
    )
    return (
        (HitKind.ENTRY.value, Entry, Entry.text, Entry.meeting_id),
        (HitKind.AGREEMENT.value, Agreement, Agreement.text, agreement_meeting),
        (HitKind.ACTION.value, Action, Action.what, Action.meeting_id),
        (
            HitKind.WORKSHEET_ITEM.value,
            WorksheetItem,
            WorksheetItem.title + "\n" + WorksheetItem.text,
            literal(None, String),
        ),
    )


# Letters that often carry an accent may stand for any one character in the loose pattern.
_ACCENTABLE = set("aceinouy")


def _loose_pattern(term: str) -> str:
    # Terms hold only letters and digits, so nothing in them needs escaping for LIKE.
    return "%" + "".join("_" if c in _ACCENTABLE else c for c in term) + "%"


def _matches(plain: str, terms: list[str]) -> Iterator[tuple[int, int]]:
    for match in _WORD.finditer(plain):
        word = fold(match.group())
        if any(word.startswith(term) for term in terms):
            yield match.span()


def _meetings(store: Store, ids: set[str]) -> dict[str, tuple[str, datetime | None]]:
    if not ids:
        return {}
    query = select(Meeting.id, Meeting.title, Meeting.starts_at).where(Meeting.id.in_(ids))
    with store.engine.connect() as connection:
        return {row.id: (row.title, row.starts_at) for row in connection.execute(query)}
