"""Whatever people typed or pasted, the minutes export, and nothing in them runs as code."""

from __future__ import annotations

import zipfile
from pathlib import Path

from opgroei_desktop.core.models import Entry
from opgroei_desktop.core.services import entries
from opgroei_desktop.export.minutes import export_minutes, minutes_html

HOSTILE = (
    "Let op: <script>alert(1)</script> en <img src=x onerror=alert(2)> "
    "en [klik hier](javascript:alert(3)) en [de website](https://energiesamen.nu)"
)


def _capture(minutes, text: str) -> str:
    return entries.capture_entry(
        minutes.store,
        minutes.trajectory_id,
        meeting_id=minutes.meeting_id,
        agenda_item_id=minutes.item_ids[1],
        text=text,
    ).id


def _store_raw(minutes, entry_id: str, text: str) -> None:
    """Put text in the database as an older version or another laptop might have left it,
    past the cleaning that capturing does."""
    with minutes.store.transaction() as session:
        session.get(Entry, entry_id).text = text


def test_control_characters_do_not_break_the_export(minutes, tmp_path: Path, word) -> None:
    """A note pasted from Word with hidden control characters would make the export crash."""
    entry = _capture(minutes, "placeholder")
    _store_raw(minutes, entry, "Begin\x00\x0b\x1b\ufffe\x7f einde")
    document = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    assert "Begin einde" in document.text()


def test_emoji_and_right_to_left_text_survive(minutes, tmp_path: Path, word) -> None:
    """Arabic or Hebrew names, or an emoji, would be garbled or crash the export."""
    _capture(minutes, "Dank aan مريم العلي 🌍")
    _capture(minutes, "שלום לכולם, welkom")
    document = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    assert "Dank aan مريم العلي 🌍" in document.text()
    hebrew = document.paragraph("שלום לכולם")
    assert (
        hebrew._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi")
        is not None
    )


def test_a_one_megabyte_note_exports(minutes, tmp_path: Path) -> None:
    """A very long pasted report would hang or crash the export."""
    line = "Een lange alinea met **nadruk**, *schuin* en een [link](https://example.org).\n"
    lines = 1_000_000 // len(line)
    _capture(minutes, line * lines)
    path = export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx")
    # Read the XML itself: python-docx needs minutes to join a paragraph of 50,000 runs.
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert body.count("Een lange alinea met ") == lines


def test_html_and_script_stay_literal_text_in_word(minutes, tmp_path: Path, word) -> None:
    """Markup typed in a note would vanish or be interpreted instead of shown as typed."""
    _capture(minutes, HOSTILE)
    document = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    text = document.text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text


def test_only_web_and_mail_links_become_links(minutes, tmp_path: Path, word) -> None:
    """A javascript: link in a note would become a clickable link in the minutes."""
    _capture(minutes, HOSTILE + " of mail <info@voorbeeld.nl>")
    document = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    assert document.hyperlinks() == ["https://energiesamen.nu", "mailto:info@voorbeeld.nl"]
    assert "en klik hier en" in document.text()


def test_preview_html_escapes_markup(minutes) -> None:
    """A script in a note would run, or an image load, in the in-app preview."""
    _capture(minutes, HOSTILE)
    html = minutes_html(minutes.store, minutes.meeting_id)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "javascript:" not in html
    assert '<a href="https://energiesamen.nu">de website</a>' in html


def test_preview_fetches_nothing_from_outside(minutes) -> None:
    """The preview would reach out to the internet or the disk for styles, fonts or images."""
    html = minutes_html(minutes.store, minutes.meeting_id)
    assert "<link" not in html and "src=" not in html and "url(" not in html
