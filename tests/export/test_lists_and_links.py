"""Lists and links typed in a note, read back from Word, the preview and the PDF."""

from __future__ import annotations

import time

from docx.oxml.ns import qn

from opgroei_desktop.core.services import entries
from opgroei_desktop.export.document import Document, Paragraph, Run
from opgroei_desktop.export.docx_writer import write_docx
from opgroei_desktop.export.html_writer import to_html
from opgroei_desktop.export.markdown_blocks import markdown_to_blocks
from opgroei_desktop.export.minutes import export_minutes

AFTER_LIST = (
    "Afspraken voor de werkgroepen:\n- Karin vraagt offertes op\n"
    "- Henk legt het voor aan de ALV\n\nDaarna evalueren we in maart."
)


def _note(minutes, text: str, **fields) -> None:
    entries.capture_entry(
        minutes.store,
        minutes.trajectory_id,
        meeting_id=minutes.meeting_id,
        agenda_item_id=minutes.item_ids[2],
        text=text,
        **fields,
    )


def _start_of(document, paragraph) -> tuple[str, str, str]:
    """(numFmt, lvlText, start) that Word shows for a list paragraph."""
    num_id, level = document.numbering(paragraph)
    numbering = document.doc.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    lvl = next(v for v in abstract.findall(qn("w:lvl")) if v.get(qn("w:ilvl")) == str(level))
    override = next(
        o for o in num.findall(qn("w:lvlOverride")) if o.get(qn("w:ilvl")) == str(level)
    )
    return (
        lvl.find(qn("w:numFmt")).get(qn("w:val")),
        lvl.find(qn("w:lvlText")).get(qn("w:val")),
        override.find(qn("w:startOverride")).get(qn("w:val")),
    )


def test_sentence_after_a_list_stays_after_it_in_the_minutes(minutes, tmp_path, word) -> None:
    """A sentence typed under a list would print above the list's points."""
    _note(minutes, AFTER_LIST)
    text = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx")).text()
    lead = text.index("Afspraken voor de werkgroepen:")
    karin = text.index("Karin vraagt offertes op")
    henk = text.index("Henk legt het voor aan de ALV")
    after = text.index("Daarna evalueren we in maart.")
    assert lead < karin < henk < after


def test_sentence_after_a_list_stays_after_it_in_the_preview(minutes) -> None:
    """The preview would show the closing sentence before the points."""
    _note(minutes, AFTER_LIST)
    from opgroei_desktop.export.minutes import minutes_html

    html = minutes_html(minutes.store, minutes.meeting_id)
    assert html.index("Karin vraagt") < html.index("Henk legt") < html.index("Daarna evalueren")


def test_numbered_note_keeps_its_numbers_in_word(minutes, tmp_path, word) -> None:
    """'3. … 4. …' would print as an empty bullet and then 'a.', 'b.'."""
    _note(minutes, "3. Offertes vergelijken\n4. Kiezen in de ALV")
    document = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx"))
    third = document.paragraph("Offertes vergelijken")
    fourth = document.paragraph("Kiezen in de ALV")
    assert _start_of(document, third)[0] == "decimal"
    assert _start_of(document, third)[2] == "3"
    assert document.numbering(third) == document.numbering(fourth)
    texts = [p.text for p in document.doc.paragraphs]
    before = texts[texts.index("Offertes vergelijken") - 1]
    assert before.strip(), "an empty bullet stands before the numbered points"


def test_nested_numbered_list_numbers_at_every_depth(tmp_path, word) -> None:
    """A nested numbered list would switch to letters in Word while the PDF shows numbers."""
    document = Document("Lijsten")
    document.add(*markdown_to_blocks("1. een\n   5. vijf\n   6. zes\n2. twee"))
    read = word(write_docx(document, tmp_path / "l.docx"))
    assert _start_of(read, read.paragraph("een")) == ("decimal", "%1.", "1")
    assert _start_of(read, read.paragraph("vijf")) == ("decimal", "%2.", "5")
    assert read.numbering(read.paragraph("vijf"))[1] == 1
    assert read.numbering(read.paragraph("twee")) == read.numbering(read.paragraph("een"))
    html = to_html(document)
    assert '<ol start="5" style="list-style-type: decimal">' in html


def test_text_after_a_nested_list_stays_in_its_point(tmp_path, word) -> None:
    """Text typed under a sub-list would jump above the sub-list."""
    document = Document("Lijsten")
    document.add(
        *markdown_to_blocks("- hoofdpunt\n    - sub\n\n    nog bij het hoofdpunt\n- tweede")
    )
    read = word(write_docx(document, tmp_path / "l.docx"))
    texts = [p.text for p in read.doc.paragraphs]
    assert texts.index("sub") < texts.index("nog bij het hoofdpunt") < texts.index("tweede")
    assert read.numbering(read.paragraph("nog bij het hoofdpunt")) is None


def test_local_links_keep_their_target_as_text(minutes, tmp_path, word) -> None:
    """A link to the G: drive or a relative path would vanish, leaving only its text."""
    _note(
        minutes,
        r"Zie [de begroting](G:\Projecten\Warmte\begroting.xlsx) en [notulen](../stukken/mei.pdf)",
    )
    text = word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx")).text()
    assert r"de begroting (G:\Projecten\Warmte\begroting.xlsx)" in text
    assert "notulen (../stukken/mei.pdf)" in text


def test_eight_thousand_links_take_linear_time(tmp_path, word) -> None:
    """A note with thousands of links would take many seconds to save as Word."""
    document = Document("Links")
    for n in range(8000):
        document.add(Paragraph((Run("bron ", link=None), Run(f"{n}", link=f"https://x.nl/{n}"))))
    started = time.perf_counter()
    target = write_docx(document, tmp_path / "links.docx")
    assert time.perf_counter() - started < 10  # quadratic took 17 s; see benchmarks/
    links = word(target).hyperlinks()
    assert len(links) == 8000 and links[7999] == "https://x.nl/7999"
