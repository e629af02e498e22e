"""The document model as self-contained HTML, for the in-app preview and the PDF writer.

Every piece of text is escaped; the only links are http, https and mailto; images are
embedded as data: URIs, so showing the preview never fetches anything.
"""

from __future__ import annotations

import base64
from html import escape

from ..core.text import clean_line, clean_text
from .document import (
    Block,
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

_PX_PER_CM = 96 / 2.54

HEADING_COLOUR = "#1f3864"
"""The colour of the headings below the title; the pdf writer recognises headings by it."""

_STYLE = """
body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', 'Droid Sans Fallback', sans-serif;
       font-size: 10pt;
       color: #1a1a1a; background-color: #ffffff; }
p.h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }
p.h2 { font-size: 13pt; font-weight: bold; color: #1f3864; margin-top: 22px; margin-bottom: 8px; }
p.h3 { font-size: 11pt; font-weight: bold; color: #1f3864; margin-top: 16px; margin-bottom: 5px; }
p.h4 { font-size: 10pt; font-weight: bold; color: #1f3864; margin-top: 12px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 8px; }
p.label { font-weight: bold; margin-bottom: 4px; }
p.note { font-size: 9pt; color: #595959; }
p.marker { font-weight: bold; color: #a61b1b; margin-top: 6px; margin-bottom: 14px; }
p.clause { margin-left: 42px; text-indent: -42px; }
span.blank { background-color: #fff200; }
p.running { font-size: 8pt; color: #595959; text-align: right; }
p.running.concept { font-weight: bold; color: #a61b1b; }
ul, ol { margin-top: 0px; margin-bottom: 8px; }
li { margin-bottom: 2px; }
table { border-collapse: collapse; margin-top: 2px; margin-bottom: 12px; }
table.grid td, table.grid th { border: 1px solid #808080; }
th { background-color: #e7ecf3; text-align: left; font-weight: bold; }
td, th { vertical-align: top; padding: 3px 5px; }
a { color: #0563c1; }
"""


KEEP_WITH_NEXT = 1
"""The Qt block state (``QTextBlock.userState``) of a paragraph kept on the page of what
follows; Qt reads it from the CSS property ``-qt-user-state``."""


def to_html(document: Document, *, running_header: bool = True, for_pdf: bool = False) -> str:
    """The whole document as one HTML page.

    ``running_header`` False leaves out the line that repeats on every page, for writers
    that draw it in the page margin themselves. ``for_pdf`` is for the PDF writer, which lays
    the page out with Qt: the tab after a clause number stays (it sets a tab stop there;
    otherwise the tab becomes two spaces) and a paragraph kept with what follows is marked
    with ``KEEP_WITH_NEXT`` as its Qt block state.
    """
    parts = [
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{_text(clean_line(document.title))}</title>",
        f"<style>{_STYLE}</style></head><body>",
    ]
    if running_header and document.running_header:
        css = "running concept" if document.concept else "running"
        parts.append(f'<p class="{css}">{_text(clean_line(document.running_header))}</p>')
    parts.append(_heading(1, document.title))
    new_page = False
    for block in document.blocks:
        if isinstance(block, PageBreak):
            new_page = True
            continue
        html = block_html(block, for_pdf=for_pdf)
        if new_page:
            # The break goes on the block that starts the new page: an empty paragraph with a
            # break after it would itself spill onto a fresh page when the page above is full.
            html = _break_before(html)
            new_page = False
        parts.append(html)
    parts.append("</body></html>")
    return "\n".join(parts)


def block_html(block: Block, *, for_pdf: bool = False) -> str:
    """One block as HTML; ``for_pdf`` as in ``to_html``."""
    if isinstance(block, Heading):
        return _heading(max(1, min(block.level, 3)) + 1, block.text)
    if isinstance(block, Paragraph):
        css = "" if block.tone == "body" else f' class="{block.tone}"'
        body = _runs(block.runs)
        if block.tone == "clause":
            gap = '<span style="white-space: pre">\t</span>' if for_pdf else "&ensp;&ensp;"
            body = body.replace("\t", gap, 1)
        if for_pdf and block.keep_with_next:
            css += f' style="-qt-user-state: {KEEP_WITH_NEXT}"'
        return f"<p{css}{_direction(block.runs)}>{body}</p>"
    if isinstance(block, BulletList | NumberedList):
        return _list(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Image):
        data = base64.b64encode(block.png).decode("ascii")
        width = round(block.width_cm * _PX_PER_CM)
        alt = escape(clean_line(block.description), quote=True)
        source = f"data:image/png;base64,{data}"
        return f'<p align="center"><img src="{source}" width="{width}" alt="{alt}"></p>'
    if isinstance(block, PageBreak):
        return '<p style="page-break-after: always; margin: 0;"></p>'
    return ""


def _break_before(html: str) -> str:
    """``html`` with its first element starting on a new page."""
    end = html.index(">")
    tag = html[:end]
    if ' style="' in tag:
        return html.replace(' style="', ' style="page-break-before: always; ', 1)
    return f'{tag} style="page-break-before: always"{html[end:]}'


def _heading(level: int, text: str) -> str:
    # Qt's rich text ignores CSS font sizes on <h1>-<h6> (it scales them its own way), so
    # headings are classed paragraphs: the preview and the PDF then match the Word file.
    return f'<p class="h{level}">{_text(clean_line(text))}</p>'


_BULLET_STYLES = ("disc", "circle", "square")


def _list(block: BulletList | NumberedList, level: int = 0) -> str:
    # The marks are named, not left to the viewer, so the preview and the PDF show what Word
    # shows: numbers at every depth, and disc, circle, square bullets.
    if isinstance(block, NumberedList):
        opening = f'<ol start="{int(block.start)}" style="list-style-type: decimal">'
        closing = "</ol>"
    else:
        style = _BULLET_STYLES[level % len(_BULLET_STYLES)]
        opening, closing = f'<ul style="list-style-type: {style}">', "</ul>"
    items = []
    for item in block.items:
        nested = "".join(
            f"<p{_direction(child.runs)}>{_runs(child.runs)}</p>"
            if isinstance(child, Paragraph)
            else _list(child, level + 1)
            for child in item.children
        )
        items.append(f"<li{_direction(item.runs)}>{_runs(item.runs)}{nested}</li>")
    return opening + "".join(items) + closing


def _table(block: Table) -> str:
    css = "grid" if block.borders else "plain"
    out = [f'<table class="{css}" width="100%" cellspacing="0" cellpadding="4">']
    widths = _percentages(block.widths_cm)
    if block.header:
        cells = "".join(
            f"<th{_width(widths, index)}>{_runs(cell)}</th>"
            for index, cell in enumerate(block.header)
        )
        out.append(f"<thead><tr>{cells}</tr></thead>")
    out.append("<tbody>")
    for row in block.rows:
        cells = "".join(
            f"<td{_width(widths, index)}{_direction(cell)}>{_runs(cell)}</td>"
            for index, cell in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _percentages(widths_cm: tuple[float, ...] | None) -> list[int]:
    if not widths_cm or sum(widths_cm) <= 0:
        return []
    total = sum(widths_cm)
    return [round(100 * width / total) for width in widths_cm]


def _width(widths: list[int], index: int) -> str:
    return f' width="{widths[index]}%"' if index < len(widths) else ""


def _direction(runs: Runs) -> str:
    return ' dir="rtl"' if starts_right_to_left(plain_text(runs)) else ""


def _runs(runs: Runs) -> str:
    out = []
    for run in runs:
        html = _text(clean_text(run.text))
        if not html:
            continue
        if run.highlight:
            html = f'<span class="blank">{html}</span>'
        if run.italic:
            html = f"<i>{html}</i>"
        if run.bold:
            html = f"<b>{html}</b>"
        link = safe_link(run.link)
        if link:
            html = f'<a href="{escape(link, quote=True)}">{html}</a>'
        out.append(html)
    return "".join(out)


def _text(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")
