"""The report's findings say what the article and the report's own tables say."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing import analyze
from framing.ingest import document_from_text
from framing.model import NARRATOR
from framing.render.findings import findings
from framing.render.html import _summary, palette, render_html
from tests.test_seed import SEED

CORPUS = Path(__file__).parent.parent / "examples" / "corpus"


def corpus_analysis(doc_id: str):
    for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"] == doc_id:
            doc = document_from_text(r["text"], doc_id=r["id"], title=r["title"],
                                     outlet=r["outlet"])
            return analyze(doc, sides=CORPUS / "sides.yaml")
    raise KeyError(doc_id)


def texts(analysis) -> list[str]:
    return [f.text for f in findings(analysis, limit=10)]


def test_the_narrators_share_is_the_one_in_the_who_speaks_table():
    analysis = corpus_analysis("cw-001")  # whitespace words: 57%, the table's words: 54%
    table = {r["name"]: r["share"] for r in _summary(analysis, palette(analysis), False)["voices"]}
    said = [t for t in texts(analysis) if "narrating voice holds" in t]
    assert said == [f"The outlet's own narrating voice holds {table['Narrator']}% of the "
                    "article's words; the rest is reported speech."]


def test_no_most_used_body_verb_is_claimed_from_a_tie():
    analysis = corpus_analysis("vh-002")  # Kestria's body: one 'claimed', one 'alleged'
    head = [t for t in texts(analysis) if t.startswith("The headline")]
    assert head == ["The headline introduces Kestria's account with 'claims' (doubt verb)."]


def test_the_body_verb_is_given_with_its_count():
    head = [t for t in texts(analyze(SEED)) if t.startswith("The headline")]
    assert head[0].endswith("in the body, its statements are most often introduced with 'say' "
                            "(6 of 12).")


def test_joint_statements_are_said_to_count_for_both_sides():
    quoted = texts(analyze(SEED))[0]
    assert quoted.startswith("Armenia is quoted in 13 statements, Azerbaijan in 8 (each count "
                             "includes the 4 joint statements of both sides)")


@pytest.mark.parametrize("text, expected", [
    ("Kestria says guards repelled intruders\n\nThe Kestrian Defence Ministry said on Sunday "
     "that its guards had repelled armed intruders near Lunev. The area was calm by evening.",
     "Valdoria is not quoted; Kestria is quoted in 2 statements."),
    ("Shelling near Tarsk\n\nThe Valdorian Defence Ministry said Kestrian artillery shelled "
     "Tarsk. The Kestrian Defence Ministry said its units returned fire. Kestrian Prime "
     "Minister Ilse Varga said Valdoria was arming militias.",
     "Valdoria is quoted in 1 statement, Kestria in 2."),
])
def test_counts_of_one_and_none_read_as_english(text, expected):
    analysis = analyze(document_from_text(text, doc_id="t"), sides=CORPUS / "sides.yaml")
    assert texts(analysis)[0] == expected


def test_an_article_without_statements_is_not_said_to_have_reported_speech():
    text = ("A quiet day in the valley\n\nThe valley was quiet on Sunday. Farmers returned to "
            "their fields and the market reopened.")
    analysis = analyze(document_from_text(text, doc_id="t"), sides=CORPUS / "sides.yaml")
    assert not analysis.statements
    said = texts(analysis)
    assert not [t for t in said if re.search(r"reported speech|\d+%", t)]
    assert said == ["No one is quoted: the article is all in the outlet's own narrating voice."]
    assert any(v.id == NARRATOR for v in analysis.voices)


def test_the_verb_table_names_every_verb_of_a_tie():
    from framing.render.sections import block_sections

    analysis = analyze(SEED)
    rows = {r["name"]: r["body"] for r in
            block_sections(analysis, palette(analysis), False)["reporting_verbs"]["rows"]}
    # the EU's three statements: 'called on', 'said', 'added'; "“add” (1 of 3)" named one
    eu = rows["European Union"]
    assert [eu["verb"], *eu["tied"]] == ["add", "call on", "say"]
    assert rows["Armenia"]["verb"] == "say" and rows["Armenia"]["tied"] == []
    page = render_html(analysis)
    assert "“add”, “call on”, “say” (1 each of 3)" in page
    assert "“say” (6 of 12)" in page


def test_blame_tables_count_claims_not_statements():
    page = render_html(analyze(SEED), with_charts=False)
    victims = page[page.index("the victim is"):]
    victims = victims[:victims.index("</table>")]
    # Armenia casts itself as the victim in 5 claims spread over 4 statements: the column
    # said "n", next to 4 links
    assert '<th scope="col" class="num">claims</th>' in victims
    assert re.search(r'<td class="num">5</td><td>(<a class="ev"[^>]*>s\d+</a> ?){4}</td>', victims)


def test_the_sentiment_table_says_1_statement():
    from framing.render.sections import block_sections

    text = ("Shelling near Tarsk\n\nThe Valdorian Defence Ministry said Kestrian artillery shelled "
            "Tarsk. The Kestrian Defence Ministry said its units returned fire. Kestrian Prime "
            "Minister Ilse Varga said Valdoria was arming militias.")
    analysis = analyze(document_from_text(text, doc_id="t"), sides=CORPUS / "sides.yaml")
    rows = block_sections(analysis, palette(analysis), False)["sentiment"]["rows"]
    units = {r["name"]: f"{r['n']} {r['unit']}" for r in rows}
    assert units["Valdoria"] == "1 statement" and units["Kestria"] == "2 statements"
