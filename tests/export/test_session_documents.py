"""Everything to print and send for a meeting: invitation, draaiboek, score sheet and card
sheets as Word and PDF, and the invitation as an e-mail draft; read back as a reader would."""

from __future__ import annotations

import email
import re
from email import policy
from io import BytesIO
from pathlib import Path

import docx
import pytest

from opgroei_desktop.core.demo import create_demo
from opgroei_desktop.core.services import exercises, meetings, trajectories
from opgroei_desktop.export.cards import export_cards
from opgroei_desktop.export.invitation import export_invitation, write_invitation_mail
from opgroei_desktop.export.score_sheet import export_score_sheet
from opgroei_desktop.export.script_document import export_script
from opgroei_desktop.library import load_library

A4_POINTS = (595, 842)


def pdf_pages(path: Path) -> list[tuple[int, int]]:
    """The size in points of every page of a PDF written by the app."""
    data = path.read_bytes()
    pages = re.findall(rb"/Type\s*/Page[^s]", data)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    sizes = [(round(float(w)), round(float(h))) for w, h in boxes]
    return sizes[: len(pages)] if len(sizes) >= len(pages) else [A4_POINTS] * len(pages)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(lines)


@pytest.fixture
def demo(store):
    """The demo trajectory and its planned meeting."""
    create_demo(store)
    trajectory = trajectories.list_trajectories(store)[0].id
    [planned] = [m for m in meetings.list_meetings(store, trajectory) if m.status == "gepland"]
    return trajectory, planned.id


def test_invitation_names_goal_time_place_and_agenda(store, demo, tmp_path):
    """The invitation would lack the goal, the time or the agenda the room will see."""
    trajectory, meeting = demo
    text = docx_text(export_invitation(store, meeting, tmp_path / "uitnodiging.docx"))
    planned = meetings.get_meeting(store, meeting)
    assert planned.goal in text and "Stadhuis Lindewijde, zaal 2" in text
    assert "dinsdag 8 december 2026, 19:30 uur" in text
    for item in meetings.list_agenda(store, meeting):
        assert item.title in text
    assert "Karin Bos" in text and "Fatma Yilmaz" not in text, "no name without consent"
    pdf = export_invitation(store, meeting, tmp_path / "uitnodiging.pdf")
    assert pdf_pages(pdf) == [A4_POINTS]


def test_invitation_mail_is_a_draft_to_the_invited_who_consented(store, demo, tmp_path):
    """The e-mail draft would go to someone who did not consent, or miss the invitation."""
    trajectory, meeting = demo
    path = write_invitation_mail(store, meeting, tmp_path / "uitnodiging")
    assert path.suffix == ".eml"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    to = {address.addr_spec for address in message["To"].addresses}
    assert to == {
        "karin.bos@lindewijde.example",
        "j.verhagen@lindewijde.example",
        "voorzitter@vlinderhof.example",
        "lotte@vlinderhof.example",
        "sanne@samenspel.example",
    }
    assert "f.yilmaz@lindewijde.example" not in str(message["To"])
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith("Uitnodiging: Naar een intentieovereenkomst")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "uitnodiging.docx"
    attached = docx.Document(BytesIO(attachment.get_content()))
    assert any("Agenda" == p.text for p in attached.paragraphs)
    assert "Samen bepalen welke afspraken" in message.get_body(("plain",)).get_content()


def test_one_party_invitation_goes_to_that_party_only(store, demo, tmp_path):
    """An intake with the initiative would be addressed to the municipality as well."""
    trajectory, meeting = demo
    meetings.update_meeting(store, meeting, party="initiatief")
    text = docx_text(export_invitation(store, meeting, tmp_path / "uitnodiging.docx"))
    assert "Aan: Warmtecoöperatie Vlinderhof" in text and "Karin Bos" not in text
    message = email.message_from_bytes(
        write_invitation_mail(store, meeting, tmp_path / "u.eml").read_bytes(),
        policy=policy.default,
    )
    assert {a.addr_spec for a in message["To"].addresses} == {
        "voorzitter@vlinderhof.example",
        "lotte@vlinderhof.example",
        "sanne@samenspel.example",
    }, "the initiative and the facilitator, never the municipality"


def test_draaiboek_has_every_step_with_time_prompt_materials(store, demo, tmp_path):
    """A co-facilitator's draaiboek would miss a step, its timing or what to bring."""
    library = load_library()
    trajectory, meeting = demo
    meetings.add_agenda_item(store, meeting, **library.format("herstelgesprek").agenda_item())
    path = export_script(store, meeting, tmp_path / "draaiboek.docx", library)
    text = docx_text(path)
    for step in meetings.list_script(store, meeting):
        assert step.title in text
    assert "Flip-over en stiften" in text and "Kaartjes in de kleuren van beide partijen" in text
    assert library.format("herstelgesprek").preparation[:40] in text
    assert "19:30" in text and "Op het scherm:" in text
    pdf = export_script(store, meeting, tmp_path / "draaiboek.pdf", library)
    assert len(pdf_pages(pdf)) >= 2 and set(pdf_pages(pdf)) == {A4_POINTS}


def test_score_sheet_is_one_numbered_anonymous_form_per_respondent(store, demo, tmp_path):
    """Paper scores could not be told apart, or a form would ask for a name."""
    trajectory, meeting = demo
    invited = len(meetings.list_attendance(store, meeting))
    path = export_score_sheet(store, meeting, tmp_path / "scores.docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"Formulier {n} van {invited}" for n in range(1, invited + 1)]
    text = docx_text(path)
    assert "Schrijf uw naam niet" in text and "Karin" not in text
    assert len(document.tables) == invited and len(document.tables[0].rows) == 27
    pdf = export_score_sheet(store, meeting, tmp_path / "scores.pdf", count=4)
    assert pdf_pages(pdf) == [A4_POINTS] * 4


@pytest.mark.parametrize(("kind", "sheets"), [("aannames", 3), ("rollen", 1), ("vragen", None)])
def test_card_sheets_print_eight_cards_to_an_a4_page(store, demo, tmp_path, kind, sheets):
    """Cards to cut out would not print, or not as many sheets as there are cards."""
    trajectory, meeting = demo
    if kind == "aannames":
        exercises.add_card(
            store, meeting, author_party="initiatief", text="Zij vinden ons te langzaam."
        )
    docx_path = export_cards(store, meeting, kind, tmp_path / f"{kind}.docx")
    document = docx.Document(str(docx_path))
    images = document.inline_shapes
    library = load_library()
    questions = sum(len(c.questions) for c in library.components) + sum(
        len(c.questions) for c in library.all_challenges()
    )
    expected = sheets if sheets is not None else -(-questions // 8)
    assert len(images) == expected
    pdf = export_cards(store, meeting, kind, tmp_path / f"{kind}.pdf")
    assert pdf_pages(pdf) == [A4_POINTS] * expected
