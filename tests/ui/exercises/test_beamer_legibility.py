"""The beamer read from the back of a hall: at 1024x768 every text the room must read (prompt,
notes, recap, radar, trend, matrix, assumption card and its stamp) is at least 24 px high and
every colour pair reads at 7:1 or better, links included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap, QTextFormat

from opgroei_desktop.ui.exercises.charts import HEAT, HEAT_TEXT
from opgroei_desktop.ui.run.projector_theme import PALETTES
from opgroei_desktop.ui.run.run_state import DARK, LIGHT

SMALLEST_PX = 24
CONTRAST = 7.0


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def file(qtbot, console, text: str) -> None:
    console.capture.line.setText(text)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_Return)


def document_texts(view) -> list[tuple[str, int, str]]:
    """(text, pixel size, colour) of every piece of text in a text view, as laid out."""
    document = view.document()
    default = document.defaultFont().pixelSize()
    link = view.palette().color(QPalette.ColorRole.Link).name()
    text_colour = view.palette().color(QPalette.ColorRole.Text).name()
    found = []
    block = document.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.isValid() and fragment.text().strip():
                found.append((fragment.text(), *_size_and_colour(fragment.charFormat())))
            pieces += 1
        block = block.next()
    return [
        (text, size or default, link if colour == "link" else colour or text_colour)
        for text, size, colour in found
    ]


def _size_and_colour(char_format) -> tuple[int | None, str | None]:
    size = None
    if char_format.hasProperty(QTextFormat.Property.FontPixelSize):
        size = char_format.intProperty(QTextFormat.Property.FontPixelSize)
    elif char_format.hasProperty(QTextFormat.Property.FontPointSize):
        size = int(char_format.doubleProperty(QTextFormat.Property.FontPointSize) * 96 / 72)
    elif char_format.hasProperty(QTextFormat.Property.FontSizeAdjustment):
        assert char_format.intProperty(QTextFormat.Property.FontSizeAdjustment) >= 0
    if char_format.isAnchor():
        return size, "link"
    if char_format.hasProperty(QTextFormat.Property.ForegroundBrush):
        return size, char_format.foreground().color().name()
    return size, None


class Recorder:
    """A painter that notes the size and colour of every text a chart draws."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.texts: list[tuple[str, int, str]] = []

    def __getattr__(self, name: str):
        return getattr(self._painter, name)

    def drawText(self, *args):  # noqa: N802 (Qt's name)
        font = self._painter.font()
        self.texts.append((str(args[-1]), font.pixelSize(), self._painter.pen().color().name()))
        return self._painter.drawText(*args)


def painted_texts(chart) -> list[tuple[str, int, str]]:
    pixmap = QPixmap(chart.size())
    painter = QPainter(pixmap)
    recorder = Recorder(painter)
    try:
        chart.paint(recorder)
    finally:
        painter.end()
    return recorder.texts


def check(texts, backgrounds: list[str], what: str) -> None:
    assert texts, f"nothing was shown for {what}"
    for text, size, colour in texts:
        assert size >= SMALLEST_PX, f"{what}: {text!r} is {size} px"
        for background in backgrounds:
            ratio = contrast(colour, background)
            assert ratio >= CONTRAST, f"{what}: {text!r} {colour} on {background} is {ratio:.1f}"


def label_texts(*labels) -> list[tuple[str, int, str]]:
    found = []
    for label in labels:
        if label.isVisible() and label.text():
            colour = label.palette().color(label.foregroundRole()).name()
            found.append((label.text(), label.font().pixelSize(), colour))
    return found


@pytest.mark.parametrize("theme", [DARK, LIGHT])
def test_prompt_and_notes_read_from_the_back(qtbot, console, theme):
    """The step, the prompt, the timer and the notes (links too) are large and sharp."""
    console.state.set_theme(theme)
    palette, projector = PALETTES[theme], console.projector
    file(qtbot, console, "g: Zie [het plan](https://example.org/plan) van Tom &amp; Jerry")
    file(qtbot, console, "i: zo: Twee  spaties blijven staan")
    labels = (
        projector.step_label,
        projector.title_label,
        projector.prompt_label,
        projector.timer_label,
        projector.timer_caption,
    )
    check(label_texts(*labels), [palette.background], "the step")
    texts = document_texts(projector.entries_view)
    check(texts, [palette.background, palette.newest], "the notes")
    shown = projector.entries_view.toPlainText()
    assert "Tom &amp; Jerry" in shown and "Twee  spaties" in shown, "the text as typed"


def test_a_long_note_keeps_its_speaker_in_view(qtbot, console):
    """A note longer than the screen shows from its start, where it says who spoke."""
    file(qtbot, console, "g: " + "een heel lang verhaal over het warmtenet " * 60)
    view = console.projector.entries_view
    block = view.document().find("Municipality").block()
    top = view.document().documentLayout().blockBoundingRect(block).top()
    scrolled = view.verticalScrollBar().value()
    assert view.verticalScrollBar().maximum() > 0, "the note is longer than the screen"
    assert 0 <= top - scrolled < view.viewport().height() / 2


@pytest.mark.parametrize("theme", [DARK, LIGHT])
def test_recap_of_thirty_actions_pages_with_pgdn(qtbot, console, exercise_meeting, theme):
    """Thirty actions all reach the room, a page at a time, none cut off, with 'n more'."""
    console.state.set_theme(theme)
    palette, view = PALETTES[theme], console.projector.entries_view
    for number in range(30):
        file(qtbot, console, f"i: ac: Actie nummer {number} uitvoeren @Piet #15-03")
    qtbot.keyClick(console.capture.line, Qt.Key.Key_PageDown)
    console.state.go_to(len(console.state.steps))
    seen, pages = "", console.state.recap_pages
    assert pages > 1
    for page in range(pages):
        assert console.state.recap_page == page
        shown = view.toPlainText()
        check(document_texts(view), [palette.background], f"recap page {page + 1}")
        assert view.document().size().height() <= view.viewport().height(), "nothing cut off"
        if page < pages - 1:
            assert "more — PgDn" in shown
        else:
            assert "more" not in shown
        seen += shown
        qtbot.keyClick(console.capture.line, Qt.Key.Key_PageDown)
    assert console.state.at_closing and console.state.recap_page == pages - 1
    for number in range(30):
        assert f"Actie nummer {number} uitvoeren" in seen
    qtbot.keyClick(console.capture.line, Qt.Key.Key_PageUp)
    assert console.state.at_closing and console.state.recap_page == pages - 2


def score_baseline(qtbot, console) -> None:
    console.state.go_to(1)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    panel = console.run_page.exercise.current
    panel.by_party.setChecked(True)
    panel.reveal_button.click()
    grid = panel.grid
    for column, digits in ((2, "42531"), (3, "25143")):
        grid.setCurrentCell(0, column)
        for digit in digits:
            qtbot.keyClick(grid, digit)


@pytest.mark.parametrize("theme", [DARK, LIGHT])
def test_radar_and_differences_read_from_the_back(qtbot, console, theme):
    """The radar's labels, scale and legend, and the differences beside it, are large."""
    console.state.set_theme(theme)
    palette = PALETTES[theme]
    score_baseline(qtbot, console)
    screen = console.projector.exercise_screen.baseline
    check(painted_texts(screen.radar), [palette.background], "the radar")
    rows = [(row.text(), row.font().pixelSize()) for row in screen.rows if row.isVisible()]
    assert rows and all(size >= SMALLEST_PX for _, size in rows)
    assert screen.lines.isVisible() and screen.lines.font().pixelSize() >= SMALLEST_PX
    check(label_texts(screen.heading), [palette.background], "the differences heading")


@pytest.mark.parametrize("theme", [DARK, LIGHT])
def test_matrix_reads_from_the_back(qtbot, console, theme):
    """Scenario titles, criteria, scores and the legend of the matrix are large and sharp."""
    console.state.set_theme(theme)
    palette = PALETTES[theme]
    console.state.go_to(2)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    panel = console.run_page.exercise.current
    for title in ("De buurt alleen", "Samen met de gemeente"):
        qtbot.keyClicks(panel.new_line, title)
        qtbot.keyClick(panel.new_line, Qt.Key.Key_Return)
    panel.grid.setFocus()
    panel.grid.setCurrentCell(0, 1)
    for digit in "15342":
        qtbot.keyClick(panel.grid, digit)
    matrix = console.projector.exercise_screen.matrix
    texts = painted_texts(matrix)
    scores = {str(n) for n in range(1, 6)}
    check([t for t in texts if t[0] not in scores], [palette.background], "the matrix")
    assert all(size >= SMALLEST_PX for text, size, _ in texts if text in scores)
    for score, background in HEAT.items():
        assert contrast(HEAT_TEXT[score], background) >= CONTRAST


@pytest.mark.parametrize("theme", [DARK, LIGHT])
def test_trend_reads_from_the_back(qtbot, store, console, exercise_meeting, theme):
    """The trend's titles, scale, dates and legend are large and sharp on the beamer."""
    from opgroei_desktop.core.services import exercises as ex

    console.state.set_theme(theme)
    palette = PALETTES[theme]
    earlier = ex.create_assessment(
        store, exercise_meeting.trajectory, title="Vorig jaar", held_on="01-12-2025"
    ).id
    for key, score in (("kennen.doelen", 2), ("rollen.taken", 3)):
        ex.set_score(store, earlier, key, key.split(".")[0], "gemeente", score)
        ex.set_score(store, earlier, key, key.split(".")[0], "initiatief", score + 1)
    score_baseline(qtbot, console)
    panel = console.run_page.exercise.current
    qtbot.mouseClick(panel.trend_button, Qt.MouseButton.LeftButton)
    screen = console.projector.exercise_screen.baseline
    assert screen.pages.currentWidget() is screen.trend
    texts = painted_texts(screen.trend)
    check(texts, [palette.background], "the trend")
    shown = {text for text, _, _ in texts}
    assert {"Municipality", "Initiative"} <= shown, "the room can tell the lines apart"


@pytest.mark.parametrize("theme", [DARK, LIGHT])
@pytest.mark.parametrize("verdict", ["waar", "deels", "niet_waar"])
def test_card_and_its_stamp_read_from_the_back(qtbot, console, theme, verdict):
    """Who assumes what, the card's words, the verdict stamp and the reaction are large and
    sharp on the card's paper, in both themes."""
    from opgroei_desktop.ui.exercises.card_view import PAPER

    console.state.set_theme(theme)
    console.state.go_to(3)
    qtbot.keyClick(console.capture.line, Qt.Key.Key_F6)
    panel = console.run_page.exercise.current
    for party in (0, 1):
        panel.author.setCurrentIndex(party)
        qtbot.keyClicks(panel.text, "Zij willen vooral snel klaar zijn, de rest komt later wel")
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    for row in (0, 1):
        panel.list.setCurrentRow(row)
        panel.reaction.setText("Zorgvuldig gaat voor snel")
        panel.judge(verdict)
        view = console.projector.exercise_screen.cards.card
        qtbot.waitUntil(lambda view=view: view.progress == 1.0)
        texts = painted_texts_of_card(view)
        paper = PAPER[view.card.author_party]
        check(texts, [paper], f"the card of {view.card.author_party}")
        assert len(texts) == 4, "author, words, stamp and reaction"


def painted_texts_of_card(view) -> list[tuple[str, int, str]]:
    pixmap = QPixmap(view.size())
    painter = QPainter(pixmap)
    recorder = Recorder(painter)
    try:
        view._paint(recorder)
    finally:
        painter.end()
    return recorder.texts
