"""Draft agreement documents for the demo trajectory, read back from the Word file."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import agreements, clause_documents
from opgroei_desktop.core.services.clause_documents import DOCUMENT_TYPES
from opgroei_desktop.export.clauses import PROPOSAL_MARK, build_clauses, export_clauses
from opgroei_desktop.export.commands import add_export_commands
from opgroei_desktop.export.html_writer import to_html
from opgroei_desktop.library import load_library

STUURGROEP = "Er komt een stuurgroep"
WERKGROEPEN = "Werkgroepen: techniek"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture
def demo(store):
    return ensure_demo(store)[0]


def _agreement(store, trajectory_id, start):
    return next(
        a for a in agreements.list_agreements(store, trajectory_id) if a.text.startswith(start)
    )


def _key(number):
    return tuple(int(part) for part in number.split("."))


def _clause(word_file, start):
    """The numbered clause whose text (after the number) contains ``start``."""
    for paragraph in word_file.doc.paragraphs:
        match = re.match(r"^(\d+\.\d+)\t(.*)$", paragraph.text, re.S)
        if match and start in match.group(2):
            return match.group(1), match.group(2)
    return None


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_each_document_type_exports_with_numbered_articles(
    store, demo, library, tmp_path: Path, word, doc_type
) -> None:
    """A facilitator would get a document whose articles do not follow the outline."""
    out = export_clauses(store, library, demo, doc_type, tmp_path / f"{doc_type}.docx")
    found = word(out)
    outline = library.document(doc_type)
    headings = found.headings(1)
    numbered = [h for h in headings if re.match(r"^(Artikel )?\d+", h)]
    assert len(numbered) == len(outline.articles)
    for number, (heading, article) in enumerate(zip(numbered, outline.articles, strict=True), 1):
        prefix = f"Artikel {number} – " if outline.article_label else f"{number}. "
        assert heading == prefix + article.title
    stuurgroep = _clause(found, STUURGROEP)
    werkgroepen = _clause(found, WERKGROEPEN)
    assert stuurgroep and not stuurgroep[1].startswith(PROPOSAL_MARK), "agreed: no mark"
    assert werkgroepen and werkgroepen[1].startswith(PROPOSAL_MARK), "proposal: marked"
    text = found.text()
    assert "Concept – versie 1" in text and "geen juridisch advies" in text
    assert "Stand van de afspraken op" in text
    annex = {row[0]: row[2] for row in found.rows(found.table("Artikel", "Afspraak", "Stand"))}
    assert annex[stuurgroep[0]] == "akkoord van beide partijen"
    assert annex[werkgroepen[0]] == "voorstel"


def test_contract_names_both_parties_and_marks_blanks(store, demo, library, tmp_path, word) -> None:
    """Both parties must be named to sign; what the app cannot know must be a visible blank."""
    found = word(export_clauses(store, library, demo, "intentieovereenkomst", tmp_path / "i.docx"))
    text = found.text()
    assert "De ondergetekenden" in found.headings(1) and "Overwegende dat" in found.headings(1)
    assert "Komen het volgende overeen:" in text
    assert "Gemeente Lindewijde" in text and "Warmtecoöperatie Vlinderhof" in text
    assert "nog niet aan de inhoud" in text, "an intentieovereenkomst says it does not bind yet"
    legal_form = found.paragraph("rechtsvorm")
    highlighted = [
        r for r in legal_form.runs if r._r.find(f"{qn('w:rPr')}/{qn('w:highlight')}") is not None
    ]
    assert any("in te vullen: rechtsvorm" in r.text for r in highlighted)
    signing = next(t for t in found.doc.tables if "namens deze" in t.rows[0].cells[0].text)
    cells = [c.text for c in signing.rows[0].cells]
    assert "Gemeente Lindewijde" in cells[0] and "Joost Verhagen" in cells[0]
    assert "Warmtecoöperatie Vlinderhof" in cells[1] and "Henk Mulder" in cells[1]
    considerations = found.paragraph("hebben bevestigd dat zij samen meer bereiken").text
    assert "2026" not in considerations, "dates belong in the minutes, not the considerations"
    assert "zeggenschap" in found.paragraph("gezamenlijk doel hebben").text
    milestone = found.paragraph("Haalbaarheidsstudie gereed").text
    assert "begroting 2027" in milestone and "doorgaan" in milestone


def test_rewording_and_switching_off_change_only_the_document(
    store, demo, library, tmp_path, word
) -> None:
    """A reworded article must not change the agreed text; a switched-off one must disappear."""
    stuurgroep = _agreement(store, demo, STUURGROEP)
    first = word(
        export_clauses(store, library, demo, "samenwerkingsovereenkomst", tmp_path / "1.docx")
    )
    number_before = _clause(first, WERKGROEPEN)[0]
    clause_documents.set_choice(
        store,
        demo,
        "samenwerkingsovereenkomst",
        stuurgroep.id,
        wording="Partijen richten een stuurgroep op.",
    )
    second = word(
        export_clauses(store, library, demo, "samenwerkingsovereenkomst", tmp_path / "2.docx")
    )
    assert _clause(second, "Partijen richten een stuurgroep op.")
    assert not _clause(second, STUURGROEP)
    assert agreements.get_agreement(store, stuurgroep.id).text == stuurgroep.text
    assert "versie 2" in second.text() and "anders verwoord" in second.text()
    clause_documents.set_choice(
        store, demo, "samenwerkingsovereenkomst", stuurgroep.id, included=False
    )
    third = word(
        export_clauses(store, library, demo, "samenwerkingsovereenkomst", tmp_path / "3.docx")
    )
    assert not _clause(third, "stuurgroep op")
    assert _key(_clause(third, WERKGROEPEN)[0]) < _key(number_before), (
        "no hole: later clauses move up"
    )
    assert "niet opgenomen in dit document" in third.text()
    assert clause_documents.get_document(store, demo, "samenwerkingsovereenkomst").version == 3


def test_proposals_can_be_left_out(store, demo, library) -> None:
    """A board that only wants agreed articles must get a document without any proposal."""
    html = to_html(build_clauses(store, library, demo, "convenant", include_proposals=False))
    assert PROPOSAL_MARK not in html and STUURGROEP in html
    assert WERKGROEPEN not in html, "not in the annex either"


def test_numbers_stay_when_a_new_agreement_is_made(store, demo, library) -> None:
    """Clause numbers of earlier agreements must not shift when the parties agree something new."""
    before = to_html(build_clauses(store, library, demo, "intentieovereenkomst"))
    agreements.create_agreement(
        store, demo, worksheet="borgen", text="Nieuwe afspraak over de stuurgroep."
    )
    after = to_html(build_clauses(store, library, demo, "intentieovereenkomst"))
    pattern = re.compile(r"(\d+\.\d+)\s*(?:&emsp;)?\s*[^<]*" + STUURGROEP)
    assert pattern.search(before).group(1) == pattern.search(after).group(1)


def test_pdf_export_works(qapp, store, demo, library, tmp_path) -> None:
    """A facilitator asking for PDF would get nothing or a broken file."""
    out = export_clauses(store, library, demo, "plan_van_aanpak", tmp_path / "plan.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_export_clauses_on_the_command_line(store, demo, tmp_path, capsys, word) -> None:
    """A scripted export of an agreement draft would not work or not say where it wrote."""
    parser = argparse.ArgumentParser(prog="opgroei")
    parser.add_argument("--data-dir")
    add_export_commands(parser.add_subparsers(dest="command", required=True))
    out = tmp_path / "intentie.docx"
    argv = ["export", "clauses", "--trajectory", demo, "--type", "intentieovereenkomst"]
    args = parser.parse_args(
        [*argv, "--out", str(out), "--no-proposals", "--data-dir", str(store.data_dir)]
    )
    assert args.handler(args) == 0
    assert capsys.readouterr().out.strip() == str(out.resolve())
    assert PROPOSAL_MARK not in word(out).text()
    args = parser.parse_args(
        [
            "export",
            "clauses",
            "--trajectory",
            "nope",
            "--type",
            "convenant",
            "--out",
            str(tmp_path / "x.docx"),
            "--data-dir",
            str(store.data_dir),
        ]
    )
    assert args.handler(args) == 1
    assert "bestaat niet" in capsys.readouterr().err
