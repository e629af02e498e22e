"""Writing a drafted document to .docx or .pdf off the main thread.

The document is built on the main thread (it reads the store, which is quick); only writing
the file, which can take seconds for a PDF, runs in the thread pool. The outcome comes back
on the main thread through a signal.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from ...core.errors import OpgroeiError
from ...export.document import Document


class ExportSignals(QObject):
    """The worker's result: the written path, or the Dutch message of what went wrong."""

    finished = Signal(str, str)


class WriteDocumentTask(QRunnable):
    """Writes one built document to one file."""

    def __init__(self, document: Document, target: str, template: str | None) -> None:
        super().__init__()
        self.document, self.target, self.template = document, target, template
        self.signals = ExportSignals()
        # The dialog keeps the task until its result arrives; Qt must not delete it first.
        self.setAutoDelete(False)

    def run(self) -> None:
        from ...export.output import write_document

        try:
            written = write_document(self.document, self.target, self.template or None)
        except OpgroeiError as error:
            self.signals.finished.emit("", str(error))
        except Exception:  # noqa: BLE001 - a worker must always report back
            traceback.print_exc()
            message = QCoreApplication.translate(
                "ClausesDialog",
                "The document could not be saved because of an unexpected error. "
                "Try again, or save it under another name.",
            )
            self.signals.finished.emit("", message)
        else:
            self.signals.finished.emit(str(written), "")
