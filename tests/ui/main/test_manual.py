"""Help → Handleiding: the manual opens offline, reads safely and saves as one pdf file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication

from opgroei_desktop.resources import manual_dir

ROOT = Path(__file__).resolve().parents[3]
CHAPTERS = (
    "Aan de slag",
    "Voorbereiden",
    "De bijeenkomst leiden",
    "De toetsenkaart",
    "Na de bijeenkomst",
    "Tussen de bijeenkomsten",
    "Overdragen",
    "Uw gegevens en reservekopieën",
    "Privacy",
    "Eigen werkvormen",
)


def _manual_window():
    from opgroei_desktop.ui.help.manual_window import ManualWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ManualWindow))


def test_help_opens_the_manual_with_every_chapter(qtbot, make_window):
    """If this fails, a facilitator in a room without internet has no manual to turn to."""
    window = make_window()
    window.commands.manual.trigger()
    manual = _manual_window()
    qtbot.waitExposed(manual)
    titles = [manual.contents.item(row).text() for row in range(manual.contents.count())]
    assert titles == list(CHAPTERS)
    assert "Bij de eerste start" in manual.text.toPlainText()
    assert "data:image/png" in manual.text.toHtml()
    manual.contents.setCurrentRow(titles.index("Privacy"))
    assert "Deze persoon vergeten" in manual.text.toPlainText()
    assert not manual.text.openLinks()
    manual.close()


def test_manual_shows_raw_html_as_text_and_drops_unsafe_links(qtbot, settings, tmp_path):
    """If this fails, a chapter could run markup or open a local file from the manual."""
    from opgroei_desktop.ui.help.manual_window import ManualWindow

    (tmp_path / "01-test.md").write_text(
        "# Proef\n\nDit is <b>geen vet</b>.\n\n[geheim](file:///etc/passwd) en "
        "[site](https://example.org)\n\n![plaatje](../../buiten.png)\n",
        encoding="utf-8",
    )
    manual = ManualWindow(settings, folder=tmp_path)
    qtbot.addWidget(manual)
    assert "Dit is <b>geen vet</b>." in manual.text.toPlainText()
    html = manual.text.toHtml()
    assert "file:" not in html and "https://example.org" in html
    assert "buiten.png" not in html


def test_manual_saves_as_one_pdf_file(qtbot, settings, tmp_path):
    """If this fails, the manual cannot be printed for a facilitator who prefers paper."""
    from opgroei_desktop.ui.help.manual_window import ManualWindow

    manual = ManualWindow(settings)
    qtbot.addWidget(manual)
    target = tmp_path / "handleiding.pdf"
    with qtbot.waitSignal(manual.write_pdf(str(target)).signals.finished, timeout=60_000):
        pass
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= len(CHAPTERS)
    assert str(target) in manual.message.text()


def test_the_manual_ships_inside_the_wheel():
    """If this fails, an installed app opens an empty manual."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["docs/handleiding"] == "opgroei_desktop/resources/handleiding"
    assert (manual_dir() / "01-aan-de-slag.md").is_file()
    assert (manual_dir() / "afbeeldingen" / "console.png").is_file()
