"""The outlines of the agreement documents: complete, checked, and mapped onto the worksheets."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from opgroei_desktop.core.services.clause_documents import DOCUMENT_TYPES
from opgroei_desktop.library import Library
from opgroei_desktop.library.documents import load_outlines
from opgroei_desktop.library.loader import builtin
from opgroei_desktop.resources import resource_path


def test_every_document_type_has_an_outline(library: Library) -> None:
    """The facilitator could not draft one of the four staged documents."""
    assert tuple(outline.key for outline in library.documents) == DOCUMENT_TYPES
    intent = library.document("intentieovereenkomst")
    assert intent.parties and intent.agree_line == "Komen het volgende overeen:"
    assert "{voorwaarden}" in intent.considerations and "{doel}" in intent.considerations
    assert not library.document("plan_van_aanpak").parties
    with pytest.raises(KeyError):
        library.document("huurcontract")


def test_plan_of_approach_has_the_usual_headings(library: Library) -> None:
    """A municipal secretary would miss the chapters a plan van aanpak always has."""
    titles = [a.title for a in library.document("plan_van_aanpak").articles]
    for expected in (
        "Achtergrond",
        "Beoogd resultaat",
        "Activiteiten",
        "Afbakening",
        "Tussenproducten",
        "Kwaliteit",
        "Organisatie van de samenwerking",
        "Besluitvorming",
        "Kosten en financiering",
    ):
        assert expected in titles
    assert any(title.startswith("Risico") for title in titles)
    assert any(title.startswith("Tijdpad") for title in titles)


def test_agreements_land_under_the_most_specific_heading(library: Library) -> None:
    """An agreement about the steering group would end up under the wrong article."""
    intent = library.document("intentieovereenkomst")
    assert intent.article_for(("borgen.werkstructuur", "borgen")).key == "werkstructuur"
    assert (
        intent.article_for(("financiering.geen_startbudget", "financiering")).key == "financiering"
    )
    assert intent.article_for(("verhaal.communicatie", "verhaal")).key == "communicatie"
    assert intent.article_for(("verhaal.doel", "verhaal")).key == "doel"
    assert intent.article_for(("borgen",)).rest


def test_a_broken_outline_names_file_and_key(tmp_path: Path) -> None:
    """A wrong feed or token in an outline must be reported, not silently drafted wrong."""
    folder = tmp_path / "documents"
    shutil.copytree(resource_path("library") / "documents", folder)
    path = folder / "convenant.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('feeds = ["borgen.documenten"]', 'feeds = ["borgen.kantine"]')
    text = text.replace("{titel}", "{tittel}")
    text = text.replace("rest = true\n", "")
    path.write_text(text, encoding="utf-8")
    (folder / "huurcontract.toml").write_text('key = "x"\n', encoding="utf-8")
    outlines, problems = load_outlines(folder, builtin().sections)
    assert [o.key for o in outlines] == [k for k in DOCUMENT_TYPES if k != "convenant"]
    messages = [str(p) for p in problems]
    assert any("convenant.toml" in m and "borgen.kantine" in m for m in messages)
    assert any("{tittel}" in m for m in messages)
    assert any("rest = true" in m for m in messages)
    assert any("huurcontract.toml" in m for m in messages)


def test_outline_texts_are_our_own_words(
    library: Library, copied_from_publication: Callable[[str], list[str]]
) -> None:
    """The documents would carry sentences copied from the publication."""

    for outline in library.documents:
        texts = [outline.summary, outline.signing_text, *outline.considerations]
        texts += [c for a in outline.articles for c in a.clauses]
        for text in texts:
            assert not copied_from_publication(text), text
