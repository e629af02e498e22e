"""The Word document an export starts from: our own clean house style, or the organisation's
template with its styles, header and footer.

A template may lack styles we use (or name them in Dutch); ``check_template`` says which, and
the writer then formats those parts directly instead of failing.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle

from ..core.errors import OpgroeiError
from ..core.os_words import reason

FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
ACCENT = RGBColor(0x1F, 0x38, 0x64)
MUTED = RGBColor(0x59, 0x59, 0x59)
LINK = RGBColor(0x05, 0x63, 0xC1)

_P, _C, _T = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE

STYLE_ROLES: dict[str, tuple[WD_STYLE_TYPE, tuple[str, ...]]] = {
    "Title": (_P, ("Title", "Titel")),
    "Heading 1": (_P, ("Heading 1", "Kop 1")),
    "Heading 2": (_P, ("Heading 2", "Kop 2")),
    "Heading 3": (_P, ("Heading 3", "Kop 3")),
    "List Paragraph": (_P, ("List Paragraph", "Lijstalinea")),
    "Table Grid": (_T, ("Table Grid", "Tabelraster")),
    "Hyperlink": (_C, ("Hyperlink",)),
}
"""Each style the writer uses, with the names it may have in a template (English, Dutch)."""

_OPTIONAL = ("Hyperlink",)
"""Styles whose absence is not worth a warning: their direct formatting looks the same."""

_DUTCH_NAMES = {
    "Title": "Titel",
    "Heading 1": "Kop 1",
    "Heading 2": "Kop 2",
    "Heading 3": "Kop 3",
    "List Paragraph": "Lijstalinea",
    "Table Grid": "Tabelraster",
    "Hyperlink": "Hyperlink",
}

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def house_document() -> DocxDocument:
    """A new, empty document in the app's own style: A4, Arial, sober headings, Dutch."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    _use_font(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    normal = document.styles["Normal"]
    _set_size(normal, 10)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before, after in (
        ("Title", 16, 0, 4),
        ("Heading 1", 13, 18, 6),
        ("Heading 2", 11, 12, 4),
        ("Heading 3", 10, 10, 2),
    ):
        style = document.styles[name]
        _use_font(style.element.get_or_add_rPr())
        style.element.get_or_add_rPr().remove_all("w:spacing")  # the Title's letter-spacing
        _set_size(style, size)
        style.font.bold = True
        style.font.color.rgb = INK if name == "Title" else ACCENT
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = True
    document.styles["Title"].element.get_or_add_pPr().remove_all("w:pBdr")
    for name in ("Header", "Footer"):
        document.styles[name].font.size = Pt(8)
        document.styles[name].font.color.rgb = MUTED
    link = document.styles.add_style("Hyperlink", _C)
    link.font.color.rgb = LINK
    link.font.underline = True
    return document


def _set_size(style: CharacterStyle, points: float) -> None:
    """The size for Latin and for Arabic or Hebrew script alike (w:sz and w:szCs)."""
    style.font.size = Pt(points)
    rpr = style.element.get_or_add_rPr()
    rpr.remove_all("w:szCs")
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(int(points * 2)))
    rpr.find(qn("w:sz")).addnext(size_cs)


def _use_font(rpr: object) -> None:
    """Set Arial and Dutch on a run-properties element, dropping theme fonts that would win."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = rpr.get_or_add_rFonts()  # type: ignore[attr-defined]
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(slot), FONT)
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is not None:
        lang.set(qn("w:val"), "nl-NL")


def open_template(path: str | os.PathLike[str]) -> DocxDocument:
    """The organisation's template (.docx or .dotx) with its body emptied; styles, page
    setup, header and footer stay. An unreadable file raises ``OpgroeiError``."""
    source = Path(path)
    try:
        data = source.read_bytes()
        document = docx.Document(io.BytesIO(_as_document(data)))
    except OSError as error:
        raise OpgroeiError(
            f"Het sjabloon {source.name} kan niet worden gelezen: {reason(error)}."
        ) from error
    except (ValueError, KeyError, zipfile.BadZipFile) as error:
        raise OpgroeiError(
            f"Het sjabloon {source.name} is geen Word-bestand (.docx of .dotx) of is beschadigd."
        ) from error
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _as_document(data: bytes) -> bytes:
    """A .dotx differs from a .docx only in its declared content type; relabel it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for item in archive.infolist():
                content = archive.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                copy.writestr(item, content)
        return out.getvalue()


def resolve_styles(document: DocxDocument) -> dict[str, BaseStyle | None]:
    """For each style role, the document's style that plays it, or ``None`` when missing."""
    found: dict[str, BaseStyle | None] = {}
    for role, (kind, names) in STYLE_ROLES.items():
        found[role] = None
        for name in names:
            try:
                style = document.styles[name]
            except KeyError:
                continue
            if style.type == kind:
                found[role] = style
                break
    return found


def check_template(path: str | os.PathLike[str]) -> list[str]:
    """What is missing from a template, one Dutch line per style; empty when all is there.

    Call it when the user picks a template: exports still work without these styles (the
    parts are then formatted directly), but the user may want to fix the template first.
    """
    styles = resolve_styles(open_template(path))
    return [
        f"Opmaakprofiel '{_DUTCH_NAMES[role]}' ({role}) ontbreekt; "
        "die tekst krijgt een eenvoudige vaste opmaak."
        for role, style in styles.items()
        if style is None and role not in _OPTIONAL
    ]
