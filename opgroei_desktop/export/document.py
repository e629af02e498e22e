"""A small, neutral document model that every builder produces and every writer reads.

Builders (minutes, clauses, agenda, dossier) say *what* a document holds; the writers for
.docx, HTML and PDF decide how it looks. The model holds text exactly as it should appear:
no markup, no escaping. Writers escape and clean for their own format.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from ..core.text import clean_text

ALLOWED_LINK_SCHEMES = ("http://", "https://", "mailto:")
"""Links a document may carry; anything else (javascript:, file:, relative) stays plain text."""


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an http, https or mailto link, otherwise ``None``."""
    if not url:
        return None
    url = clean_text(url).strip()
    return url if url.lower().startswith(ALLOWED_LINK_SCHEMES) and len(url) > 7 else None


@dataclass(frozen=True)
class Run:
    """A stretch of text with one look. ``\\n`` inside the text is a line break; ``highlight``
    marks text the reader must still fill in or check (yellow, as a marker pen)."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    highlight: bool = False


Runs = tuple[Run, ...]
"""The runs of one paragraph, list item or table cell."""

Tone = Literal["body", "label", "note", "marker", "clause"]
"""How a paragraph stands out: plain body text; a bold label that stays on the page of what
follows it ("Gemeente", "Besloten:"); a small muted note; a clear marker line ("Concept"); or a
numbered clause whose text hangs beside its literal number ("4.2<tab>...")."""


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; ``keep_with_next`` keeps it on the page of what follows (a signing line
    with the signature block under it)."""

    runs: Runs
    tone: Tone = "body"
    keep_with_next: bool = False


@dataclass(frozen=True)
class ListItem:
    """One point of a list: its first line, then what belongs under it in the order it was
    typed: nested lists and the paragraphs that follow them inside the same point."""

    runs: Runs
    children: tuple[BulletList | NumberedList | Paragraph, ...] = ()


@dataclass(frozen=True)
class BulletList:
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class NumberedList:
    """A numbered list; every list starts again at ``start``."""

    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True)
class Table:
    """Rows of cells; ``header`` repeats on every page. ``borders`` False makes a quiet
    two-column layout table (label, value) such as the meeting details."""

    header: tuple[Runs, ...] | None
    rows: tuple[tuple[Runs, ...], ...]
    widths_cm: tuple[float, ...] | None = None
    borders: bool = True


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Image:
    """A PNG image; ``description`` is its alternative text for screen readers."""

    png: bytes
    width_cm: float
    description: str = ""


Block = Heading | Paragraph | BulletList | NumberedList | Table | PageBreak | Image


@dataclass(frozen=True)
class Properties:
    """What the file says about itself (Word: File > Info)."""

    author: str = "Opgroei Desktop"
    subject: str = ""
    keywords: str = ""
    status: str = ""
    language: str = "nl-NL"
    created: datetime | None = None


@dataclass
class Document:
    """A whole document. ``running_header`` is a short line on top of every page; ``concept``
    marks a draft, whose running header the writers show in warning red."""

    title: str
    properties: Properties = field(default_factory=Properties)
    running_header: str = ""
    concept: bool = False
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        """Append blocks at the end."""
        self.blocks.extend(blocks)


def runs_of(text: str, *, bold: bool = False, italic: bool = False) -> Runs:
    """One run of plain text, as a tuple ready for a paragraph or cell."""
    return (Run(text, bold=bold, italic=italic),)


def paragraph(text: str, *, tone: Tone = "body") -> Paragraph:
    """A paragraph of plain text."""
    return Paragraph(runs_of(text), tone)


def plain_text(runs: Runs) -> str:
    """The text of ``runs`` without formatting."""
    return "".join(run.text for run in runs)


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction is Arabic or Hebrew script, so the paragraph
    should run from right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False
