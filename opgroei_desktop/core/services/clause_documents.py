"""Drafted agreement documents: per trajectory and document type, which agreements and standard
articles are in it, in which wording, who signs, and its version: a new number for every
changed draft, the same number when the same draft is saved again (as .docx and as .pdf).

The wording here belongs to one document only: the agreement itself, as both parties agreed
it on the worksheet, is never changed by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import Agreement, ClauseChoice, ClauseDocument, Person, Trajectory, utcnow
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


@dataclass(frozen=True)
class DocumentOptions:
    """What was chosen for one document besides its agreements.

    ``off``: keys of standard articles left out. ``signers``: per party the ids of the people
    who sign, in order; a party not in it signs as the builder proposes. ``draft``: the
    fingerprint of the draft that the current version number belongs to.
    """

    off: frozenset[str] = frozenset()
    signers: dict[str, tuple[str, ...]] | None = None
    draft: str = ""


def get_options(store: Store, trajectory_id: str, doc_type: str) -> DocumentOptions:
    """The options of this document; defaults before anything was chosen."""
    document = get_document(store, trajectory_id, doc_type)
    return _options(document.options) if document is not None else DocumentOptions()


def next_version(store: Store, trajectory_id: str, doc_type: str, draft: str = "") -> int:
    """The version number this document carries when saved with fingerprint ``draft``: the
    current number if that very draft was saved before, else the next one."""
    document = get_document(store, trajectory_id, doc_type)
    if document is None:
        return 1
    if draft and document.version and _options(document.options).draft == draft:
        return document.version
    return document.version + 1


@service
def set_article_included(
    store: Store, trajectory_id: str, doc_type: str, article_key: str, included: bool
) -> Changes:
    """Keep a standard article in this document or leave it out."""
    doc_type = _DOC_TYPE(doc_type)
    key = _WORDING(article_key).strip()
    if not key:
        raise InvalidInput("Kies een artikel om aan of uit te zetten.")
    with store.transaction() as session:
        document = _find_or_add(session, trajectory_id, doc_type)
        options = json.loads(document.options or "{}")
        off = set(options.get("off", []))
        (off.discard if boolean(included) else off.add)(key)
        options["off"] = sorted(off)
        document.options = json.dumps(options, sort_keys=True)
        session.flush()
        return Changes("clause_documents", (document.id,), trajectory_id)


@service
def set_signers(
    store: Store, trajectory_id: str, doc_type: str, party: str, person_ids: list[str] | None
) -> Changes:
    """Who signs this document for ``party``, in order; None goes back to the proposal."""
    doc_type = _DOC_TYPE(doc_type)
    party = one_of(("gemeente", "initiatief"), "de partij")(party)
    with store.transaction() as session:
        for person_id in person_ids or []:
            person = rows.get_row(session, Person, person_id)
            if person.trajectory_id != trajectory_id or person.party != party:
                raise InvalidInput("Wie tekent, moet bij deze partij van dit traject horen.")
        document = _find_or_add(session, trajectory_id, doc_type)
        options = json.loads(document.options or "{}")
        signers = options.setdefault("signers", {})
        if person_ids is None:
            signers.pop(party, None)
        else:
            signers[party] = list(dict.fromkeys(person_ids))
        document.options = json.dumps(options, sort_keys=True)
        session.flush()
        return Changes("clause_documents", (document.id,), trajectory_id)


def _options(text: str) -> DocumentOptions:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        raw = {}
    signers = raw.get("signers")
    return DocumentOptions(
        off=frozenset(raw.get("off", [])),
        signers={k: tuple(v) for k, v in signers.items()} if signers else None,
        draft=str(raw.get("draft", "")),
    )


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
def record_export(store: Store, trajectory_id: str, doc_type: str, draft: str = "") -> Changes:
    """Note that the draft with fingerprint ``draft`` was saved: a changed draft (or one
    without a fingerprint) gets the next version number, the same draft keeps its number.

    Call it after the file was written; ``get_document(...).version`` is then the number the
    file carries (``next_version`` before the export).
    """
    doc_type = _DOC_TYPE(doc_type)
    with store.transaction() as session:
        document = _find_or_add(session, trajectory_id, doc_type)
        options = json.loads(document.options or "{}")
        if not (draft and document.version and options.get("draft") == draft):
            document.version += 1
            options["draft"] = draft
            document.options = json.dumps(options, sort_keys=True)
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
