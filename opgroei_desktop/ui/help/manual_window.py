"""Help → Handleiding: the Dutch manual for facilitators, one chapter at a time, offline.

The chapters are the Markdown files of docs/handleiding, shipped with the app and found through
the resources function. They go through the export package's manual builder, so the viewer, the
pdf and the minutes share one way of reading Markdown (raw HTML stays text) and one HTML
writer; the browser follows no link itself and loads nothing but the embedded pictures.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, QSettings, QSize, Qt, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...core.errors import OpgroeiError
from ...export.html_writer import to_html
from ...export.manual import Chapter, chapter_document, manual_document, read_chapters
from ...resources import manual_dir
from .. import settings as ui_settings
from ..common.widgets import button, label
from ..main.minutes_export import ExportSignals, export_folder, with_suffix
from ..main.minutes_panel import MinutesBrowser


class ManualPdfTask(QRunnable):
    """Lays out the whole manual as a pdf file, off the main thread."""

    def __init__(self, chapters: list[Chapter], target: str) -> None:
        super().__init__()
        self.chapters, self.target = chapters, target
        self.signals = ExportSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from ...export.pdf_writer import write_pdf

        try:
            written = write_pdf(manual_document(self.chapters, __version__), self.target)
        except OpgroeiError as error:
            self.signals.finished.emit("", str(error))
        except Exception:  # noqa: BLE001 - the user gets a message, the log the details
            traceback.print_exc()
            self.signals.finished.emit(
                "",
                QCoreApplication.translate(
                    "ManualWindow", "The manual could not be saved because of an unexpected fault."
                ),
            )
        else:
            self.signals.finished.emit(str(written), "")


class ManualWindow(QWidget):
    """The chapters on the left, the chosen chapter on the right, and a way to print it all."""

    def __init__(
        self, settings: QSettings, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.folder = folder or manual_dir()
        self.chapters = read_chapters(self.folder) if self.folder.is_dir() else []
        self.task: ManualPdfTask | None = None
        self.setWindowTitle(self.tr("Manual — Opgroei Desktop"))
        self.setAccessibleName(self.tr("Manual"))
        self.resize(1100, 760)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Chapters of the manual"))
        self.contents.addItems([chapter.title for chapter in self.chapters])
        row_height = self.contents.fontMetrics().height() + 14  # the theme pads list items
        for row in range(self.contents.count()):
            self.contents.item(row).setSizeHint(QSize(0, row_height))
        self.text = MinutesBrowser()
        self.text.setAccessibleName(self.tr("Text of the chapter"))
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_pdf = button(
            self.tr("Save as &pdf…"),
            self.tr("Save the whole manual as a pdf file"),
            tip=self.tr("To print it, or to read it without the program"),
        )
        self.close_button = button(self.tr("Close"), self.tr("Close the manual"))
        self.message = label("", "muted")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.contents.currentRowChanged.connect(self.show_chapter)
        self.save_pdf.clicked.connect(self.choose_pdf)
        self.close_button.clicked.connect(self.close)
        if self.chapters:
            self.contents.setCurrentRow(0)
        else:
            self.save_pdf.setEnabled(False)
            self.text.setPlainText(
                self.tr("The manual was not found in %1.").replace("%1", str(self.folder))
            )

    def show_chapter(self, index: int) -> None:
        """Show chapter ``index`` (0 is the first) from its top."""
        if 0 <= index < len(self.chapters):
            self.text.setHtml(to_html(chapter_document(self.chapters[index])))

    def choose_pdf(self) -> None:
        start = export_folder(self.settings) / "Handleiding Opgroei Desktop.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the manual as a pdf file"), str(start), self.tr("Pdf files (*.pdf)")
        )
        if path:
            self.write_pdf(with_suffix(path, ".pdf"))

    def write_pdf(self, path: str) -> ManualPdfTask:
        """Start writing the whole manual to ``path``; the message line says when it is done."""
        self.save_pdf.setEnabled(False)
        self.message.setText(self.tr("Saving the manual…"))
        self.task = ManualPdfTask(self.chapters, path)
        self.task.signals.finished.connect(self._written)
        QThreadPool.globalInstance().start(self.task)
        return self.task

    def _written(self, path: str, problem: str) -> None:
        self.save_pdf.setEnabled(True)
        self.task = None
        if problem:
            self.message.setText(problem)
            return
        ui_settings.EXPORT_FOLDER.set(self.settings, str(Path(path).parent))
        self.message.setText(self.tr("The manual is saved as %1.").replace("%1", path))
