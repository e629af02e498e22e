"""Choosing the writer by the file name the user picked: .docx or .pdf."""

from __future__ import annotations

import os
from pathlib import Path

from ..core.errors import OpgroeiError
from .document import Document

SUFFIXES = (".docx", ".pdf")
"""The file types an export can be saved as."""


def write_document(
    document: Document,
    target: str | os.PathLike[str],
    template: str | os.PathLike[str] | None = None,
) -> Path:
    """Write ``document`` as .docx or .pdf, decided by the extension of ``target``.

    ``template`` (a .docx or .dotx) only shapes Word files: asked for a PDF it raises
    ``OpgroeiError`` saying why and what to do instead, as does any other extension. The
    writers are imported only when needed.
    """
    suffix = check_suffix(target)
    if template and suffix == ".pdf":
        raise OpgroeiError(
            "Een Word-sjabloon kan alleen in een Word-bestand worden gebruikt: de pdf van het "
            "programma heeft een eigen, vaste opmaak. Sla op als .docx met het sjabloon en maak "
            "daar in Word of LibreOffice een pdf van, of sla de pdf op zonder sjabloon."
        )
    if suffix == ".docx":
        from .docx_writer import write_docx

        return write_docx(document, target, template)
    from .pdf_writer import write_pdf

    return write_pdf(document, target)


def check_suffix(target: str | os.PathLike[str]) -> str:
    """The lower-case extension of ``target`` when it is one we can write; otherwise
    ``OpgroeiError``, so a wrong name is refused before any work is done."""
    suffix = Path(target).suffix.lower()
    if suffix not in SUFFIXES:
        shown = f"'{suffix}'" if suffix else "een naam zonder extensie"
        raise OpgroeiError(
            "Een document kan worden opgeslagen als Word-bestand (.docx) of als "
            f"pdf-bestand (.pdf), "
            f"niet als {shown}. Kies een bestandsnaam die eindigt op .docx of .pdf."
        )
    return suffix
