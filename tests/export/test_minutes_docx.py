"""Minutes exported to Word and read back as a secretary would read them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from opgroei_desktop.core.errors import NotFound, OpgroeiError
from opgroei_desktop.core.services import entries, meetings
from opgroei_desktop.core.services.minutes_status import agree_minutes
from opgroei_desktop.export.minutes import build_minutes, export_minutes, minutes_html


@pytest.fixture
def exported(minutes, tmp_path: Path, word):
    return word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "verslag.docx"))


def test_export_returns_the_written_path(minutes, tmp_path: Path) -> None:
    """The app could not tell the user where the minutes were saved."""
    target = tmp_path / "verslag.docx"
    assert export_minutes(minutes.store, minutes.meeting_id, target) == target.resolve()
    assert target.stat().st_size > 5000


def test_minutes_have_the_usual_chapters(exported) -> None:
    """The minutes would lack the chapters a municipal secretary expects to file."""
    assert exported.doc.paragraphs[0].style.name == "Title"
    assert exported.doc.paragraphs[0].text == "Conceptverslag – Bijeenkomst 2: rollen verkennen"
    assert exported.headings(1) == [
        "Aanwezig",
        "Agenda",
        "Verslag",
        "Besluitenlijst",
        "Afspraken",
        "Actielijst",
        "Piketpalen",
        "Volgende bijeenkomst",
    ]
    assert exported.headings(2) == [
        "1. Opening en vaststellen agenda",
        "Vaststellen vorig verslag",
        "Mededelingen",
        "2. Rollen verkennen",
        "3. Rondvraag en sluiting",
    ]


def test_meeting_details_are_in_the_header(exported) -> None:
    """Readers could not see when and where the meeting was, or who wrote the minutes."""
    details = exported.rows(exported.doc.tables[0])
    assert ["Datum", "donderdag 12 maart 2026"] in details
    assert ["Tijd", "aanvang 19:30 uur"] in details, "no recorded end: the planned one is no fact"
    assert ["Locatie", "Buurthuis De Kern, Rietveen"] in details
    assert ["Verslag", "Fenna Vos"] in details
    assert ["Gemeente", "Rietveen"] in details
    assert ["Initiatief", "Energiecoöperatie Rietveen-Oost"] in details


def test_attendees_per_party_in_fixed_order(exported) -> None:
    """Present people would be listed in a jumble, without function or mandate."""
    rows = exported.rows(exported.table("Partij", "Naam", "Functie", "Spreekt namens"))
    assert rows[1:] == [
        [
            "Gemeente Rietveen",
            "Jan de Boer",
            "beleidsadviseur warmte, afdeling Duurzaamheid",
            "team warmtetransitie",
        ],
        ["", "niet bij naam vermeld", "beleidsadviseur", ""],
        ["Energiecoöperatie Rietveen-Oost", "Ria Jansen", "voorzitter", "de ALV"],
        ["Procesbegeleiding", "Fenna Vos", "procesbegeleider", ""],
    ]
    text = exported.text()
    assert "Afwezig met kennisgeving (m.k.): Wendy Wethouder (gemeente)." in text
    assert "Afwezig zonder kennisgeving (z.k.): Kees Bakker (initiatief)." in text


def test_person_without_consent_appears_by_function_only(minutes, exported) -> None:
    """Someone who asked not to be named would find their name in minutes sent to both parties."""
    text = exported.text()
    assert "Geheime Gerrit" not in text
    assert "Gerrit" not in exported.doc.core_properties.title
    assert "beleidsadviseur (gemeente): Ik wil niet bij naam in het verslag." in text
    assert "Zorg – beleidsadviseur (gemeente): Het budget voor 2027" in text


def test_account_groups_what_each_party_said(exported) -> None:
    """Readers could not tell which party raised which question or concern."""
    text = exported.text().split("\nVerslag\n1. Opening", 1)[1]
    gemeente = text.index("\nGemeente\n")
    initiatief = text.index("\nInitiatief\n")
    samen = text.index("\nGemeente en initiatief samen\n")
    assert gemeente < text.index("Het budget voor 2027") < initiatief
    assert initiatief < text.index("Vraag – Ria Jansen: Wie betaalt") < samen
    assert (
        "Actie: Plan een gesprek met de provincie — Ria Jansen (initiatief), "
        "vóór 1 april 2026" in text
    )


def test_decisions_list_has_running_numbers(exported) -> None:
    """Decisions could not be cited by their number in later meetings."""
    rows = exported.rows(exported.table("Nummer", "Besluit"))
    year = date.today().year
    assert rows[1:] == [[f"{year}-01", "We starten een gezamenlijke haalbaarheidsstudie."]]
    number = exported.paragraph("We starten een gezamenlijke")
    assert [r.text for r in number.runs if r.bold][:1] == [f"{year}-01 "]


def test_agreements_show_status_in_words(exported) -> None:
    """Agreements made in the meeting would be missing or show database codes."""
    rows = exported.rows(exported.table("Afspraak", "In deze bijeenkomst", "Stand nu"))
    assert [
        "De gemeente deelt conceptstukken een week vooraf.",
        "voorgesteld; akkoord van de gemeente",
        "akkoord van de gemeente",
    ] in rows
    assert [
        "Het initiatief spreekt namens de buurt.",
        "akkoord van het initiatief",
        "akkoord van het initiatief",
    ] in rows


def test_action_list_carries_over_open_actions(exported) -> None:
    """An open action from an earlier meeting would silently drop off the action list."""
    rows = exported.rows(exported.table("Wat", "Wie", "Wanneer", "Stand"))
    assert rows[1] == [
        "Vraag de netbeheerder om cijfers\nuit de bijeenkomst van 12 februari 2026",
        "Jan de Boer (gemeente)",
        "01-03-2026",
        "open, termijn verstreken",
    ]
    assert rows[2] == [
        "Plan een gesprek met de provincie",
        "Ria Jansen (initiatief)",
        "01-04-2026",
        "open",
    ]
    assert len(rows) == 3


def test_milestone_and_next_meeting(exported) -> None:
    """The go/no-go outcome of a milestone or the date of the next meeting would be missing."""
    text = exported.text()
    assert "Haalbaarheid rond" in exported.headings(3)
    assert "Uitkomst\ndoorgaan" in text
    assert (
        "Donderdag 9 april 2026, 19:30 uur, Stadhuis Rietveen: Bijeenkomst 3: financiering" in text
    )


def test_concept_is_marked_on_every_page(exported) -> None:
    """A concept could be mistaken for adopted minutes."""
    assert "Concept – dit verslag is nog niet vastgesteld" in exported.text()
    header = exported.doc.sections[0].header
    assert not header.is_linked_to_previous
    assert "CONCEPT" in header.paragraphs[0].text
    assert exported.doc.core_properties.content_status == "Concept"


def test_adopted_minutes_say_when_and_by_whom(minutes, tmp_path: Path, word) -> None:
    """Adopted minutes would still look like a concept, or not say who adopted them."""
    store, meeting = minutes.store, minutes.meeting_id
    agree_minutes(store, meeting, "gemeente", "Jan de Boer", date(2026, 4, 9))
    agree_minutes(store, meeting, "initiatief", "Ria Jansen", "10-04-2026")
    document = word(export_minutes(store, meeting, tmp_path / "vastgesteld.docx"))
    text = document.text()
    assert document.doc.paragraphs[0].text == "Verslag – Bijeenkomst 2: rollen verkennen"
    assert (
        "Vastgesteld op 10 april 2026 door Jan de Boer (gemeente) en Ria Jansen (initiatief)."
        in text
    )
    assert "Concept" not in text
    assert "CONCEPT" not in document.doc.sections[0].header.paragraphs[0].text


def test_half_agreed_minutes_stay_a_concept(minutes) -> None:
    """Minutes agreed by one party only would be presented as adopted."""
    agree_minutes(minutes.store, minutes.meeting_id, "gemeente", "Jan de Boer", "09-04-2026")
    assert build_minutes(minutes.store, minutes.meeting_id).title.startswith("Conceptverslag")
    preview = minutes_html(minutes.store, minutes.meeting_id)
    assert "Akkoord gegeven door de gemeente op 9 april 2026 (Jan de Boer)." in preview


def test_markdown_becomes_real_formatting(exported) -> None:
    """Bold, italics, lists and tables typed in a note would arrive as asterisks and pipes."""
    note = exported.paragraph("wil snel")
    assert [r.text for r in note.runs if r.bold] == ["wil snel"]
    assert [r.text for r in note.runs if r.italic] == ["twijfelt"]
    first = exported.paragraph("eerst de")
    sub = next(p for p in exported.doc.paragraphs if p.text == "provincie")
    assert first.style.name == sub.style.name == "List Paragraph"
    assert exported.numbering(first)[1] == 0 and exported.numbering(sub)[1] == 1
    table = exported.table("Wie", "Wat")
    assert exported.rows(table)[1:] == [
        ["Gemeente", "rekent door"],
        ["Initiatief", "peilt de buurt"],
    ]
    assert [r.text for r in table.rows[1].cells[1].paragraphs[0].runs if r.italic] == ["rekent"]
    assert "**" not in exported.text() and "|" not in exported.text()


def test_core_properties_are_set(exported) -> None:
    """Word's file info would claim python-docx wrote it in 2013, in English."""
    props = exported.doc.core_properties
    assert props.author == "Fenna Vos"
    assert props.title == "Conceptverslag – Bijeenkomst 2: rollen verkennen"
    assert props.language == "nl-NL"
    created = props.created.replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)


def test_unknown_extension_is_refused_in_dutch(minutes, tmp_path: Path) -> None:
    """Choosing an .odt name would crash or write a file Word cannot open."""
    with pytest.raises(OpgroeiError, match=r"\.docx.*\.pdf"):
        export_minutes(minutes.store, minutes.meeting_id, tmp_path / "verslag.odt")
    assert not (tmp_path / "verslag.odt").exists()


def test_unknown_meeting_is_a_clear_error(minutes, tmp_path: Path) -> None:
    """Exporting a meeting that was deleted meanwhile would crash instead of explaining."""
    with pytest.raises(NotFound, match="bijeenkomst"):
        export_minutes(minutes.store, "geen-id", tmp_path / "verslag.docx")


def test_planned_meeting_exports_as_an_agenda(minutes, tmp_path: Path, word) -> None:
    """A meeting not yet held would come out as 'Conceptverslag' with its planned end as fact."""
    found = word(export_minutes(minutes.store, minutes.next_meeting_id, tmp_path / "a.docx"))
    text = found.text()
    assert found.doc.paragraphs[0].text == "Agenda – Bijeenkomst 3: financiering"
    assert "verslag" not in text.lower()
    assert found.headings(1) == ["Agenda", "Uitgenodigd", "Openstaande acties"]
    assert "Vraag de netbeheerder om cijfers" in text


def test_previous_minutes_adopted_at_this_meeting_are_recorded(minutes, tmp_path, word) -> None:
    """The minutes would not say that the previous minutes were adopted that evening."""
    meetings.update_meeting(minutes.store, minutes.earlier_meeting_id, status="gehouden")
    for party, by in (("gemeente", "Jan de Boer"), ("initiatief", "Ria Jansen")):
        agree_minutes(minutes.store, minutes.earlier_meeting_id, party, by, date(2026, 3, 12))
    found = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    previous = found.paragraph("Het verslag van de bijeenkomst van 12 februari 2026").text
    assert previous.endswith("wordt in deze bijeenkomst vastgesteld.")
    text = found.text()
    assert text.index("1. Opening en vaststellen agenda") < text.index("Welkom door de")
    assert text.index("Welkom door de") < text.index("Vaststellen vorig verslag")
    assert text.index("Vaststellen vorig verslag") < text.index(previous)
    assert text.index(previous) < text.index("Mededelingen")
    closing = found.paragraph("De volgende bijeenkomst is op").text
    assert "donderdag 9 april 2026 om 19:30 uur" in closing
    assert text.index("3. Rondvraag en sluiting") < text.index(closing)


def test_notes_typed_up_for_a_planned_meeting_make_minutes(minutes, tmp_path, word) -> None:
    """Notes typed up from paper for a meeting still marked planned would vanish into an agenda."""
    entries.capture_entry(
        minutes.store,
        minutes.trajectory_id,
        meeting_id=minutes.next_meeting_id,
        text="Van papier overgenomen: de provincie doet mee.",
    )
    found = word(export_minutes(minutes.store, minutes.next_meeting_id, tmp_path / "v.docx"))
    assert found.doc.paragraphs[0].text.startswith("Conceptverslag")
    assert "de provincie doet mee" in found.text()


def test_minutes_typed_up_from_paper_still_open_and_close(minutes, tmp_path, word) -> None:
    """Minutes of a meeting run on paper would start at an agenda item, with no opening and
    no closing, and would need the secretary to add both by hand in Word."""
    entries.capture_entry(
        minutes.store,
        minutes.trajectory_id,
        meeting_id=minutes.next_meeting_id,
        text="Van papier overgenomen: de provincie doet mee.",
    )
    found = word(export_minutes(minutes.store, minutes.next_meeting_id, tmp_path / "v.docx"))
    lines = [p.text for p in found.doc.paragraphs]
    opening = lines.index("Opening")
    assert lines[opening + 1] == "De procesbegeleider opent de bijeenkomst."
    closing = lines.index("Sluiting")
    assert lines[closing + 1].startswith("De procesbegeleider sluit de bijeenkomst.")
    assert " uur " not in lines[opening + 1] + lines[closing + 1], "no time that was not kept"


def test_an_account_written_without_captured_notes_is_not_called_nothing(
    minutes, tmp_path, word
) -> None:
    """Minutes written up only as accounts per item would still end with "Van deze
    bijeenkomst is niets genoteerd." under the secretary's own text."""
    item = meetings.add_agenda_item(
        minutes.store, minutes.next_meeting_id, title="Planning", minutes=20
    ).id
    meetings.update_agenda_item(
        minutes.store, item, account="De partijen bespreken de planning van de studie."
    )
    found = word(export_minutes(minutes.store, minutes.next_meeting_id, tmp_path / "v.docx"))
    assert "De partijen bespreken de planning van de studie." in found.text()
    assert "Van deze bijeenkomst is niets genoteerd." not in found.text()
