"""HTML pages: which text is the article, paragraph by paragraph (framing.html_extract)."""

from __future__ import annotations

from framing.html_extract import extract_html
from framing.ingest import document_from_text

STORY = ("<p>Kestria said on Tuesday that 12 of its soldiers had been killed in clashes with "
         "Arvel forces along the disputed border.</p>"
         "<p>Arvel's foreign ministry denied the accusation and blamed Kestrian units.</p>")
STORY_TEXT = ("Kestria said on Tuesday that 12 of its soldiers had been killed in clashes with "
              "Arvel forces along the disputed border.\n\n"
              "Arvel's foreign ministry denied the accusation and blamed Kestrian units.")


def _text(body: str, head: str = "") -> str:
    return extract_html(f"<html><head>{head}</head><body>{body}</body></html>")[0]


def test_elements_named_as_site_chrome_are_not_article_text():
    body = (
        '<div class="ssrcss-1d7g7lp-CookieBanner"><p>Let us know you agree to cookies</p></div>'
        '<div class="info-content__author-date"><span>By Anna Petrova</span></div>'
        '<div class="ActionBar"><a>Share</a><a>Email</a></div>'
        '<div class="article-body">'
        '<p>Kestria said on Tuesday that 12 of its soldiers had been killed in clashes with '
        'Arvel forces along the disputed border.</p>'
        '<div data-component="links-block"><h2>More on this story</h2>'
        '<p>Why are Kestria and Arvel fighting?</p></div>'
        '<div class="image__caption">Buses wait to take residents out of Dorna.</div>'
        '<div class="ad-slot-dynamic"><div>Ad Feedback</div></div>'
        "<p>Arvel's foreign ministry denied the accusation and blamed Kestrian units.</p>"
        "</div>"
        '<section id="comments"><p>Arvel started this war and everybody knows it.</p></section>'
        '<div role="contentinfo">Terms of use</div>')
    assert _text(body) == STORY_TEXT


def test_figures_captions_and_amp_elements_are_dropped():
    body = ('<figure><img src="a.jpg"><figcaption>Smoke rises over Dorna. Photograph: AP'
            "</figcaption></figure>"
            '<amp-sidebar layout="nodisplay"><ul><li>Home</li><li>World</li></ul></amp-sidebar>'
            f"{STORY[:STORY.index('</p>') + 4]}"
            '<amp-ad type="doubleclick"><div fallback>Advertisement</div>'
            "<div placeholder>Loading ad...</div></amp-ad>"
            f"{STORY[STORY.index('</p>') + 4:]}"
            '<amp-iframe src="x"><div placeholder>Take our reader poll</div></amp-iframe>')
    assert _text(body) == STORY_TEXT


def test_blocks_that_are_only_links_or_only_a_time_are_dropped():
    body = ('<table><tr><td class="x"><a href="/">Home</a><br><a href="/w">World</a></td><td>'
            '<a href="/">Home</a> &gt; <a href="/w">World</a><br>'
            '<time datetime="2023-10-03">October 3, 2023</time>'
            f"{STORY}"
            "<ul><li><a>Arvel parliament extends state of emergency</a></li></ul>"
            '<p>On <time datetime="2023-10-04">Wednesday</time> the talks resumed in '
            '<a href="/geneva">Geneva</a>.</p></td></tr></table>')
    assert _text(body) == f"{STORY_TEXT}\n\nOn Wednesday the talks resumed in Geneva."


def test_a_teaser_article_outside_main_is_not_the_story():
    body = (f'<main><h1>Kestria-Arvel live</h1><div class="card-live">{STORY}</div></main>'
            '<div><article class="gc"><h3>What is behind the fighting?</h3>'
            "<p>The two neighbours have fought three times.</p></article></div>")
    text = _text(body)
    assert text == f"Kestria-Arvel live\n\n{STORY_TEXT}"


def test_the_largest_article_inside_main_is_still_preferred():
    body = (f"<main><article>{STORY}</article>"
            "<div><p>A much shorter note.</p></div></main>")
    assert _text(body) == STORY_TEXT


def test_itemprop_article_body_marks_the_story():
    body = ('<div class="layout"><h1>Kestria orders evacuation</h1>'
            '<div class="zone"><h2>Paid Partner Content</h2><p>This gadget is flying off the '
            "shelves</p></div>"
            f'<div itemprop="articleBody">{STORY}</div>'
            '<div class="zone"><p>Five things to know today</p></div></div>')
    assert _text(body) == f"Kestria orders evacuation\n\n{STORY_TEXT}"


def test_chrome_names_on_the_story_wrapper_are_ignored():
    """A theme that names the story's own wrapper "tags-kestria" must not lose the story."""
    body = f'<div class="post tags-kestria">{STORY}</div><div class="menu">Home</div>'
    assert _text(body) == STORY_TEXT


def test_unclosed_paragraphs_and_list_items_end_where_browsers_end_them():
    body = ('<div><p class="caption">Photo: Arvel Emergency Service'
            f"<p>{STORY_TEXT.split(chr(10))[0][:-1]}."
            '<ul><li class="share">Tweet<li>Kestrian units withdrew.</ul></div>')
    assert _text(body) == (STORY_TEXT.split("\n")[0] + "\n\nKestrian units withdrew.")


def test_headline_said_once_after_a_long_kicker_and_menu():
    body = ('<div>World</div><div>News</div><div>Europe</div><div>Opinion</div><div>Video</div>'
            f'<h1 class="headline">Drone strike kills 9, Arvel says</h1>{STORY}')
    text = _text(body, "<title>Drone strike kills 9, Arvel says - The Kestria Times</title>")
    assert text == f"Drone strike kills 9, Arvel says\n\n{STORY_TEXT}"


def test_title_is_the_part_of_title_tag_shown_on_the_page():
    body = f"<font size=5><b>Refugees reach the camp</b></font><br>{STORY}"
    text, found = extract_html(
        f"<html><head><title>Valley Herald :: Refugees reach the camp</title></head>"
        f"<body>{body}</body></html>")
    assert found["title"] == "Refugees reach the camp"
    assert found["outlet"] == "Valley Herald"
    assert text == f"Refugees reach the camp\n\n{STORY_TEXT}"


def test_an_h1_naming_the_site_is_not_the_title():
    html = ('<html><head><meta property="og:site_name" content="The Ostrin Observer">'
            '<meta property="og:title" content="Opinion: Look at Kestria - The Ostrin Observer">'
            '</head><body><div class="brand"><h1>The Ostrin Observer</h1></div>'
            f'<div class="entry">{STORY}</div></body></html>')
    text, found = extract_html(html)
    assert found["title"] == "Opinion: Look at Kestria"
    assert text == f"Opinion: Look at Kestria\n\n{STORY_TEXT}"


def test_page_text_rules_drop_bylines_dates_paywall_and_comments():
    body = ("<h1>Refugees reach the camp</h1>"
            "<p>By José Ramírez, Staff Writer — Saturday, October 21, 2023</p>"
            "<p>Updated 10:31 AM EDT, Mon October 23, 2023</p>"
            f"{STORY}"
            "<p>By Tuesday, the army had withdrawn from Dorna.</p>"
            "<p>Updated figures show 40 dead.</p>"
            "<p>Already a subscriber? Log in.</p>"
            "<p>Associated Press writer Dusan Stojanovic in Belgrade contributed to this "
            "report.</p>"
            "<p><b>Comments (3)</b></p><p>valleyreader wrote:</p><p>God bless them.</p>")
    doc = document_from_text(f"<html><body>{body}</body></html>")
    assert doc.text == ("Refugees reach the camp\n\n" + STORY_TEXT
                        + "\n\nBy Tuesday, the army had withdrawn from Dorna."
                          "\n\nUpdated figures show 40 dead.")
    assert doc.metadata["boilerplate_removed"] == 7


def test_a_dateline_set_apart_is_dropped_one_inside_the_lead_stays():
    body = ('<h1>Kestria orders evacuation</h1><div class="source"><cite>Velma, Kestria</cite>'
            f" CNN —</div>{STORY}<p>ANOTHER —</p>")
    assert _text(body) == f"Kestria orders evacuation\n\n{STORY_TEXT}\n\nANOTHER —"
    lead = "<p>VELMA, Oct 3 (Reuters) - Kestria said 12 soldiers were killed.</p>"
    assert _text(lead) == "VELMA, Oct 3 (Reuters) - Kestria said 12 soldiers were killed."


def test_a_live_blog_of_article_entries_keeps_every_entry():
    entries = [("10:12 GMT", "Arvel says Kestrian drones hit a power station overnight, cutting "
                "power to 60,000 homes."),
               ("08:30 GMT", "Kestria accuses Arvel of breaking the truce first, 20 minutes "
                "before it was due to end."),
               ("06:00 GMT", "The 72-hour ceasefire agreed in Geneva expired with no extension.")]
    body = "<main>" + "".join(
        f'<article class="block"><time datetime="x">{t}</time><p>{p}</p></article>'
        for t, p in entries) + "</main>"
    assert _text(body) == "\n\n".join(p for _, p in entries)


def test_headline_with_a_line_break_or_a_label_inside_is_one_title():
    body = ('<h1>Kestria says 12 soldiers killed<br>in clash with Arvel '
            '<span class="visually-hidden">(updated)</span></h1>'
            f"{STORY}")
    text, found = extract_html(f"<html><body>{body}</body></html>")
    assert found["title"] == "Kestria says 12 soldiers killed in clash with Arvel"
    assert text == f"Kestria says 12 soldiers killed in clash with Arvel\n\n{STORY_TEXT}"


def test_pull_quotes_inline_related_links_and_hidden_copies_are_dropped():
    first, second = STORY.split("</p>", 1)
    body = (f"{first}</p>"
            '<blockquote class="c-pullquote">The enemy bears full responsibility</blockquote>'
            '<p><strong>Related:</strong> <a href="/x">Why are Kestria and Arvel fighting?</a></p>'
            '<p>WATCH: <a href="/v">Drone footage of the border</a></p>'
            '<div style="display: none">Kestria says 12 soldiers killed (mobile headline)</div>'
            f"{second}")
    assert _text(body) == STORY_TEXT
    quote = "<blockquote><p>“We will not retreat,” the minister said.</p></blockquote>"
    assert _text(quote) == "“We will not retreat,” the minister said."


def test_json_ld_article_body_stands_in_for_a_page_rendered_by_javascript():
    """A scraper's raw HTML of a JavaScript site: an empty shell, the story only in JSON-LD."""
    ld = ('{"@type":"NewsArticle","headline":"Kestria says 12 killed",'
          '"articleBody":"Kestria said on Tuesday that 12 soldiers had been killed.\\n\\n'
          'Arvel denied it &amp; blamed Kestrian units."}')
    html = (f'<html><head><script type="application/ld+json">{ld}</script></head>'
            '<body><div id="root"><p>Loading…</p><p>Please enable JavaScript.</p></div>'
            "</body></html>")
    text, found = extract_html(html)
    assert text == ("Kestria says 12 killed\n\nKestria said on Tuesday that 12 soldiers had been "
                    "killed.\n\nArvel denied it & blamed Kestrian units.")
    tagged = ld.replace("Kestria said on Tuesday that 12 soldiers had been killed.\\n\\n",
                        "<p>Kestria said on Tuesday that 12 soldiers had been killed.</p><p>")
    assert extract_html(html.replace(ld, tagged.replace('units."', 'units.</p>"')))[0] == text
    full = html.replace("<p>Loading…</p>", f"{STORY}")
    assert extract_html(full)[0] == f"Kestria says 12 killed\n\n{STORY_TEXT}"


def test_a_main_holding_only_the_headline_is_not_the_story():
    body = f"<main><h1>Kestria says 12 killed</h1></main><div class='story'>{STORY}</div>"
    assert _text(body) == f"Kestria says 12 killed\n\n{STORY_TEXT}"


def test_a_comment_counter_above_the_story_does_not_end_it():
    body = f"<h1>Kestria says 12 killed</h1><span>Comments (312)</span>{STORY}"
    assert _text(body) == f"Kestria says 12 killed\n\n{STORY_TEXT}"


def test_contributed_to_in_a_sentence_is_not_a_credit_line():
    line = "Foreign volunteers contributed to reporting from the front, the ministry said."
    assert _text(f"{STORY}<p>{line}</p>") == f"{STORY_TEXT}\n\n{line}"


def test_live_blog_times_credits_and_reading_times_are_dropped():
    chrome = ["10:12 GMT (13:12 GMT+3)", "8.30am BST", "Photo: Arvel Emergency Service",
              "(AP Photo/Martial Trezzini)", "REUTERS/Ivan Sorokin", "4 min read",
              "ADVERTISEMENT - SCROLL TO CONTINUE", "Listen to this article · 5 min"]
    first, second = STORY.split("</p>", 1)
    body = "".join(f"<p>{c}</p>" for c in chrome[:4]) + f"{first}</p>"
    body += "".join(f"<div>{c}</div>" for c in chrome[4:]) + second
    assert _text(body) == STORY_TEXT
    kept = ["At 10:12 GMT the shelling resumed.", "Photo: a ruined school in Sarn, and its "
            "teacher, who said the army had fired first on the village that morning, before "
            "the talks."]
    assert _text("".join(f"<p>{k}</p>" for k in kept)) == "\n\n".join(kept)


def test_an_h1_whose_own_class_sounds_like_chrome_is_still_the_title():
    html = ('<html><head><meta property="og:title" content="Kestria says 12 killed (SEO)">'
            '</head><body><h1 class="article-header__title">Kestria says 12 killed</h1>'
            f"{STORY}</body></html>")
    text, found = extract_html(html)
    assert found["title"] == "Kestria says 12 killed"
    assert text == f"Kestria says 12 killed\n\n{STORY_TEXT}"


def test_a_record_title_does_not_repeat_the_pages_own_headline():
    """A scraper's record: the page's HTML and its <title> text as the record's title."""
    page = f"<html><body><h1>Kestria says 12 killed</h1>{STORY}</body></html>"
    doc = document_from_text(page, title="Kestria says 12 killed | Reuters")
    assert doc.title == "Kestria says 12 killed | Reuters"
    assert doc.text == f"Kestria says 12 killed\n\n{STORY_TEXT}"
    headless = document_from_text(f"<html><body>{STORY}</body></html>", title="Given title")
    assert headless.text == f"Given title\n\n{STORY_TEXT}"


def test_embedded_social_posts_are_not_read_as_the_outlets_own_text():
    first, second = STORY.split("</p>", 1)
    tweet = ('<blockquote class="twitter-tweet"><p lang="en">Our forces destroyed an enemy '
             'depot tonight. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Arvel '
             'MoD (@ArvelMoD) <a href="https://twitter.com/x">October 8, 2023</a></blockquote>')
    insta = ('<blockquote class="instagram-media"><p><a href="x">A post shared by Kestria Army'
             "</a></p><p>Our brave soldiers hold the line.</p></blockquote>")
    assert _text(f"{first}</p>{tweet}{insta}{second}") == STORY_TEXT


def test_credit_lines_and_a_pinned_copy_of_a_live_entry_are_dropped():
    entry = "<p>Arvel says Kestrian drones hit a power station overnight.</p>"
    body = (f'<div id="pinned-post">{entry}</div>{STORY}{entry}'
            "<p>Additional reporting by Dan Sabbagh in Ostrin.</p>"
            "<p>Reporting by Anna Petrova; Editing by Mark Heinrich</p>"
            "<p>Reporting by state media suggested 40 were killed.</p>")
    assert _text(body) == (f"{STORY_TEXT}\n\nArvel says Kestrian drones hit a power station "
                           "overnight.\n\nReporting by state media suggested 40 were killed.")


def test_a_headline_that_is_all_inside_a_chrome_named_link_is_still_the_title():
    body = ('<h1 id="clash"><a class="header" href="#clash">Kestria says 12 killed</a></h1>'
            f"{STORY}")
    text, found = extract_html(f"<html><head><title>Site</title></head><body>{body}</body></html>")
    assert found["title"] == "Kestria says 12 killed"
