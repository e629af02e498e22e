"""A worksheet as the room reads it on the beamer: what is filled in and agreed, in large type.

The working view is made for the facilitator's laptop: fields, buttons, the discussion of every
meeting. This window leaves all that out and shows one worksheet compactly: per section or
challenge what is written down, and the agreements with their stand. It only reads; it follows
every change at once, so the facilitator can edit on the laptop while the room reads along.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...core.changes import Changes
from ...library import Library
from ...worksheets.sheet import VERHELDEREN, Sheet, SheetAgreement, build_sheet
from .. import labels as main_labels
from ..bus import DataBus
from ..common.rich_text import plain_text
from ..run.projector_theme import PALETTES, Palette
from ..run.run_state import DARK, LIGHT
from ..run.screens import projector_screen
from . import labels

_AGREEMENTS = QT_TRANSLATE_NOOP("RoomView", "Agreements")
_NOTHING_YET = QT_TRANSLATE_NOOP("RoomView", "Nothing written down on this worksheet yet.")
_LINES_PER_SCREEN = 24
"""Body text is sized so about this many lines fill the window's height."""


class RoomView(QWidget):
    """One worksheet for the room; F5 full screen, Ctrl+T light or dark, Esc back or close."""

    def __init__(
        self,
        bus: DataBus,
        library: Library,
        trajectory_id: str,
        key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.bus, self.library, self.trajectory_id, self.key = bus, library, trajectory_id, key
        self.theme = DARK
        self.sheet: Sheet | None = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.setAccessibleName(self.tr("The worksheet as the room sees it"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.redraw)
        QShortcut(QKeySequence("Ctrl+T"), self, self.toggle_theme)
        QShortcut(QKeySequence("F5"), self, self.toggle_full_screen)
        bus.changed.connect(self._changed)
        self.resize(1024, 768)
        self.refresh()

    def place(self) -> None:
        """Full screen on another screen when there is one (the beamer), else a window here."""
        screens = QGuiApplication.screens()
        own = self.parentWidget().screen() if self.parentWidget() else None
        beamer = projector_screen(screens, "", own)
        if beamer is None:
            self.show()
            return
        self.setScreen(beamer)
        self.setGeometry(beamer.geometry())
        self.showFullScreen()

    def refresh(self) -> None:
        """Read the worksheet again and show it."""
        self.sheet = self.bus.query(build_sheet, self.library, self.trajectory_id, self.key)
        self.setWindowTitle(self.tr("%1 — for the room").replace("%1", self.sheet.title))
        self.redraw()

    def redraw(self) -> None:
        if self.sheet is None:
            return
        size = max(16, self.height() // _LINES_PER_SCREEN)
        palette = PALETTES[self.theme]
        self.text.setStyleSheet(
            f"QTextBrowser {{ background: {palette.background}; color: {palette.text};"
            " border: none; }"
        )
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(room_html(self.sheet, palette, size))
        self.text.document().setDocumentMargin(size)
        self.text.verticalScrollBar().setValue(scroll)

    def toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK
        self.redraw()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._redraw.start()

    def _changed(self, changes: Changes) -> None:
        if changes.trajectory_id in (None, self.trajectory_id):
            self.refresh()


def room_html(sheet: Sheet, palette: Palette, size: int) -> str:
    """The worksheet in large type: title, then what each section or challenge holds."""
    blocks = _challenge_blocks(sheet) if sheet.kind == VERHELDEREN else _section_blocks(sheet)
    loose = [a for a in sheet.agreements if a.agreement.challenge_key is None]
    if sheet.kind != VERHELDEREN and loose:
        blocks.append((_tr(_AGREEMENTS), [_agreement_line(a) for a in loose], ""))
    parts = [
        f'<body style="font-size: {size}px; color: {palette.text};">',
        _p(sheet.title, palette.accent, round(size * 1.6), bold=True),
    ]
    parts.extend(_block(*block, palette=palette, size=size) for block in blocks)
    if not blocks:
        parts.append(_p(_tr(_NOTHING_YET), palette.muted, size))
    parts.append("</body>")
    return "".join(parts)


Line = tuple[str, str]
"""A bold part (who, or a title) and a plain part (the text, and its stand)."""


def _section_blocks(sheet: Sheet) -> list[tuple[str, list[Line], str]]:
    found = []
    for section in sheet.sections:
        if section.key is None or not section.items:
            continue
        lines = []
        for item in section.items:
            who = main_labels.party(item.party) if item.party else ""
            state = labels.item_state(item.state) if item.state else ""
            lines.append(
                (
                    " · ".join(part for part in (who, item.title) if part),
                    " — ".join(part for part in (plain_text(item.text), state) if part),
                )
            )
        found.append((section.title, lines, ""))
    return found


def _challenge_blocks(sheet: Sheet) -> list[tuple[str, list[Line], str]]:
    found = []
    for challenge in sheet.challenges:
        if not challenge.agreements and (challenge.key is None or challenge.state is None):
            continue
        state = labels.challenge_state(challenge.state) if challenge.state else ""
        found.append((challenge.title, [_agreement_line(a) for a in challenge.agreements], state))
    return found


def _agreement_line(agreement: SheetAgreement) -> Line:
    text = plain_text(agreement.agreement.text)
    return ("", f"{text} — {labels.status(agreement.agreement.status)}")


def _block(title: str, lines: list[Line], note: str, *, palette: Palette, size: int) -> str:
    heading = escape(title)
    if note:
        heading += (
            f' <span style="color: {palette.muted}; font-weight: normal;">· {escape(note)}</span>'
        )
    items = "".join(f"<li>{_line_html(head, text)}</li>" for head, text in lines)
    return (
        f'<p style="color: {palette.accent}; font-size: {round(size * 1.15)}px; font-weight: bold;'
        f' margin-top: {size // 2}px; margin-bottom: 4px;">{heading}</p>'
        + (f'<ul style="margin-top: 0px;">{items}</ul>' if items else "")
    )


def _line_html(head: str, text: str) -> str:
    if head and text:
        return f"<b>{escape(head)}</b>: {escape(text)}"
    return f"<b>{escape(head)}</b>" if head else escape(text)


def _p(text: str, colour: str, size: int, bold: bool = False) -> str:
    weight = " font-weight: bold;" if bold else ""
    return (
        f'<p style="color: {colour}; font-size: {size}px;{weight} margin-bottom: 6px;">'
        f"{escape(text)}</p>"
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomView", text)
