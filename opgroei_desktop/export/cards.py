"""Cards to print for the table: assumption cards, role cards and question cards.

Eight cards to an A4 sheet with dashed cut lines, each with a band in the colour of its party
(or a neutral colour for the conversation questions). A sheet is painted with QPainter onto an
image, like the charts, so Word and PDF print exactly the same sheet; Qt is imported only inside
the painting function, so importing the export package stays Qt-free.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.services import exercises, meetings
from ..core.store import Store
from ..core.text import clean_line
from ..library import Library, load_library
from .charts import PARTY_PRINT, _graphics_available, png_bytes
from .document import Document, Image, PageBreak, Properties
from .output import write_document

KINDS = ("aannames", "rollen", "vragen")
"""The card sheets one can print: assumption cards, role cards, conversation question cards."""

NEUTRAL = "#4A5A3C"
COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS
SHEET_PX = (1600, 2100)
SHEET_CM = 16.0
BLANK_PER_PARTY = 8


@dataclass(frozen=True)
class Card:
    """One card: the band's text and colour, the card's text, and a small footer."""

    band: str
    colour: str
    text: str
    footer: str = ""


def assumption_cards(store: Store, meeting_id: str) -> list[Card]:
    """Cards already written for the meeting, then blank ones for each party to fill in."""
    cards = []
    for card in exercises.list_cards(store, meeting_id):
        cards.append(_assumption(card.author_party, clean_line(card.text)))
    for party in ("initiatief", "gemeente"):
        cards.extend(_assumption(party, "") for _ in range(BLANK_PER_PARTY))
    return cards


def role_cards() -> list[Card]:
    """Two role cards per party, for the role reversal: who you play and what you keep in mind."""
    play = {
        "gemeente": (
            "U speelt de gemeente",
            "U spreekt namens het college en de ambtelijke organisatie. Denk aan de raad, "
            "aan regels voor aanbesteding en staatssteun, en aan alle inwoners, ook wie niet "
            "meedoet. Wat kunt u toezeggen, en wat nog niet?",
        ),
        "initiatief": (
            "U speelt het initiatief",
            "U spreekt namens het bestuur en de leden. Denk aan vrijwilligers met weinig tijd, "
            "aan de ledenvergadering die moet instemmen, en aan het vertrouwen van de buurt. "
            "Wat heeft u van de gemeente nodig?",
        ),
    }
    cards = []
    for party, (band, text) in play.items():
        cards += [Card(band, PARTY_PRINT[party], text, "Rollenruil")] * 2
    return cards


def question_cards(library: Library) -> list[Card]:
    """The conversation questions of the library: per DOEN component and per challenge."""
    cards = []
    for component in library.components:
        cards += [Card(component.title, NEUTRAL, q, "Gespreksvraag") for q in component.questions]
    for challenge in library.all_challenges():
        theme = library.theme(challenge.theme_key).title
        cards += [Card(theme, NEUTRAL, q, challenge.title) for q in challenge.questions]
    return cards


def build_cards(
    store: Store, meeting_id: str, kind: str, library: Library | None = None
) -> Document:
    """The card sheets of one ``kind`` (see ``KINDS``) as a document of full-page images."""
    if kind not in KINDS:
        raise ValueError(f"unknown card kind: {kind}")
    meeting = meetings.get_meeting(store, meeting_id)
    if kind == "aannames":
        cards, name = assumption_cards(store, meeting_id), "Aannamekaarten"
    elif kind == "rollen":
        cards, name = role_cards(), "Rolkaarten"
    else:
        cards, name = question_cards(library or load_library()), "Vraagkaarten"
    document = Document(
        title=f"{name} – {clean_line(meeting.title)}",
        properties=Properties(subject=name, keywords="opgroeiruimte; kaarten; afdrukken"),
    )
    sheets = [cards[i : i + PER_SHEET] for i in range(0, len(cards), PER_SHEET)]
    for number, sheet in enumerate(sheets, start=1):
        if number > 1:
            document.add(PageBreak())
        png = sheet_png(sheet)
        if png is not None:
            description = f"{name}, vel {number} van {len(sheets)}: " + "; ".join(
                f"{card.band}: {card.text or '(leeg)'}" for card in sheet
            )
            document.add(Image(png, SHEET_CM, description[:900]))
    return document


def export_cards(
    store: Store,
    meeting_id: str,
    kind: str,
    out_path: str | os.PathLike[str],
    library: Library | None = None,
) -> Path:
    """Write the card sheets of one kind to ``out_path`` (.docx or .pdf)."""
    return write_document(build_cards(store, meeting_id, kind, library), out_path)


def _assumption(party: str, text: str) -> Card:
    other = "Het initiatief" if party == "gemeente" else "De gemeente"
    band = f"{other} denkt vast dat wij…"
    return Card(band, PARTY_PRINT.get(party, NEUTRAL), text, "Aannamekaart")


def sheet_png(cards: Sequence[Card]) -> bytes | None:
    """One A4 sheet of up to eight cards with dashed cut lines, as PNG bytes (None where no
    graphics can be made)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    if not _graphics_available():
        return None
    width, height = SHEET_PX
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card_w, card_h = width / COLUMNS, height / ROWS
        cut = QPen(QColor("#888888"), 3, Qt.PenStyle.DashLine)
        painter.setPen(cut)
        painter.drawRect(QRectF(1.5, 1.5, width - 3, height - 3))
        for column in range(1, COLUMNS):
            painter.drawLine(int(column * card_w), 0, int(column * card_w), height)
        for row in range(1, ROWS):
            painter.drawLine(0, int(row * card_h), width, int(row * card_h))
        for index, card in enumerate(cards):
            x, y = (index % COLUMNS) * card_w, (index // COLUMNS) * card_h
            _paint_card(painter, QRectF(x + 30, y + 30, card_w - 60, card_h - 60), card)
    finally:
        painter.end()
    return png_bytes(image)


def _paint_card(painter, rect, card: Card) -> None:  # noqa: ANN001 (Qt types imported lazily)
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPen

    colour = QColor(card.colour)
    band = QRectF(rect.x(), rect.y(), rect.width(), rect.height() * 0.22)
    painter.setPen(QPen(colour, 4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 18, 18)
    painter.setBrush(colour)
    painter.drawRoundedRect(band, 18, 18)
    painter.drawRect(QRectF(band.x(), band.bottom() - 20, band.width(), 20))
    font = QFont("Arial")
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(band.adjusted(20, 8, -20, -8), int(flags), card.band)
    body = QRectF(rect.x() + 28, band.bottom() + 20, rect.width() - 56, rect.height() * 0.62)
    font.setBold(False)
    font.setPixelSize(38 if len(card.text) < 140 else 30)
    painter.setFont(font)
    painter.setPen(QColor("#222222"))
    if card.text:
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(body, int(top), card.text)
    else:
        painter.setPen(QPen(QColor("#BBBBBB"), 2, Qt.PenStyle.DotLine))
        for line in range(1, 5):
            y = body.y() + line * body.height() / 5
            painter.drawLine(int(body.x()), int(y), int(body.right()), int(y))
    if card.footer:
        font.setPixelSize(24)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QColor("#777777"))
        foot = QRectF(rect.x() + 28, rect.bottom() - 56, rect.width() - 56, 40)
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight), card.footer)
