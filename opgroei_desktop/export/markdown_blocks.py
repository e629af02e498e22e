"""Markdown as people type it into entries, turned into document blocks.

The ``markdown`` package does the parsing; raw HTML in the text is never passed through but
kept as literal text, and only http, https and mailto links survive. The HTML it produces is
read back with ``html.parser`` into the neutral document model.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown

from ..core.text import clean_text
from .document import (
    Block,
    BulletList,
    ListItem,
    NumberedList,
    Paragraph,
    Run,
    Runs,
    Table,
    safe_link,
)

_LIST_LINE = re.compile(r"^([ \t]*)([*+-]|\d{1,9}[.)])([ \t]+)(.*)$")
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_LOCAL = threading.local()
_CHUNK = 16_000


def markdown_to_blocks(text: str) -> list[Block]:
    """The blocks that markdown ``text`` describes; empty text gives no blocks."""
    text = clean_text(text)
    if not text.strip():
        return []
    converter = _converter()
    builder = _TreeBuilder()
    for chunk in _chunks(_normalise_lists(text)):
        converter.reset()
        builder.feed(converter.convert(chunk))
    builder.close()
    return _blocks(builder.root.children)


def markdown_to_runs(text: str) -> Runs:
    """Markdown ``text`` as the runs of one table cell: paragraphs and list items become
    lines, so the formatting survives where no blocks fit."""
    lines: list[Runs] = []
    for block in markdown_to_blocks(text):
        lines.extend(_lines_of(block))
    runs: list[Run] = []
    for index, line in enumerate(lines):
        if index:
            runs.append(Run("\n"))
        runs.extend(line)
    return _merge(runs)


def _converter() -> markdown.Markdown:
    # One converter per thread: Markdown objects keep state and exports may run in a pool.
    converter = getattr(_LOCAL, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=["tables", "sane_lists", "nl2br"])
        converter.preprocessors.deregister("html_block")
        converter.inlinePatterns.deregister("html")
        _LOCAL.converter = converter
    return converter


def _chunks(text: str) -> list[str]:
    """``text`` cut into pieces of at most about ``_CHUNK`` characters.

    Python-Markdown's inline pass copies the whole paragraph for every match, so one long
    paragraph costs quadratic time (a 1 MB note took most of a minute). Pieces end at a blank
    line where possible, else at a line that does not continue a list or table.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > _CHUNK:
        cut = _cut(text, start, start + _CHUNK)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, end: int) -> int:
    cut = text.rfind("\n\n", start, end)
    if cut > start:
        return cut
    cut = text.rfind("\n", start, end)
    while cut > start:
        if text[cut + 1 : cut + 2] not in (" ", "\t", "|"):
            return cut
        cut = text.rfind("\n", start, cut)
    space = text.rfind(" ", start, end)
    return space if space > start else end


def _normalise_lists(text: str) -> str:
    """Make lists typed the everyday way parse as lists.

    Python-Markdown wants a blank line before a list, four spaces per nesting level, and joins a
    bullet line straight after a numbered list into its last item. People type lists right under
    a sentence and indent by two or three spaces, so lines are rewritten to what it expects.
    """
    out: list[str] = []
    indents: list[int] = []
    previous = ""
    for line in text.split("\n"):
        match = _LIST_LINE.match(line)
        if match is None:
            if line.strip() and not line[:1].isspace():
                indents = []
            out.append(line)
            previous = line
            continue
        indent = len(match.group(1).expandtabs(4))
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        level = len(indents) - 1
        before = _LIST_LINE.match(previous)
        ordered = match.group(2)[0].isdigit()
        switched = before is not None and level == 0 and before.group(2)[0].isdigit() != ordered
        if previous.strip() and (before is None or switched):
            out.append("")
        out.append("    " * level + match.group(2) + " " + match.group(4))
        previous = line
    return "\n".join(out)


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Reads the converter's HTML into a plain tree; every text node arrives unescaped."""

    _VOID = frozenset({"br", "img", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {key: value or "" for key, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in self._VOID:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Node(tag, {key: value or "" for key, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _blocks(children: list[_Node | str], *, italic: bool = False) -> list[Block]:
    blocks: list[Block] = []
    for child in children:
        if isinstance(child, str):
            runs = _inline([child], italic=italic)
            if runs:
                blocks.append(Paragraph(runs))
        elif child.tag in ("ul", "ol"):
            blocks.append(_list(child))
        elif child.tag == "table":
            blocks.append(_table(child))
        elif child.tag == "blockquote":
            blocks.extend(_blocks(child.children, italic=True))
        elif child.tag == "pre":
            text = _text_of(child).strip("\n")
            if text:
                blocks.append(Paragraph((Run(text, italic=italic),)))
        elif child.tag != "hr":
            # Markdown headings inside a note become bold lines: a note must not add
            # chapters to the document's own outline.
            bold = child.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
            runs = _inline(child.children, bold=bold, italic=italic)
            if runs:
                blocks.append(Paragraph(runs))
    return blocks


def _list(node: _Node) -> BulletList | NumberedList:
    items = [
        _item(child.children)
        for child in node.children
        if isinstance(child, _Node) and child.tag == "li"
    ]
    if node.tag == "ol":
        start = node.attrs.get("start", "1")
        return NumberedList(tuple(items), int(start) if start.isdigit() else 1)
    return BulletList(tuple(items))


def _item(children: list[_Node | str]) -> ListItem:
    """A list item with everything inside it kept in the order it was typed: the text up to
    the first nested list is the item's line; nested lists and any text after them follow."""
    first: list[_Node | str] = []
    after: list[BulletList | NumberedList | Paragraph] = []
    pending: list[_Node | str] = []

    def flush() -> None:
        runs = _inline(pending)
        if runs:
            after.append(Paragraph(runs))
        pending.clear()

    for part in children:
        if isinstance(part, _Node) and part.tag in ("ul", "ol"):
            flush()
            after.append(_list(part))
            continue
        inline = part.children if isinstance(part, _Node) and part.tag == "p" else [part]
        target = pending if after else first
        if isinstance(part, _Node) and part.tag == "p":
            if target:
                target.append(_Node("br"))
        target.extend(inline)
    flush()
    return ListItem(_inline(first), tuple(after))


def _table(node: _Node) -> Table:
    header: tuple[Runs, ...] | None = None
    rows: list[tuple[Runs, ...]] = []
    for row in _descendants(node, "tr"):
        cells = [c for c in row.children if isinstance(c, _Node) and c.tag in ("th", "td")]
        values = tuple(_inline(cell.children) for cell in cells)
        if header is None and not rows and cells and all(c.tag == "th" for c in cells):
            header = tuple(tuple(Run(r.text, True, r.italic, r.link) for r in v) for v in values)
        else:
            rows.append(values)
    width = max([len(header or ())] + [len(row) for row in rows])
    pad: Runs = ()
    return Table(
        tuple(header) + (pad,) * (width - len(header)) if header else None,
        tuple(row + (pad,) * (width - len(row)) for row in rows),
    )


def _descendants(node: _Node, tag: str) -> list[_Node]:
    found = []
    for child in node.children:
        if isinstance(child, _Node):
            found.extend([child] if child.tag == tag else _descendants(child, tag))
    return found


def _text_of(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else _text_of(c) for c in node.children)


def _inline(
    children: list[_Node | str],
    *,
    bold: bool = False,
    italic: bool = False,
    link: str | None = None,
) -> Runs:
    runs: list[Run] = []
    for child in children:
        if isinstance(child, str):
            runs.append(Run(_WHITESPACE.sub(" ", child), bold, italic, link))
        elif child.tag == "br":
            runs.append(Run("\n", bold, italic, link))
        elif child.tag == "img":
            alt = child.attrs.get("alt", "")
            if alt:
                runs.append(Run(alt, bold, italic, link))
        else:
            target = child.attrs.get("href", "").strip() if child.tag == "a" else ""
            inner = _inline(
                child.children,
                bold=bold or child.tag in ("strong", "b"),
                italic=italic or child.tag in ("em", "i"),
                link=safe_link(target) if child.tag == "a" else link,
            )
            runs.extend(inner)
            if _shown_target(target, _text_of(child)):
                # A link to a drive letter, a share or a relative path cannot be followed
                # from the document, but the reader needs to know where it points.
                runs.append(Run(f" ({_as_path(target)})", bold, italic, link))
    return _trim(_merge(runs))


_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")


def _shown_target(target: str, text: str) -> bool:
    """Whether a link's target is written out after its text: a place the document cannot
    link to (G:\\, a share, a relative path, file:), unless the text already says it.
    Script and data targets are no place at all and stay out."""
    lowered = target.lower()
    return bool(
        target
        and safe_link(target) is None
        and not lowered.startswith(_SCRIPT_SCHEMES)
        and text.strip() not in (target, _as_path(target))
    )


def _as_path(target: str) -> str:
    """A file: address as the plain path a reader can type ("file:///G:/x" -> "G:/x")."""
    if not target.lower().startswith("file:"):
        return target
    path = target[5:].lstrip("/")
    drive = len(path) > 1 and path[1] == ":"
    return path if drive else "/" + path


def _merge(runs: list[Run]) -> Runs:
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.link) == (run.bold, run.italic, run.link):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(run)
    return tuple(merged)


def _trim(runs: Runs) -> Runs:
    """Drop the spaces HTML would not show: at the ends and around line breaks."""
    text_runs = [
        Run(re.sub(r" *\n *", "\n", run.text), run.bold, run.italic, run.link) for run in runs
    ]
    if text_runs:
        first, last = text_runs[0], text_runs[-1]
        text_runs[0] = Run(first.text.lstrip(" \n"), first.bold, first.italic, first.link)
        last = text_runs[-1]
        text_runs[-1] = Run(last.text.rstrip(" \n"), last.bold, last.italic, last.link)
    return tuple(run for run in text_runs if run.text)


def _lines_of(block: Block) -> list[Runs]:
    if isinstance(block, Paragraph):
        return [block.runs]
    if isinstance(block, BulletList | NumberedList):
        lines: list[Runs] = []
        for number, item in enumerate(block.items, getattr(block, "start", 1)):
            mark = f"{number}. " if isinstance(block, NumberedList) else "• "
            lines.append((Run(mark), *item.runs))
            for child in item.children:
                lines.extend((Run("   "), *line) for line in _lines_of(child))
        return lines
    if isinstance(block, Table):
        rows = ([block.header] if block.header else []) + list(block.rows)
        return [_joined(row) for row in rows]
    return []


def _joined(cells: tuple[Runs, ...]) -> Runs:
    runs: list[Run] = []
    for index, cell in enumerate(cells):
        if index:
            runs.append(Run(" | "))
        runs.extend(cell)
    return tuple(runs)
