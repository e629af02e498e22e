"""Drafted agreement documents: per trajectory and document type, which agreements are in it
and in which wording, and how many times it was exported (its version).

The wording here belongs to one document only: the agreement itself, as both parties agreed
it on the worksheet, is never changed by it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import Agreement, ClauseChoice, ClauseDocument, Trajectory, utcnow
from ..store import Store
from ..views import ClauseChoiceView, ClauseDocumentView, snapshot
from ..vocab import DOCUMENT_TYPES
from . import rows
from .validate import boolean, one_of, optional_text

_DOC_TYPE = one_of(DOCUMENT_TYPES, "het soort document")
_WORDING = optional_text("de tekst in het document")


def get_document(store: Store, trajectory_id: str, doc_type: str) -> ClauseDocumentView | None:
    """The document of ``doc_type`` for the trajectory, or None before the first choice or
    export."""
    doc_type = _DOC_TYPE(doc_type)
    with store.transaction() as session:
        row = _find(session, trajectory_id, doc_type)
        return snapshot(row) if row is not None else None


def next_version(store: Store, trajectory_id: str, doc_type: str) -> int:
    """The version number the next export of this document will carry."""
    document = get_document(store, trajectory_id, doc_type)
    return (document.version if document is not None else 0) + 1


def get_choices(store: Store, trajectory_id: str, doc_type: str) -> dict[str, ClauseChoiceView]:
    """Per agreement id, what was chosen for this document; agreements without a choice are
    in it with their agreed wording."""
    doc_type = _DOC_TYPE(doc_type)
    with store.transaction() as session:
        document = _find(session, trajectory_id, doc_type)
        if document is None:
            return {}
        query = select(ClauseChoice).where(
            ClauseChoice.document_id == document.id, ClauseChoice.deleted_at.is_(None)
        )
        return {row.agreement_id: snapshot(row) for row in session.scalars(query)}


@service
def set_choice(
    store: Store, trajectory_id: str, doc_type: str, agreement_id: str, **fields: Any
) -> Changes:
    """Switch an agreement on or off for this document (``included``) or give it its own
    ``wording`` here; an empty wording means the agreed text."""
    doc_type = _DOC_TYPE(doc_type)
    values: dict[str, Any] = {}
    unknown = set(fields) - {"included", "wording"}
    if unknown:
        raise InvalidInput(f"Onbekend veld voor een documentkeuze: {', '.join(sorted(unknown))}.")
    if "included" in fields:
        values["included"] = boolean(fields["included"])
    if "wording" in fields:
        values["wording"] = _WORDING(fields["wording"] or "").strip()
    with store.transaction() as session:
        agreement = rows.get_row(session, Agreement, agreement_id)
        if agreement.trajectory_id != trajectory_id:
            raise InvalidInput("Deze afspraak hoort bij een ander traject.")
        document = _find_or_add(session, trajectory_id, doc_type)
        choice = session.scalars(
            select(ClauseChoice).where(
                ClauseChoice.document_id == document.id,
                ClauseChoice.agreement_id == agreement_id,
            )
        ).first()
        if choice is None:
            choice = ClauseChoice(
                document_id=document.id, agreement_id=agreement_id, included=True, wording=""
            )
            session.add(choice)
        choice.deleted_at = None
        for name, value in values.items():
            setattr(choice, name, value)
        session.flush()
        return Changes("clause_choices", (choice.id,), trajectory_id)


@service
def record_export(store: Store, trajectory_id: str, doc_type: str) -> Changes:
    """Note that the document was exported: its version goes up by one.

    Call it after the file was written; ``get_document(...).version`` is then the number the
    file carries (``next_version`` before the export).
    """
    doc_type = _DOC_TYPE(doc_type)
    with store.transaction() as session:
        document = _find_or_add(session, trajectory_id, doc_type)
        document.version += 1
        document.last_exported_at = utcnow()
        return Changes("clause_documents", (document.id,), trajectory_id)


def _find(session: Session, trajectory_id: str, doc_type: str) -> ClauseDocument | None:
    return session.scalars(
        select(ClauseDocument).where(
            ClauseDocument.trajectory_id == trajectory_id,
            ClauseDocument.doc_type == doc_type,
            ClauseDocument.deleted_at.is_(None),
        )
    ).first()


def _find_or_add(session: Session, trajectory_id: str, doc_type: str) -> ClauseDocument:
    document = _find(session, trajectory_id, doc_type)
    if document is None:
        rows.get_row(session, Trajectory, trajectory_id)
        document = ClauseDocument(trajectory_id=trajectory_id, doc_type=doc_type, version=0)
        session.add(document)
        session.flush()
    return document
