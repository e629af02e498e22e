"""Minutes in the main window: the preview of a held meeting, saving it as Word and PDF in the
background, refusals in the message bar, adopting by both parties with undo, and the runner."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QProgressBar,
    QTextBrowser,
    QWidget,
)

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import entries, meetings, people
from opgroei_desktop.ui import settings as ui_settings
from opgroei_desktop.ui.i18n import TsTranslator
from opgroei_desktop.ui.main import minutes_panel
from opgroei_desktop.ui.main.meetings_page import MINUTES_ROLE

DEMO_TITLE = "Afspraken voor het plan van aanpak"
EXPORT_WAIT_MS = 30000


@pytest.fixture
def demo(store):
    """The example trajectory and its meeting whose minutes are still a concept."""
    trajectory_id, _created = ensure_demo(store)
    [meeting] = [m for m in meetings.list_meetings(store, trajectory_id) if m.title == DEMO_TITLE]
    return trajectory_id, meeting.id


@pytest.fixture
def dutch(qapp):
    """The Dutch translation installed, as a user sees the app."""
    translator = TsTranslator("nl")
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def open_minutes(qtbot, make_window, demo):
    trajectory_id, meeting_id = demo
    window = make_window(open_trajectory=trajectory_id)
    page = window.view.show_page("meetings")
    page.select(meeting_id)
    panel = page.editor.minutes
    qtbot.waitUntil(lambda: DEMO_TITLE in panel.preview.toPlainText())
    return window, page, panel


def list_state(page, meeting_id):
    for row in range(page.list.count()):
        item = page.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == meeting_id:
            return item.data(MINUTES_ROLE)
    raise AssertionError("meeting not in the list")


def docx_text(path):
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


class FakeSaveDialog:
    """Stands in for QFileDialog: remembers what it suggested and answers with ``answer``."""

    def __init__(self, answer):
        self.answer = answer
        self.suggested = []

    def getSaveFileName(self, _parent, _title, suggested, _filter):  # noqa: N802 (Qt's name)
        self.suggested.append(suggested)
        return (str(self.answer), "")


def test_a_held_meeting_opens_on_its_minutes_with_attendees_decisions_and_concept(
    qtbot, make_window, demo, store
):
    """If this fails, the facilitator cannot read back the minutes before sending them round."""
    window, page, panel = open_minutes(qtbot, make_window, demo)
    assert page.editor.tabs.currentWidget() is panel
    text = panel.preview.toPlainText()
    for expected in ("Karin Bos", "Henk Mulder", "Lotte van Dijk", "Besluitenlijst"):
        assert expected in text
    assert "Bij elk overleg zeggen we aan het begin in welke rol iedereen aan tafel zit" in text
    assert "Concept – dit verslag is nog niet vastgesteld door beide partijen." in text
    assert "Fatma Yilmaz" not in text  # she did not consent to being named
    assert panel.state.text() == "Draft: not yet adopted by both parties"
    assert not panel.preview.openLinks()


def test_every_control_of_the_minutes_has_an_accessible_name(qtbot, make_window, demo):
    """If this fails, a screen-reader user meets an unnamed control in the minutes tab."""
    window, page, panel = open_minutes(qtbot, make_window, demo)
    controls = (QAbstractButton, QComboBox, QAbstractSpinBox, QTextBrowser, QProgressBar)
    nameless = [
        type(widget).__name__
        for widget in panel.findChildren(QWidget)
        if isinstance(widget, controls)
        and widget.isVisibleTo(panel)
        and not widget.accessibleName()
        and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
    ]
    assert nameless == []
    assert panel.word_button.text() == "Save as Wo&rd…"


def test_a_planned_meeting_has_no_minutes_tab(qtbot, make_window, demo, store):
    """If this fails, the facilitator is offered minutes of a meeting that has not happened."""
    trajectory_id, _meeting_id = demo
    window = make_window(open_trajectory=trajectory_id)
    page = window.view.show_page("meetings")
    [planned] = [m for m in meetings.list_meetings(store, trajectory_id) if m.status == "gepland"]
    page.select(planned.id)
    editor = page.editor
    assert not editor.tabs.isTabVisible(editor.minutes_tab)
    assert editor.tabs.currentIndex() == 0


def test_links_in_the_preview_open_only_web_and_mail_addresses(monkeypatch):
    """If this fails, a link typed into the minutes could start a program or open a local file."""
    opened = []
    monkeypatch.setattr(minutes_panel.QDesktopServices, "openUrl", opened.append)
    for refused in ("javascript:alert(1)", "file:///etc/passwd", "notities.docx"):
        assert minutes_panel.open_link(QUrl(refused)) is False
    minutes_panel.open_link(QUrl("https://example.org/plan"))
    minutes_panel.open_link(QUrl("mailto:sanne@example.org"))
    assert [url.toString() for url in opened] == [
        "https://example.org/plan",
        "mailto:sanne@example.org",
    ]


def test_the_preview_follows_new_entries_and_keeps_its_place(qtbot, make_window, demo):
    """If this fails, the preview lags behind corrections or jumps to the top while reading."""
    trajectory_id, meeting_id = demo
    window, page, panel = open_minutes(qtbot, make_window, demo)
    panel.resize(700, 300)
    bar = panel.preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    window.work.bus.run(
        entries.capture_entry,
        trajectory_id,
        meeting_id=meeting_id,
        text="We besluiten de zaal voortaan om 19.00 uur open te doen.",
        kind="besluit",
        worksheet="rollen",
    )
    qtbot.waitUntil(lambda: "de zaal voortaan om 19.00 uur" in panel.preview.toPlainText())
    assert bar.value() == place


def test_minutes_are_saved_as_word_in_the_background_with_a_way_to_the_folder(
    qtbot, make_window, demo, settings, tmp_path, monkeypatch
):
    """If this fails, the minutes never reach the municipality's file or the cooperative's board."""
    folder = tmp_path / "verslagen"
    folder.mkdir()
    ui_settings.EXPORT_FOLDER.set(settings, str(folder))
    window, page, panel = open_minutes(qtbot, make_window, demo)
    target = folder / "verslag september.docx"
    dialog = FakeSaveDialog(target)
    monkeypatch.setattr(minutes_panel, "QFileDialog", dialog)
    with qtbot.waitSignal(panel.exported, timeout=EXPORT_WAIT_MS) as result:
        panel.word_button.click()
        assert panel.busy.isVisible() and not panel.word_button.isEnabled()
    assert result.args == [str(target), ""]
    [suggested] = dialog.suggested
    assert Path(suggested) == folder / f"Minutes 2026-09-15 {DEMO_TITLE}.docx"
    text = docx_text(target)
    assert DEMO_TITLE in text and "Karin Bos" in text and "Concept" in text
    assert panel.word_button.isEnabled() and not panel.busy.isVisible()
    bar = window.message_bar
    assert bar.isVisible() and "verslag september.docx" in bar.text.text()
    opened = []
    monkeypatch.setattr(minutes_panel.QDesktopServices, "openUrl", opened.append)
    bar.action.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_minutes_are_saved_as_pdf_and_the_folder_is_remembered(
    qtbot, make_window, demo, settings, tmp_path, monkeypatch
):
    """If this fails, no PDF can be sent round, or every export starts in the wrong folder."""
    window, page, panel = open_minutes(qtbot, make_window, demo)
    target = tmp_path / "uit" / "verslag"
    target.parent.mkdir()
    monkeypatch.setattr(minutes_panel, "QFileDialog", FakeSaveDialog(target))
    with qtbot.waitSignal(panel.exported, timeout=EXPORT_WAIT_MS) as result:
        panel.pdf_button.click()
    written = Path(result.args[0])
    assert written == target.with_suffix(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert ui_settings.EXPORT_FOLDER.get(settings) == str(target.parent)


def test_a_locked_target_says_so_in_dutch_and_leaves_no_file(
    qtbot, make_window, demo, tmp_path, monkeypatch
):
    """If this fails, a file still open in Word makes the export fail silently or half-written."""
    import opgroei_desktop.export.files as files

    def locked(_source, _target):
        raise PermissionError(13, "Permission denied")

    window, page, panel = open_minutes(qtbot, make_window, demo)
    folder = tmp_path / "op slot"
    folder.mkdir()
    monkeypatch.setattr(minutes_panel, "QFileDialog", FakeSaveDialog(folder / "verslag.docx"))
    with monkeypatch.context() as patch:
        patch.setattr(files.os, "replace", locked)
        with qtbot.waitSignal(panel.exported, timeout=EXPORT_WAIT_MS) as result:
            panel.word_button.click()
    written, error = result.args
    assert written == "" and "nog geopend in Word" in error
    assert window.message_bar.isVisible() and window.message_bar.text.text() == error
    assert list(folder.iterdir()) == []
    assert panel.word_button.isEnabled()


def test_both_parties_adopt_the_minutes_and_undo_makes_them_a_concept_again(
    qtbot, make_window, demo, store, dutch
):
    """If this fails, nobody can tell whether the minutes are final, or a mis-click sticks."""
    trajectory_id, meeting_id = demo
    window, page, panel = open_minutes(qtbot, make_window, demo)
    assert list_state(page, meeting_id) == "Conceptverslag"
    municipality, initiative = panel.rows["gemeente"], panel.rows["initiatief"]
    names = [municipality.name.itemText(i) for i in range(municipality.name.count())]
    assert names[:2] == ["Karin Bos", "Fatma Yilmaz"]
    municipality.agree.click()  # no name yet: refused, in Dutch
    assert window.message_bar.isVisible()
    assert "instemt" in window.message_bar.text.text()
    assert meetings.get_meeting(store, meeting_id).agreed_gemeente_on is None
    municipality.name.setCurrentIndex(0)
    municipality.agree.click()
    initiative.name.setEditText("Henk Mulder")
    initiative.agree.click()
    stored = meetings.get_meeting(store, meeting_id)
    assert stored.status == "verslag_vastgesteld"
    assert (stored.agreed_gemeente_by, stored.agreed_initiatief_by) == ("Karin Bos", "Henk Mulder")
    assert panel.state.text().startswith("Vastgesteld op ")
    assert list_state(page, meeting_id).startswith("Vastgesteld op ")
    assert municipality.done.isVisible() and "Karin Bos" in municipality.done.text()
    qtbot.waitUntil(lambda: "Vastgesteld op" in panel.preview.toPlainText())
    assert "Concept –" not in panel.preview.toPlainText()
    window.commands.undo.trigger()
    assert meetings.get_meeting(store, meeting_id).status == "verslag_concept"
    assert panel.state.text().startswith("Concept")
    assert list_state(page, meeting_id) == "Conceptverslag"
    qtbot.waitUntil(lambda: "Concept –" in panel.preview.toPlainText())
    assert initiative.name.isVisible() and initiative.name.currentText() == "Henk Mulder"
    window.commands.undo.trigger()
    assert meetings.get_meeting(store, meeting_id).agreed_gemeente_on is None


def test_finishing_in_the_runner_lands_on_the_minutes_and_the_console_is_freed(
    qtbot, window, store, trajectory, monkeypatch
):
    """If this fails, the facilitator hunts for the minutes after the meeting, or every closed
    console stays in memory for the rest of the evening."""
    import opgroei_desktop.ui.run as run

    person = people.add_person(store, trajectory, name="Anna", party="gemeente").id
    meeting = meetings.plan_meeting(
        store, trajectory, title="Kennismaking", starts_at="10-03-2026 19:30", invite=(person,)
    ).id
    consoles = []

    def fake_runner(bus, library, settings, meeting_id, parent=None, undo_stack=None):
        console = QWidget(parent, Qt.WindowType.Window)  # owned by the window, like the real one
        consoles.append(console)
        return console

    monkeypatch.setattr(run, "open_meeting_runner", fake_runner, raising=False)
    page = window.view.show_page("meetings")
    page.select(meeting)
    editor = page.editor
    editor.start_button.click()
    editor.start_button.click()  # brings back the open console instead of a second one
    [console] = consoles
    bus = window.work.bus
    bus.run(meetings.start_meeting, meeting)
    assert editor.tabs.currentIndex() == 0
    bus.run(meetings.end_meeting, meeting)
    assert editor.tabs.currentWidget() is editor.minutes
    qtbot.waitUntil(lambda: "Kennismaking" in editor.minutes.preview.toPlainText())
    with qtbot.waitSignal(console.destroyed):
        console.close()
    assert page._runner is None


def test_choosing_a_template_names_the_styles_it_lacks(qtbot, window, tmp_path, monkeypatch):
    """If this fails, the organisation only finds out from ugly minutes that its template lacks
    a heading style."""
    from opgroei_desktop.ui.main import settings_dialog

    template = docx.Document()
    for style in list(template.styles):
        if style.name in ("Title", "Heading 2"):
            style.element.getparent().remove(style.element)
    path = tmp_path / "huisstijl.docx"
    template.save(str(path))
    monkeypatch.setattr(
        settings_dialog.QFileDialog, "getOpenFileName", lambda *args: (str(path), "")
    )
    dialog = window.open_settings()
    assert not dialog.template_notes.isVisible()
    dialog.choose.click()
    notes = dialog.template_notes.text()
    assert dialog.template_notes.isVisible()
    assert "'Titel'" in notes and "'Kop 2'" in notes and "'Kop 1'" not in notes
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"geen word")
    dialog.template.setText(str(broken))
    assert "kapot.docx" in dialog.template_notes.text()
    dialog.reset.click()
    assert not dialog.template_notes.isVisible()


def test_send_writes_a_mail_draft_and_opens_it(qtbot, make_window, demo, store, tmp_path):
    """'Verslag versturen' would not prepare the e-mail, or would not open it for sending."""
    from email import policy
    from email.parser import BytesParser

    trajectory_id, _meeting_id = demo
    for person in people.list_people(store, trajectory_id):
        if person.name in ("Karin Bos", "Henk Mulder"):
            people.update_person(store, person.id, email=f"{person.name.split()[0]}@example.nl")
    _window, _page, panel = open_minutes(qtbot, make_window, demo)
    assert panel.mail_button.isEnabled()
    opened = []
    panel.open_draft = opened.append
    written = panel.write_mail(str(tmp_path / "verslag.eml"))
    assert opened == [written]
    mail = BytesParser(policy=policy.default).parsebytes(Path(written).read_bytes())
    assert "Karin@example.nl" in str(mail["To"]) and "Henk@example.nl" in str(mail["To"])
    assert [a.get_filename() for a in mail.iter_attachments()][0].endswith(".docx")


def test_adopted_minutes_are_reopened_with_a_reason(qtbot, make_window, demo, store, monkeypatch):
    """If this fails, adopted minutes cannot be corrected on the record, or can be changed
    without anyone saying why."""
    from PySide6.QtWidgets import QInputDialog

    from opgroei_desktop.core.services import minutes_status

    trajectory_id, meeting_id = demo
    window, page, panel = open_minutes(qtbot, make_window, demo)
    assert not panel.reopen_button.isVisible()
    panel.rows["gemeente"].name.setEditText("Karin Bos")
    panel.rows["gemeente"].agree.click()
    panel.rows["initiatief"].name.setEditText("Henk Mulder")
    panel.rows["initiatief"].agree.click()
    assert panel.reopen_button.isVisible()
    assert not panel.rows["gemeente"].withdraw.isVisible()
    answers = iter([("", False), ("De datum van de volgende bijeenkomst klopte niet.", True)])
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *_args: next(answers))
    )
    panel.reopen_button.click()  # cancelled: nothing happens
    assert meetings.get_meeting(store, meeting_id).status == "verslag_vastgesteld"
    panel.reopen_button.click()
    assert meetings.get_meeting(store, meeting_id).status == "verslag_concept"
    (adopted, reopened) = minutes_status.minutes_history(store, meeting_id)
    assert (adopted.event, reopened.event) == ("vastgesteld", "heropend")
    assert reopened.reason == "De datum van de volgende bijeenkomst klopte niet."
    assert not panel.reopen_button.isVisible()
