"""Printing and sending from a meeting's page: documents land where the facilitator chose."""

from __future__ import annotations

import email
from email import policy

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from opgroei_desktop.core.services import meetings, people


def test_print_menu_and_invitation_mail_write_their_files(
    qtbot, store, window, trajectory, tmp_path, monkeypatch
):
    """If this fails, the facilitator cannot print the draaiboek or send the invitation."""
    anna = people.add_person(
        store, trajectory, name="Anna", party="gemeente", email="anna@rietveen.example"
    ).id
    meeting = meetings.plan_meeting(
        store, trajectory, title="Startgesprek", starts_at="10-03-2026 19:30", invite=(anna,)
    ).id
    meetings.add_agenda_item(store, meeting, title="Kennismaken", minutes=20, prompt="Wie?")
    page = window.view.show_page("meetings")
    page.select(meeting)
    bar = page.editor.print_bar
    answers = iter(
        [
            (str(tmp_path / "draaiboek"), "Word documents (*.docx)"),
            (str(tmp_path / "uitnodiging.eml"), ""),
        ]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: next(answers))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    bar.actions_by_kind["script"].trigger()
    qtbot.waitUntil(lambda: (tmp_path / "draaiboek.docx").exists() and not bar.tasks)
    bar.send_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].toLocalFile() == str(tmp_path / "uitnodiging.eml")
    message = email.message_from_bytes(
        (tmp_path / "uitnodiging.eml").read_bytes(), policy=policy.default
    )
    assert [a.addr_spec for a in message["To"].addresses] == ["anna@rietveen.example"]
