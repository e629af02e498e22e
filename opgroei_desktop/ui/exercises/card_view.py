"""The assumption card as the room sees it: a playful paper card, turned over with a short
animation, and the other side's verdict stamped on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .words import author_line, verdict_word

REVEAL_MS = 320
PAPER = {"gemeente": "#E8F1FB", "initiatief": "#FDEEDC"}
"""The card is paper-coloured in every theme, so what is written on it has its own ink."""
INK = {"gemeente": "#154272", "initiatief": "#733010"}
"""Who wrote the card, in the party's colour dark enough for 7:1 on either paper."""
STAMP = {"waar": "#0B4F27", "deels": "#6B4000", "niet_waar": "#8B1A10"}
"""The verdict stamp: green, amber, red, each at 7:1 or more on either paper."""
TEXT = "#1D2228"


class CardView(QWidget):
    """One card, large: who assumes what about whom, the text, and the verdict stamp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: Any = None
        self.party_colours = {"gemeente": "#2561A3", "initiatief": "#A8501A"}
        self.progress = 1.0
        self.min_text_px = 11.0
        self.setAccessibleName(self.tr("Assumption card"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(REVEAL_MS)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.OutBack)
        self.animation.valueChanged.connect(self._step)

    def set_card(self, card: Any) -> None:
        """Show ``card``; a card not shown before is turned over with a short animation."""
        fresh = card is not None and (self.card is None or self.card.id != card.id)
        self.card = card
        self.setAccessibleDescription(
            f"{author_line(card.author_party)} {card.text} {verdict_word(card.verdict)}"
            if card is not None
            else ""
        )
        if fresh and self.isVisible():
            self.animation.stop()
            self.animation.start()
        else:
            self.progress = 1.0
        self.update()

    def _step(self, value: float) -> None:
        self.progress = float(value)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.card is None:
            return
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        card = self.card
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        card_w, card_h = min(width * 0.9, height * 1.7), height * 0.86
        painter.translate(width / 2, height / 2)
        painter.rotate(-2.0 * self.progress)
        scale = 0.82 + 0.18 * self.progress
        painter.scale(scale, scale)
        painter.setOpacity(min(1.0, 0.25 + self.progress))
        frame = QRectF(-card_w / 2, -card_h / 2, card_w, card_h)
        party_colour = QColor(self.party_colours.get(card.author_party, "#5B6776"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 70))
        painter.drawRoundedRect(frame.translated(card_h * 0.02, card_h * 0.025), 22, 22)
        painter.setBrush(QColor(PAPER.get(card.author_party, "#FFF8E1")))
        painter.setPen(QPen(party_colour, max(4.0, card_h * 0.012)))
        painter.drawRoundedRect(frame, 22, 22)
        pad = card_h * 0.07
        inner = frame.adjusted(pad, pad, -pad, -pad)
        font = QFont(self.font())
        font.setPixelSize(int(max(self.min_text_px, card_h * 0.065)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(INK.get(card.author_party, TEXT)))
        header_h = card_h * 0.11
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), header_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            author_line(card.author_party),
        )
        verdict_h = card_h * 0.24 if card.verdict else 0.0
        text_box = QRectF(
            inner.left(),
            inner.top() + header_h,
            inner.width(),
            inner.height() - header_h - verdict_h,
        )
        text = f"“{' '.join(card.text.split())}”"
        size = card_h * 0.12
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        # Shrink a long text to fit, but never below what the back of the room reads.
        while size > max(self.min_text_px, card_h * 0.045):
            font.setPixelSize(int(size))
            needed = QFontMetrics(font).boundingRect(text_box.toRect(), flags, text)
            if needed.height() <= text_box.height() and needed.width() <= text_box.width():
                break
            size *= 0.92
        size = max(size, self.min_text_px)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(TEXT))
        painter.drawText(text_box, flags, text)
        if card.verdict:
            self._stamp(
                painter, QRectF(inner.left(), inner.bottom() - verdict_h, inner.width(), verdict_h)
            )

    def _stamp(self, painter: QPainter, area: QRectF) -> None:
        card = self.card
        colour = QColor(STAMP.get(card.verdict, "#5B6776"))
        font = QFont(self.font())
        font.setPixelSize(int(max(self.min_text_px, area.height() * 0.42)))
        font.setBold(True)
        painter.setFont(font)
        label = verdict_word(card.verdict).upper()
        metrics = QFontMetrics(font)
        stamp_w = metrics.horizontalAdvance(label) + area.height() * 0.5
        stamp = QRectF(area.left(), area.top() + area.height() * 0.12, stamp_w, area.height() * 0.7)
        painter.save()
        painter.translate(stamp.center())
        painter.rotate(-4)
        painter.translate(-stamp.center())
        painter.setPen(QPen(colour, max(4.0, area.height() * 0.06)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(stamp, 10, 10)
        painter.drawText(stamp, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()
        reaction = " ".join(card.reaction.split())
        if reaction:
            font.setPixelSize(int(max(self.min_text_px, area.height() * 0.26)))
            font.setBold(False)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(
                    stamp.right() + area.height() * 0.3,
                    area.top(),
                    area.right() - stamp.right() - area.height() * 0.3,
                    area.height(),
                ),
                int(
                    Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.TextFlag.TextWordWrap
                ),
                reaction,
            )
