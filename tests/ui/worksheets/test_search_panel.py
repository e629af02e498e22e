"""Search as you type: finds what was said in the demo and opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core import search
from opgroei_desktop.ui.worksheets import SearchPanel
from opgroei_desktop.ui.worksheets.search_panel import hit_html


def _panel(qtbot, bus, library, trajectory_id):
    panel = SearchPanel(bus, library, trajectory_id)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_search_finds_a_demo_entry_while_typing_and_opens_it(
    qtbot, bus, library, demo, monkeypatch
):
    """Typing part of a word said in a meeting must list that entry and open it on Enter."""
    calls = []
    real = search.search
    monkeypatch.setattr(search, "search", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    panel = _panel(qtbot, bus, library, demo)
    qtbot.keyClicks(panel.box, "aquatherm")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert calls == ["aquatherm"], "one search after a pause, not one per key"
    [hit] = panel.model.hits
    assert hit.kind == "entry" and hit.trajectory_id == demo
    assert "Afspraken voor het plan van aanpak" in panel.model.wheres[0]
    with qtbot.waitSignal(panel.activated) as opened:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert opened.args[0].id == hit.id


def test_nothing_found_and_empty_query_say_so(qtbot, bus, library, demo):
    """The user must read that nothing matched, rather than see an empty list."""
    panel = _panel(qtbot, bus, library, demo)
    qtbot.keyClicks(panel.box, "xyzzy")
    qtbot.waitUntil(lambda: panel.status.text() == "Nothing found.")
    panel.box.setText('"*"')
    panel.run()
    assert panel.status.text() == "Type a word to search."


def test_search_across_trajectories_names_the_trajectory(qtbot, bus, library, store, demo):
    """Searching all trajectories must say which trajectory each result comes from."""
    panel = _panel(qtbot, bus, library, demo)
    panel.everywhere.setChecked(True)
    panel.box.setText("stuurgroep")
    panel.run()
    assert panel.model.rowCount() >= 2
    assert all("Samen Warm Vlinderhof" in where for where in panel.model.wheres)


def test_result_text_is_escaped():
    """Text someone typed must never be run as HTML in the result list."""
    hit = search.Hit(
        "entry", "1", "t", None, None, None, None, "<script>x</script> warm", ((19, 23),)
    )
    html = hit_html(hit, "<i>where</i>")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>warm</b>" in html and "&lt;i&gt;where" in html


def test_opening_a_hit_unfolds_and_shows_an_old_entry(
    qtbot, bus, library, store, trajectory, open_sheet
):
    """A search result for an old entry must be shown, even when the list had folded it away."""
    from opgroei_desktop.core.services import entries

    ids = [
        entries.capture_entry(
            store, trajectory, text=f"Punt {n} over biogas", worksheet="rollen"
        ).id
        for n in range(7)
    ]
    view = open_sheet(trajectory, "rollen")
    said = view.cards[None].said
    assert ids[0] not in said.rows.rows, "the oldest entries start folded away"
    [hit] = [h for h in search.search(store, "biogas punt 0", trajectory)]
    view.focus_hit(hit)
    assert ids[0] in said.rows.rows and said.expanded
