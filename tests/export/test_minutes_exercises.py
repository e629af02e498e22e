"""The exercises of a meeting in its Word minutes: radar chart, differences, matrix, cards."""

from __future__ import annotations

import subprocess
import sys

from opgroei_desktop.core.services import exercises as ex
from opgroei_desktop.export.minutes import build_minutes, export_minutes
from opgroei_desktop.export.minutes_exercises import exercise_blocks


def _hold_exercises(minutes) -> None:
    store, trajectory, meeting = minutes.store, minutes.trajectory_id, minutes.meeting_id
    earlier = ex.create_assessment(
        store, trajectory, title="Eerste meting", held_on="12-02-2026", meeting_id=None
    ).id
    ex.set_score(store, earlier, "verhaal.samen", "verhaal", "gemeente", 2)
    ex.set_score(store, earlier, "verhaal.samen", "verhaal", "initiatief", 2)
    now = ex.create_assessment(
        store, trajectory, title="Nulmeting voorjaar", held_on="12-03-2026", meeting_id=meeting
    ).id
    for key, dimension, g, i in [
        ("verhaal.samen", "verhaal", 5, 1),
        ("kennen.doelen", "kennen", 4, 3),
        ("rollen.taken", "rollen", 2, 4),
        ("financiering.start", "financiering", 1, 1),
    ]:
        ex.set_score(store, now, key, dimension, "gemeente", g)
        ex.set_score(store, now, key, dimension, "initiatief", i)
    scenario = ex.create_scenario(store, trajectory, meeting_id=meeting, title="Alle drie samen").id
    ex.create_scenario(store, trajectory, meeting_id=meeting, title="De coöperatie alleen")
    ex.rate_scenario(store, scenario, "waarden", "gemeente", 4)
    ex.rate_scenario(store, scenario, "waarden", "initiatief", 5, note="Zeggenschap blijft")
    card = ex.add_card(
        store, meeting, author_party="initiatief", text="De gemeente wil vooral snelheid"
    ).id
    ex.judge_card(store, card, "niet_waar", "Zorgvuldig gaat voor snel")
    ex.add_card(store, meeting, author_party="gemeente", text="Zij willen alles zelf doen")


def test_minutes_hold_radar_matrix_and_card_verdicts(minutes, word, tmp_path):
    """The minutes would leave out what the exercises showed, so nobody could look it up."""
    _hold_exercises(minutes)
    path = export_minutes(minutes.store, minutes.meeting_id, tmp_path / "verslag.docx")
    document = word(path)
    assert len(document.doc.inline_shapes) >= 1, "the radar chart is an inline image"
    assert {"Nulmeting voorjaar", "Scenario's", "Aannamekaarten"} <= set(document.headings(1))
    averages = word.rows(document.table("Onderdeel", "Gemeente", "Initiatief", "Verschil"))
    assert ["Ons verhaal", "5,0", "1,0", "4,0"] in averages
    text = document.text()
    biggest = document.paragraph("We vertellen naar buiten hetzelfde verhaal")
    assert "gemeente 5,0, initiatief 1,0" in biggest.text
    matrix = word.rows(
        document.table("Scenario", "Waarden", "Risico's", "Haalbaar", "Geld", "Buurt")
    )
    assert matrix[1][:2] == ["Alle drie samen", "G 4 · I 5"]
    assert "Zeggenschap blijft" in text
    cards = word.rows(document.table("Aanname", "Van", "Oordeel", "Reactie"))
    assert cards[1] == [
        "De gemeente wil vooral snelheid",
        "Initiatief",
        "klopt niet",
        "Zorgvuldig gaat voor snel",
    ]
    assert cards[2][2] == "niet besproken"
    assert "Verloop sinds de eerste meting" in text


def test_meeting_without_exercises_has_no_exercise_sections(minutes):
    """Ordinary minutes would get empty exercise headings."""
    document = build_minutes(minutes.store, minutes.meeting_id)
    titles = {getattr(block, "text", "") for block in document.blocks}
    assert not titles & {"Nulmeting", "Scenario's", "Aannamekaarten"}


def test_radar_is_painted_without_a_window(minutes, tmp_path):
    """Exporting minutes from the command line (no window) would fail on the chart."""
    _hold_exercises(minutes)
    code = (
        "import sys\n"
        "from opgroei_desktop.core.store import Store\n"
        "from opgroei_desktop.export.minutes import export_minutes\n"
        "import docx\n"
        f"store = Store.open({str(minutes.store.data_dir)!r})\n"
        f"path = export_minutes(store, {minutes.meeting_id!r}, {str(tmp_path / 'cli.docx')!r})\n"
        "assert len(docx.Document(str(path)).inline_shapes) == 1\n"
    )
    minutes.store.close()
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr


def test_image_description_names_every_average(minutes):
    """A screen-reader user of the minutes would not know what the radar chart shows."""
    _hold_exercises(minutes)
    from opgroei_desktop.export.document import Image
    from opgroei_desktop.export.minutes_data import gather

    (image,) = [
        b
        for b in exercise_blocks(minutes.store, gather(minutes.store, minutes.meeting_id))
        if isinstance(b, Image)
    ]
    assert image.png.startswith(b"\x89PNG")
    assert "Ons verhaal gemeente 5,0, initiatief 1,0" in image.description
