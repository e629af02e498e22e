"""The worksheet per theme: what was said, agreed and planned comes together in one place."""

from __future__ import annotations

from opgroei_desktop.core.services import actions, agreements, entries, worksheet_data
from opgroei_desktop.worksheets.lifecycle import Step
from opgroei_desktop.worksheets.sheet import DOEN, VERHELDEREN, build_sheet

CHALLENGE = "namens_wie.gemeente_vertegenwoordigen"


def _block(sheet, key):
    return next(block for block in sheet.challenges if block.key == key)


def test_theme_sheet_lists_every_library_challenge_then_a_general_block(store, library, trajectory):
    """Each challenge of the theme must be on its worksheet, in the library's order."""
    sheet = build_sheet(store, library, trajectory, "namens_wie")
    assert sheet.kind == VERHELDEREN
    keys = [block.key for block in sheet.challenges]
    assert keys == [c.key for c in library.theme("namens_wie").challenges] + [None]
    assert all(len(block.suggestions) >= 3 for block in sheet.challenges[:-1])


def test_entries_from_several_meetings_gather_under_their_challenge(
    store, library, trajectory, meeting, karin
):
    """What was said about a challenge in any meeting must show under that challenge."""
    entries.capture_entry(
        store,
        trajectory,
        meeting_id=meeting,
        text="Ik heb geen **mandaat** over geld.",
        kind="opmerking",
        voice="gemeente",
        worksheet="namens_wie",
        challenge_key=CHALLENGE,
        person_id=karin,
    )
    entries.capture_entry(
        store,
        trajectory,
        text="Wie praat namens de wijk?",
        kind="vraag",
        worksheet="namens_wie",
        section="namens_wie.wijk_vertegenwoordigen",
    )
    entries.capture_entry(store, trajectory, text="Algemeen punt", worksheet="namens_wie")
    sheet = build_sheet(store, library, trajectory, "namens_wie")
    said = _block(sheet, CHALLENGE).entries
    assert [(e.text, e.meeting_title, e.person_name) for e in said] == [
        ("Ik heb geen mandaat over geld.", "Eerste overleg", "Karin Bos")
    ]
    assert [e.text for e in _block(sheet, "namens_wie.wijk_vertegenwoordigen").entries] == [
        "Wie praat namens de wijk?"
    ]
    assert [e.text for e in _block(sheet, None).entries] == ["Algemeen punt"]


def test_captured_agreement_is_a_proposal_under_its_challenge(store, library, trajectory, meeting):
    """An agreement said in a meeting must wait as a proposal on the right worksheet."""
    entries.capture_entry(
        store,
        trajectory,
        meeting_id=meeting,
        kind="afspraak",
        worksheet="namens_wie",
        challenge_key=CHALLENGE,
        text="De wethouder komt in maart langs.",
    )
    block = _block(build_sheet(store, library, trajectory, "namens_wie"), CHALLENGE)
    assert [(a.agreement.text, a.agreement.status, a.proposed_in) for a in block.agreements] == [
        ("De wethouder komt in maart langs.", "voorstel", "Eerste overleg")
    ]
    assert Step.AGREE_GEMEENTE in block.agreements[0].steps
    assert block.entries == (), "the agreement must not show twice, also as discussion"


def test_adopted_suggestion_is_marked_and_actions_fill_the_doen_column(
    store, library, trajectory, karin
):
    """After adopting a suggestion it must not be offered again; actions land under 'Doen'."""
    suggestion = library.challenge(CHALLENGE).agreements[0]
    made = agreements.create_agreement(
        store,
        trajectory,
        worksheet="namens_wie",
        challenge_key=CHALLENGE,
        suggestion_key=suggestion.key,
        text=suggestion.text,
    ).id
    actions.create_action(
        store,
        trajectory,
        what="Mandaat op papier zetten",
        owner_person_id=karin,
        worksheet="namens_wie",
        challenge_key=CHALLENGE,
        due_on="01-01-2020",
    )
    block = _block(build_sheet(store, library, trajectory, "namens_wie"), CHALLENGE)
    assert block.suggestions[0].adopted_as == made
    assert all(s.adopted_as is None for s in block.suggestions[1:])
    [line] = block.actions
    assert (line.action.what, line.owner_name, line.owner_party, line.overdue) == (
        "Mandaat op papier zetten",
        "Karin Bos",
        "gemeente",
        True,
    )


def test_challenge_state_shows_on_the_sheet(store, library, trajectory):
    """Whether a challenge plays here must be kept and shown."""
    worksheet_data.set_challenge_state(store, trajectory, CHALLENGE, "nvt")
    assert _block(build_sheet(store, library, trajectory, "namens_wie"), CHALLENGE).state == "nvt"


def test_component_sheet_has_its_sections_with_items_and_discussion(store, library, trajectory):
    """Values per party and what was said about them must show in their section."""
    worksheet_data.add_item(
        store,
        trajectory,
        worksheet="kennen",
        section="waarden_doelen",
        party="gemeente",
        title="Aardgasvrij in 2035",
        shared=True,
    )
    entries.capture_entry(
        store, trajectory, text="Betaalbaarheid telt", worksheet="kennen", section="waarden_doelen"
    )
    sheet = build_sheet(store, library, trajectory, "kennen")
    assert sheet.kind == DOEN and sheet.timeline is None
    values = sheet.sections[0]
    assert values.key == "waarden_doelen" and values.shape.by_party and values.shape.shared
    assert [(i.title, i.party, i.shared) for i in values.items] == [
        ("Aardgasvrij in 2035", "gemeente", True)
    ]
    assert [e.text for e in values.entries] == ["Betaalbaarheid telt"]


def test_every_demo_worksheet_shows_content(store, library, demo):
    """Opening any worksheet of the demo must show something from its meetings or its data."""
    for key in ("kennen", "stappen", "borgen", "verhaal", "namens_wie", "financiering"):
        sheet = build_sheet(store, library, demo, key)
        filled = [b for b in sheet.sections if b.items or b.entries] + [
            b for b in sheet.challenges if b.entries or b.agreements or b.actions or b.state
        ]
        assert filled, key
    for key in ("rollen", "veerkracht"):
        assert any(b.state for b in build_sheet(store, library, demo, key).challenges), key
    stappen = build_sheet(store, library, demo, "stappen")
    assert [p.milestone.title for p in stappen.timeline.points] == [
        "Haalbaarheidsstudie gereed",
        "Intentieovereenkomst getekend",
    ]
