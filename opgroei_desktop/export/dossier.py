"""The handover dossier of a trajectory: for a successor, a new official or board member, the
parties themselves or the council.

A one-page summary comes first, so a newcomer knows in minutes where things stand; then the
partnership at a glance, the people and their mandates now and before, the decisions of all
meetings, the agreements register with each agreement's history, the piketpalen, the documents
and their versions, the open actions, and an index of all minutes with their adoption.
People are named as they consented (``person_label``), as in the minutes.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ..core.services.actions import is_overdue
from ..core.services.agreements import status_words
from ..core.store import Store
from ..core.text import clean_line
from ..core.vocab import AgreementStatus, MeetingStatus, Party, PreconditionKey
from .document import (
    Block,
    BulletList,
    Document,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Properties,
    Run,
    Runs,
    Table,
    paragraph,
    runs_of,
)
from .dossier_data import DossierData, gather
from .markdown_blocks import markdown_to_runs
from .minutes_data import Row
from .output import check_suffix, write_document
from .wording import (
    MEETING_STATUS_WORDS,
    MILESTONE_OUTCOME_WORDS,
    day_month_year,
    party_word,
    person_label,
    short_date,
)

WORKSHEET_WORDS = {
    "kennen": "Leer elkaar kennen",
    "stappen": "Ga stapsgewijs aan de slag",
    "borgen": "Borg het partnerschap",
    "verhaal": "Werk aan een gezamenlijk verhaal",
    "namens_wie": "Namens wie spreek je?",
    "rollen": "Wat zijn onze rollen?",
    "veerkracht": "Hoe werken we veerkrachtig samen?",
    "financiering": "Hoe organiseren we de financiering?",
}

DOCUMENT_WORDS = {
    "plan_van_aanpak": "Plan van aanpak",
    "intentieovereenkomst": "Intentieovereenkomst",
    "samenwerkingsovereenkomst": "Samenwerkingsovereenkomst",
    "convenant": "Convenant",
}

PRECONDITION_WORDS = {
    PreconditionKey.MEERWAARDE: "Meerwaarde erkend",
    PreconditionKey.TIJD_EN_PAUZE: "Tijd gemaakt, gewone aanpak gepauzeerd",
}

_HELD = (MeetingStatus.GEHOUDEN, MeetingStatus.VERSLAG_CONCEPT, MeetingStatus.VERSLAG_VASTGESTELD)


def build_dossier(store: Store, trajectory_id: str) -> Document:
    """The dossier of ``trajectory_id`` as a document, ready for any writer."""
    data = gather(store, trajectory_id)
    trajectory = data.trajectory
    name = _partnership(trajectory)
    document = Document(
        title=f"Dossier – {name}",
        properties=Properties(
            author=clean_line(trajectory.facilitator) or "Opgroei Desktop",
            subject=f"Overdrachtsdossier van de samenwerking tussen {name}",
            keywords="opgroeiruimte; dossier; overdracht",
            status=f"Stand van {short_date(data.today)}",
            created=datetime.now().astimezone(),
        ),
        running_header=f"Dossier {name} – stand van {short_date(data.today)}",
    )
    document.add(*summary(data), PageBreak())
    document.add(Heading(1, "Het partnerschap"), *partnership(data))
    document.add(Heading(1, "Mensen en mandaten"), *people_blocks(data))
    document.add(Heading(1, "Besluitenlijst"), *decision_list(data))
    document.add(Heading(1, "Afsprakenregister"), *agreement_register(data))
    document.add(Heading(1, "Piketpalen"), *milestone_list(data))
    document.add(Heading(1, "Documenten en versies"), *document_list(data))
    document.add(Heading(1, "Open acties"), *open_actions(data))
    document.add(Heading(1, "Verslagen"), *minutes_index(data))
    return document


def export_dossier(
    store: Store,
    trajectory_id: str,
    out_path: str | os.PathLike[str],
    template: str | os.PathLike[str] | None = None,
) -> Path:
    """Write the dossier of ``trajectory_id`` to ``out_path`` (.docx or .pdf) and return it."""
    check_suffix(out_path)
    return write_document(build_dossier(store, trajectory_id), out_path, template)


# -- the one-page summary ----------------------------------------------------------------------


def summary(data: DossierData) -> list[Block]:
    """What a newcomer needs first, on one page."""
    trajectory = data.trajectory
    blocks: list[Block] = [Heading(1, "In één oogopslag")]
    story = f"{clean_line(trajectory.initiative)} en {clean_line(trajectory.municipality)}"
    about = [story + " werken samen"]
    if trajectory.project:
        about.append(f" aan {clean_line(trajectory.project)}")
    if trajectory.area:
        about.append(f" in {clean_line(trajectory.area)}")
    sentence = "".join(about) + "."
    if trajectory.phase:
        sentence += f" Ze zijn in de fase: {clean_line(trajectory.phase)}."
    blocks.append(paragraph(sentence))
    if trajectory.shared_goal:
        blocks.append(
            paragraph("Gezamenlijk doel", tone="label"),
        )
        blocks.append(_text_paragraph(trajectory.shared_goal))
    held = [m for m in data.meetings if m.status in _HELD]
    planned = [m for m in data.meetings if m.status == MeetingStatus.GEPLAND and m.starts_at]
    adopted = [m for m in held if m.status == MeetingStatus.VERSLAG_VASTGESTELD]
    at_table = [p for p in data.people if p.left_on is None and not p.forgotten]
    left = [p for p in data.people if p.left_on is not None]
    settled = [a for a in data.agreements if a.status != AgreementStatus.VOORSTEL]
    overdue = [a for a in data.open_actions if is_overdue(a, data.today)]
    orphaned = [a for a in data.open_actions if _owner_left(data, a)]
    facts: list[tuple[str, str]] = [
        ("Bijeenkomsten", _meeting_fact(held, planned)),
        ("Verslagen", f"{len(adopted)} van {len(held)} vastgesteld door beide partijen"),
        ("Aan tafel", _table_fact(at_table, left)),
        ("Besluiten", f"{len(data.decisions)} genummerde besluiten"),
        ("Afspraken", f"{len(data.agreements)}, waarvan {len(settled)} verder dan een voorstel"),
        ("Open acties", _action_fact(data, overdue, orphaned)),
        ("Volgende piketpaal", _next_milestone(data)),
    ]
    if trajectory.facilitator:
        facts.append(("Procesbegeleiding", clean_line(trajectory.facilitator)))
    blocks.append(_facts(facts))
    recent = data.decisions[-3:]
    if recent:
        blocks.append(paragraph("Laatste besluiten", tone="label"))
        blocks.append(
            BulletList(
                tuple(
                    ListItem(
                        (Run(f"{d.entry.decision_number} ", bold=True),)
                        + markdown_to_runs(d.entry.text)
                    )
                    for d in recent
                )
            )
        )
    return blocks


def _meeting_fact(held: list[Row], planned: list[Row]) -> str:
    if not held:
        text = "nog geen bijeenkomst gehouden"
    else:
        dates = [m.starts_at for m in held if m.starts_at]
        text = f"{len(held)} gehouden"
        if dates:
            text += (
                f", van {day_month_year(min(dates).date())} tot {day_month_year(max(dates).date())}"
            )
    if planned:
        text += f"; de volgende op {day_month_year(planned[0].starts_at.date())}"
    return text


def _table_fact(at_table: list[Row], left: list[Row]) -> str:
    municipality = sum(1 for p in at_table if p.party == Party.GEMEENTE)
    initiative = sum(1 for p in at_table if p.party == Party.INITIATIEF)
    text = (
        f"{len(at_table)} mensen ({municipality} van de gemeente, {initiative} van het initiatief)"
    )
    if left:
        text += f"; {len(left)} eerder betrokken en vertrokken"
    return text


def _action_fact(data: DossierData, overdue: list[Row], orphaned: list[Row]) -> str:
    text = f"{len(data.open_actions)}"
    notes = []
    if overdue:
        notes.append(f"{len(overdue)} over de uiterlijke datum")
    if orphaned:
        notes.append(f"{len(orphaned)} bij iemand die vertrokken is")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _next_milestone(data: DossierData) -> str:
    coming = [m for m in data.milestones if m.outcome is None]
    if not coming:
        return "geen open piketpaal"
    first = coming[0]
    when = f" ({day_month_year(first.due_on)})" if first.due_on else ""
    return clean_line(first.title) + when


# -- the sections ------------------------------------------------------------------------------


def partnership(data: DossierData) -> list[Block]:
    """Parties, area, project, phase, shared name and story, and the two preconditions."""
    t = data.trajectory
    lines = [
        ("Gemeente", t.municipality),
        ("Initiatief", t.initiative),
        ("Gebied", t.area),
        ("Project", t.project),
        ("Fase", t.phase),
        ("Gezamenlijke naam", t.shared_name),
        ("Slogan", t.slogan),
        ("Procesbegeleiding", t.facilitator),
    ]
    blocks: list[Block] = [_facts([(label, clean_line(v)) for label, v in lines if v])]
    if t.shared_goal:
        blocks += [
            paragraph("Gezamenlijk doel en verhaal", tone="label"),
            _text_paragraph(t.shared_goal),
        ]
    if data.preconditions:
        rows = []
        for condition in sorted(data.preconditions, key=lambda c: (c.key, c.party)):
            state = (
                f"bevestigd op {short_date(condition.confirmed_on)}"
                if condition.confirmed_on
                else ("bewust opengelaten" if condition.left_open else "nog niet bevestigd")
            )
            rows.append(
                (
                    runs_of(PRECONDITION_WORDS.get(condition.key, condition.key)),
                    runs_of(party_word(condition.party)),
                    runs_of(state),
                )
            )
        header = tuple(runs_of(t, bold=True) for t in ("Voorwaarde", "Partij", "Stand"))
        blocks += [Heading(2, "De twee voorwaarden"), Table(header, tuple(rows), (7.0, 3.5, 5.5))]
    return blocks


def _behalf(person: Row) -> str:
    """On whose behalf someone speaks, and on what authority they sign when that is known."""
    behalf = clean_line(person.speaks_for) or "–"
    basis = clean_line(person.mandate_basis)
    return f"{behalf}\ntekent krachtens {basis}" if basis else behalf


def people_blocks(data: DossierData) -> list[Block]:
    """Who is at the table now, with their mandate; and who was before, and until when."""
    now = [p for p in data.people if p.left_on is None]
    before = [p for p in data.people if p.left_on is not None]
    blocks: list[Block] = [Heading(2, "Nu aan tafel")]
    if now:
        header = tuple(
            runs_of(t, bold=True) for t in ("Wie", "Partij", "Functie", "Spreekt namens")
        )
        rows = tuple(
            (
                runs_of(_name(p)),
                runs_of(party_word(p.party)),
                runs_of(clean_line(p.function) or "–"),
                runs_of(_behalf(p)),
            )
            for p in now
        )
        blocks.append(Table(header, rows, (4.2, 3.0, 4.0, 4.8)))
    else:
        blocks.append(paragraph("Er staat nu niemand op de lijst."))
    blocks.append(Heading(2, "Eerder betrokken"))
    if before:
        header = tuple(
            runs_of(t, bold=True) for t in ("Wie", "Partij", "Sprak namens", "Vertrokken")
        )
        rows = tuple(
            (
                runs_of(_name(p)),
                runs_of(party_word(p.party)),
                runs_of(clean_line(p.speaks_for) or "–"),
                runs_of(f"vertrokken op {short_date(p.left_on)}"),
            )
            for p in sorted(before, key=lambda p: p.left_on)
        )
        blocks.append(Table(header, rows, (4.2, 3.0, 5.0, 3.8)))
    else:
        blocks.append(paragraph("Er is nog niemand vertrokken."))
    blocks.append(
        paragraph(
            "Wie niet met naam genoemd wil worden, staat hier met functie en partij.", tone="note"
        )
    )
    return blocks


def decision_list(data: DossierData) -> list[Block]:
    """Every numbered decision across all meetings, in number order."""
    if not data.decisions:
        return [paragraph("Er zijn nog geen besluiten genomen.")]
    rows = []
    for decision in data.decisions:
        meeting = decision.meeting
        when = short_date(meeting.starts_at.date()) if meeting and meeting.starts_at else "–"
        if meeting is None:
            state = "buiten een bijeenkomst"
        elif meeting.status == MeetingStatus.VERSLAG_VASTGESTELD:
            state = "vastgesteld"
        else:
            state = "verslag nog niet vastgesteld"
        rows.append(
            (
                runs_of(decision.entry.decision_number, bold=True),
                runs_of(when),
                markdown_to_runs(decision.entry.text),
                runs_of(state),
            )
        )
    header = tuple(runs_of(t, bold=True) for t in ("Nummer", "Datum", "Besluit", "Stand"))
    return [Table(header, tuple(rows), (2.2, 2.4, 8.4, 3.0))]


def agreement_register(data: DossierData) -> list[Block]:
    """Each agreement by worksheet with where it stands and how it got there."""
    if not data.agreements:
        return [paragraph("Er zijn nog geen afspraken.")]
    meetings_by_id = {m.id: m for m in data.meetings}
    rows = []
    ordered = sorted(
        data.agreements,
        key=lambda a: (
            list(WORKSHEET_WORDS).index(a.worksheet) if a.worksheet in WORKSHEET_WORDS else 99,
            a.created_at,
        ),
    )
    for agreement in ordered:
        state = status_words(agreement.status)
        if agreement.document:
            state += f" ({clean_line(agreement.document)})"
        if agreement.review_on:
            state += f"; evalueren op {short_date(agreement.review_on)}"
        rows.append(
            (
                runs_of(WORKSHEET_WORDS.get(agreement.worksheet, agreement.worksheet)),
                markdown_to_runs(agreement.text),
                runs_of(state),
                _history(data.history.get(agreement.id, ()), meetings_by_id),
            )
        )
    header = tuple(runs_of(t, bold=True) for t in ("Thema", "Afspraak", "Stand", "Geschiedenis"))
    return [Table(header, tuple(rows), (2.8, 6.0, 3.0, 4.2))]


def _history(steps: tuple[Row, ...], meetings_by_id: dict[str, Row]) -> Runs:
    lines: list[str] = []
    previous_text = None
    for step in steps:
        meeting = meetings_by_id.get(step.meeting_id) if step.meeting_id else None
        moment = (
            meeting.starts_at.date() if meeting and meeting.starts_at else step.created_at.date()
        )
        words = (
            "voorgesteld" if step.status == AgreementStatus.VOORSTEL else status_words(step.status)
        )
        if previous_text is not None and step.text != previous_text:
            words = "tekst aangepast"
        line = f"{short_date(moment)}: {words}"
        if not lines or lines[-1] != line:
            lines.append(line)
        previous_text = step.text
    return runs_of("\n".join(lines) if lines else "–")


def milestone_list(data: DossierData) -> list[Block]:
    """The piketpalen on a time line, with what was agreed to follow and the outcome."""
    if not data.milestones:
        return [paragraph("Er zijn nog geen piketpalen afgesproken.")]
    rows = []
    for milestone in data.milestones:
        outcome = MILESTONE_OUTCOME_WORDS.get(milestone.outcome, "nog niet beoordeeld")
        if milestone.evaluated_on:
            outcome += f" ({short_date(milestone.evaluated_on)})"
        cell: list[Run] = [Run(outcome, bold=milestone.outcome is not None)]
        if milestone.outcome_note:
            cell += [Run("\n"), *markdown_to_runs(milestone.outcome_note)]
        what: list[Run] = [Run(clean_line(milestone.title), bold=True)]
        if milestone.criteria:
            what += [Run("\nBereikt als: "), *markdown_to_runs(milestone.criteria)]
        if milestone.guarantee:
            what += [Run("\nDan volgt: "), *markdown_to_runs(milestone.guarantee)]
        rows.append((runs_of(short_date(milestone.due_on) or "–"), tuple(what), tuple(cell)))
    header = tuple(runs_of(t, bold=True) for t in ("Datum", "Piketpaal", "Uitkomst"))
    return [Table(header, tuple(rows), (2.4, 9.0, 4.6))]


def document_list(data: DossierData) -> list[Block]:
    """The documents the partnership is recorded in, and the drafts made here with versions."""
    blocks: list[Block] = []
    if data.documents:
        rows = tuple(
            (
                runs_of(clean_line(item.title), bold=True),
                runs_of(clean_line(item.state) or "–"),
                runs_of(short_date(item.on_date) or "–"),
                markdown_to_runs(item.text) if item.text else runs_of(""),
            )
            for item in data.documents
        )
        header = tuple(runs_of(t, bold=True) for t in ("Document", "Stand", "Datum", "Toelichting"))
        blocks.append(Table(header, rows, (4.4, 2.8, 2.4, 6.4)))
    if data.drafted:
        draft_rows = tuple(
            (
                runs_of(DOCUMENT_WORDS.get(d.doc_type, d.doc_type)),
                runs_of(f"versie {d.version}" if d.version else "nog niet uitgebracht"),
                runs_of(short_date(d.last_exported_at.date()) if d.last_exported_at else "–"),
            )
            for d in data.drafted
        )
        header = tuple(
            runs_of(t, bold=True)
            for t in ("Concept uit Opgroei Desktop", "Versie", "Laatst gemaakt")
        )
        blocks.append(Table(header, draft_rows, (8.0, 4.0, 4.0)))
    return blocks or [paragraph("Er zijn nog geen documenten vastgelegd.")]


def open_actions(data: DossierData) -> list[Block]:
    """Actions still open, with who carries them; someone who left is marked as such."""
    if not data.open_actions:
        return [paragraph("Er staan geen acties open.")]
    rows = []
    for action in data.open_actions:
        owner = data.person_by_id.get(action.owner_person_id) if action.owner_person_id else None
        who = (
            _name(owner, with_party=True)
            if owner
            else party_word(action.owner_party) or "nog niemand"
        )
        who_runs: list[Run] = [Run(who)]
        if owner is not None and owner.left_on is not None:
            who_runs.append(
                Run(f"\nvertrokken op {short_date(owner.left_on)}: nog over te dragen", bold=True)
            )
        state = "over de datum" if is_overdue(action, data.today) else "open"
        rows.append(
            (
                markdown_to_runs(action.what),
                tuple(who_runs),
                runs_of(short_date(action.due_on) or "–"),
                runs_of(state),
            )
        )
    header = tuple(runs_of(t, bold=True) for t in ("Wat", "Wie", "Uiterlijk", "Stand"))
    return [Table(header, tuple(rows), (7.4, 4.2, 2.2, 2.2))]


def minutes_index(data: DossierData) -> list[Block]:
    """All meetings with the state of their minutes and who adopted them when."""
    if not data.meetings:
        return [paragraph("Er zijn nog geen bijeenkomsten.")]
    rows = []
    for meeting in data.meetings:
        adopted = []
        for word, by, on in (
            ("gemeente", meeting.agreed_gemeente_by, meeting.agreed_gemeente_on),
            ("initiatief", meeting.agreed_initiatief_by, meeting.agreed_initiatief_on),
        ):
            if on:
                adopted.append(f"{word}: {short_date(on)}" + (f" ({clean_line(by)})" if by else ""))
        rows.append(
            (
                runs_of(short_date(meeting.starts_at.date()) if meeting.starts_at else "–"),
                runs_of(clean_line(meeting.title)),
                runs_of(MEETING_STATUS_WORDS.get(meeting.status, meeting.status)),
                runs_of("\n".join(adopted) or "–"),
            )
        )
    header = tuple(runs_of(t, bold=True) for t in ("Datum", "Bijeenkomst", "Stand", "Vastgesteld"))
    return [Table(header, tuple(rows), (2.4, 6.2, 3.0, 4.4))]


# -- helpers -----------------------------------------------------------------------------------


def _partnership(trajectory: Row) -> str:
    if trajectory.shared_name:
        return clean_line(trajectory.shared_name)
    return f"{clean_line(trajectory.initiative)} en {clean_line(trajectory.municipality)}"


def _name(person: Row, *, with_party: bool = False) -> str:
    return person_label(
        person.name, person.function, person.party, person.consent_named, with_party=with_party
    )


def _owner_left(data: DossierData, action: Row) -> bool:
    owner = data.person_by_id.get(action.owner_person_id) if action.owner_person_id else None
    return owner is not None and owner.left_on is not None


def _facts(lines: list[tuple[str, str]]) -> Table:
    rows = tuple((runs_of(label, bold=True), runs_of(value)) for label, value in lines)
    return Table(None, rows, (4.2, 11.8), borders=False)


def _text_paragraph(text: str) -> Paragraph:
    return Paragraph(markdown_to_runs(text))
