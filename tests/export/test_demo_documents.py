"""Every document the demo trajectory can produce, opened by another program: LibreOffice for
the Word files, poppler for the app's own PDFs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import meetings
from opgroei_desktop.core.services.clause_documents import DOCUMENT_TYPES
from opgroei_desktop.export.clauses import export_clauses
from opgroei_desktop.export.minutes import export_minutes
from opgroei_desktop.library import load_library

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def library():
    return load_library()


def _house_template(folder: Path) -> Path:
    """An organisation template with a header of its own."""
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "Gemeente Lindewijde – huisstijl"
    buffer = io.BytesIO()
    template.save(buffer)
    path = folder / "huisstijl.docx"
    path.write_bytes(buffer.getvalue())
    return path


def _every_document(store, library, folder: Path, suffix: str) -> list[Path]:
    """The minutes of every demo meeting and every document type, with and without proposals;
    for Word also on an organisation template with its own header."""
    demo = ensure_demo(store)[0]
    templates = [None, _house_template(folder)] if suffix == ".docx" else [None]
    written = []
    for index, template in enumerate(templates):
        for meeting in meetings.list_meetings(store, demo):
            target = folder / f"verslag-{meeting.id[:8]}-{index}{suffix}"
            written.append(export_minutes(store, meeting.id, target, template))
        for doc_type in DOCUMENT_TYPES:
            for proposals in (True, False):
                target = folder / f"{doc_type}-{proposals}-{index}{suffix}"
                written.append(
                    export_clauses(
                        store, library, demo, doc_type, target, template,
                        include_proposals=proposals,
                    )
                )  # fmt: skip
    return written


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_every_word_document(store, library, tmp_path) -> None:
    """A Word file that LibreOffice cannot convert would also trouble Word or a DMS."""
    folder = tmp_path / "docx"
    folder.mkdir()
    written = _every_document(store, library, folder, ".docx")
    assert len(written) == 2 * (4 + 2 * len(DOCUMENT_TYPES))
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, written)],
        capture_output=True, timeout=600, check=False,
    )  # fmt: skip
    missing = [p.name for p in written if not (out / f"{p.stem}.pdf").is_file()]
    assert not missing, f"LibreOffice could not convert: {missing}"
    assert all((out / f"{p.stem}.pdf").stat().st_size > 5000 for p in written)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_app_pdfs_have_no_blank_pages(qapp, store, library, tmp_path) -> None:
    """The app's PDF of the plan van aanpak had a page with nothing but its header and footer."""
    for path in _every_document(store, library, tmp_path, ".pdf"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages")))
        for page in range(1, pages + 1):
            text = subprocess.run(
                ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                capture_output=True, text=True,
            ).stdout  # fmt: skip
            body = [
                line for line in text.splitlines()
                if line.strip() and "Pagina" not in line and "CONCEPT" not in line
                and "Vastgesteld verslag" not in line
            ]  # fmt: skip
            assert len(body) > 2, f"{path.name}: page {page} is blank"
