"""The report's method section: the shipped lexicons and where they come from."""

from __future__ import annotations

from framing.render.html import _shipped_lexicons


def test_a_lexicons_source_is_its_whole_paragraph():
    sources = dict(_shipped_lexicons())
    # each used to stop at the end of its first line, mid-sentence
    assert sources["gazetteer"].endswith("demonyms, capitals and metonyms).")
    assert "Hyland (2005)" in sources["loaded_language"]
    assert sources["reporting_verbs"].endswith('"said" vs loaded attributions.')
    assert all(s.endswith((".", ")")) for s in sources.values() if s), sources


def test_the_source_paragraph_stops_at_the_next_key():
    from framing.render.html import _source

    header = ["Words.", "Source: written by us, after", "  the style guides.",
              "Columns: word", "Classes: a, b"]
    assert _source(header) == "written by us, after the style guides."
    assert _source(["Words.", "Columns: word"]) == ""
