"""The HTML report without a browser: sections, annotation, escaping, size on a huge article."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing import analyze
from framing.analyzers import registered
from framing.config import AnalysisConfig
from framing.model import ArticleAnalysis, Document, Side, SideSet, Statement
from framing.render.findings import findings
from framing.render.html import annotate, palette, render_html
from framing.render.resolutions import HOW_RESOLVED
from framing.voices import build_voices
from tests.helpers import make_analysis, simple_sentences
from tests.test_seed import SEED

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SECTIONS = ("summary", "findings", "voices", "article", "vocabulary", "loaded", "sentiment",
            "stance", "verbs", "agency", "frames", "method")


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside #article-text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.article: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if self._depth or a.get("id") == "article-text":
            self._depth += tag == "div"
        if a.get("id") == "article-text" and tag == "div":
            self._depth = 1

    def handle_endtag(self, tag):
        if self._depth and tag == "div":
            self._depth -= 1
        if self._depth and tag == "p":
            self.article.append("\n")

    def handle_data(self, data):
        if self._depth:
            self.article.append(data)


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


def run_analyzers(analysis: ArticleAnalysis) -> ArticleAnalysis:
    for name, cls in registered().items():
        analysis.results[name] = cls(AnalysisConfig()).analyze(analysis)
    return analysis


def malicious_analysis() -> ArticleAnalysis:
    """An article whose title, text, speakers, side names and terms carry markup."""
    sides = SideSet([Side("north", f"North{SCRIPT}", ["Northland"]),
                     Side("south", f"South{IMG}", ["Southland"])])
    text = (f"Northland warns of attack {SCRIPT}\n\n"
            f"Northland said “the {IMG} enemy attacked our villages”.\n\n"
            f"The minister {SCRIPT} said the border was calm.\n\n"
            f"Southland accused Northland of shelling {SCRIPT} villages.\n")
    analysis = run_analyzers(make_analysis(text, [
        (f"the {IMG} enemy attacked our villages", "Northland", "north", "say", "neutral"),
        ("the border was calm", f"The minister {SCRIPT}", "north", "say", "neutral"),
        (f"Northland of shelling {SCRIPT} villages", "Southland", "south", "accuse",
         "accusatory"),
    ], sides=sides))
    analysis.document.title = f"{SCRIPT} title {IMG}"
    analysis.document.outlet = IMG
    analysis.document.url = "javascript:alert(1)"
    voc = analysis.results["vocabulary"]["distinctive"]
    voc["north"].insert(0, {"term": SCRIPT, "z": 3.0, "count_a": 2, "count_b": 0,
                            "strength": "strong", "statement_ids": ["s1"]})
    voc["south"].insert(0, {"term": IMG, "z": 2.5, "count_a": 0, "count_b": 2,
                            "strength": "strong", "statement_ids": ["s3"]})
    ll = analysis.results["loaded_language"]
    start = text.index(IMG)
    ll["hits"].append({"voice": "north", "term": IMG, "matched": IMG, "category": SCRIPT,
                       "span": [start, start + len(IMG)], "statement_id": "s1"})
    return analysis


@pytest.fixture(scope="module")
def seed_analysis() -> ArticleAnalysis:
    return analyze(SEED)


@pytest.fixture(scope="module")
def seed_page(seed_analysis) -> str:
    return render_html(seed_analysis, config_info={"sides file": "none"})


def test_every_section_of_the_seed_report(seed_page):
    ids = {a.get("id") for _, a in parse(seed_page).tags}
    assert set(SECTIONS) <= ids
    assert "Armenia" in seed_page and "Azerbaijan" in seed_page
    assert seed_page.count("<figure") >= 5 and seed_page.count('role="img"') >= 5


def test_findings_name_the_sides_and_link_to_sections(seed_analysis):
    found = findings(seed_analysis)
    assert 3 <= len(found) <= 5
    assert found[0].text.startswith("Armenia is quoted in 13 statements, Azerbaijan in 8")
    assert any("'claims'" in f.text and f.href == "#verbs" for f in found)
    assert any("only Azerbaijan's side uses" in f.text and "'enemy'" in f.text for f in found)
    assert all(f.href.lstrip("#") in SECTIONS for f in found)


def test_statements_are_highlighted_by_side_with_speaker_and_verb():
    a = run_analyzers(make_analysis(
        "Northland said the attack was unprovoked. Southland claimed it was self-defence.",
        [("the attack was unprovoked", "Northland", "northland", "said", "neutral"),
         ("it was self-defence", "Southland", "southland", "claimed", "doubt")]))
    out = str(annotate(a, palette(a)))
    assert ('<span class="sp">Northland</span> <span class="rv vc-neutral">said</span> '
            '<mark class="st v0" data-sid="s1" data-key="A" data-voice="Northland" '
            'id="statement-s1" tabindex="0">'
            'the attack was unprovoked</mark>') in out
    assert ('<span class="rv vc-doubt">claimed</span> <mark class="st v1" data-sid="s2"'
            in out)
    # a loaded term inside a statement is nested in its highlight
    assert re.search(r'<mark class="st v1"[^>]*>it was <span class="ld lc\d" '
                     r'data-cat="victimhood sovereignty" data-term="self-defence">', out)


def test_joint_and_paragraph_crossing_statements():
    text = "Both sides said “the first part.\n\nThe second part” today.\n"
    a = make_analysis(text, [("the first part.\n\nThe second part", "Both sides", "both",
                              "say", "neutral")])
    out = str(annotate(a, palette(a)))
    marks = re.findall(r"<mark [^>]*>", out)
    assert len(marks) == 2 and all('class="st vb"' in m for m in marks)
    assert out.count('id="statement-s1"') == 1  # only the first piece is the anchor
    assert out.count("<p>") == 2


def test_annotated_text_is_the_article_text_exactly(seed_analysis, seed_page):
    shown = "".join(parse(seed_page).article).strip()
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n\s*", seed_analysis.document.text)]
    assert [p.strip() for p in shown.split("\n") if p.strip()] == [p for p in paragraphs if p]


def test_loaded_terms_are_underlined_inside_statements(seed_page):
    assert re.search(r'data-sid="s9"[^>]*>Azerbaijani troops “stopped the advance of the '
                     r'<span class="ld lc\d" data-cat="dysphemism" data-term="enemy">enemy</span>',
                     seed_page)


def test_markup_in_the_article_is_escaped_everywhere():
    page = render_html(malicious_analysis())
    tags = parse(page).tags
    scripts = [a for t, a in tags if t == "script"]
    assert len(scripts) == 2  # the statement data (JSON) and the report's own script
    assert scripts[0] == {"type": "application/json", "id": "statement-data"}
    assert all("src" not in a for a in scripts)
    assert not [t for t, _ in tags if t == "img"]
    assert not [(t, k) for t, a in tags for k in a if k.lower().startswith("on")]
    assert SCRIPT not in page and "<img" not in page
    assert html.escape(SCRIPT, quote=False) in page  # shown literally, as text
    links = [a[k] for _, a in tags for k in ("href", "src", "xlink:href") if a.get(k)]
    assert links and all(v.startswith("#") for v in links)


def test_no_network_urls_in_links_or_sources(seed_page):
    for _, attrs in parse(seed_page).tags:
        for key in ("href", "src", "xlink:href", "action", "poster"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(key) or ""), (key, attrs)
    assert "@import" not in seed_page and "url(http" not in seed_page


def test_a_block_of_unknown_shape_is_reported_not_fatal(seed_analysis):
    broken = ArticleAnalysis.from_dict(seed_analysis.to_dict())
    broken.results["sentiment"] = {"voices": {"armenia": {"n": 3, "min": 5}}, "method": "x"}
    broken.results.pop("frames")
    page = render_html(broken)
    assert "a shape the report does not know" in page
    assert 'id="frames"' not in page


def test_a_20_mb_article_renders_in_proportion():
    para = ("Northland said the convoy was attacked near the river crossing on Tuesday. "
            "Southland accused Northland of shelling the villages along the border. " * 6)
    text = "\n\n".join([para.strip()] * (20_000_000 // (len(para) + 2)))
    doc = Document("huge", text)
    sentences = simple_sentences(text)
    stmts, pos = [], 0
    for i, (content, speaker, side) in enumerate(
            (c, s, d) for _ in range(2_000) for c, s, d in (
                ("the convoy was attacked", "Northland", "northland"),
                ("Northland of shelling", "Southland", "southland"))):
        start = text.index(content, pos)
        pos = start + len(content)
        stmts.append(Statement(f"s{i + 1}", content, start, pos, speaker, side, "say", "said",
                               "neutral", False, "named", 0))
    sides = SideSet([Side("northland", "Northland", ["Northland"]),
                     Side("southland", "Southland", ["Southland"])])
    analysis = ArticleAnalysis(doc, sides, sentences, stmts, build_voices(doc, sides, stmts))
    page = render_html(analysis)
    assert len(text) > 19_000_000
    assert len(page) < 3 * len(text) + 500_000
    assert page.count("data-sid=") == len(stmts)


def test_light_page_has_every_section_and_no_chart(seed_analysis, seed_page):
    light = render_html(seed_analysis, with_charts=False)
    ids = {a.get("id") for _, a in parse(light).tags}
    assert set(SECTIONS) <= ids
    assert "<svg" not in light and "<svg" in seed_page
    assert len(light) < len(seed_page) / 2  # charts' text is SVG text, not glyph outlines
    # the same figures are still there as tables
    assert "deliberately raising tensions" in light and "claims" in light


def test_template_lookups_on_dicts_keep_jinjas_meaning():
    # the report's environment reads a dict's key before trying attributes: same results
    from framing.render.html import _environment

    template = _environment().from_string(
        "{{ d.name }}|{% for k, v in d.items() %}{{ k }}{% endfor %}|{{ d.missing is defined }}")
    assert template.render(d={"name": "<b>", "items": 3}) == "&lt;b&gt;|nameitems|False"


def test_every_resolution_of_the_schema_has_a_phrase_for_readers():
    schema = (Path(__file__).parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    row = next(line for line in schema.splitlines() if line.startswith("| `resolution` |"))
    codes = set(re.findall(r"`([a-z_]+)`", row.split("|")[3]))
    assert codes and codes <= set(HOW_RESOLVED), codes - set(HOW_RESOLVED)


def test_the_tooltip_says_how_the_side_was_found():
    page = render_html(analyze(SEED))
    found = re.search(r'<script type="application/json" id="statement-data">(.*?)</script>',
                      page, re.S)
    tips = json.loads(found.group(1))
    assert tips["s3"]["side"] == "Armenia (the speaker phrase names it)"
    assert tips["s4"]["side"] == "Armenia (a pronoun: the speaker before)"


def test_the_header_names_the_author_a_saved_page_gives_escaped():
    analysis = analyze(SEED)
    assert "<dt>Author</dt>" not in render_html(analysis)  # a text file names none
    analysis.document.metadata["author"] = "Ann Lee & " + SCRIPT  # as html_meta reads it
    out = render_html(analysis).replace("\n", "")
    assert f"<dt>Author</dt><dd>{html.escape('Ann Lee & ' + SCRIPT, quote=False)}</dd>" in out
    assert SCRIPT not in out
