"""Planning a meeting by browsing the library with the keyboard: search, read, add a whole
format and single steps; the agenda lists items while the console runs every step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opgroei_desktop.core.services import meetings

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _search(qtbot, browser, words: str) -> None:
    browser.search.setFocus()
    qtbot.keyClick(browser.search, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(browser.search, words)


def _go_to_format(qtbot, browser, key: str) -> None:
    """Arrow down from the search field until the format is shown."""
    for _ in range(len(browser.library.formats)):
        if browser.current_format().key == key:
            return
        qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    raise AssertionError(f"{key} not reachable with the arrow keys")


def _tick_step(qtbot, browser, step_key: str) -> None:
    """Tab to the step list, arrow to the step and tick it with Space."""
    for _ in range(12):
        if browser.steps.hasFocus():
            break
        qtbot.keyClick(browser.focusWidget(), Qt.Key.Key_Tab)
    assert browser.steps.hasFocus()
    keys = [
        browser.steps.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(browser.steps.count())
    ]
    qtbot.keyClick(browser.steps, Qt.Key.Key_Home)
    for _ in range(keys.index(step_key)):
        qtbot.keyClick(browser.steps, Qt.Key.Key_Down)
    qtbot.keyClick(browser.steps, Qt.Key.Key_Space)
    assert browser.ticked_steps() == [step_key]


def test_plan_by_browsing_with_the_keyboard_then_run_every_step(
    qtbot, store, window, trajectory, library, settings
):
    """If this fails, a facilitator cannot find, read and add formats while planning."""
    meeting = meetings.plan_meeting(
        store, trajectory, title="Stuurgroep", starts_at="10-03-2026 19:30"
    ).id
    page = window.view.show_page("meetings")
    page.select(meeting)
    page.editor.tabs.setCurrentWidget(page.editor.agenda)
    agenda = page.editor.agenda
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_B, CTRL)
    browser = agenda.browser
    qtbot.waitUntil(lambda: browser.isActiveWindow() and browser.search.hasFocus())
    assert len(browser.visible_keys()) == len(library.formats) >= 24

    # The whole relationship moment, found by a word from its title and read on its page.
    _search(qtbot, browser, "relatiemoment")
    assert "relatiemoment" in browser.visible_keys()
    _go_to_format(qtbot, browser, "relatiemoment")
    page_text = browser.page.toPlainText()
    assert "Kies vooraf één vraag" in page_text and "Hoe gaat het tussen ons?" in page_text
    qtbot.keyClick(browser.search, Qt.Key.Key_W, ALT)
    assert browser.added.text(), "Alt+W added nothing"
    assert len(meetings.list_agenda(store, meeting)) == 1

    # One step of the regular meeting: the filters narrow the list to short and long meetings.
    _search(qtbot, browser, "rondvraag")
    browser.category.setFocus()
    qtbot.keyClicks(browser.category, "Reg")
    assert browser.category.currentData() == "overleg"
    assert set(browser.visible_keys()) <= {
        f.key for f in library.formats if f.category == "overleg"
    }
    _go_to_format(qtbot, browser, "overleg_regulier")
    _tick_step(qtbot, browser, "rondvraag")
    qtbot.keyClick(browser.steps, Qt.Key.Key_S, ALT)

    # One step of the repair session, searched by a word in its steps, for a group of six.
    browser.category.setCurrentIndex(0)
    browser.group.setValue(6)
    _search(qtbot, browser, "vertrouwen")
    _go_to_format(qtbot, browser, "herstelgesprek")
    assert "2 tot 12" in browser.page.toPlainText() or "2 to 12" in browser.page.toPlainText()
    _tick_step(qtbot, browser, "afspraken")
    qtbot.keyClick(browser.steps, Qt.Key.Key_S, ALT)
    qtbot.keyClick(browser.steps, Qt.Key.Key_Escape)
    assert not browser.isVisible()

    agenda_items = meetings.list_agenda(store, meeting)
    assert [item.title for item in agenda_items] == [
        library.format("relatiemoment").title,
        "Rondvraag",
        "Kleine afspraken",
    ]
    assert agenda.list.topLevelItemCount() == 3
    script = meetings.list_script(store, meeting)
    assert len(script) == len(library.format("relatiemoment").steps) + 2 == 4

    from opgroei_desktop.ui.run import open_meeting_runner

    console = open_meeting_runner(window.work.bus, library, settings, meeting)
    qtbot.addWidget(console)
    qtbot.addWidget(console.projector)
    qtbot.waitUntil(lambda: console.projector.isVisible() and console.isActiveWindow())
    console.checkin.request_start()
    qtbot.waitUntil(lambda: console.pages.currentWidget() is console.run_page)
    assert [item.title for item in console.state.items] == [i.title for i in agenda_items]
    ran = []
    for _ in range(len(script)):
        ran.append(console.state.current_step.id)
        assert console.projector.title_label.text() == console.state.current_step.title
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert ran == [step.id for step in script]
    assert console.state.at_closing
    console.close()
