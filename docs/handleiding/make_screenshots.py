"""Make the manual's pictures (and those in docs/screenshots/) from the current app.

Run from the repository: ``.venv/bin/python docs/handleiding/make_screenshots.py``. It needs no
screen: the windows are drawn offscreen, in Dutch, on a fresh copy of the example trajectory,
at 1280x800 like a common laptop (the beamer at 1024x768). Run it again after changing a
screen, so the manual keeps showing the app as it is.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
PICTURES = HERE / "afbeeldingen"
SCREENSHOTS = HERE.parent / "screenshots"
LAPTOP = (1280, 800)
BEAMER = (1024, 768)


def main() -> int:
    """Draw every picture; print each file written."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Opgroei Desktop")
    from opgroei_desktop.ui.i18n import install_translator

    app._translator = install_translator(app, "nl")
    PICTURES.mkdir(exist_ok=True)
    # A fixed folder, so the data folder the welcome screen names is the same on every run.
    folder = Path(tempfile.gettempdir()) / "opgroei-handleiding"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        Shots(app, folder).all()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


class Shots:
    """One example trajectory, one main window, and a picture of each screen the manual shows."""

    def __init__(self, app, folder: Path) -> None:  # noqa: ANN001 (QApplication)
        from opgroei_desktop.app import build_main_window
        from opgroei_desktop.core.store import Store
        from opgroei_desktop.ui import settings as ui_settings

        self.app = app
        self.folder = folder
        self.settings = ui_settings.open_settings(str(folder / "instellingen.ini"))
        self.empty_store = Store.open(folder / "OpgroeiDesktop")
        self.welcome = build_main_window(self.empty_store, self.settings)
        self.store = Store.open(folder / "gegevens")
        self.window = build_main_window(self.store, self.settings, demo=True)
        self.view = self.window.view
        self.trajectory = self.view.trajectory_id

    def all(self) -> None:
        self.window_shot("welkom", self.welcome, lambda: None)
        self.window_shot("overzicht", self.window, self.view.show_overview)
        self.window_shot("werkblad", self.window, lambda: self.view.open_worksheet("kennen"))
        self.window_shot("mensen", self.window, lambda: self.view.show_page("people"))
        self.window_shot("bijeenkomsten", self.window, self.show_planned_meeting)
        self.window_shot("agenda", self.window, self.show_agenda)
        self.dialog_shot("bibliotheek", self.browse_library)
        self.window_shot("verslag", self.window, self.show_draft_minutes)
        self.window_shot("verslag-per-agendapunt", self.window, self.show_accounts)
        self.window_shot("notities", self.window, self.show_entries)
        self.window_shot("acties", self.window, lambda: self.view.show_page("actions"))
        self.window_shot("zoeken", self.window, self.search)
        self.window_shot("gegevens", self.window, lambda: self.view.show_page("details"))
        self.dialog_shot("nieuw-traject", self.window.new_trajectory)
        self.dialog_shot("documenten", self.window.draft_documents)
        self.signers_shot()
        self.room_shot()
        self.run_shots()
        self.baseline_shots()
        self.copy_to_screenshots()

    # -- the main window -----------------------------------------------------------------------

    def window_shot(self, name: str, window, show: Callable[[], object]) -> None:  # noqa: ANN001
        window.resize(*LAPTOP)
        window.show()
        show()
        self.settle()
        self.save(window.grab(), name)

    def meetings(self) -> list:
        from opgroei_desktop.core.services import meetings

        return meetings.list_meetings(self.store, self.trajectory)

    def show_planned_meeting(self) -> None:
        planned = next(m for m in self.meetings() if m.status == "gepland")
        self.view.open_meeting(planned.id)

    def show_agenda(self) -> None:
        self.show_planned_meeting()
        editor = self.view.page("meetings").editor
        editor.tabs.setCurrentWidget(editor.agenda)

    def browse_library(self):  # noqa: ANN201 (LibraryBrowser)
        self.show_agenda()
        browser = self.view.page("meetings").editor.agenda.browse()
        browser.resize(1100, 700)
        return browser

    def show_draft_minutes(self) -> None:
        draft = next(m for m in self.meetings() if m.status == "verslag_concept")
        self.view.open_meeting(draft.id)

    def show_accounts(self) -> None:
        """The draft minutes' account per agenda item, at the item the demo wrote up."""
        self.show_draft_minutes()
        panel = self.view.page("meetings").editor.minutes
        panel.views.setCurrentWidget(panel.accounts)
        self.settle()
        panel.accounts.items.setCurrentIndex(2)

    def show_entries(self) -> None:
        held = next(m for m in self.meetings() if m.status == "verslag_vastgesteld")
        self.view.open_meeting(held.id)
        editor = self.view.page("meetings").editor
        editor.tabs.setCurrentWidget(editor.entries)

    def search(self) -> None:
        page = self.view.show_page("search")
        page.panel.box.setText("warmte")
        page.panel.run()

    def dialog_shot(self, name: str, open_dialog: Callable[[], object]) -> None:
        dialog = open_dialog()
        dialog.show()
        self.settle()
        self.save(dialog.grab(), name)
        dialog.close()
        self.settle()

    def signers_shot(self) -> None:
        """Who signs the samenwerkingsovereenkomst, as the program proposes it."""
        from opgroei_desktop.ui.clauses.signers_dialog import SignersDialog

        documents = self.window.draft_documents()
        documents.set_doc_type("samenwerkingsovereenkomst")
        self.settle()
        self.dialog_shot("wie-tekent", lambda: SignersDialog(documents.data, documents))
        documents.close()
        self.settle()

    def room_shot(self) -> None:
        """The worksheet as the room reads it, at the beamer's size."""
        sheet = self.view.open_worksheet("kennen")
        self.settle()
        room = sheet.show_to_room()
        room.showNormal()
        room.resize(*BEAMER)
        self.settle()
        self.save(room.grab(), "werkblad-zaal")
        room.close()
        self.settle()

    # -- a meeting in the room -----------------------------------------------------------------

    def run_shots(self) -> None:
        from opgroei_desktop.ui.run import open_meeting_runner

        planned = next(m for m in self.meetings() if m.status == "gepland")
        console = open_meeting_runner(
            self.window.work.bus, self.window.work.library, self.settings, planned.id
        )
        console.resize(*LAPTOP)
        self.settle()
        self.save(console.grab(), "aanwezigheid")
        self.beamer_shot(console, "beamer-inloop")
        console.checkin.request_start()
        self.settle()
        for _ in range(3):  # to "Wat komt er in de intentieovereenkomst?", a step with notes
            console.state.next_step()
        for line in (
            "g: De raad wil eerst weten wat het de gemeente kost",
            "i: ? Wie betaalt de haalbaarheidsstudie?",
            "s: af: Elke maand overleg tussen beide besturen",
            "g: ac: Offertes opvragen bij twee bureaus @gemeente #15-01",
        ):
            console.file_line(line)
        self.settle()
        self.save(console.grab(), "console")
        self.beamer_shot(console, "beamer")
        for line in RECAP_LINES:
            console.file_line(line)
        while not console.state.at_closing:
            console.state.next_step()
        self.settle()
        self.beamer_shot(console, "beamer-afronding")
        console.close()
        self.settle()

    def baseline_shots(self) -> None:
        """The nulmeting: twelve paper sheets typed in, then the result shown to the room."""
        from opgroei_desktop.core.services import meetings, people
        from opgroei_desktop.ui.run import open_meeting_runner

        invited = [p.id for p in people.list_people(self.store, self.trajectory)]
        meeting = meetings.plan_meeting(
            self.store,
            self.trajectory,
            title="Nulmeting",
            starts_at="02-02-2027 19:30",
            invite=tuple(invited),
        ).id
        library = self.window.work.library
        for format_key, step_key in (("check_in", "welkom"), ("nulmeting", "scoren")):
            step = next(s for s in library.format(format_key).steps if s.key == step_key)
            meetings.add_agenda_item(self.store, meeting, **step.agenda_fields(format_key))
        console = open_meeting_runner(self.window.work.bus, library, self.settings, meeting)
        console.resize(*LAPTOP)
        self.settle()
        console.checkin.request_start()
        self.settle()
        console.state.go_to(1)
        self.settle()
        panel = console.run_page.exercise.current
        for number in range(12):
            party = "g" if number < 6 else "i"
            panel.sheet_line.setText(f"{party} {paper_sheet(number, len(panel.statements))}")
            panel.sheet_line.returnPressed.emit()
            self.settle()
        self.save(console.grab(), "nulmeting")
        panel.reveal_button.click()
        self.settle()
        self.beamer_shot(console, "beamer-nulmeting")
        console.close()
        self.settle()

    def beamer_shot(self, console, name: str) -> None:  # noqa: ANN001 (ConsoleWindow)
        projector = console.projector
        projector.showNormal()
        projector.resize(*BEAMER)
        self.settle()
        self.save(projector.grab(), name)

    # -- helpers -------------------------------------------------------------------------------

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, pixmap, name: str) -> None:  # noqa: ANN001 (QPixmap)
        path = PICTURES / f"{name}.png"
        pixmap.save(str(path))
        print(path.relative_to(HERE.parent.parent))

    def copy_to_screenshots(self) -> None:
        """The look of the main screens at 1280x800, kept with the other screenshots."""
        for name, target in (
            ("acties", "actielijst-1280.png"),
            ("mensen", "mensen-1280.png"),
            ("werkblad", "werkblad-1280.png"),
            ("werkblad-zaal", "werkblad-zaal-1024.png"),
            ("verslag-per-agendapunt", "verslag-per-agendapunt-1280.png"),
        ):
            data = (PICTURES / f"{name}.png").read_bytes()
            (SCREENSHOTS / target).write_bytes(data)
            print((SCREENSHOTS / target).relative_to(HERE.parent.parent))


RECAP_LINES = (
    "s: be: De stuurgroep komt voortaan elke maand bij elkaar",
    "s: be: Het initiatief schrijft de projectaanvraag, de gemeente leest mee",
    "s: af: Beide besturen krijgen het verslag binnen een week",
    "s: af: Nieuwe mensen krijgen een kennismakingsgesprek",
    "s: af: We evalueren de samenwerking bij de eerste piketpaal",
    "i: ac: Ledenvergadering voorbereiden @initiatief #01-03",
    "g: ac: Raadsinformatiebrief opstellen @gemeente #15-02",
    "g: ac: Subsidieregeling nakijken @gemeente #20-02",
    "i: ac: Nieuwsbrief met de stand van zaken @initiatief #10-02",
    "s: ac: Datum voor de volgende bijeenkomst prikken @gemeente #05-02",
)
"""What the room decided, agreed and took on in the example, enough for the closing recap to
need a second page on the beamer."""


def paper_sheet(number: int, count: int) -> str:
    """The digits of one filled-in score sheet, in groups of five as people copy them from
    paper: the municipality's six sheets a little higher than the initiative's, with the
    biggest differences on the first statements."""
    municipality = number < 6
    digits = []
    for index in range(count):
        score = 3 + (index * 7 + number * 3) % 3 - 1
        if index < 4:
            score = 4 + number % 2 if municipality else 1 + number % 2
        elif not municipality and index % 3 == 0:
            score -= 1
        digits.append(str(max(1, min(5, score))))
    text = "".join(digits)
    return " ".join(text[i : i + 5] for i in range(0, count, 5))


if __name__ == "__main__":
    sys.exit(main())
