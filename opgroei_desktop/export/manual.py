"""The facilitator's manual (docs/handleiding/*.md) as documents: one per chapter for the
in-app viewer, and the whole manual for the pdf.

Each chapter is a Markdown file whose first line is its ``# title``. ``##`` and ``###`` lines
become headings, a line that is only a picture from the manual's own ``afbeeldingen/`` folder
becomes an image, and everything else goes through the same Markdown handling as notes
(raw HTML stays text, only http, https and mailto links survive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..library.validate import unwrap
from .document import (
    Block,
    BulletList,
    Document,
    Heading,
    Image,
    ListItem,
    PageBreak,
    Paragraph,
    Properties,
    Run,
)
from .markdown_blocks import markdown_to_blocks

MANUAL_TITLE = "Handleiding Opgroei Desktop"
PICTURE_WIDTH_CM = 16.0
"""The width of a full-window picture (1280 pixels); a smaller dialog is shown smaller."""
_FULL_WIDTH_PX = 1280
_PICTURE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<path>afbeeldingen/[a-z0-9-]+\.png)\)$")
_HEADING = re.compile(r"^(?P<marks>#{1,3}) (?P<text>.+)$")
_FENCE = "```"


@dataclass(frozen=True)
class Chapter:
    """One chapter: its file name without extension, its title and its blocks."""

    key: str
    title: str
    blocks: tuple[Block, ...]


def read_chapters(folder: Path) -> list[Chapter]:
    """The chapters in ``folder``, in the order of their file names (01-…, 02-…)."""
    return [read_chapter(path) for path in sorted(folder.glob("*.md"))]


def read_chapter(path: Path) -> Chapter:
    """One chapter file as blocks; its ``# title`` line names it."""
    title = path.stem
    blocks: list[Block] = []
    prose: list[str] = []
    code: list[str] | None = None

    def flush() -> None:
        if prose:
            blocks.extend(markdown_to_blocks(unwrap("\n".join(prose))))
            prose.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if code is not None:
            if line.startswith(_FENCE):
                blocks.append(Paragraph((Run("\n".join(code)),), tone="note"))
                code = None
            else:
                code.append(line)
            continue
        heading = _HEADING.match(line)
        picture = _PICTURE.match(line.strip())
        if line.startswith(_FENCE):
            flush()
            code = []
        elif heading and len(heading["marks"]) == 1:
            flush()
            title = heading["text"].strip()
        elif heading:
            flush()
            blocks.append(Heading(len(heading["marks"]) - 1, heading["text"].strip()))
        elif picture and (path.parent / picture["path"]).is_file():
            flush()
            png = (path.parent / picture["path"]).read_bytes()
            blocks.append(Image(png, _picture_width_cm(png), picture["alt"]))
        else:
            prose.append(line)
    flush()
    return Chapter(path.stem, title, tuple(blocks))


def _picture_width_cm(png: bytes) -> float:
    """Full-window pictures fill the text width; dialogs keep their size relative to them."""
    pixels = int.from_bytes(png[16:20], "big") if png[12:16] == b"IHDR" else _FULL_WIDTH_PX
    return round(PICTURE_WIDTH_CM * min(1.0, pixels / _FULL_WIDTH_PX), 1)


def chapter_document(chapter: Chapter) -> Document:
    """One chapter on its own, as the viewer shows it."""
    return Document(title=chapter.title, blocks=list(chapter.blocks))


def manual_document(chapters: list[Chapter], version: str) -> Document:
    """The whole manual: a contents page, then each chapter from a new page."""
    blocks: list[Block] = [
        Paragraph((Run(f"Voor procesbegeleiders · Opgroei Desktop {version}"),), tone="note"),
        Heading(1, "Inhoud"),
        BulletList(tuple(ListItem((Run(chapter.title),)) for chapter in chapters)),
    ]
    for chapter in chapters:
        blocks.extend([PageBreak(), Heading(1, chapter.title), *chapter.blocks])
    return Document(
        title=MANUAL_TITLE,
        properties=Properties(subject="Handleiding voor procesbegeleiders"),
        running_header=MANUAL_TITLE,
        blocks=blocks,
    )
