"""HTML pages: title, outlet, date, url and author from meta tags and JSON-LD (html_meta)."""

from __future__ import annotations

from framing.html_extract import extract_html
from framing.html_meta import split_title
from framing.ingest import document_from_text

BODY = "<p>Kestria said 12 soldiers were killed.</p><p>Arvel denied it.</p>"


def _found(head: str, body: str = BODY) -> dict:
    return extract_html(f"<html><head>{head}</head><body>{body}</body></html>")[1]


def test_json_ld_graph_gives_date_author_outlet_and_url():
    head = """<meta name="date" content="2023-10-12">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Not the outlet"},
 {"@type":"NewsArticle","headline":"Truce agreed","datePublished":"2023-10-12T11:03:00Z",
  "author":[{"@type":"Person","name":"Jamey Keaten"},{"@id":"#p2"}],
  "publisher":{"@id":"#org"},"mainEntityOfPage":{"@id":"https://apnews.com/article/x"}},
 {"@type":"Organization","@id":"#org","name":"Associated Press"},
 {"@type":"Person","@id":"#p2","name":"Dusan Stojanovic"}]}
</script>"""
    found = _found(head)
    assert found["title"] == "Truce agreed"
    assert found["date"] == "2023-10-12T11:03:00Z"
    assert found["outlet"] == "Associated Press"
    assert found["url"] == "https://apnews.com/article/x"
    assert found["metadata"]["author"] == "Jamey Keaten; Dusan Stojanovic"


def test_json_ld_list_live_blog_and_broken_blocks():
    head = ('<script type="application/ld+json">{"broken": </script>'
            '<script type="application/ld+json">[{"@type":"WebPage","name":"x"},'
            '{"@type":["LiveBlogPosting"],"headline":"Live: shelling resumes",'
            '"datePublished":"2023-10-15T06:00:00Z","author":{"@type":"Organization",'
            '"name":"Al Jazeera Staff"},"publisher":{"name":"Al Jazeera"}}]</script>')
    found = _found(head)
    assert (found["title"], found["date"], found["outlet"]) == (
        "Live: shelling resumes", "2023-10-15T06:00:00Z", "Al Jazeera")
    assert found["metadata"]["author"] == "Al Jazeera Staff"


def test_author_from_meta_tags_without_profile_links():
    assert _found('<meta name="byl" content="By Carlotta Gall and Ivor Prickett">')[
        "metadata"]["author"] == "Carlotta Gall and Ivor Prickett"
    head = ('<meta property="article:author" content="https://www.facebook.com/bbcnews">'
            '<meta name="parsely-author" content="Sarah Rainsford">')
    assert _found(head)["metadata"]["author"] == "Sarah Rainsford"
    assert "author" not in _found('<meta property="article:author" content="https://x.org/p">')[
        "metadata"]


def test_outlet_from_the_title_tag_when_nothing_else_names_it():
    found = _found("<title>In a Valley Both Sides Claim, a War Nobody Expected - The New York "
                   'Times</title><meta property="og:title" content="In a Valley Both Sides '
                   'Claim, a War Nobody Expected">')
    assert found["outlet"] == "The New York Times"
    assert found["title"] == "In a Valley Both Sides Claim, a War Nobody Expected"
    found = _found("<title>Arvel accuses Kestria | Kestria | The Guardian</title>",
                   f"<h1>Arvel accuses Kestria</h1>{BODY}")
    assert found["outlet"] == "The Guardian"
    doc = document_from_text("<html><head><title>Border clashes | Reuters</title></head>"
                             f"<body>{BODY}</body></html>", outlet="Given Outlet")
    assert doc.outlet == "Given Outlet"


def test_og_title_loses_only_a_suffix_that_names_the_site():
    head = ('<meta property="og:site_name" content="The Ostrin Observer">'
            '<meta property="og:title" content="Opinion: Look at Kestria - The Ostrin Observer">')
    assert _found(head)["title"] == "Opinion: Look at Kestria"
    head = '<meta property="og:title" content="Kestria - Arvel talks collapse in Geneva">'
    assert _found(head)["title"] == "Kestria - Arvel talks collapse in Geneva"


def test_split_title():
    shown = ["Refugees reach the camp", "Body."]
    assert split_title("Valley Herald :: Refugees reach the camp", shown, None) == (
        "Refugees reach the camp", "Valley Herald")
    assert split_title("The Daily | Clashes erupt", [], "The Daily") == (
        "Clashes erupt", "The Daily")
    assert split_title("Clashes erupt – The Daily", [], None) == ("Clashes erupt", "The Daily")
    assert split_title("No separator here", [], None) == ("No separator here", None)


def test_url_of_a_page_saved_by_the_browser():
    html = ("<!-- saved from url=(0049)https://www.reuters.com/world/kestria-clash-1/ -->\n"
            f"<html><head></head><body>{BODY}</body></html>")
    assert extract_html(html)[1]["url"] == "https://www.reuters.com/world/kestria-clash-1/"
    canonical = '<link rel="canonical" href="https://example.org/a">'
    assert extract_html(html.replace("<head>", f"<head>{canonical}"))[1]["url"] == (
        "https://example.org/a")


def test_json_ld_nested_too_deep_is_skipped_not_a_crash():
    for block in ("[" * 100_000, '{"@graph":' * 900 + "1" + "}" * 900):
        html = (f'<html><head><script type="application/ld+json">{block}</script></head>'
                f"<body>{BODY}</body></html>")
        text, found = extract_html(html)
        assert text == "Kestria said 12 soldiers were killed.\n\nArvel denied it."


def test_an_absolute_url_wins_over_a_relative_canonical_link():
    head = ('<link rel="canonical" href="/world/kestria-clash">'
            '<meta property="og:url" content="https://example.org/world/kestria-clash">')
    assert _found(head)["url"] == "https://example.org/world/kestria-clash"
    assert _found('<link rel="canonical" href="/world/kestria-clash">')["url"] == (
        "/world/kestria-clash")


def test_a_title_without_a_site_part_names_no_outlet():
    body = f"<h1>Kestria - Arvel talks collapse</h1>{BODY}"
    found = _found("<title>Kestria - Arvel talks collapse</title>", body)
    assert (found["title"], found["outlet"]) == ("Kestria - Arvel talks collapse", None)
    found = _found("<title>Kestria - Arvel talks collapse | Valley Herald</title>", body)
    assert found["outlet"] == "Valley Herald"


def test_an_h1_outside_the_story_is_only_the_title_of_last_resort():
    body = ('<div class="top-bar"><h1>Kestria Daily Briefing</h1></div><main>'
            f"<h2>Kestria says 12 soldiers killed</h2>{BODY}</main>")
    text, found = extract_html("<html><head><title>Kestria says 12 soldiers killed - Kestria "
                               f"Daily</title></head><body>{body}</body></html>")
    assert found["title"] == "Kestria says 12 soldiers killed"
    assert text.startswith("Kestria says 12 soldiers killed\n\nKestria said")
    assert _found("", body)["title"] == "Kestria Daily Briefing"
