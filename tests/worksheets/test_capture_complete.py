"""Tab in the capture line finishes shorthand and names, and otherwise changes nothing."""

from __future__ import annotations

from opgroei_desktop.worksheets.capture_complete import complete

PEOPLE = ["Anna de Vries", "Anna Bos", "Piet Jansen"]


def test_one_letter_and_long_prefixes_get_their_colon():
    """'g' + Tab reads 'g: ' and 'gem' + Tab 'gemeente: ', ready for the next word."""
    assert complete("g", 1, PEOPLE) == ("g: ", 3)
    assert complete("g: ac", 5, PEOPLE) == ("g: ac: ", 7)
    assert complete("gem", 3, PEOPLE) == ("gemeente: ", 10)


def test_an_ambiguous_or_unknown_word_is_left_alone():
    """Tab on 'a' (aa, ac, af, ...) or in the middle of the sentence changes nothing."""
    assert complete("a", 1, PEOPLE) is None
    assert complete("g: het pl", 9, PEOPLE) is None
    assert complete("", 0, PEOPLE) is None


def test_owner_names_complete_by_first_name_or_full_name_when_shared():
    """'@Pi' becomes '@Piet'; two Anna's get the letters they share, then the full name."""
    assert complete("ac: Bellen @Pi", 14, PEOPLE) == ("ac: Bellen @Piet ", 17)
    assert complete("ac: Bellen @an", 14, PEOPLE) == ("ac: Bellen @anna_", 17)
    assert complete("ac: Bellen @Anna_B", 18, PEOPLE) == ("ac: Bellen @Anna_Bos ", 21)
    assert complete("ac: Bellen @gem", 15, PEOPLE) == ("ac: Bellen @gemeente ", 21)


def test_completion_in_the_middle_keeps_the_rest_of_the_line():
    """Completing before text already typed leaves that text as it was."""
    assert complete("g rest", 1, PEOPLE) == ("g: rest", 2)
    assert complete("ac: Bel @Pi morgen", 11, PEOPLE) == ("ac: Bel @Piet morgen", 13)
