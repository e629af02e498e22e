"""What the PDF writer adds to Qt's text layout: tab stops that line clause text up beside its
number, paragraphs and headings kept whole and with what follows (as Word does), and the table
border a page break would otherwise leave open.

Qt only, imported lazily by ``pdf_writer`` (the one Qt exception below ``ui/``).
"""

from __future__ import annotations

from typing import Any


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
    """Move a paragraph that a page end would cut, and a heading that would end a page, to the
    next page.

    Besides the look, this keeps the PDF clean: Qt's line clipping (QTextLayout::draw) also
    draws the last line *above* the visible part of a cut paragraph, an invisible copy that
    copy-paste and screen readers would pick up. Paragraphs taller than most of a page still
    break; table cells are laid out by Qt row by row and are left alone.
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    always_before = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
    text.pageCount()  # lay the whole document out first; partial layouts give stale positions
    block = text.begin()
    guard = 0
    while block.isValid() and guard < 10_000:
        guard += 1
        span = _line_span(block)
        follower = block.next()
        move = False
        if span is not None and QTextCursor(block).currentTable() is None:
            top, bottom = span
            first, last = int(top // page_height), int((bottom - 0.01) // page_height)
            move = last > first and bottom - top < 0.8 * page_height
            if not move and _is_heading(block) and follower.isValid():
                after = _line_span(follower)
                move = after is not None and int(after[0] // page_height) > last
        fmt = block.blockFormat()
        if move and not fmt.pageBreakPolicy() & always_before:
            fmt.setPageBreakPolicy(always_before)
            QTextCursor(block).setBlockFormat(fmt)
            continue  # laid out again: look at this block once more
        block = follower


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
    y = layout.position().y()
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
