"""The WordprocessingML that python-docx has no API for: fields, hyperlinks, list numbering
that restarts per list, table borders and header rows, right-to-left paragraphs.
"""

from __future__ import annotations

import re

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph as DocxParagraph

# Disc, circle, square as the HTML preview and the PDF draw them; numbers at every depth.
_BULLET_MARKS = ("•", "◦", "▪", "•", "◦")
LIST_DEPTH = len(_BULLET_MARKS)
_BREAKS = re.compile("(\n|\t)")
_INDENT = 357  # twips per list level: 0.63 cm, Word's own step


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


# Child order of the property elements we add to (from the WordprocessingML schema);
# Word refuses to open a file whose children are out of order.
_ORDER = {
    "pPr": (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
        "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
        "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ).split(),
    "tblPr": (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
        "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
        "tblDescription tblPrChange"
    ).split(),
    "tcPr": (
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
        "vAlign hideMark headers cellIns cellDel cellMerge tcPrChange"
    ).split(),
    "trPr": (
        "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
        "tblCellSpacing jc hidden ins del trPrChange"
    ).split(),
}


def _put(properties: BaseOxmlElement, element: BaseOxmlElement) -> None:
    """Put ``element`` into a pPr, tblPr, tcPr or trPr at its schema position, replacing one
    of its kind."""
    name = element.tag.split("}")[1]
    properties.remove_all(f"w:{name}")
    order = _ORDER[properties.tag.split("}")[1]]
    properties.insert_element_before(element, *(f"w:{n}" for n in order[order.index(name) + 1 :]))


def add_field(paragraph: DocxParagraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field such as PAGE or NUMPAGES; Word and LibreOffice fill in the value."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = paragraph.add_run()._r
        if kind:
            run.append(_element("w:fldChar", fldCharType=kind))
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run.append(instr)
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(_element("w:fldChar", fldCharType="end"))


def add_run(
    parent: BaseOxmlElement,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    link: bool = False,
    link_style: str | None = None,
    highlight: bool = False,
) -> BaseOxmlElement:
    """Append a ``w:r`` holding ``text`` to a paragraph or hyperlink element.

    Built as XML directly: python-docx's run and font setters walk the schema for every
    property and every character, which made them most of the time of a large export.
    ``\n`` becomes a line break and ``\t`` a tab. A ``link`` run takes ``link_style``, or
    Word's blue and underline directly when the template has no Hyperlink style. A
    ``highlight`` run gets Word's yellow marker.
    """
    run = OxmlElement("w:r")
    if bold or italic or link or highlight:
        # Children in schema order: rStyle, b, i, color, highlight, u.
        rpr = OxmlElement("w:rPr")
        if link and link_style:
            rpr.append(_element("w:rStyle", val=link_style))
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if link and not link_style:
            rpr.append(_element("w:color", val="0563C1"))
        if highlight:
            rpr.append(_element("w:highlight", val="yellow"))
        if link and not link_style:
            rpr.append(_element("w:u", val="single"))
        run.append(rpr)
    for part in _BREAKS.split(text):
        if part == "\n":
            run.append(OxmlElement("w:br"))
        elif part == "\t":
            run.append(OxmlElement("w:tab"))
        elif part:
            piece = OxmlElement("w:t")
            piece.set(qn("xml:space"), "preserve")
            piece.text = part
            run.append(piece)
    parent.append(run)
    return run


def add_hyperlink(
    paragraph: DocxParagraph,
    rel_id: str,
    text: str,
    style_id: str | None,
    *,
    bold: bool,
    italic: bool,
    highlight: bool = False,
) -> None:
    """An external link (relationship ``rel_id``) around ``text``, in the ``style_id``
    character style if given."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    paragraph._p.append(link)
    add_run(
        link, text, bold=bold, italic=italic, link=True, link_style=style_id, highlight=highlight
    )


class LinkTargets:
    """The hyperlink relationships of one document part, added in constant time each.

    python-docx's ``relate_to`` looks through every relationship of the part for a match and
    then for a free id, so 8,000 links took 17 s; this keeps both answers at hand.
    """

    def __init__(self, part: object) -> None:
        self._rels = part.rels  # type: ignore[attr-defined]
        self._ids = {
            rel.target_ref: rel.rId
            for rel in self._rels.values()
            if rel.is_external and rel.reltype == RT.HYPERLINK
        }
        self._next = len(self._rels) + 1

    def rel_id(self, url: str) -> str:
        """The relationship id pointing to ``url``, added on first use."""
        found = self._ids.get(url)
        if found is not None:
            return found
        while f"rId{self._next}" in self._rels:
            self._next += 1
        rel_id = f"rId{self._next}"
        self._rels.add_relationship(RT.HYPERLINK, url, rel_id, is_external=True)
        self._ids[url] = rel_id
        return rel_id


class Numbering:
    """List numbering owned by the export: one bullet and one number definition, and a new
    instance per list, so every numbered list starts at its own first number (python-docx
    would continue the previous list)."""

    def __init__(self, numbering_element: BaseOxmlElement) -> None:
        self._root = numbering_element
        used = [int(n.get(qn("w:abstractNumId"))) for n in self._root.findall(qn("w:abstractNum"))]
        first = max(used, default=-1) + 1
        self._abstract = {"bullet": str(first), "number": str(first + 1)}
        anchor = self._root.find(qn("w:num"))
        for kind, abstract_id in self._abstract.items():
            definition = self._definition(abstract_id, kind)
            if anchor is not None:
                anchor.addprevious(definition)
            else:
                self._root.append(definition)
        self._next_id = max([int(n.get(qn("w:numId"))) for n in self._nums()], default=0) + 1

    def _nums(self) -> list[BaseOxmlElement]:
        return self._root.findall(qn("w:num"))

    def new_list(self, kind: str, start: int = 1) -> str:
        """The numId of a fresh list of ``kind`` ("bullet" or "number") starting at ``start``."""
        num_id = str(self._next_id)
        self._next_id += 1
        num = _element("w:num", numId=num_id)
        num.append(_element("w:abstractNumId", val=self._abstract[kind]))
        # Every list, nested ones too, has its own instance: the start applies at each depth.
        for level in range(LIST_DEPTH):
            override = _element("w:lvlOverride", ilvl=str(level))
            override.append(_element("w:startOverride", val=str(start)))
            num.append(override)
        self._root.append(num)
        return num_id

    @staticmethod
    def _definition(abstract_id: str, kind: str) -> BaseOxmlElement:
        definition = _element("w:abstractNum", abstractNumId=abstract_id)
        definition.append(_element("w:multiLevelType", val="hybridMultilevel"))
        for level in range(LIST_DEPTH):
            lvl = _element("w:lvl", ilvl=str(level))
            lvl.append(_element("w:start", val="1"))
            if kind == "bullet":
                lvl.append(_element("w:numFmt", val="bullet"))
                lvl.append(_element("w:lvlText", val=_BULLET_MARKS[level]))
            else:
                lvl.append(_element("w:numFmt", val="decimal"))
                lvl.append(_element("w:lvlText", val=f"%{level + 1}."))
            lvl.append(_element("w:lvlJc", val="left"))
            ppr = _element("w:pPr")
            ppr.append(_element("w:ind", left=str(_INDENT * (level + 1)), hanging=str(_INDENT)))
            lvl.append(ppr)
            definition.append(lvl)
        return definition


def set_numbering(paragraph: DocxParagraph, num_id: str, level: int) -> None:
    """Make ``paragraph`` an item of list ``num_id`` at nesting ``level``."""
    numpr = _element("w:numPr")
    numpr.append(_element("w:ilvl", val=str(min(level, LIST_DEPTH - 1))))
    numpr.append(_element("w:numId", val=num_id))
    _put(paragraph._p.get_or_add_pPr(), numpr)


def no_space_after() -> BaseOxmlElement:
    """Spacing for a fresh table-cell paragraph: none after it (cell margins give the air)."""
    return _element("w:spacing", after="0")


def set_outline_level(paragraph: DocxParagraph, level: int) -> None:
    """Mark a hand-formatted heading as heading ``level`` for the navigation pane."""
    _put(paragraph._p.get_or_add_pPr(), _element("w:outlineLvl", val=str(level - 1)))


def set_right_to_left(paragraph: DocxParagraph) -> None:
    _put(paragraph._p.get_or_add_pPr(), _element("w:bidi"))


def shade_cell(cell: object, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    _put(tcpr, _element("w:shd", val="clear", color="auto", fill=fill))


def keep_with_next(paragraph: DocxParagraph) -> None:
    """Word moves the paragraph to the next page rather than leave it there alone."""
    _put(paragraph._p.get_or_add_pPr(), OxmlElement("w:keepNext"))


def keep_row_on_one_page(row: object) -> None:
    """A table row is never split over two pages."""
    _put(row._tr.get_or_add_trPr(), OxmlElement("w:cantSplit"))  # type: ignore[attr-defined]


def repeat_as_header(row: object) -> None:
    """The row repeats at the top of every page the table runs onto."""
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    _put(trpr, _element("w:tblHeader"))


def set_borders(table: object, *, color: str = "808080", size: str = "4") -> None:
    """Thin borders on every cell, for templates that lack a grid table style."""
    tblpr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = _element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{side}", val="single", sz=size, space="0", color=color))
    _put(tblpr, borders)


def set_cell_margins(table: object, *, top: int, bottom: int, left: int, right: int) -> None:
    """Cell padding in twips, so text does not touch the borders."""
    tblpr = table._tbl.tblPr  # type: ignore[attr-defined]
    margins = _element("w:tblCellMar")
    for side, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        margins.append(_element(f"w:{side}", w=str(value), type="dxa"))
    _put(tblpr, margins)
