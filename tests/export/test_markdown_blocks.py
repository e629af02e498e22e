"""Markdown as typed in entries, turned into document structure."""

from __future__ import annotations

from opgroei_desktop.export.document import (
    BulletList,
    NumberedList,
    Paragraph,
    Run,
    Table,
    plain_text,
)
from opgroei_desktop.export.markdown_blocks import markdown_to_blocks, markdown_to_runs


def test_bold_italic_and_line_breaks() -> None:
    """Emphasis would show as asterisks, and lines typed under each other would run together."""
    [block] = markdown_to_blocks("Een **vet** en *schuin* woord\ntweede regel")
    assert block == Paragraph(
        (
            Run("Een "),
            Run("vet", bold=True),
            Run(" en "),
            Run("schuin", italic=True),
            Run(" woord\ntweede regel"),
        )
    )


def test_list_right_under_a_sentence_is_a_list() -> None:
    """A list typed straight under a sentence (no blank line) would come out as one paragraph."""
    blocks = markdown_to_blocks("We spraken af:\n- eerst bellen\n- dan mailen")
    assert isinstance(blocks[0], Paragraph) and isinstance(blocks[1], BulletList)
    assert [plain_text(item.runs) for item in blocks[1].items] == ["eerst bellen", "dan mailen"]


def test_nested_lists_with_two_space_indent() -> None:
    """Sub-points indented the everyday way would be flattened into their parent line."""
    [outer] = markdown_to_blocks("1. een\n2. twee\n  - sub\n    - subsub\n3. drie")
    assert isinstance(outer, NumberedList)
    assert [plain_text(i.runs) for i in outer.items] == ["een", "twee", "drie"]
    [inner] = outer.items[1].children
    assert isinstance(inner, BulletList) and plain_text(inner.items[0].runs) == "sub"
    assert plain_text(inner.items[0].children[0].items[0].runs) == "subsub"


def test_bullets_after_numbers_form_a_new_list() -> None:
    """A bullet typed after a numbered list would be glued into the last numbered item."""
    blocks = markdown_to_blocks("1. een\n2. twee\n* los punt")
    assert [type(b) for b in blocks] == [NumberedList, BulletList]


def test_numbered_list_keeps_its_first_number() -> None:
    """A list that starts at 3 would be renumbered from 1."""
    [block] = markdown_to_blocks("3. drie\n4. vier")
    assert isinstance(block, NumberedList) and block.start == 3


def test_table_becomes_a_table() -> None:
    """A table typed with pipes would arrive as a paragraph full of | characters."""
    [table] = markdown_to_blocks("| Wie | Wat |\n|---|---|\n| gemeente | **rekent** |")
    assert isinstance(table, Table)
    assert [plain_text(cell) for cell in table.header] == ["Wie", "Wat"]
    assert table.rows == (((Run("gemeente"),), (Run("rekent", bold=True),)),)


def test_raw_html_is_text() -> None:
    """HTML typed in a note would be dropped or interpreted instead of shown as typed."""
    blocks = markdown_to_blocks('<div onclick="x()">blok</div>\n\n<b>niet vet</b> & <i>x</i>')
    assert [plain_text(b.runs) for b in blocks] == [
        '<div onclick="x()">blok</div>',
        "<b>niet vet</b> & <i>x</i>",
    ]
    assert not any(run.bold for b in blocks for run in b.runs)


def test_only_safe_links_survive() -> None:
    """A javascript: or file: link would become clickable in the minutes."""
    [block] = markdown_to_blocks(
        "[a](javascript:alert(1)) [b](file:///etc/passwd) [c](https://x.nl) [d](mailto:p@x.nl) "
        "[e](relatief.html)"
    )
    links = {run.text: run.link for run in block.runs if run.text.strip()}
    assert links["c"] == "https://x.nl" and links["d"] == "mailto:p@x.nl"
    assert plain_text(block.runs) == "a b (/etc/passwd) c d e (relatief.html)"
    assert [run.link for run in block.runs if run.link] == ["https://x.nl", "mailto:p@x.nl"]


def test_headings_in_a_note_do_not_become_chapters() -> None:
    """A '#' line in a note would add a chapter to the minutes' table of contents."""
    [block] = markdown_to_blocks("# Belangrijk")
    assert block == Paragraph((Run("Belangrijk", bold=True),))


def test_cell_runs_flatten_lists_into_lines() -> None:
    """A list inside an action or decision would lose its structure in a table cell."""
    runs = markdown_to_runs("Doen:\n- **bellen**\n- mailen")
    assert plain_text(runs) == "Doen:\n• bellen\n• mailen"
    assert Run("bellen", bold=True) in runs


def test_empty_and_messy_input() -> None:
    """Empty notes or stray control characters would crash the conversion."""
    assert markdown_to_blocks("") == []
    assert markdown_to_blocks(" \n\n ") == []
    [block] = markdown_to_blocks("a\x00b\x0bc\ufffe")
    assert plain_text(block.runs) == "abc"
