"""The fixed items of Dutch minutes (opening, vaststellen vorig verslag, mededelingen,
rondvraag, sluiting), generated from the data and read back from real Word files."""

from __future__ import annotations

from datetime import UTC, datetime

from opgroei_desktop.core.services import entries, meetings
from opgroei_desktop.export.invitation import export_invitation
from opgroei_desktop.export.minutes import export_minutes


def _held_meeting(minutes, agenda: list[str]) -> tuple[str, list[str]]:
    """A held meeting after the fixture's, with ``agenda`` and a recorded start and end."""
    store = minutes.store
    meeting = meetings.plan_meeting(
        store,
        minutes.trajectory_id,
        title="Bijeenkomst 4: werkgroepen",
        starts_at=datetime(2026, 5, 14, 19, 30),
    ).id
    items = [meetings.add_agenda_item(store, meeting, title=t, minutes=15).id for t in agenda]
    meetings.start_meeting(store, meeting)
    meetings.end_meeting(store, meeting)
    with store.transaction() as session:
        from opgroei_desktop.core.models import Meeting

        row = session.get(Meeting, meeting)
        row.started_at = datetime(2026, 5, 14, 17, 32, tzinfo=UTC)
        row.ended_at = datetime(2026, 5, 14, 19, 58, tzinfo=UTC)
    return meeting, items


def _body(found) -> list[str]:
    """The lines of the Verslag chapter."""
    lines = found.text().split("\n")
    start = lines.index("Verslag")
    return lines[start + 1 : lines.index("Besluitenlijst")]


def test_plain_agenda_gets_every_fixed_item_in_order(minutes, tmp_path, word) -> None:
    """Minutes would lack mededelingen and rondvraag, which every secretary's minutes carry."""
    meeting, _ = _held_meeting(minutes, ["Werkgroepen instellen"])
    entries.capture_entry(
        minutes.store,
        minutes.trajectory_id,
        meeting_id=meeting,
        agenda_item_id=meetings.list_agenda(minutes.store, meeting)[0].id,
        text="Drie werkgroepen.",
    )
    found = word(export_minutes(minutes.store, meeting, tmp_path / "v.docx"))
    assert found.headings(2) == [
        "Opening",
        "Vaststellen vorig verslag",
        "Mededelingen",
        "1. Werkgroepen instellen",
        "Rondvraag",
        "Sluiting",
    ]
    body = _body(found)
    assert body[body.index("Mededelingen") + 1] == "Geen."
    assert body[body.index("Rondvraag") + 1] == "Geen."
    previous = body[body.index("Vaststellen vorig verslag") + 1]
    assert previous.startswith("Het verslag van de bijeenkomst van 9 april 2026")
    assert body[body.index("Opening") + 1].startswith("De bijeenkomst wordt om")
    assert "gesloten" in body[body.index("Sluiting") + 1]


def test_what_was_said_under_mededelingen_and_rondvraag_is_in_their_items(
    minutes, tmp_path, word
) -> None:
    """Announcements typed under the agenda's own Mededelingen would land elsewhere or twice."""
    meeting, items = _held_meeting(
        minutes, ["Opening", "Mededelingen", "Werkgroepen instellen", "Rondvraag", "Sluiting"]
    )

    def capture(index: int, text: str) -> None:
        entries.capture_entry(
            minutes.store,
            minutes.trajectory_id,
            meeting_id=meeting,
            agenda_item_id=items[index],
            text=text,
        )

    capture(1, "De wethouder is vanaf juni met verlof.")
    capture(2, "Drie werkgroepen.")
    capture(3, "Kan de volgende keer in het stadhuis?")
    found = word(export_minutes(minutes.store, meeting, tmp_path / "v.docx"))
    assert found.headings(2) == [
        "1. Opening",
        "Vaststellen vorig verslag",
        "2. Mededelingen",
        "3. Werkgroepen instellen",
        "4. Rondvraag",
        "5. Sluiting",
    ]
    body = _body(found)
    announcements = body[body.index("2. Mededelingen") : body.index("3. Werkgroepen instellen")]
    assert any("De wethouder is vanaf juni met verlof." in line for line in announcements)
    questions = body[body.index("4. Rondvraag") : body.index("5. Sluiting")]
    assert any("Kan de volgende keer in het stadhuis?" in line for line in questions)
    assert "Geen." not in body


def test_agenda_numbers_are_the_same_in_invitation_and_minutes(minutes, tmp_path, word) -> None:
    """A reader comparing the invitation with the minutes would find item 2 under another number."""
    meeting, items = _held_meeting(minutes, ["Opening", "Werkgroepen instellen", "Rondvraag"])
    entries.capture_entry(
        minutes.store,
        minutes.trajectory_id,
        meeting_id=meeting,
        agenda_item_id=items[1],
        text="Drie werkgroepen.",
    )
    invitation = word(export_invitation(minutes.store, meeting, tmp_path / "u.docx"))
    listed = [
        p.text.split("  ", 1)[-1]
        for p in invitation.doc.paragraphs
        if invitation.numbering(p) is not None
    ]
    assert listed == ["Opening", "Werkgroepen instellen", "Rondvraag"]
    found = word(export_minutes(minutes.store, meeting, tmp_path / "v.docx"))
    numbered = [h for h in found.headings(2) if h[0].isdigit()]
    assert numbered == [f"{n}. {title}" for n, title in enumerate(listed, 1)]


def test_the_first_meeting_has_no_previous_minutes_to_adopt(minutes, tmp_path, word) -> None:
    """The first meeting's minutes would ask to adopt minutes that do not exist."""
    meetings.update_meeting(minutes.store, minutes.earlier_meeting_id, status="gehouden")
    found = word(export_minutes(minutes.store, minutes.earlier_meeting_id, tmp_path / "v.docx"))
    headings = found.headings(2)
    assert "Vaststellen vorig verslag" not in headings
    assert headings.index("Mededelingen") < headings.index("Rondvraag")


def test_a_regular_meeting_planned_as_one_format_files_its_fixed_steps_as_fixed_items(
    minutes, tmp_path, word
) -> None:
    """What was said at the format's rondvraag step would hide inside the format's one item
    while the minutes print "Rondvraag: Geen."."""
    from opgroei_desktop.library import load_library

    store = minutes.store
    meeting, _ = _held_meeting(minutes, [])
    regular = load_library().format("overleg_regulier")
    meetings.add_agenda_item(store, meeting, **regular.agenda_item())
    [item] = meetings.list_agenda(store, meeting)
    steps = {step.step_key: step.id for step in item.steps}
    for key, text in (
        ("mededelingen", "De wethouder is vanaf juni met verlof."),
        ("inhoud", "Drie werkgroepen."),
        ("rondvraag", "Kan de volgende keer in het stadhuis?"),
    ):
        entries.capture_entry(
            store, minutes.trajectory_id, meeting_id=meeting, script_step_id=steps[key], text=text
        )
    found = word(export_minutes(store, meeting, tmp_path / "v.docx"))
    assert found.headings(2) == [
        "Opening",
        "Vaststellen vorig verslag",
        "Mededelingen",
        f"1. {regular.title}",
        "Rondvraag",
        "Sluiting",
    ]
    body = _body(found)
    announcements = body[body.index("Mededelingen") : body.index(f"1. {regular.title}")]
    assert any("De wethouder is vanaf juni met verlof." in line for line in announcements)
    content = body[body.index(f"1. {regular.title}") : body.index("Rondvraag")]
    assert any("Drie werkgroepen." in line for line in content)
    assert not any("stadhuis" in line for line in content)
    questions = body[body.index("Rondvraag") : body.index("Sluiting")]
    assert any("Kan de volgende keer in het stadhuis?" in line for line in questions)
