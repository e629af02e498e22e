"""Writing the document model as a Word file (.docx) with python-docx."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from ..core.text import clean_line, clean_text
from . import docx_parts as parts
from .document import (
    BulletList,
    Document,
    Heading,
    Image,
    NumberedList,
    PageBreak,
    Paragraph,
    Runs,
    Table,
    plain_text,
    safe_link,
    starts_right_to_left,
)
from .docx_template import ACCENT, MUTED, house_document, open_template, resolve_styles
from .files import atomic_write

_MARKER = RGBColor(0xA6, 0x1B, 0x1B)
_HEADER_FILL = "E7ECF3"
_FALLBACK_HEADING_SIZES = {0: 16, 1: 13, 2: 11, 3: 10}
_CLAUSE_INDENT = Cm(1.1)


def write_docx(
    document: Document,
    target: str | os.PathLike[str],
    template: str | os.PathLike[str] | None = None,
) -> Path:
    """Write ``document`` to ``target`` as .docx, on ``template`` when given; atomically.

    Raises ``OpgroeiError`` (Dutch) when the template or the target cannot be used.
    """
    word = open_template(template) if template else house_document()
    _Writer(word).write(document)
    return atomic_write(target, lambda temp: word.save(str(temp)))


class _Writer:
    def __init__(self, word: DocxDocument) -> None:
        self.word = word
        self.styles = resolve_styles(word)
        try:
            self.numbering: parts.Numbering | None = parts.Numbering(
                word.part.numbering_part.element
            )
        except NotImplementedError:
            # python-docx cannot add a numbering part to a template that has none:
            # such lists get literal bullets and numbers instead.
            self.numbering = None
        section = word.sections[-1]
        # A template may leave the page size or margins out; Word then uses A4-like defaults.
        width = section.page_width or Cm(21.0)
        margins = (section.left_margin or Cm(2.5)) + (section.right_margin or Cm(2.5))
        self.text_width = Emu(width - margins)
        self.links = parts.LinkTargets(word.part)
        self._body_end = word.element.body.find(qn("w:sectPr"))
        hyperlink = self.styles["Hyperlink"]
        self.hyperlink_style = hyperlink.style_id if hyperlink is not None else None

    def write(self, document: Document) -> None:
        _set_properties(self.word, document)
        self._heading(0, document.title)
        for block in document.blocks:
            if isinstance(block, Heading):
                self._heading(block.level, block.text)
            elif isinstance(block, Paragraph):
                self._paragraph(block)
            elif isinstance(block, BulletList | NumberedList):
                self._list(block, 0)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, Image):
                self._image(block)
            elif isinstance(block, PageBreak):
                self.word.add_page_break()
        section = self.word.sections[-1]
        if document.running_header and not _has_content(section.header):
            _running_header(section.header, document.running_header, document.concept)
        elif document.concept and document.running_header:
            # The organisation's own header stays; the concept marker goes under it, so a
            # draft never looks final on house-style paper.
            _running_header(
                section.header, document.running_header, True, section.header.add_paragraph()
            )
        if not _has_content(section.footer):
            _page_footer(section.footer, document.title, self.text_width)

    def _heading(self, level: int, text: str) -> None:
        level = max(0, min(level, 3))
        style = self.styles["Title" if level == 0 else f"Heading {level}"]
        paragraph = self._add_paragraph(style)
        run = paragraph.add_run(clean_line(text))
        # Also with an organisation's heading styles, which may lack it: a heading never
        # stands alone at the foot of a page.
        parts.keep_with_next(paragraph)
        if style is None:
            run.bold = True
            run.font.size = Pt(_FALLBACK_HEADING_SIZES[level])
            if level:
                run.font.color.rgb = ACCENT
                parts.set_outline_level(paragraph, level)

    def _add_paragraph(self, style: BaseStyle | None = None) -> DocxParagraph:
        # python-docx looks for the closing section properties from the top of the body for
        # every new paragraph (quadratic: 8,000 paragraphs took 1.4 s); the end is kept here.
        element = OxmlElement("w:p")
        if self._body_end is not None:
            self._body_end.addprevious(element)
        else:
            self.word.element.body.append(element)
        paragraph = DocxParagraph(element, self.word._body)
        if style is not None:
            # By id: python-docx's style lookup scans every style of the template per call,
            # which was half the export time of a 300-entry meeting.
            paragraph._p.style = style.style_id
        return paragraph

    def _paragraph(self, block: Paragraph) -> None:
        paragraph = self._add_paragraph()
        self._runs(paragraph, block.runs)
        if block.keep_with_next:
            parts.keep_with_next(paragraph)
        if block.tone == "label":
            parts.keep_with_next(paragraph)
            for run in paragraph.runs:
                run.bold = True
        elif block.tone == "note":
            for run in paragraph.runs:
                run.font.size = Pt(9)
                run.font.color.rgb = MUTED
        elif block.tone == "clause":
            fmt = paragraph.paragraph_format
            fmt.left_indent = _CLAUSE_INDENT
            fmt.first_line_indent = -_CLAUSE_INDENT
            fmt.tab_stops.add_tab_stop(_CLAUSE_INDENT)
        elif block.tone == "marker":
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.space_after = Pt(12)
            for run in paragraph.runs:
                run.bold = True
                run.font.color.rgb = _MARKER

    def _runs(self, paragraph: DocxParagraph, runs: Runs) -> None:
        for run in runs:
            text = clean_text(run.text)
            if not text:
                continue
            link = safe_link(run.link)
            bold, italic, highlight = run.bold, run.italic, run.highlight
            if link:
                rel_id = self.links.rel_id(link)
                parts.add_hyperlink(
                    paragraph,
                    rel_id,
                    text,
                    self.hyperlink_style,
                    bold=bold,
                    italic=italic,
                    highlight=highlight,
                )
            else:
                parts.add_run(paragraph._p, text, bold=bold, italic=italic, highlight=highlight)
        if starts_right_to_left(plain_text(runs)):
            parts.set_right_to_left(paragraph)

    def _list(self, block: BulletList | NumberedList, level: int) -> None:
        numbered = isinstance(block, NumberedList)
        start = block.start if isinstance(block, NumberedList) else 1
        num_id = None
        if self.numbering is not None:
            num_id = self.numbering.new_list("number" if numbered else "bullet", start)
        for index, item in enumerate(block.items):
            paragraph = self._add_paragraph(self.styles["List Paragraph"])
            if num_id is not None:
                parts.set_numbering(paragraph, num_id, level)
            else:
                fmt = paragraph.paragraph_format
                fmt.left_indent = Cm(0.63 * (level + 1))
                fmt.first_line_indent = Cm(-0.63)
                paragraph.add_run(f"{start + index}.\t" if numbered else "•\t")
            self._runs(paragraph, item.runs)
            for child in item.children:
                if isinstance(child, Paragraph):
                    # Text typed after a nested list stays inside the point, under it.
                    follow = self._add_paragraph(self.styles["List Paragraph"])
                    follow.paragraph_format.left_indent = Cm(0.63 * (level + 1))
                    self._runs(follow, child.runs)
                else:
                    self._list(child, level + 1)

    def _table(self, block: Table) -> None:
        rows = ([block.header] if block.header else []) + list(block.rows)
        columns = max((len(row) for row in rows), default=0)
        if not columns:
            return
        table = self.word.add_table(rows=len(rows), cols=columns)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        if block.borders:
            if self.styles["Table Grid"] is not None:
                table._tbl.tblStyle_val = self.styles["Table Grid"].style_id
            else:
                parts.set_borders(table)
        parts.set_cell_margins(table, top=40, bottom=40, left=85, right=85)
        widths = self._widths(block.widths_cm, columns)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for index, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
            is_header = block.header is not None and index == 0
            parts.keep_row_on_one_page(row)
            if is_header:
                parts.repeat_as_header(row)
            for cell, width, value in zip(row.cells, widths, _padded(values, columns), strict=True):
                cell.width = width
                paragraph = cell.paragraphs[0]
                paragraph._p.get_or_add_pPr().append(parts.no_space_after())
                self._runs(paragraph, value)
                if is_header or (not block.borders and index < len(rows) - 1):
                    # A header, or a short label-value table, stays with the rows below it.
                    parts.keep_with_next(paragraph)
                if is_header:
                    parts.shade_cell(cell, _HEADER_FILL)
        self._add_paragraph().paragraph_format.space_after = Pt(0)

    def _widths(self, widths_cm: tuple[float, ...] | None, columns: int) -> list[Emu]:
        if not widths_cm or len(widths_cm) != columns:
            return [Emu(self.text_width // columns)] * columns
        scale = min(1.0, self.text_width / Cm(sum(widths_cm)))
        return [Emu(int(Cm(width) * scale)) for width in widths_cm]

    def _image(self, block: Image) -> None:
        paragraph = self._add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        width = min(Cm(block.width_cm), self.text_width)
        shape = paragraph.add_run().add_picture(io.BytesIO(block.png), width=width)
        shape._inline.docPr.set("descr", clean_line(block.description))


def _padded(values: tuple[Runs, ...], columns: int) -> list[Runs]:
    return list(values) + [()] * (columns - len(values))


def _has_content(part: _Header | _Footer) -> bool:
    """Whether a template already filled this header or footer (text, a field or a logo)."""
    if part.is_linked_to_previous:
        return False
    xml = part._element.xml
    return any(p.text.strip() for p in part.paragraphs) or any(
        tag in xml for tag in ("<w:fldChar", "<w:fldSimple", "<w:drawing", "<w:pict")
    )


def _running_header(
    header: _Header, text: str, concept: bool, paragraph: DocxParagraph | None = None
) -> None:
    paragraph = paragraph or header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(clean_line(text))
    run.bold = concept
    run.font.color.rgb = _MARKER if concept else MUTED


def _page_footer(footer: _Footer, title: str, width: Emu) -> None:
    paragraph = footer.paragraphs[0]
    tabs = paragraph.paragraph_format.tab_stops
    # The Footer style's own stops (centre, right of a Letter page) would catch the tab first.
    for stop in paragraph.style.paragraph_format.tab_stops:
        if stop.position != width:
            tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    short = clean_line(title)
    paragraph.add_run((short[:77] + "…" if len(short) > 80 else short) + "\tPagina ")
    parts.add_field(paragraph, "PAGE")
    paragraph.add_run(" van ")
    parts.add_field(paragraph, "NUMPAGES")


def _set_properties(word: DocxDocument, document: Document) -> None:
    now = datetime.now(UTC)
    props = document.properties
    core = word.core_properties
    core.title = clean_line(document.title)[:255]
    core.author = core.last_modified_by = clean_line(props.author)[:255] or "Opgroei Desktop"
    core.subject = clean_line(props.subject)[:255]
    core.keywords = clean_line(props.keywords)[:255]
    core.content_status = clean_line(props.status)[:255]
    core.language = props.language
    core.comments = "Gemaakt met Opgroei Desktop."
    # python-docx writes the moment as UTC ("Z") without converting it.
    core.created = (props.created or now).astimezone(UTC)
    core.modified = now
    core.revision = 1
