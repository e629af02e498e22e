"""Draft agreements in contract language: read back from Word as a municipal lawyer reads them."""

from __future__ import annotations

import io
import re

import docx
import pytest
from docx.oxml.ns import qn

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import clause_documents, people
from opgroei_desktop.core.services.clause_documents import DOCUMENT_TYPES
from opgroei_desktop.export.clauses import export_clauses
from opgroei_desktop.library import load_library

APP_LANGUAGE = (
    "werkblad",
    "Deze acties lopen",
    "spreekt namens als",
    "De samenwerking is nu in de fase",
    "Concept-intentieovereenkomst opstellen",
    "nu nog open",
    "Op het werkblad",
)


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture
def demo(store):
    return ensure_demo(store)[0]


def _export(store, library, demo, doc_type, path, **options):
    return export_clauses(store, library, demo, doc_type, path, **options)


def _body_before_annex(found) -> str:
    text = found.text()
    return text[: text.index("Bijlage 1")]


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_no_app_language_in_any_draft(store, demo, library, tmp_path, word, doc_type) -> None:
    """A lawyer would strike worksheet talk, open tasks and 'spreekt namens als' from the draft."""
    text = word(_export(store, library, demo, doc_type, tmp_path / "d.docx")).text()
    for phrase in APP_LANGUAGE:
        assert phrase not in text, phrase
    assert "Gemeente: Gemeente" not in text


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_people_only_in_the_annex(store, demo, library, tmp_path, word, doc_type) -> None:
    """Naming the people at the table in an article would tie the agreement to persons."""
    found = word(_export(store, library, demo, doc_type, tmp_path / "d.docx"))
    articles = _body_before_annex(found)
    articles = articles[: articles.rfind("namens deze:")]  # signatures name who signs
    for name in ("Karin Bos", "Lotte van Dijk", "Ahmed El Amrani"):
        assert name not in articles
    annex = found.table("Partij", "Naam", "Functie", "Rol of mandaat")
    names = [row[1] for row in found.rows(annex)]
    assert "Karin Bos" in names and "niet bij naam vermeld" in names


@pytest.mark.parametrize(
    ("doc_type", "titles"),
    [
        ("intentieovereenkomst", ("Begrippen", "Inzet op deze samenwerking",
                                  "Vertrouwelijkheid", "Kosten en aansprakelijkheid")),
        ("convenant", ("Begrippen", "Vertrouwelijkheid", "Kosten en aansprakelijkheid")),
        ("samenwerkingsovereenkomst", ("Begrippen", "Inzet op deze samenwerking",
                                       "Aansprakelijkheid")),
        ("plan_van_aanpak", ("Begrippen",)),
    ],
)  # fmt: skip
def test_standard_articles_are_present(
    store, demo, library, tmp_path, word, doc_type, titles
) -> None:
    """A draft would lack definitions, confidentiality, liability or the core commitment."""
    found = word(_export(store, library, demo, doc_type, tmp_path / "d.docx"))
    headings = [re.sub(r"^(Artikel )?\d+\.? (– )?", "", h) for h in found.headings(1)]
    for title in titles:
        assert title in headings, title
    if doc_type == "intentieovereenkomst":
        assert "marktconsultatie" in found.text()


def test_standard_article_can_be_switched_off(store, demo, library, tmp_path, word) -> None:
    """Switching off an article in the review dialog would leave it in, or leave a hole."""
    clause_documents.set_article_included(
        store, demo, "intentieovereenkomst", "vertrouwelijkheid", False
    )
    found = word(_export(store, library, demo, "intentieovereenkomst", tmp_path / "d.docx"))
    numbered = [h for h in found.headings(1) if h.startswith("Artikel ")]
    assert not any("Vertrouwelijkheid" in h for h in numbered)
    numbers = [int(h.split()[1]) for h in numbered]
    assert numbers == list(range(1, len(numbers) + 1))
    clause_documents.set_article_included(
        store, demo, "intentieovereenkomst", "vertrouwelijkheid", True
    )
    again = word(_export(store, library, demo, "intentieovereenkomst", tmp_path / "e.docx"))
    assert any("Vertrouwelijkheid" in h for h in again.headings(1))


def _signing_cells(found) -> list[str]:
    table = next(t for t in found.doc.tables if "namens deze" in t.rows[0].cells[0].text)
    return [cell.text for cell in table.rows[0].cells]


def test_cooperative_signs_with_two_board_members(store, demo, library, tmp_path, word) -> None:
    """A cooperative whose statutes need two signatures would get only one signature line."""
    found = word(_export(store, library, demo, "intentieovereenkomst", tmp_path / "d.docx"))
    gemeente, initiatief = _signing_cells(found)
    assert gemeente.count("\n___") == 1
    assert initiatief.count("\n___") == 2 and "Henk Mulder" in initiatief
    comparitie = found.paragraph("hierna te noemen: “het initiatief”").text
    assert "door de voorzitter, Henk Mulder, en de secretaris, " in comparitie
    assert "daartoe gezamenlijk bevoegd krachtens artikel 14 van de statuten" in comparitie


def test_signatories_are_chosen_per_document(store, demo, library, tmp_path, word) -> None:
    """The facilitator could not say who signs this particular document."""
    team = {p.name: p.id for p in people.list_people(store, demo)}
    clause_documents.set_signers(
        store, demo, "convenant", "initiatief", [team["Henk Mulder"], team["Lotte van Dijk"]]
    )
    found = word(_export(store, library, demo, "convenant", tmp_path / "c.docx"))
    assert "Lotte van Dijk" in _signing_cells(found)[1]
    other = word(_export(store, library, demo, "intentieovereenkomst", tmp_path / "i.docx"))
    assert "Lotte van Dijk" not in _signing_cells(other)[1]


def test_version_counts_drafts_not_exports(qapp, store, demo, library, tmp_path, word) -> None:
    """The same draft saved as .docx and as .pdf would carry two different version numbers."""
    first = word(_export(store, library, demo, "convenant", tmp_path / "c.docx"))
    _export(store, library, demo, "convenant", tmp_path / "c.pdf")
    again = word(_export(store, library, demo, "convenant", tmp_path / "c2.docx"))
    assert "Concept – versie 1" in first.text() and "Concept – versie 1" in again.text()
    clause_documents.set_article_included(store, demo, "convenant", "begrippen", False)
    changed = word(_export(store, library, demo, "convenant", tmp_path / "c3.docx"))
    assert "Concept – versie 2" in changed.text()


def test_no_proposals_anywhere(store, demo, library, tmp_path, word) -> None:
    """--no-proposals would still print every proposal in the annex."""
    found = word(
        _export(store, library, demo, "convenant", tmp_path / "c.docx", include_proposals=False)
    )
    assert "Werkgroepen: techniek" not in found.text()
    statuses = [row[2] for row in found.rows(found.table("Artikel", "Afspraak", "Stand"))]
    assert not any(s.startswith("voorstel") for s in statuses)


def test_concept_marker_kept_under_organisation_header(
    store, demo, library, tmp_path, word
) -> None:
    """On the organisation's own paper a draft would lose its red CONCEPT line and look final."""
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "Gemeente Lindewijde – huisstijl"
    path = tmp_path / "huisstijl.docx"
    buffer = io.BytesIO()
    template.save(buffer)
    path.write_bytes(buffer.getvalue())
    out = export_clauses(
        store, library, demo, "intentieovereenkomst", tmp_path / "d.docx", template=path
    )
    header = "\n".join(p.text for p in word(out).doc.sections[-1].header.paragraphs)
    assert "Gemeente Lindewijde – huisstijl" in header and "CONCEPT" in header


def test_headings_and_signing_line_keep_with_next(store, demo, library, tmp_path, word) -> None:
    """A heading or the signing sentence could stand alone at the foot of a page."""
    found = word(_export(store, library, demo, "convenant", tmp_path / "c.docx"))

    def keeps(paragraph) -> bool:
        return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None

    for paragraph in found.doc.paragraphs:
        if paragraph.style.name.startswith("Heading") or paragraph.text.startswith("Aldus"):
            assert keeps(paragraph), paragraph.text


def test_no_capitals_mid_sentence_and_no_phase(store, demo, library, tmp_path, word) -> None:
    """'in Wijk De Vlinderhof' and 'nu in de fase: Planfase.' read as pasted from the app."""
    text = word(_export(store, library, demo, "plan_van_aanpak", tmp_path / "p.docx")).text()
    assert "in wijk De Vlinderhof" in text
    assert "Planfase" not in text
