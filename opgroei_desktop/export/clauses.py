"""Draft agreement documents (plan van aanpak, intentieovereenkomst, samenwerkingsovereenkomst,
convenant) filled from a trajectory, in the shape Dutch municipalities and cooperatives expect:
title, the parties, the considerations, numbered articles, signatures, and an annex listing
every agreement with its state. Always a concept with a version number, to be checked.

See ``clauses_data`` for how articles and agreements are numbered.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ..core.services import clause_documents
from ..core.store import Store
from ..core.text import clean_line
from ..library import Library
from .clauses_data import ClauseData, PlannedArticle, draft, proposal_words
from .clauses_structure import bodies, decision_routes, represented_by, roles
from .clauses_text import (
    PARTY_NAMES,
    blank,
    fill_text,
    goal_runs,
    in_sentence,
    item_sentence,
    milestone_runs,
    municipality,
    people_rows,
    precondition_runs,
    runs,
    signatories,
    signer_label,
    title_of,
)
from .document import (
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Properties,
    Run,
    Table,
    paragraph,
    runs_of,
)
from .markdown_blocks import markdown_to_runs
from .output import check_suffix, write_document
from .wording import day_month_year

PROPOSAL_MARK = "[Voorstel – nog niet door beide partijen aanvaard]"
DRAFT_NOTE = (
    "Dit is een concept om samen te controleren, geen juridisch advies. Geel gemarkeerde tekst "
    "moet nog worden ingevuld. Laat de tekst nakijken voordat iemand tekent."
)
_STRUCTURE = {"organen": bodies, "rollen": roles, "besluitroutes": decision_routes}
"""Articles filled from the work structure's fields."""
_REASONS = {
    "uitgezet": "niet opgenomen in dit document",
    "voorstel": "niet opgenomen: nog een voorstel",
    "vervallen": "niet opgenomen: vervallen na evaluatie",
}


def build_clauses(
    store: Store,
    library: Library,
    trajectory_id: str,
    doc_type: str,
    *,
    include_proposals: bool = True,
    choices: dict | None = None,
) -> Document:
    """The draft of ``doc_type`` for the trajectory as a document, ready for any writer.

    ``choices`` (agreement id -> choice with ``included`` and ``wording``) default to those
    stored for this document; proposals are marked, or left out without ``include_proposals``.
    """
    data = draft(
        store,
        library,
        trajectory_id,
        doc_type,
        include_proposals=include_proposals,
        choices=choices,
    )
    return render(data)


def render(data: ClauseData) -> Document:
    """The planned document ``data`` as the neutral document model."""
    outline, trajectory = data.outline, data.trajectory
    title = title_of(data)
    document = Document(
        title=title,
        properties=Properties(
            author=clean_line(trajectory.facilitator) or "Opgroei Desktop",
            subject=f"{outline.title} van {municipality(trajectory)} en "
            f"{clean_line(trajectory.initiative)}",
            keywords=f"opgroeiruimte; {outline.title.lower()}; concept",
            status=f"Concept, versie {data.version}",
            created=datetime.now().astimezone(),
        ),
        running_header=f"CONCEPT – versie {data.version} – geen juridisch advies",
        concept=True,
    )
    document.add(
        paragraph(f"Concept – versie {data.version}", tone="marker"),
        paragraph(f"Stand van de afspraken op {day_month_year(data.as_of)}.", tone="note"),
        paragraph(DRAFT_NOTE, tone="note"),
    )
    if outline.parties:
        document.add(*_parties(data), *_considerations(data))
    else:
        document.add(*_plan_parties(data))
    if outline.agree_line:
        document.add(Paragraph(runs(fill_text(outline.agree_line, data)), tone="label"))
    for article in data.articles:
        document.add(*_article(article, data))
    document.add(*_signatures(data))
    document.add(*_annex(data))
    return document


def export_clauses(
    store: Store,
    library: Library,
    trajectory_id: str,
    doc_type: str,
    out_path: str | os.PathLike[str],
    template: str | os.PathLike[str] | None = None,
    *,
    include_proposals: bool = True,
) -> Path:
    """Write the draft to ``out_path`` (.docx or .pdf); a changed draft gets the next version
    number, the same draft saved again (say as .pdf after .docx) keeps its number.

    Problems raise ``OpgroeiError`` with a Dutch message and leave no partial file behind
    (and the version unchanged).
    """
    check_suffix(out_path)
    data = draft(store, library, trajectory_id, doc_type, include_proposals=include_proposals)
    written = write_document(render(data), out_path, template)
    clause_documents.record_export(store, trajectory_id, doc_type, data.fingerprint)
    return written


def _parties(data: ClauseData) -> list[Block]:
    trajectory = data.trajectory
    blocks: list[Block] = [Heading(1, "De ondergetekenden")]
    forms = {
        "gemeente": [Run("publiekrechtelijke rechtspersoon")],
        "initiatief": [blank("rechtsvorm, bijvoorbeeld coöperatie U.A., en KvK-nummer")],
    }
    names = {"gemeente": municipality(trajectory), "initiatief": clean_line(trajectory.initiative)}
    for number, party in enumerate(PARTY_NAMES, start=1):
        end = ";" if number == 1 else ","
        blocks.append(
            Paragraph(
                runs(
                    Run(f"{number}.\t"),
                    Run(names[party], bold=True),
                    Run(", "),
                    forms[party],
                    Run(", gevestigd te "),
                    blank("adres"),
                    Run(", te dezen rechtsgeldig vertegenwoordigd door "),
                    represented_by(data, party),
                    Run(f", hierna te noemen: “{PARTY_NAMES[party]}”{end}"),
                ),
                tone="clause",
            )
        )
    blocks.append(paragraph("hierna samen te noemen: “partijen”,"))
    return blocks


def _plan_parties(data: ClauseData) -> list[Block]:
    trajectory = data.trajectory
    return [
        Paragraph(
            runs(
                Run("Een gezamenlijk plan van "),
                Run(municipality(trajectory), bold=True),
                Run(" (hierna: de gemeente) en "),
                Run(clean_line(trajectory.initiative), bold=True),
                Run(" (hierna: het initiatief)."),
            )
        )
    ]


def _considerations(data: ClauseData) -> list[Block]:
    texts: list[list[Run]] = []
    for text in data.outline.considerations:
        if text == "{voorwaarden}":
            texts.extend(precondition_runs(data))
        elif text == "{doel}":
            texts.append(goal_runs(data))
        else:
            texts.append(fill_text(text, data))
    blocks: list[Block] = [Heading(1, "Overwegende dat")]
    for index, clause in enumerate(texts):
        blocks.append(Paragraph(runs(Run(f"{chr(ord('a') + index)}.\t"), clause), tone="clause"))
    return blocks


def _article(article: PlannedArticle, data: ClauseData) -> list[Block]:
    outline = article.outline
    label = data.outline.article_label
    heading = (
        f"{label} {article.number} – {outline.title}"
        if label
        else (f"{article.number}. {outline.title}")
    )
    blocks: list[Block] = [Heading(1, heading)]
    counter = 0

    def clause(*parts: Run | list[Run]) -> Paragraph:
        nonlocal counter
        counter += 1
        return Paragraph(runs(Run(f"{article.number}.{counter}\t"), *parts), tone="clause")

    for text in outline.clauses:
        blocks.append(clause(fill_text(text, data)))
    included = [placed for placed in article.agreements if placed.number is not None]
    for placed in included:
        mark: list[Run] = []
        if not placed.agreed:
            detail = proposal_words(placed.agreement.status)
            mark = [Run(PROPOSAL_MARK, bold=True, italic=True)]
            mark.append(Run(f" ({detail}) " if detail else " "))
        blocks.append(clause(mark, list(markdown_to_runs(placed.text))))
    filled = _filled(article, data)
    for lead, lines in filled:
        # The lines stay inside the clause, so they hang under its text and share its number.
        blocks.append(clause(lead, *([Run("\n•  "), *line] for line in lines)))
    if outline.empty and not included and not filled:
        blocks.append(clause(fill_text(outline.empty, data)))
    return blocks


def _filled(article: PlannedArticle, data: ClauseData) -> list[tuple[list[Run], list[tuple]]]:
    """The generated parts of an article: a sentence, with lines that hang under it."""
    parts: list[tuple[list[Run], list[tuple]]] = []
    for name in article.outline.fill:
        if name == "doel":
            parts.append(
                ([Run("Partijen verwoorden hun gezamenlijke doel zo: "), *_goal(data)], [])
            )
        elif name == "traject":
            parts.append((_background(data), []))
        elif name == "voorwaarden":
            lines = [tuple(line) for line in precondition_runs(data)]
            parts.append(([Run("Voordat partijen begonnen, is het volgende bevestigd:")], lines))
        elif name == "stappen" and data.milestones:
            lines = [(Run(_step_line(m)),) for m in data.milestones if m.outcome != "stoppen"]
            parts.append(([Run("Partijen werken toe naar deze piketpalen:")], lines))
        elif name == "piketpalen" and data.milestones:
            lines = [tuple(milestone_runs(m)) for m in data.milestones]
            parts.append(([Run("Partijen hebben deze piketpalen afgesproken:")], lines))
        elif name in _STRUCTURE:
            parts.extend(_STRUCTURE[name](data))
    for place in article.outline.items:
        for item in data.items.get(place, []):
            parts.append(([Run(item_sentence(item))], []))
    return parts


def _step_line(milestone) -> str:
    when = f", gereed op {day_month_year(milestone.due_on)}" if milestone.due_on else ""
    return f"{clean_line(milestone.title)}{when}"


def _goal(data: ClauseData) -> list[Run]:
    goal = data.trajectory.shared_goal.strip()
    return [Run(f"“{clean_line(goal)}”")] if goal else [blank("het gezamenlijke doel")]


def _background(data: ClauseData) -> list[Run]:
    trajectory = data.trajectory
    out = [Run("Dit plan gaat over ")]
    out.append(Run(clean_line(trajectory.project)) if trajectory.project else blank("het project"))
    if clean_line(trajectory.area):
        out.append(Run(f" in {in_sentence(trajectory.area)}"))
    out.append(Run("."))
    return out


def _signatures(data: ClauseData) -> list[Block]:
    outline = data.outline
    cells = []
    for party in PARTY_NAMES:
        name = (
            municipality(data.trajectory)
            if party == "gemeente"
            else clean_line(data.trajectory.initiative)
        )
        lines: list[Run] = [Run(name, bold=True), Run("\nnamens deze:")]
        for signer in signatories(data, party) or [None]:
            lines.append(Run("\n\n\n________________________________\n"))
            if signer is None:
                lines.append(blank("naam en functie"))
            else:
                lines.append(Run(signer_label(signer, party).replace(", ", "\n", 1)))
        cells.append(tuple(lines))
    return [
        Heading(1, outline.signing_title),
        Paragraph(runs(fill_text(outline.signing_text, data)), keep_with_next=True),
        Table(None, (tuple(cells),), widths_cm=(8.0, 8.0), borders=False),
    ]


def _annex(data: ClauseData) -> list[Block]:
    rows = []
    shown = [p for p in data.placed if data.include_proposals or p.reason != "voorstel"]
    for placed in sorted(shown, key=lambda p: (p.number is None, _sort_key(p.number))):
        status = clean_line(_status(placed))
        text = list(markdown_to_runs(placed.agreement.text))
        if placed.reworded:
            text.append(Run("\n(in dit document anders verwoord)", italic=True))
        rows.append((runs_of(placed.number or "—"), tuple(text), runs_of(status)))
    blocks: list[Block] = [
        PageBreak(),
        Heading(1, "Bijlage 1 – Stand van de afspraken"),
        paragraph(
            f"Dit concept (versie {data.version}) geeft de stand van de afspraken op "
            f"{day_month_year(data.as_of)} weer. De kolom Afspraak geeft de tekst zoals "
            "partijen die samen hebben vastgelegd."
            + ("" if data.include_proposals else " Voorstellen zijn niet opgenomen.")
        ),
    ]
    if rows:
        blocks.append(
            Table(
                (runs_of("Artikel"), runs_of("Afspraak"), runs_of("Stand")),
                tuple(rows),
                widths_cm=(2.0, 10.0, 4.0),
            )
        )
    else:
        blocks.append(paragraph("Er zijn in dit traject nog geen afspraken vastgelegd."))
    blocks.extend(_people_annex(data))
    return blocks


def _people_annex(data: ClauseData) -> list[Block]:
    """The people at the table, apart from the articles: the agreement binds the parties,
    not the persons who happen to sit at the table now."""
    found = people_rows(data)
    blocks: list[Block] = [
        Heading(1, "Bijlage 2 – Wie namens partijen aan tafel zitten"),
        paragraph(
            f"Bij het opstellen van dit concept ({day_month_year(data.as_of)}) overleggen namens "
            "partijen de volgende personen. Wisselt iemand, dan verandert dit document niet."
        ),
    ]
    if not found:
        blocks.append(paragraph("Er zijn nog geen personen vastgelegd."))
        return blocks
    header = tuple(runs_of(t) for t in ("Partij", "Naam", "Functie", "Rol of mandaat"))
    rows = []
    previous = None
    for party, *rest in found:
        rows.append(tuple(runs_of(v) for v in (party if party != previous else "", *rest)))
        previous = party
    blocks.append(Table(header, tuple(rows), widths_cm=(4.0, 4.0, 4.0, 4.0)))
    return blocks


def _status(placed) -> str:
    from ..core.services.agreements import status_words

    words = status_words(placed.agreement.status)
    if placed.reason:
        return f"{words}; {_REASONS[placed.reason]}"
    return words


def _sort_key(number: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split(".")) if number else ()
