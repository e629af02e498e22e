""" "Verslag versturen": the e-mail draft read back as a mail program reads it."""

from __future__ import annotations

import argparse
import io
from datetime import date
from email import policy
from email.parser import BytesParser

import docx
import pytest

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.core.services import people
from opgroei_desktop.export.commands import add_export_commands
from opgroei_desktop.export.mail import write_minutes_mail


def _addresses(minutes) -> None:
    by_name = {p.name: p.id for p in people.list_people(minutes.store, minutes.trajectory_id)}
    people.update_person(minutes.store, by_name["Jan de Boer"], email="jan@rietveen.nl")
    people.update_person(minutes.store, by_name["Ria Jansen"], email="ria@rietveen-oost.nl")
    people.update_person(minutes.store, by_name["Fenna Vos"], email="fenna@begeleiding.nl")


def _read(path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def test_mail_draft_goes_to_both_parties_with_the_minutes(minutes, tmp_path) -> None:
    """Sending the minutes would mean retyping addresses and attaching the file by hand."""
    _addresses(minutes)
    path = write_minutes_mail(
        minutes.store, minutes.meeting_id, tmp_path / "verslag.eml", today=date(2026, 3, 13)
    )
    mail = _read(path)
    to = str(mail["To"])
    assert "jan@rietveen.nl" in to and "ria@rietveen-oost.nl" in to
    assert "fenna@begeleiding.nl" not in to, "the facilitator sends; the parties receive"
    assert mail["X-Unsent"] == "1"
    body = mail.get_body(("plain",)).get_content()
    assert "tot en met 2 april 2026" in body, "a week before the next meeting on 9 april"
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename().endswith(".docx")
    minutes_file = docx.Document(io.BytesIO(attachment.get_content()))
    assert minutes_file.paragraphs[0].text.startswith("Conceptverslag")


def test_no_addresses_says_what_to_do(minutes, tmp_path) -> None:
    """Without any e-mail address the app would write an empty draft."""
    with pytest.raises(OpgroeiError, match="e-mailadres"):
        write_minutes_mail(minutes.store, minutes.meeting_id, tmp_path / "v.eml")
    assert not (tmp_path / "v.eml").exists()


def test_planned_meeting_has_no_minutes_to_send(minutes, tmp_path) -> None:
    """A meeting not yet held would be sent round as if it had minutes."""
    _addresses(minutes)
    with pytest.raises(OpgroeiError, match="nog niet gehouden"):
        write_minutes_mail(minutes.store, minutes.next_meeting_id, tmp_path / "v.eml")


def test_mail_draft_on_the_command_line(minutes, tmp_path, capsys) -> None:
    """The headless command could not prepare the mail."""
    _addresses(minutes)
    parser = argparse.ArgumentParser()
    add_export_commands(parser.add_subparsers(dest="command"))
    out = tmp_path / "verslag.eml"
    args = parser.parse_args(["export", "mail", "--meeting", minutes.meeting_id, "--out", str(out)])
    args.data_dir = minutes.store.data_dir
    assert args.handler(args) == 0
    assert "ria@rietveen-oost.nl" in str(_read(out)["To"])


def test_one_party_minutes_go_to_that_party_only(minutes, tmp_path) -> None:
    """An intake's minutes would reach the other party, who was not at the table."""
    from opgroei_desktop.core.services import meetings

    _addresses(minutes)
    meetings.update_meeting(minutes.store, minutes.meeting_id, party="initiatief")
    to = str(_read(write_minutes_mail(minutes.store, minutes.meeting_id, tmp_path / "v.eml"))["To"])
    assert "ria@rietveen-oost.nl" in to and "jan@rietveen.nl" not in to
