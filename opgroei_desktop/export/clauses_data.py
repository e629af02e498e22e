"""What a drafted agreement document holds, before it is written: the trajectory's data, and
the plan of its articles with every agreement placed under a heading and numbered.

Numbering: article numbers follow the outline, so "Artikel 5" is always the same heading of a
document type. Inside an article the outline's standard clauses come first, then the included
agreements in the order they were made (oldest first), then what is filled in from the
worksheets (people, items, milestones). A new agreement therefore never changes an older one's
number. An agreement switched off for this document drops out of the series and the later ones
in that article move up, so a draft never has holes; the annex table lists every agreement with
the number it has in this version, so readers can follow numbers between versions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core.services import (
    agreements,
    clause_documents,
    entries,
    milestones,
    people,
    trajectories,
    worksheet_data,
)
from ..core.store import Store
from ..core.tally import AGREED
from ..core.vocab import AgreementStatus, EvaluationOutcome
from ..library import Library
from ..library.documents import DocumentOutline, OutlineArticle

Row = Any
"""A frozen view from ``core.views``."""


@dataclass(frozen=True)
class PlacedAgreement:
    """One agreement of the trajectory as this document treats it.

    ``number`` is its literal clause number ("4.2"), or None when it is left out; ``reason``
    then says why ("uitgezet", "voorstel", "vervallen"). ``text`` is the wording used here.
    """

    agreement: Row
    article_key: str
    number: str | None
    text: str
    agreed: bool
    reworded: bool
    reason: str | None


@dataclass(frozen=True)
class PlannedArticle:
    """One numbered heading with its standard clauses and the agreements placed in it."""

    number: int
    outline: OutlineArticle
    agreements: tuple[PlacedAgreement, ...]


@dataclass
class ClauseData:
    """Everything the builder reads from the store for one document."""

    trajectory: Row
    outline: DocumentOutline
    people: list[Row]
    preconditions: list[Row]
    milestones: list[Row]
    items: dict[str, list[Row]]
    version: int
    as_of: date
    include_proposals: bool = True
    options: clause_documents.DocumentOptions = field(
        default_factory=clause_documents.DocumentOptions
    )
    fingerprint: str = ""
    articles: list[PlannedArticle] = field(default_factory=list)
    placed: list[PlacedAgreement] = field(default_factory=list)
    left_out: list[OutlineArticle] = field(default_factory=list)
    """Standard articles switched off for this document."""


def draft(
    store: Store,
    library: Library,
    trajectory_id: str,
    doc_type: str,
    *,
    include_proposals: bool = True,
    choices: dict[str, Any] | None = None,
    as_of: date | None = None,
) -> ClauseData:
    """Gather the trajectory and plan the articles of document ``doc_type``.

    ``choices`` (agreement id -> a choice with ``included`` and ``wording``) default to the
    stored ones for this document.
    """
    outline = library.document(doc_type)
    if choices is None:
        choices = clause_documents.get_choices(store, trajectory_id, doc_type)
    options = clause_documents.get_options(store, trajectory_id, doc_type)
    items: dict[str, list[Row]] = {}
    for item in worksheet_data.list_items(store, trajectory_id):
        items.setdefault(f"{item.worksheet}.{item.section}", []).append(item)
    data = ClauseData(
        trajectory=trajectories.get_trajectory(store, trajectory_id),
        outline=outline,
        people=[p for p in people.list_people(store, trajectory_id) if not p.forgotten],
        preconditions=trajectories.list_preconditions(store, trajectory_id),
        milestones=milestones.list_milestones(store, trajectory_id),
        items=items,
        version=0,
        as_of=as_of or date.today(),
        include_proposals=include_proposals,
        options=options,
    )
    sections = {e.id: e.section for e in entries.list_entries(store, trajectory_id)}
    found = sorted(
        agreements.list_agreements(store, trajectory_id), key=lambda a: (a.created_at, a.id)
    )
    grouped: dict[str, list[tuple[Row, Any]]] = {a.key: [] for a in outline.articles}
    for agreement in found:
        source = agreement.source_entry_id
        places = _places(agreement, sections.get(source) if source else None)
        grouped[outline.article_for(places).key].append((agreement, choices.get(agreement.id)))
    number = 0
    for article in outline.articles:
        if article.optional and article.key in options.off:
            data.left_out.append(article)
            continue
        number += 1
        placed = _place(article, number, grouped[article.key], include_proposals)
        data.articles.append(PlannedArticle(number, article, tuple(placed)))
        data.placed.extend(placed)
    data.fingerprint = _fingerprint(data, choices)
    data.version = clause_documents.next_version(store, trajectory_id, doc_type, data.fingerprint)
    return data


def _fingerprint(data: ClauseData, choices: dict[str, Any]) -> str:
    """What the draft is made of, so saving the same draft twice keeps its version number.

    Everything the text is built from goes in; the date it is drafted on does not.
    """
    parts = (
        data.outline.key,
        data.trajectory,
        data.people,
        data.preconditions,
        data.milestones,
        sorted(data.items.items()),
        data.placed,
        sorted(choices.items()),
        sorted(data.options.off),
        sorted((data.options.signers or {}).items()),
        data.include_proposals,
    )
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _places(agreement: Row, section: str | None) -> tuple[str, ...]:
    """Where an agreement is filed, most specific first."""
    places = []
    if agreement.challenge_key:
        places.append(agreement.challenge_key)
    if section:
        places.append(section if "." in section else f"{agreement.worksheet}.{section}")
    places.append(agreement.worksheet)
    return tuple(places)


def _place(
    article: OutlineArticle, number: int, found: list[tuple[Row, Any]], include_proposals: bool
) -> list[PlacedAgreement]:
    placed = []
    counter = len(article.clauses)
    for agreement, choice in found:
        agreed = agreement.status in AGREED
        wording = (choice.wording if choice is not None else "") or ""
        reason = None
        if agreement.outcome == EvaluationOutcome.VERVALLEN:
            reason = "vervallen"
        elif choice is not None and not choice.included:
            reason = "uitgezet"
        elif not agreed and not include_proposals:
            reason = "voorstel"
        clause = None
        if reason is None:
            counter += 1
            clause = f"{number}.{counter}"
        placed.append(
            PlacedAgreement(
                agreement,
                article.key,
                clause,
                wording or agreement.text,
                agreed,
                bool(wording) and wording != agreement.text,
                reason,
            )
        )
    return placed


def proposal_words(status: str) -> str:
    """How far a proposal got, for the mark before it ("" when nobody agreed yet)."""
    if status == AgreementStatus.AKKOORD_GEMEENTE:
        return "de gemeente is akkoord"
    if status == AgreementStatus.AKKOORD_INITIATIEF:
        return "het initiatief is akkoord"
    return ""
