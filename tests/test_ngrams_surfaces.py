"""Surface forms of term occurrences, and the form a term is shown in."""

from __future__ import annotations

from framing.text.ngrams import article_term_counts
from tests.helpers import make_analysis

TEXT = (
    "Attacks on the border went on. The attacks were condemned. Attack helicopters flew over "
    "the Border Crossing. Border crossing guards fled the border crossing."
)


def test_surfaces_are_the_surface_of_each_occurrence():
    whole, _ = article_term_counts(make_analysis(TEXT))
    index = whole.index
    for n, (firsts, keys) in enumerate(zip(index.first, index.keys, strict=True)):
        assert firsts, keys
        assert index.surfaces(firsts, n) == [index.surface(f, n) for f in firsts]
    assert index.surfaces([], 1) == []


def test_display_is_the_most_frequent_form_ties_alphabetical():
    whole, _ = article_term_counts(make_analysis(TEXT))
    assert whole.surface_forms()["attack"] == {"attacks": 2, "attack": 1}
    assert whole.display("attack") == "attacks"
    tied, _ = article_term_counts(make_analysis("Attacks went on. The attack was condemned."))
    assert tied.surface_forms()["attack"] == {"attacks": 1, "attack": 1}
    assert tied.display("attack") == "attack"
