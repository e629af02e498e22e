"""A whole meeting run from the keyboard alone, then read back from a fresh store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opgroei_desktop.core.services import actions, entries, meetings, people, trajectories
from opgroei_desktop.core.store import Store
from opgroei_desktop.library import load_library
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.run import open_meeting_runner
from opgroei_desktop.ui.settings import open_settings

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

AGENDA = [
    ("check_in", "ronde"),
    ("kennismaken", "waarden_doelen"),
    ("eerste_stap", "ideeen"),
    ("thema_financiering", "geldstromen"),
    ("check_out", "ronde"),
]

# (step index, line typed, voice, kind): 22 entries over three steps.
CAPTURED = [
    (1, "g: We willen dat de wijk in 2030 van het gas af is", "gemeente", "opmerking"),
    (1, "i: We willen dat de warmte van de buurt zelf is", "initiatief", "opmerking"),
    (1, "s: id: Een gezamenlijke open dag in het buurthuis", "samen", "idee"),
    (1, "g: zo: De raad wil eerst zekerheid over de kosten", "gemeente", "zorg"),
    (1, "i: vr: Wie betaalt de haalbaarheidsstudie?", "initiatief", "vraag"),
    (1, "i: aa: De gemeente wil vooral snelheid", "initiatief", "aanname"),
    (1, "g: aa: Het initiatief wil alles zelf doen", "gemeente", "aanname"),
    (1, "b: Goed dat dit hardop gezegd is", "procesbegeleider", "opmerking"),
    (2, "i: ! Begin met twintig woningen rond de school", "initiatief", "idee"),
    (2, "g: ? Kan het schoolgebouw de bron leveren?", "gemeente", "vraag"),
    (2, "s: be: We doen samen een haalbaarheidsstudie", "samen", "besluit"),
    (2, "s: af: We overleggen elke maand met beide besturen", "samen", "afspraak"),
    (2, "g: ac: Offerte voor de studie opvragen @Anna #15-03-2027", "gemeente", "actie"),
    (2, "i: ac: Ledenvergadering inplannen @Piet", "initiatief", "actie"),
    (2, "Piketpaal: na de studie evalueren", None, "opmerking"),
    (3, "i: zo: We hebben geen startbudget", "initiatief", "zorg"),
    (3, "g: De provincie heeft een regeling voor startkosten", "gemeente", "opmerking"),
    (3, "s: ac: Samen de regeling uitzoeken @gemeente #01-04-2027", "samen", "actie"),
    (3, "i: vr: Mag een vrijwilliger betaald worden?", "initiatief", "vraag"),
    (3, "g: be: De gemeente reserveert uren voor de studie", "gemeente", "besluit"),
    (3, "s: af: Geldstromen zijn open voor beide partijen", "samen", "afspraak"),
    (3, "b: id: Een onafhankelijke rekenaar inhuren", "procesbegeleider", "idee"),
]


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type text where the keyboard focus is."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_run_a_meeting_with_the_keyboard_alone(qtbot, tmp_path):
    """If this fails, a facilitator could not run a meeting without the mouse, or lose entries."""
    data = tmp_path / "data"
    store = Store.open(data)
    library = load_library(store.formats_dir)
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Lindewijde", initiative="Warmtecoop Vlinderhof"
    ).id
    invited = {
        name: people.add_person(store, trajectory, name=name, party=party).id
        for name, party in [
            ("Anna de Vries", "gemeente"),
            ("Karel Smit", "gemeente"),
            ("Piet Jansen", "initiatief"),
        ]
    }
    meeting = meetings.plan_meeting(
        store,
        trajectory,
        title="Vierde overleg",
        starts_at="12-01-2027 19:30",
        invite=tuple(invited.values()),
    ).id
    items = []
    for format_key, step_key in AGENDA:
        step = next(s for s in library.format(format_key).steps if s.key == step_key)
        items.append(meetings.add_agenda_item(store, meeting, **step.agenda_fields(format_key)).id)
    steps = meetings.list_script(store, meeting)
    settings = open_settings(str(tmp_path / "settings.ini"))

    console = open_meeting_runner(DataBus(store), library, settings, meeting)
    qtbot.addWidget(console)
    qtbot.addWidget(console.projector)
    qtbot.waitUntil(lambda: console.projector.isVisible() and console.isActiveWindow())

    # Check-in: Anna present for the college, Karel absent with notice, Piet present; a walk-in.
    qtbot.waitUntil(lambda: console.checkin.rows[invited["Anna de Vries"]][0].hasFocus())
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "het college")
    press(qtbot, Qt.Key.Key_Tab)  # Karel (Anna's absence choice is off: she is here)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # not here today: sent apologies (m.k.)
    press(qtbot, Qt.Key.Key_Tab)  # Piet
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "het bestuur")
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Sanne Bakker")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # party: Initiatief
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "bewoner")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "de straat")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: console.capture.line.hasFocus())

    attendance = {a.person_id: a for a in meetings.list_attendance(store, meeting)}
    sanne = next(p for p in people.list_people(store, trajectory) if p.name == "Sanne Bakker")
    assert sanne.party == "initiatief"
    assert attendance[sanne.id].walk_in and attendance[sanne.id].speaks_for_today == "de straat"
    assert attendance[invited["Anna de Vries"]].speaks_for_today == "het college"
    assert attendance[invited["Piet Jansen"]].status == "aanwezig"
    assert attendance[invited["Karel Smit"]].status == "afwezig_mk"
    assert meetings.get_meeting(store, meeting).status == "bezig"

    # The meeting: capture while moving through the agenda.
    for index, line, _, _ in CAPTURED:
        while console.state.index < index:
            press(qtbot, Qt.Key.Key_PageDown)
        type_text(qtbot, line)
        press(qtbot, Qt.Key.Key_Return)
        assert console.capture.line.text() == "", console.messages.label.text()

    # A sticky party and kind, set by keys.
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_V, ALT)
    type_text(qtbot, "Hoe houden we de leden op de hoogte?")
    press(qtbot, Qt.Key.Key_Return)

    projector = console.projector
    assert projector.title_label.text() == steps[3].title
    assert projector.prompt_label.text() == steps[3].prompt
    assert projector.timer_label.text().count(":") == 1
    shown = projector.entries_view.toPlainText()
    assert "Hoe houden we de leden op de hoogte?" in shown
    assert "Een onafhankelijke rekenaar inhuren" in shown

    # Closing: the room checks decisions, agreements and actions, then it is finished.
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)
    assert console.state.at_closing
    # A recap longer than the screen pages with PgDn; paging past its end does nothing.
    summary = projector.entries_view.toPlainText()
    for _ in range(console.state.recap_pages):
        press(qtbot, Qt.Key.Key_PageDown)
        summary += projector.entries_view.toPlainText()
    assert console.state.at_closing
    assert "We doen samen een haalbaarheidsstudie" in summary
    assert "Anna de Vries" in summary and "15-03-2027" in summary
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert console.closing.asking, "finishing asks first"
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert meetings.get_meeting(store, meeting).status == "gehouden"
    console.close()
    store.close()

    # A fresh start of the app finds everything, with party, kind, step and worksheet.
    fresh = Store.open(data)
    try:
        found = entries.list_entries(fresh, trajectory, meeting_id=meeting)
        expected = [(line, voice, kind, items[index]) for index, line, voice, kind in CAPTURED]
        expected.append(("Hoe houden we de leden op de hoogte?", "initiatief", "vraag", items[3]))
        assert len(found) == len(expected) >= 21
        by_step = {item.id: item.steps[0] for item in meetings.list_agenda(fresh, meeting)}
        for entry, (line, voice, kind, item_id) in zip(found, expected, strict=True):
            assert entry.text in line
            assert (entry.voice, entry.kind, entry.agenda_item_id) == (voice, kind, item_id)
            assert entry.worksheet == by_step[item_id].worksheet
        assert {e.worksheet for e in found} == {"kennen", "stappen", "financiering"}
        owned = actions.list_actions(fresh, trajectory, meeting_id=meeting)
        assert {a.owner_person_id for a in owned if a.owner_person_id} == {
            invited["Anna de Vries"],
            invited["Piet Jansen"],
        }
        assert any(a.owner_party == "gemeente" for a in owned)
        assert meetings.get_meeting(fresh, meeting).ended_at is not None
    finally:
        fresh.close()
