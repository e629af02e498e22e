"""The Word writer on its own: lists, links, page furniture and the organisation's template."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.export.document import (
    Document,
    Heading,
    Image,
    Paragraph,
    Run,
    Table,
    paragraph,
    runs_of,
)
from opgroei_desktop.export.docx_template import check_template
from opgroei_desktop.export.docx_writer import write_docx
from opgroei_desktop.export.markdown_blocks import markdown_to_blocks


def _sample(png: bytes) -> Document:
    document = Document("Proefdocument", running_header="CONCEPT")
    document.add(
        Heading(1, "Eerste hoofdstuk"),
        *markdown_to_blocks("1. een\n2. twee"),
        paragraph("tussendoor"),
        *markdown_to_blocks("1. opnieuw een\n2. opnieuw twee"),
        Paragraph(
            (
                Run("site", link="https://energiesamen.nu"),
                Run(" en "),
                Run("x", link="javascript:x"),
            )
        ),
        Table(
            (runs_of("Wat", bold=True), runs_of("Wie", bold=True)),
            ((runs_of("bellen"), runs_of("gemeente")),),
            (10.0, 6.0),
        ),
        Image(png, 4.0, "Staafjes per partij"),
    )
    return document


def _template(tmp_path: Path, *, drop: tuple[str, ...], suffix: str = ".docx") -> Path:
    """An organisation template with its own header, and without some of our styles."""
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "Gemeente Rietveen – huisstijl"
    styles = template.styles.element
    for name in drop:
        styles.remove(template.styles[name].element)
    path = tmp_path / f"huisstijl{suffix}"
    buffer = io.BytesIO()
    template.save(buffer)
    data = buffer.getvalue()
    if suffix == ".dotx":
        data = _relabel_as_template(data)
    path.write_bytes(data)
    return path


def _relabel_as_template(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as copy:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            copy.writestr(item, content)
    return out.getvalue()


def test_every_numbered_list_starts_at_one(tmp_path: Path, word, png) -> None:
    """A second numbered list would continue at 3, 4 instead of starting again."""
    document = word(write_docx(_sample(png), tmp_path / "x.docx"))
    first = document.numbering(document.paragraph("een"))
    again = document.numbering(document.paragraph("opnieuw een"))
    assert first[0] != again[0]
    numbering = document.doc.part.numbering_part.element
    for num_id in (first[0], again[0]):
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
        start = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        assert start.get(qn("w:val")) == "1"


def test_links_are_real_hyperlinks(tmp_path: Path, word, png) -> None:
    """Web addresses would not be clickable in Word, or unsafe ones would be."""
    document = word(write_docx(_sample(png), tmp_path / "x.docx"))
    assert document.hyperlinks() == ["https://energiesamen.nu"]
    assert "site en x" in document.text()


def test_page_numbers_and_running_header(tmp_path: Path, word, png) -> None:
    """Printed pages would carry no page numbers, or lose the concept mark."""
    document = word(write_docx(_sample(png), tmp_path / "x.docx"))
    section = document.doc.sections[0]
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert "Proefdocument" in section.footer.paragraphs[0].text
    assert section.header.paragraphs[0].text == "CONCEPT"
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


def test_house_style_has_real_headings_and_dutch_language(tmp_path: Path, word, png) -> None:
    """Screen readers would miss the chapters, and Word would check spelling as English."""
    document = word(write_docx(_sample(png), tmp_path / "x.docx"))
    assert document.doc.paragraphs[0].style.name == "Title"
    assert document.headings(1) == ["Eerste hoofdstuk"]
    defaults = document.doc.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "nl-NL"


def test_table_header_repeats_and_image_has_alt_text(tmp_path: Path, word, png) -> None:
    """Long tables would lose their column titles on page two; charts would lack alt text."""
    document = word(write_docx(_sample(png), tmp_path / "x.docx"))
    table = document.table("Wat", "Wie")
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.style.name == "Table Grid"
    [picture] = document.doc.inline_shapes
    assert picture._inline.docPr.get("descr") == "Staafjes per partij"


def test_template_keeps_its_header_and_survives_missing_styles(tmp_path: Path, word, png) -> None:
    """A template lacking our styles would crash the export or lose its letterhead."""
    template = _template(tmp_path, drop=("Heading 1", "Title", "List Paragraph", "Table Grid"))
    document = word(write_docx(_sample(png), tmp_path / "x.docx", template))
    assert document.doc.sections[0].header.paragraphs[0].text == "Gemeente Rietveen – huisstijl"
    heading = document.paragraph("Eerste hoofdstuk")
    assert heading.runs[0].bold
    assert heading._p.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"
    table = document.table("Wat", "Wie")
    assert table._tbl.tblPr.find(qn("w:tblBorders")) is not None
    assert " PAGE " in document.doc.sections[0].footer._element.xml


def test_check_template_names_missing_styles_in_dutch(tmp_path: Path) -> None:
    """Choosing an incomplete template would give no warning about what will look plain."""
    complete = _template(tmp_path, drop=())
    assert check_template(complete) == []
    partial = _template(tmp_path, drop=("Heading 2", "Table Grid"))
    problems = check_template(partial)
    assert len(problems) == 2
    assert any("Kop 2" in line for line in problems)
    assert any("Tabelraster" in line for line in problems)


def test_dotx_template_is_accepted(tmp_path: Path, word, png) -> None:
    """A Word template saved as .dotx, as organisations usually keep them, would be refused."""
    template = _template(tmp_path, drop=(), suffix=".dotx")
    document = word(write_docx(_sample(png), tmp_path / "x.docx", template))
    assert document.doc.sections[0].header.paragraphs[0].text == "Gemeente Rietveen – huisstijl"


def test_broken_template_gives_a_dutch_message(tmp_path: Path, png) -> None:
    """A damaged or wrong template file would crash with a technical error."""
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"dit is geen zip")
    with pytest.raises(OpgroeiError, match="geen Word-bestand"):
        write_docx(_sample(png), tmp_path / "x.docx", bad)
    with pytest.raises(OpgroeiError, match="kan niet worden gelezen"):
        check_template(tmp_path / "bestaat-niet.docx")
    assert not (tmp_path / "x.docx").exists()


def test_unwritable_characters_are_dropped(tmp_path: Path, word) -> None:
    """A stray control character or broken surrogate anywhere would abort the whole export."""
    document = Document("Titel\x0b met \ud800 rommel", running_header="kop\x1b")
    document.add(
        Heading(1, "Hoofdstuk\x00"),
        paragraph("tekst\ufffe"),
        Table((runs_of("a\x0c"),), ((runs_of("b\x1f"),),)),
    )
    read = word(write_docx(document, tmp_path / "x.docx"))
    assert read.doc.paragraphs[0].text == "Titel met rommel"
    assert "Hoofdstuk" in read.headings(1)
    assert read.doc.core_properties.title == "Titel met rommel"
