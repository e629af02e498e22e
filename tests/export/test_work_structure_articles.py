"""Articles on the work structure built from fields (bodies, roles, decision routes, the mandate
to sign), read back from Word for every document type."""

from __future__ import annotations

import re

import pytest

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.core.services import people, trajectories, worksheet_data
from opgroei_desktop.core.services.clause_documents import DOCUMENT_TYPES
from opgroei_desktop.export.clauses import export_clauses
from opgroei_desktop.library import load_library

ABSENT = ("werkblad", "spreekt namens als", "Deze acties lopen")


@pytest.fixture(scope="module")
def library():
    return load_library()


def _trajectory(store, *, filled: bool = True) -> str:
    trajectory = trajectories.create_trajectory(
        store,
        municipality="Rietveen",
        initiative="Energiecoöperatie Rietveen-Oost",
        project="Warmtenet Rietveen-Oost",
    ).id
    basis = {
        "wethouder warmte": "volmacht van de burgemeester van 3 maart 2026",
        "voorzitter": "artikel 16 van de statuten",
        "secretaris": "artikel 16 van de statuten",
    }
    for name, party, function in (
        ("Wendy Wethouder", "gemeente", "wethouder warmte"),
        ("Ria Jansen", "initiatief", "voorzitter"),
        ("Sam Smit", "initiatief", "secretaris"),
        ("Lotte Projects", "initiatief", "projectleider"),
    ):
        people.add_person(
            store,
            trajectory,
            name=name,
            party=party,
            function=function,
            speaks_for="namens het bestuur; grote besluiten gaan naar de ALV",
            mandate_basis=basis.get(function, "") if filled else "",
        )
    add = lambda section, **f: worksheet_data.add_item(  # noqa: E731
        store, trajectory, worksheet="borgen", section=section, **f
    )
    add(
        "werkstructuur",
        title="Stuurgroep warmtenet",
        kind="stuurgroep",
        decides="de planning en de inzet van de werkgroepen" if filled else "",
        text="werkblad: Karin en Henk zitten erin",
    )
    add(
        "werkstructuur",
        title="Werkgroep techniek",
        kind="werkgroep",
        body="Stuurgroep warmtenet",
        decides="geen besluiten; doet voorstellen aan de stuurgroep" if filled else "",
    )
    add(
        "werkstructuur",
        title="Projectleider",
        kind="rol",
        party="initiatief",
        body="Stuurgroep warmtenet",
        decides="bereidt de vergaderingen van de stuurgroep voor",
    )
    add(
        "besluitvorming",
        title="Investering in het warmtenet",
        party="initiatief",
        body="algemene ledenvergadering" if filled else "",
        term="acht weken" if filled else "",
    )
    return trajectory


def _export(store, library, trajectory, doc_type, tmp_path, word):
    return word(export_clauses(store, library, trajectory, doc_type, tmp_path / f"{doc_type}.docx"))


def _articles(found) -> str:
    text = found.text()
    return text[: text.index("Bijlage 1")]


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_articles_on_organisation_and_decisions_from_fields(
    store, library, tmp_path, word, doc_type
) -> None:
    """The work structure would be missing, or read as worksheet lines pasted into a contract."""
    trajectory = _trajectory(store)
    found = _export(store, library, trajectory, doc_type, tmp_path, word)
    headings = [re.sub(r"^(Artikel )?\d+\.? (– )?", "", h) for h in found.headings(1)]
    assert "Organisatie van de samenwerking" in headings
    assert "Besluitvorming" in headings
    articles = _articles(found)
    assert "Stuurgroep warmtenet" in articles
    assert "de planning en de inzet van de werkgroepen" in articles
    assert "Werkgroep techniek" in articles
    assert "Projectleider" in articles and "bereidt de vergaderingen" in articles
    assert "Investering in het warmtenet" in articles
    assert "algemene ledenvergadering" in articles and "binnen acht weken" in articles
    for phrase in ABSENT:
        assert phrase not in found.text(), phrase
    assert "grote besluiten" not in articles  # what people say they speak for: annex only
    signing_at = articles.find("namens deze:")
    for name in ("Wendy Wethouder", "Ria Jansen", "Lotte Projects"):
        assert name not in articles[articles.index("Komen") if "Komen" in articles else 0 :
                                    signing_at], name  # fmt: skip


@pytest.mark.parametrize("doc_type", [d for d in DOCUMENT_TYPES if d != "plan_van_aanpak"])
def test_comparitie_names_function_and_mandate_basis(
    store, library, tmp_path, word, doc_type
) -> None:
    """The parties block would stitch what people say they speak for instead of their mandate."""
    trajectory = _trajectory(store)
    found = _export(store, library, trajectory, doc_type, tmp_path, word)
    gemeente = found.paragraph("hierna te noemen: “de gemeente”").text
    assert "vertegenwoordigd door de wethouder warmte, Wendy Wethouder" in gemeente
    assert "daartoe bevoegd krachtens volmacht van de burgemeester van 3 maart 2026" in gemeente
    initiatief = found.paragraph("hierna te noemen: “het initiatief”").text
    assert "door de voorzitter, Ria Jansen, en de secretaris, Sam Smit" in initiatief
    assert "daartoe gezamenlijk bevoegd krachtens artikel 16 van de statuten" in initiatief
    assert "grote besluiten" not in gemeente + initiatief


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_missing_fields_are_yellow_blanks(store, library, tmp_path, word, doc_type) -> None:
    """An empty field would vanish from the draft, or show the app's own words."""
    trajectory = _trajectory(store, filled=False)
    found = _export(store, library, trajectory, doc_type, tmp_path, word)
    blanks = [
        run.text
        for paragraph in found.doc.paragraphs
        for run in paragraph.runs
        if run.font.highlight_color is not None
    ]
    joined = " ".join(blanks)
    assert "waarover dit orgaan beslist" in joined
    assert "welk orgaan dit besluit neemt" in joined and "termijn" in joined
    if doc_type != "plan_van_aanpak":
        assert "grondslag van de bevoegdheid" in joined


def test_fields_are_checked_in_plain_dutch(store) -> None:
    """A body without a name, or a page of text in a short field, would be stored as is."""
    trajectory = _trajectory(store)
    with pytest.raises(OpgroeiError, match="Vul de naam"):
        worksheet_data.add_item(
            store, trajectory, worksheet="borgen", section="werkstructuur", title="  ", kind="rol"
        )
    with pytest.raises(OpgroeiError, match="te lang"):
        worksheet_data.add_item(
            store, trajectory, worksheet="borgen", section="besluitvorming", title="Begroting",
            term="x" * 500,
        )  # fmt: skip
    with pytest.raises(OpgroeiError, match="geen geldige keuze"):
        worksheet_data.add_item(
            store, trajectory, worksheet="borgen", section="werkstructuur", title="X", kind="baas"
        )
    person = people.list_people(store, trajectory)[0]
    with pytest.raises(OpgroeiError, match="te lang"):
        people.update_person(store, person.id, mandate_basis="y" * 1000)
    people.update_person(store, person.id, mandate_basis="  besluit\x0b van het college ")
    assert people.list_people(store, trajectory)[0].mandate_basis == "besluit van het college"


def test_handover_dossier_says_who_may_sign_and_on_what_authority(store, tmp_path, word) -> None:
    """A successor reading the dossier would not see on what authority each signatory signs."""
    from opgroei_desktop.export.dossier import export_dossier

    trajectory = _trajectory(store)
    found = word(export_dossier(store, trajectory, tmp_path / "dossier.docx"))
    row = next(r for r in found.rows(found.table("Wie", "Partij", "Functie", "Spreekt namens"))
               if r[0].startswith("Ria Jansen"))  # fmt: skip
    assert "tekent krachtens artikel 16 van de statuten" in row[3]
