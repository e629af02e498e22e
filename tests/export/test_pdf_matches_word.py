"""The app's own PDF read back with poppler (pdftotext, pdfinfo) and set against the Word file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.export.document import (
    Document,
    Paragraph,
    Properties,
    Run,
    Table,
    paragraph,
    runs_of,
)
from opgroei_desktop.export.minutes import build_minutes, export_minutes
from opgroei_desktop.export.output import write_document
from opgroei_desktop.export.pdf_writer import MISSING_GLYPH, write_pdf

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
_PT_PER_MM = 72 / 25.4
_BODY_TOP, _BODY_BOTTOM = 25 * _PT_PER_MM, (297 - 22) * _PT_PER_MM


def _words(text: str) -> list[str]:
    """Words as a reader sees them: list numbers and bullets (Word draws those itself) out."""
    found = re.findall(r"\S+", text)
    return [w for w in found if not re.fullmatch(r"(\d+\.|[•◦▪–])", w)]


def _pdf_text(path: Path, *extra: str) -> str:
    result = subprocess.run(
        ["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _body_text(path: Path, title: str, header: str) -> str:
    """The PDF's text without the running header and the footer of every page."""
    lines = []
    for line in _pdf_text(path, "-raw").splitlines():
        if line.strip() in (header,) or re.match(r"^.*Pagina \d+ van \d+$", line.strip()):
            continue
        lines.append(line)
    return "\n".join(lines)


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(word in it for word in needle)


@needs_poppler
def test_pdf_has_the_same_words_in_the_same_order_as_word(minutes, tmp_path, word) -> None:
    """The PDF would leave out, add or reorder text compared with the Word minutes."""
    document = build_minutes(minutes.store, minutes.meeting_id)
    docx_words = _words(
        word(export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.docx")).text()
    )
    pdf = export_minutes(minutes.store, minutes.meeting_id, tmp_path / "v.pdf")
    pdf_words = _words(_body_text(pdf, document.title, document.running_header))
    assert _is_subsequence(docx_words, pdf_words), "every Word word, in order, in the PDF"
    extra = list(pdf_words)
    for w in docx_words:
        extra.remove(w)
    header_words = {"Partij", "Naam", "Functie", "Spreekt", "namens", "Nummer", "Besluit",
                    "Afspraak", "In", "deze", "bijeenkomst", "Stand", "nu", "Wat", "Wie",
                    "Wanneer", "Status"}  # fmt: skip
    assert set(extra) <= header_words | set(document.title.split()), extra


@needs_poppler
def test_no_hidden_text_outside_the_page_body(tmp_path) -> None:
    """Text clipped at a page end would still be in the PDF, read out twice by screen readers."""
    document = Document("Lange tekst", running_header="CONCEPT")
    for n in range(120):
        document.add(paragraph(f"Regel {n} " + "met wat woorden om de regel te vullen " * 3))
    path = write_pdf(document, tmp_path / "lang.pdf")
    boxes = _pdf_text(path, "-bbox")
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', boxes)
    assert words
    for top, bottom, text in words:
        inside = float(top) >= _BODY_TOP - 1 and float(bottom) <= _BODY_BOTTOM + 1
        header = float(bottom) < 15 * _PT_PER_MM
        furniture = header or float(top) > (297 - 16) * _PT_PER_MM
        assert inside or furniture, f"{text!r} at {top}-{bottom}"
    body = _pdf_text(path)
    for n in range(120):
        assert len(re.findall(rf"\bRegel {n} met", body)) == 1, f"Regel {n}"


@needs_poppler
def test_pdf_says_title_author_subject_and_language(tmp_path) -> None:
    """A document system would list the PDF without title or author, in no language."""
    document = Document(
        "Verslag – Kennismaking",
        properties=Properties(author="Fenna Vos", subject="Verslag van de bijeenkomst"),
    )
    document.add(paragraph("tekst"))
    path = write_pdf(document, tmp_path / "v.pdf")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+Verslag – Kennismaking$", info, re.M)
    assert re.search(r"^Author:\s+Fenna Vos$", info, re.M)
    data = path.read_bytes()
    assert b"<rdf:li>nl-NL</rdf:li>" in data
    assert b"Verslag van de bijeenkomst" in data


@needs_poppler
def test_text_no_font_can_draw_gets_a_visible_marker(tmp_path) -> None:
    """A character without any font would silently vanish from the PDF."""
    document = Document("Tekens")
    document.add(paragraph("Tibetaans ཀ blijft zichtbaar, é en ë gewoon"))
    text = _pdf_text(write_pdf(document, tmp_path / "t.pdf"))
    assert f"Tibetaans {MISSING_GLYPH} blijft zichtbaar, é en ë gewoon" in text


def test_clause_text_lines_up_beside_its_number(qapp) -> None:
    """The text of '4.2' and '4.10' would start at different places, unlike in Word."""
    from PySide6.QtGui import QTextDocument

    from opgroei_desktop.export.html_writer import to_html
    from opgroei_desktop.export.pdf_pages import clause_tabs

    document = Document("Artikelen")
    for number in ("4.2", "4.10"):
        document.add(Paragraph((Run(f"{number}\tPartijen spreken af."),), tone="clause"))
    text = QTextDocument()
    text.setHtml(to_html(document, for_pdf=True))
    clause_tabs(text, 42)
    text.setTextWidth(600)
    text.documentLayout().documentSize()
    starts = []
    block = text.begin()
    while block.isValid():
        if "\t" in block.text():
            layout = block.layout()
            line = layout.lineAt(0)
            starts.append(line.cursorToX(block.text().index("\t") + 1)[0])
        block = block.next()
    assert len(starts) == 2 and starts[0] == starts[1] == 42


def test_table_cut_by_a_page_gets_a_closing_border(qapp) -> None:
    """A table running onto the next page would end without its bottom line."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from opgroei_desktop.export.html_writer import to_html
    from opgroei_desktop.export.pdf_pages import table_breaks

    rows = tuple((runs_of(f"actie {n}"), runs_of("gemeente")) for n in range(80))
    document = Document("Acties")
    document.add(Table((runs_of("Wat"), runs_of("Wie")), rows))
    text = QTextDocument()
    text.setHtml(to_html(document))
    text.setPageSize(QSizeF(500, 400))
    breaks = table_breaks(text, 400)
    assert text.pageCount() > 2
    assert set(breaks) == set(range(text.pageCount() - 1))
    for page, lines in breaks.items():
        [(left, right, y)] = lines
        assert right > left and page * 400 < y <= (page + 1) * 400


def test_template_for_pdf_says_why_it_cannot(tmp_path) -> None:
    """--template with a .pdf would be ignored without a word."""
    template = tmp_path / "huisstijl.docx"
    template.write_bytes(b"")
    with pytest.raises(OpgroeiError, match="alleen in een Word-bestand"):
        write_document(Document("x"), tmp_path / "x.pdf", template)
    assert not (tmp_path / "x.pdf").exists()
