"""The HTML preview and the PDF that Qt draws from it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from pathlib import Path

from opgroei_desktop.export.document import Document, Image, Paragraph, Run, paragraph
from opgroei_desktop.export.html_writer import to_html
from opgroei_desktop.export.minutes import export_minutes, minutes_html
from opgroei_desktop.export.pdf_writer import render_pdf


def test_pdf_export_is_a_valid_pdf(minutes, tmp_path: Path) -> None:
    """Choosing PDF would give a file no PDF reader can open."""
    path = export_minutes(minutes.store, minutes.meeting_id, tmp_path / "verslag.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 2
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["verslag.pdf"]


def test_pdf_handles_difficult_text_and_images(png) -> None:
    """Right-to-left text, emoji, markup or a chart would break the PDF."""
    document = Document("Proef \x0b", running_header="CONCEPT")
    document.add(
        paragraph("مرحبا – שלום – 🌍 – <script>alert(1)</script>"),
        Paragraph((Run("link", link="https://example.org"),)),
        Image(png, 6.0, "grafiek"),
    )
    assert render_pdf(document).startswith(b"%PDF-")


def test_preview_shows_the_whole_minutes(minutes) -> None:
    """The preview would differ from what ends up in the Word file."""
    html = minutes_html(minutes.store, minutes.meeting_id)
    assert '<p class="h1">Conceptverslag – Bijeenkomst 2: rollen verkennen</p>' in html
    assert '<p class="running concept">CONCEPT – nog niet vastgesteld</p>' in html
    for chapter in ("Aanwezig", "Agenda", "Verslag", "Besluitenlijst", "Actielijst"):
        assert f'<p class="h2">{chapter}</p>' in html
    assert "Geheime Gerrit" not in html
    assert "<b>wil snel</b>" in html and "<i>twijfelt</i>" in html


def test_preview_embeds_images(png) -> None:
    """A chart in the preview would be fetched from disk or the web, or not shown at all."""
    document = Document("Met grafiek")
    document.add(Image(png, 8.0, 'Grafiek "samenwerking"'))
    html = to_html(document)
    assert 'src="data:image/png;base64,iVBORw0KGg' in html
    assert 'alt="Grafiek &quot;samenwerking&quot;"' in html


def test_a_heading_never_stands_alone_at_the_foot_of_a_page() -> None:
    """A heading would end a printed page with its text on the next one."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QGuiApplication, QTextDocument

    from opgroei_desktop.export.document import Heading
    from opgroei_desktop.export.pdf_writer import keep_headings_with_text

    _app = QGuiApplication.instance() or QGuiApplication([])
    page = 300.0

    def laid_out(filler: int) -> QTextDocument:
        blocks = [paragraph(f"Regel {n}") for n in range(filler)]
        document = Document("Proef", blocks=[*blocks, Heading(1, "Kop"), paragraph("Na de kop")])
        text = QTextDocument()
        text.setDocumentMargin(0)
        text.setDefaultFont(QFont("Arial", 10))
        text.setHtml(to_html(document, running_header=False))
        text.setPageSize(QSizeF(400, page))
        return text

    def pages(text: QTextDocument) -> tuple[int, int]:
        layout = text.documentLayout()
        heading = text.find("Kop").block()
        after = heading.next()
        return (
            int(layout.blockBoundingRect(heading).top() // page),
            int(layout.blockBoundingRect(after).bottom() // page),
        )

    text = next(t for t in map(laid_out, range(5, 60)) if len(set(pages(t))) == 2)
    keep_headings_with_text(text, page)
    heading_page, text_page = pages(text)
    assert heading_page == text_page


def test_the_signatures_stay_whole_and_with_the_signing_line() -> None:
    """The PDF of an agreement would end a page with "Aldus overeengekomen" and its heading,
    or cut the signature block in two, with the names above and the lines on the next page."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QGuiApplication, QTextDocument

    from opgroei_desktop.export.document import Heading, Table
    from opgroei_desktop.export.pdf_pages import keep_together

    _app = QGuiApplication.instance() or QGuiApplication([])
    page = 300.0
    signatures = (
        (Run("Gemeente", bold=True), Run("\n\n\n\n\n________\nwethouder")),
        (Run("Coöperatie", bold=True), Run("\n\n\n\n\n________\nvoorzitter")),
    )

    def laid_out(filler: int) -> QTextDocument:
        blocks = [paragraph(f"Regel {n}") for n in range(filler)]
        document = Document(
            "Proef",
            blocks=[
                *blocks,
                Heading(1, "Ondertekening"),
                Paragraph((Run("Aldus overeengekomen."),), keep_with_next=True),
                Table(None, (signatures,), widths_cm=(8.0, 8.0), borders=False),
            ],
        )
        text = QTextDocument()
        text.setDocumentMargin(0)
        text.setDefaultFont(QFont("Arial", 10))
        text.setHtml(to_html(document, running_header=False, for_pdf=True))
        text.setPageSize(QSizeF(400, page))
        return text

    def pages(text: QTextDocument) -> set[int]:
        layout = text.documentLayout()
        blocks = [
            text.find(words).block()
            for words in ("Ondertekening", "Aldus overeengekomen.", "Gemeente")
        ]
        # where the first line of text starts (a heading's margin may stay on the page above)
        tops = [
            layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y() for block in blocks
        ]
        table = layout.frameBoundingRect(text.find("Gemeente").currentTable())
        return {int(y // page) for y in (*tops, table.bottom() - 1)}

    documents = [laid_out(filler) for filler in range(5, 40)]
    assert any(len(pages(text)) > 1 for text in documents)
    for text in documents:
        keep_together(text, page)
        assert len(pages(text)) == 1
