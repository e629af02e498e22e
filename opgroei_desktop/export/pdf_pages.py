"""What the PDF writer adds to Qt's text layout: tab stops that line clause text up beside its
number, paragraphs and headings kept whole and with what follows (as Word does), and the table
border a page break would otherwise leave open.

Qt only, imported lazily by ``pdf_writer`` (the one Qt exception below ``ui/``).
"""

from __future__ import annotations

from typing import Any

from .html_writer import KEEP_WITH_NEXT


def clause_tabs(text: Any, indent_px: float) -> None:
    """Give every hanging-indent paragraph (a numbered clause) a tab stop at its indent, so
    the text after "4.2<tab>" starts exactly where its wrapped lines start."""
    from PySide6.QtGui import QTextCursor, QTextOption

    block = text.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.textIndent() < 0 and "\t" in block.text():
            fmt.setTabPositions([QTextOption.Tab(indent_px, QTextOption.TabType.LeftTab)])
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def keep_together(text: Any, page_height: float) -> None:
    """Move to the next page what a page end would cut or strand, as Word does with our
    .docx: a paragraph cut in two, a heading or a paragraph kept with what follows (the
    signing line) at the foot of a page, and a quiet table (the signatures, label and value)
    cut in two; a paragraph kept with such a table moves with it, and a heading above it too.

    Besides the look, this keeps the PDF clean: Qt's line clipping (QTextLayout::draw) also
    draws the last line *above* the visible part of a cut paragraph, an invisible copy that
    copy-paste and screen readers would pick up. Paragraphs and tables taller than most of a
    page still break; bordered tables break between rows, with ``table_breaks`` closing them.
    """
    text.pageCount()  # lay the whole document out first; partial layouts give stale positions
    block = text.begin()
    guard = 0
    while block.isValid() and guard < 10_000:
        guard += 1
        table = _table_of(block)
        if table is None:
            moved = _is_stranded(block, page_height) and _start_page(block)
        elif block == table.firstCursorPosition().block():
            moved = _is_cut(text, table, page_height) and _start_page_with_lead(block, table)
        else:
            moved = False
        if not moved:
            block = block.next()
        # else: laid out again, so look at this block once more


def _is_stranded(block: Any, page_height: float) -> bool:
    """Whether a page end cuts ``block`` or leaves it alone below what it is kept with."""
    span = _line_span(block)
    if span is None:
        return False
    top, bottom = span
    first, last = int(top // page_height), int((bottom - 0.01) // page_height)
    if last > first:
        return bottom - top < 0.8 * page_height
    follower = block.next()
    if not (_is_heading(block) or block.userState() == KEEP_WITH_NEXT) or not follower.isValid():
        return False
    after = _line_span(follower)
    return after is not None and int(after[0] // page_height) > last


def _is_cut(text: Any, table: Any, page_height: float) -> bool:
    """Whether a page end cuts a quiet (borderless) table shorter than most of a page."""
    if _bordered(table):
        return False
    box = text.documentLayout().frameBoundingRect(table)
    first, last = int(box.top() // page_height), int((box.bottom() - 1) // page_height)
    return last > first and box.height() < 0.8 * page_height


def _start_page_with_lead(first_cell: Any, table: Any) -> bool:
    """Start a new page at ``table``, or at the paragraph kept with it and its heading."""
    lead = first_cell.previous()
    if lead.isValid() and lead.userState() == KEEP_WITH_NEXT:
        return _start_page(lead)
    fmt = table.format()
    if fmt.pageBreakPolicy() & fmt.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    fmt.setPageBreakPolicy(fmt.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)
    return True


def _start_page(block: Any) -> bool:
    """Start a new page at ``block`` (at the heading above it when it is kept with what
    follows); False when that page break is there already."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    always_before = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if block.userState() == KEEP_WITH_NEXT and _is_heading(block.previous()):
        block = block.previous()
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() & always_before:
        return False
    fmt.setPageBreakPolicy(always_before)
    QTextCursor(block).setBlockFormat(fmt)
    return True


def _table_of(block: Any) -> Any:
    """The table ``block`` stands in, or None."""
    from PySide6.QtGui import QTextCursor

    return QTextCursor(block).currentTable()


def drop_blank_pages(text: Any, page_height: float) -> None:
    """Take back a page break that would leave a page empty: when the page above ended full,
    a block asked to start on a new page already does, and Qt would skip one more."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    always_before = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for _ in range(20):
        used: set[int] = set()
        starts: list[tuple[int, Any]] = []
        block = text.begin()
        while block.isValid():
            span = _line_span(block)
            if span is not None and block.text().strip():
                first, last = int(span[0] // page_height), int((span[1] - 0.01) // page_height)
                used.update(range(first, last + 1))
                if block.blockFormat().pageBreakPolicy() & always_before:
                    starts.append((first, block))
            block = block.next()
        blank = [p for p in range(text.pageCount()) if p not in used]
        fix = next(((page, b) for page, b in starts if page - 1 in blank), None)
        if fix is None:
            return
        fmt = fix[1].blockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
        QTextCursor(fix[1]).setBlockFormat(fmt)
        text.pageCount()


def _line_span(block: Any) -> tuple[float, float] | None:
    """Top of the first line and bottom of the last line of ``block``, in document terms."""
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        block.document().documentLayout().blockBoundingRect(block)  # lays it out
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return None
    # The bounding rectangle is in document terms, also for a block inside a table cell,
    # whose layout position is relative to the cell.
    y = block.document().documentLayout().blockBoundingRect(block).top()
    first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
    return y + first.y(), y + last.y() + last.height()


def _is_heading(block: Any) -> bool:
    """A heading of the document (p.h2–p.h4): bold and larger than the body text."""
    font = block.charFormat().font()
    return font.bold() and font.pointSizeF() > 10.5 and len(block.text()) < 200


def table_breaks(text: Any, page_height: float) -> dict[int, list[tuple[float, float, float]]]:
    """Per page, the lines (x from, x to, y in document coordinates) that close a bordered
    table cut by the page end: Qt draws no border there, Word does."""
    from PySide6.QtGui import QTextTable

    layout = text.documentLayout()
    lines: dict[int, list[tuple[float, float, float]]] = {}
    for frame in text.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or not _bordered(frame):
            continue
        box = layout.frameBoundingRect(frame)
        margin = frame.format().margin()
        first, last = int(box.top() // page_height), int((box.bottom() - 1) // page_height)
        if first == last:
            continue
        bottoms = sorted({_row_bottom(layout, frame, row) for row in range(frame.rows())})
        for page in range(first, last):
            end = (page + 1) * page_height
            above = [y for y in bottoms if y <= end]
            if above:
                lines.setdefault(page, []).append(
                    (box.left() + margin, box.right() - margin, above[-1])
                )
    return lines


def _bordered(table: Any) -> bool:
    """Whether the table draws borders (on the table, or on its cells when collapsed)."""
    if table.format().border() > 0:
        return True
    cell = table.cellAt(0, 0).format().toTableCellFormat()
    return cell.bottomBorder() > 0


def _row_bottom(layout: Any, table: Any, row: int) -> float:
    """Where the cells of ``row`` end (their lowest text plus the cell's padding)."""
    bottom = 0.0
    padding = table.format().cellPadding()
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = cell.lastCursorPosition().block()
        rect = layout.blockBoundingRect(block)
        bottom = max(bottom, rect.bottom() + padding)
    return bottom
