"""Writing the document model as PDF, through Qt's text layout and PDF writer.

The one module below ``ui/`` that uses Qt, and only inside its functions, so importing the
export package stays Qt-free and quick. It works without a window: when the app has no
QGuiApplication yet (the command line, tests) one is made on the offscreen platform.

Fonts: Arial where it is installed, else its metric twin Liberation Sans, so lines break as in
Word; for other scripts Qt falls back to DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew,
symbols) and Droid Sans Fallback (Chinese, Japanese, Korean) when present. A character that no
installed font can draw is printed as a visible "□" instead of silently disappearing.
"""

from __future__ import annotations

import base64
import os
import unicodedata
from html import escape
from pathlib import Path
from typing import Any

from ..core.errors import OpgroeiError
from ..core.text import clean_line
from .document import Document, Image
from .files import atomic_write_bytes
from .html_writer import HEADING_COLOUR, to_html

FONT_FAMILIES = ("Arial", "Liberation Sans", "DejaVu Sans", "Droid Sans Fallback")
"""The body font and the fallbacks Qt may use for scripts the first one lacks."""

MISSING_GLYPH = "□"
"""Printed in place of a character that no installed font can draw."""

_PAGE_MM = (210.0, 297.0)
_MARGINS_MM = (25.0, 25.0, 25.0, 22.0)  # left, top, right, bottom
_HEADER_MM = 13.0
_FOOTER_MM = 284.0
_DPI = 300
_CLAUSE_TAB_PX = 42  # the hanging indent of a clause in the HTML (p.clause)
_app: Any = None
_drawable: dict[str, bool] = {}


def write_pdf(document: Document, target: str | os.PathLike[str]) -> Path:
    """Write ``document`` to ``target`` as an A4 PDF, atomically; returns the path."""
    return atomic_write_bytes(target, render_pdf(document))


def render_pdf(document: Document) -> bytes:
    """The PDF bytes of ``document``: its HTML laid out on A4 pages with the running header
    on top and the title and page numbers at the foot of every page."""
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QIODevice,
        QMarginsF,
        QPointF,
        QRectF,
        QSizeF,
        Qt,
        QUrl,
    )
    from PySide6.QtGui import (
        QColor,
        QFont,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    from .pdf_pages import clause_tabs, drop_blank_pages, keep_together, table_breaks

    _ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    props = document.properties
    writer.setTitle(clean_line(document.title))
    writer.setAuthor(clean_line(props.author) or "Opgroei Desktop")
    writer.setCreator("Opgroei Desktop")
    writer.setDocumentXmpMetadata(_xmp(document).encode("utf-8"))

    # Qt reads CSS lengths in px as screen pixels, so the text is laid out at the screen's
    # resolution and the painter scales it up to the PDF's; laid out at 300 dpi directly,
    # every margin and padding would shrink to a third.
    screen = QGuiApplication.primaryScreen()
    layout_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    scale = _DPI / layout_dpi
    left, top, right, bottom = (_px(mm) for mm in _MARGINS_MM)
    body = QSizeF(
        (_px(_PAGE_MM[0]) - left - right) / scale, (_px(_PAGE_MM[1]) - top - bottom) / scale
    )
    text = QTextDocument()
    text.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSize(10)
    text.setDefaultFont(font)
    text.setHtml(_drawable_only(to_html(document, running_header=False, for_pdf=True)))
    clause_tabs(text, _CLAUSE_TAB_PX)
    for block in document.blocks:
        if isinstance(block, Image):
            # Registered as QImage so the data: URI never needs a QPixmap, which only the
            # GUI thread may make; big exports run in a worker thread.
            url = QUrl("data:image/png;base64," + base64.b64encode(block.png).decode("ascii"))
            text.addResource(
                QTextDocument.ResourceType.ImageResource, url, QImage.fromData(block.png)
            )
    text.setPageSize(body)
    keep_headings_with_text(text, body.height())
    keep_together(text, body.height())
    drop_blank_pages(text, body.height())
    breaks = table_breaks(text, body.height())

    painter = QPainter(writer)
    try:
        small = QFont(font)
        small.setPointSizeF(8)
        pages = text.pageCount()
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(left, top)
            painter.scale(scale, scale)
            painter.translate(0, -page * body.height())
            # A hair inside the page: Qt draws a line that only touches the clip rectangle too,
            # and that clipped, invisible copy would end up in copy-paste and screen readers.
            height = body.height()
            text.drawContents(painter, QRectF(0, page * height + 0.5, body.width(), height - 1))
            for x0, x1, y in breaks.get(page, ()):
                painter.setPen(QColor("#808080"))
                painter.drawLine(QPointF(x0, y), QPointF(x1, y))
            painter.restore()
            small.setBold(document.concept)
            painter.setFont(small)
            painter.setPen(QColor("#a61b1b" if document.concept else "#595959"))
            if document.running_header:
                header = QRectF(left, 0, _px(_PAGE_MM[0]) - left - right, _px(_HEADER_MM))
                painter.drawText(
                    header,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    clean_line(document.running_header),
                )
            small.setBold(False)
            painter.setFont(small)
            painter.setPen(QColor("#595959"))
            footer = QRectF(left, _px(_FOOTER_MM), _px(_PAGE_MM[0]) - left - right, _px(6))
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                _short(document.title),
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"Pagina {page + 1} van {pages}",
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def keep_headings_with_text(text: Any, page_height: float) -> None:
    """Start a heading on the next page when the first line after it would not fit under it.

    Qt's layout knows no keep-with-next, so a heading could stand alone at the foot of a page
    with its text or picture on the next. Headings are the blocks in the heading colour. Each
    round moves the headings found on the finished layout, then lays the document out again.
    """
    from PySide6.QtGui import QColor, QTextCursor, QTextFormat

    heading = QColor(HEADING_COLOUR)
    for _round in range(3):
        layout = text.documentLayout()
        stranded = []
        block = text.begin()
        while block.isValid():
            following = block.next()
            start = block.begin()
            if (
                following.isValid()
                and not start.atEnd()
                and start.fragment().charFormat().foreground().color() == heading
            ):
                top = layout.blockBoundingRect(block).top()
                lines = following.layout()
                first_line_end = layout.blockBoundingRect(following).top() + (
                    lines.lineAt(0).rect().bottom() if lines.lineCount() else 0.0
                )
                if top % page_height and top // page_height != first_line_end // page_height:
                    stranded.append(block)
            block = following
        if not stranded:
            return
        for block in stranded:
            form = block.blockFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(form)
        text.markContentsDirty(0, text.characterCount())


def _drawable_only(html: str) -> str:
    """``html`` with every character that no installed font can draw replaced by a visible
    marker; markup is ASCII and passes untouched."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    fonts: list[Any] | None = None
    out = []
    for char in html:
        if char < "\u0370" or char in "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022":
            out.append(char)
            continue
        known = _drawable.get(char)
        if known is None:
            if fonts is None:
                # One font file each (QFontMetrics would answer for Qt's whole fallback chain).
                families = dict.fromkeys([*FONT_FAMILIES, *QFontDatabase.families()])
                fonts = [QRawFont.fromFont(QFont(family)) for family in families]
            code = ord(char)
            known = _drawable[char] = unicodedata.category(char) in ("Mn", "Me", "Cf") or any(
                font.supportsCharacter(code) for font in fonts
            )
        out.append(char if known else MISSING_GLYPH)
    return "".join(out)


def _xmp(document: Document) -> str:
    """XMP metadata: title, author, subject, keywords and language, which PDF readers and
    document systems show (Qt's own PDF information has no subject or language)."""
    props = document.properties

    def esc(value: str) -> str:
        return escape(clean_line(value), quote=True)

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(document.title)}</rdf:li>
   </rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{esc(props.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{esc(props.subject)}</rdf:li>
   </rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{esc(props.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{esc(props.keywords)}</pdf:Keywords>
   <pdf:Producer>Opgroei Desktop</pdf:Producer>
   <xmp:CreatorTool>Opgroei Desktop</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _px(mm: float) -> float:
    return mm / 25.4 * _DPI


def _short(title: str) -> str:
    title = clean_line(title)
    return title[:77] + "…" if len(title) > 80 else title


def _ensure_gui_application() -> None:
    from PySide6.QtGui import QGuiApplication

    global _app
    existing = QGuiApplication.instance()
    if existing is None:
        _app = QGuiApplication(["opgroei", "-platform", "offscreen"])
    elif not isinstance(existing, QGuiApplication):
        raise OpgroeiError(
            "Een pdf-bestand maken lukt hier niet: het programma draait zonder grafische "
            "onderdelen. "
            "Exporteer naar .docx en zet dat om naar pdf."
        )
