"""The reporting-verb forms: one list, compiled by attribution and by the speaker test."""

from __future__ import annotations

from framing.attribution.verbs import reporting_forms, verb_regex, verb_table
from framing.lexicons import load_rows
from framing.text.predicate_actors import speaks


def test_the_forms_are_every_lemma_and_inflection_of_the_lexicon():
    rows = load_rows("reporting_verbs")
    expected = {r[0].lower() for r in rows} | {
        f.lower() for r in rows for f in r[2].split("|") if f}
    assert reporting_forms() == tuple(sorted(expected))
    assert set(reporting_forms()) == set(verb_table())
    assert "" not in reporting_forms()


def test_both_patterns_find_every_form_whole():
    for form in reporting_forms():
        text = f"Then {form.upper()}, it."  # ("state" before a lower-case word is no verb)
        assert verb_regex().search(text).group(0) == form.upper()
        assert speaks(text, 0, len(text))
        assert not speaks(f"un{form}x", 0, len(form) + 3)


def test_only_attribution_lets_a_multi_word_form_span_more_than_one_space():
    for gap in ("  ", "\n"):
        text = f"Both sides exchanged{gap}accusations."
        assert verb_regex().search(text).group(0) == f"exchanged{gap}accusations"
        assert not speaks(text, 0, len(text))  # neither word alone is a reporting verb
    text = "Both sides exchanged accusations."
    assert verb_regex().search(text).group(0) == "exchanged accusations"
    assert speaks(text, 0, len(text))
