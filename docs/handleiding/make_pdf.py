"""Write the whole manual as a pdf file, as Help → Handleiding → Opslaan als pdf does.

Run from the repository: ``.venv/bin/python docs/handleiding/make_pdf.py handleiding.pdf``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from opgroei_desktop import __version__
from opgroei_desktop.export.manual import manual_document, read_chapters
from opgroei_desktop.export.pdf_writer import write_pdf

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Write the manual to the file named on the command line."""
    if len(argv) != 1:
        print("Gebruik: make_pdf.py DOELBESTAND.pdf", file=sys.stderr)
        return 2
    written = write_pdf(manual_document(read_chapters(HERE), __version__), argv[0])
    print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
