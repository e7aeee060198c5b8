"""Ingest: decoding, HTML extraction, boilerplate removal, titles and ids."""

from __future__ import annotations

import codecs
import hashlib
import os
import threading
from pathlib import Path

import pytest

from framing.ingest import IngestError, document_from_text, load_document
from framing.text.segment import split_sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "armenia_azerbaijan_border_clashes.txt"
TEXT = "Truce talks stall in Northland\n\nThe minister said “peace is near” – then left.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path: Path | str, **kwargs) -> str:
    with pytest.raises(IngestError) as info:
        load_document(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


# -- decoding -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # Windows tools may leave the BOM out
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "utf16-le-no-bom", "utf16-be-no-bom"],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    doc = load_document(_write(tmp_path, "story.txt", data))
    assert doc.text == TEXT.strip()
    assert not doc.text.startswith("\ufeff")
    assert doc.metadata["encoding"] == encoding
    assert doc.id == "story"
    assert doc.title == "Truce talks stall in Northland"


def test_cyrillic_utf16_without_bom(tmp_path):
    text = "Переговоры зашли в тупик\n\nМинистр сказал «мир близок»."
    doc = load_document(_write(tmp_path, "ru.txt", text.encode("utf-16-le")))
    assert (doc.text, doc.metadata["encoding"]) == (text, "utf-16-le")


@pytest.mark.parametrize(("meta", "encoding", "body"), [
    ('<meta charset="windows-1251">', "cp1251", "Министр сказал, что Россия ответит."),
    ('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', "koi8-r",
     "Министр сказал, что Россия ответит."),
    ("<meta charset=iso-8859-1>", "cp1252", "He said “no” – twice."),  # as browsers read it
])
def test_html_not_in_utf8_is_decoded_as_its_meta_declares(tmp_path, meta, encoding, body):
    page = f"<html><head>{meta}</head><body><p>{body}</p><p>Second.</p></body></html>"
    doc = load_document(_write(tmp_path, "page.html", page.encode(encoding)))
    assert (doc.text, doc.metadata["encoding"]) == (f"{body}\n\nSecond.", encoding)


def test_a_wrong_meta_charset_does_not_spoil_valid_utf8(tmp_path):
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>“Да”</p></body></html>'
    assert load_document(_write(tmp_path, "page.html", page.encode())).text == "“Да”"


def test_cp1252_curly_quotes_and_crlf(tmp_path):
    data = b"Talks fail\r\n\r\nHe said \x93no deal\x94 \x96 twice.\r\nThen he left.\r"
    doc = load_document(_write(tmp_path, "legacy.txt", data))
    assert doc.metadata["encoding"] == "cp1252"
    assert doc.text == "Talks fail\n\nHe said “no deal” – twice.\nThen he left."


def test_stray_byte_in_utf8_text_is_an_error_with_line_and_column(tmp_path):
    data = "Line one says “hello”.\nLine two.\nab ".encode() + b"\x93oops\n"
    message = _error(_write(tmp_path, "mixed.txt", data))
    assert message == "mixed.txt, line 3: not valid UTF-8 (byte 0x93 at column 4)".replace(
        "mixed.txt", str(tmp_path / "mixed.txt"))


def test_truncated_utf8_at_end_is_an_error(tmp_path):
    data = "First “line”.\nSecond line ends in a dash ".encode() + "—".encode()[:2]
    message = _error(_write(tmp_path, "cut.txt", data))
    assert "line 2" in message and "truncated" in message


def test_truncated_utf8_in_ascii_text_is_not_taken_for_cp1252(tmp_path):
    message = _error(_write(tmp_path, "cut.txt", b"plain ascii\nthen \xe2\x80"))
    assert "line 2" in message and "not valid UTF-8" in message


def test_truncated_utf16_is_an_error(tmp_path):
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"x"
    assert "not valid UTF-16" in _error(_write(tmp_path, "odd.txt", data))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"PK\x03\x04\x00\x00binary", "binary file, not text"),
        (bytes(range(1, 9)) * 40 + b"some text", "binary file, not text"),
        (b"", "empty document"),
        (b"  \n\t\r\n   \n", "empty document"),
    ],
    ids=["nul", "control-chars", "empty", "whitespace-only"],
)
def test_unreadable_files(tmp_path, data, expected):
    path = _write(tmp_path, "bad.txt", data)
    assert _error(path) == f"{path}: {expected}"


def test_size_limit_and_missing_files(tmp_path):
    path = _write(tmp_path, "big.txt", b"x" * 500)
    assert "too large" in _error(path, max_bytes=100)
    assert _error(tmp_path / "nope.txt").endswith("nope.txt: no such file")
    assert _error("artcle.txt") == "artcle.txt: no such file"  # a typo is not an article
    assert "directory" in _error(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_without_a_size_stops_at_the_size_limit(tmp_path):
    # a pipe (or /dev/zero) reports size 0: only reading says how large it is
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_bytes(b"Northland said. " * 200),
                              daemon=True)  # 3,200 bytes: within the pipe's buffer
    writer.start()
    message = _error(pipe, max_bytes=1000)
    writer.join(10)
    assert message.endswith("too large (over 1000 bytes; the limit is 1000 bytes: split it "
                            "into articles, or raise the limit: --max-mb)")


def test_a_long_line_of_text_is_text_not_a_file_name():
    line = "Azerbaijan denied it, saying Armenia had shelled its villages first. " * 5
    assert load_document(line).text == line.strip()


def test_str_path_versus_str_text(tmp_path):
    path = _write(tmp_path, "n.txt", TEXT.encode())
    assert load_document(str(path)).text == TEXT.strip()
    doc = load_document("Northland shelled Southland. Southland denied it.")
    assert doc.source == "<string>"
    expected = hashlib.sha1(doc.text.encode()).hexdigest()[:12]
    assert doc.id == f"doc-{expected}"
    assert load_document("One line.", doc_id="mine").id == "mine"


def test_document_from_text_keeps_metadata_and_puts_title_first():
    doc = document_from_text("Southland denied it.", doc_id="r1", title="Shelling reported",
                             outlet="Daily", date="2021-11-16", url="https://x.org/a")
    assert doc.text == "Shelling reported\n\nSouthland denied it."
    assert (doc.id, doc.title, doc.outlet, doc.date, doc.url) == (
        "r1", "Shelling reported", "Daily", "2021-11-16", "https://x.org/a")
    same = document_from_text("Shelling reported\n\nSouthland denied it.",
                              title="Shelling reported")
    assert same.text.count("Shelling reported") == 1
    with pytest.raises(IngestError, match="r2: empty document"):
        document_from_text(" \n ", doc_id="r2")


def test_plain_title_rules():
    assert load_document("A headline here\n\nBody text.").title == "A headline here"
    assert load_document("A full sentence.\n\nBody text.").title is None
    assert load_document("No blank line after this\nBody text.").title is None
    assert load_document("Long " * 60 + "\n\nBody.").title is None


# -- boilerplate --------------------------------------------------------------------------------
def test_seed_cookie_banner_is_removed():
    doc = load_document(SEED)
    assert "cookies" not in doc.text
    assert doc.text.endswith("the ensuing conflict left an estimated 30,000 dead.")
    assert doc.metadata["boilerplate_removed"] == 1
    assert doc.title == ("Armenia claims soldiers killed and detained in border clashes "
                         "with Azerbaijan")
    assert doc.text.startswith(doc.title)
    assert "Calls to Moscow" in doc.text


def test_only_whole_boilerplate_paragraphs_are_removed():
    kept = [
        "Northland said it would subscribe to our newsletter-style bulletins, officials said.",
        "The regulator said this website uses cookies illegally, a claim the firm denied, "
        "and it fined the firm. " * 6,
        "Readers were told to sign up for the reserve army.",
    ]
    chrome = ["Advertisement", "Subscribe to our newsletter for the morning briefing.",
              "Read more: Northland and Southland trade fire", "Share this article",
              "Follow us on Twitter", "© 2021 Daily News. All rights reserved.",
              "Facebook\nTwitter\nEmail"]
    doc = document_from_text("\n\n".join(["Headline here", *kept[:2], *chrome, kept[2]]))
    for para in kept:
        assert para.strip() in doc.text
    for para in chrome:
        assert para not in doc.text
    assert doc.metadata["boilerplate_removed"] == len(chrome)


def test_only_boilerplate_is_an_error():
    with pytest.raises(IngestError, match="only site boilerplate"):
        document_from_text("Advertisement\n\nShare this article")


# -- HTML ---------------------------------------------------------------------------------------
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Border clashes erupt | The Caucasus Daily</title>
<meta property="og:site_name" content="The Caucasus Daily">
<meta property="article:published_time" content="2021-11-16T10:00:00Z">
<link rel="canonical" href="https://example.org/news/clashes">
<style>p { color: red; }</style>
<script>var s = "<p>script text</p>";</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World news</a></nav></header>
<div>Sidebar text outside the article</div>
<article><header><span>World</span><h1>Border clashes erupt: Northland &amp; Southland</h1>
</header>
<p>Northland reported deaths in clashes with Southland&#8217;s troops.</p>
<p>The ministry said &ldquo;there are dead&rdquo;.<br>It gave no figures.</p>
<h2>Calls to Moscow</h2><div>Advertisement</div>
<p>The <b>European</b> Union called for calm.</p>
<aside>Related story in an aside</aside><button>Share</button><noscript>Enable JS</noscript>
</article><footer>Footer text</footer></body></html>"""


def test_html_main_text_title_and_metadata(tmp_path):
    doc = load_document(_write(tmp_path, "page.html", PAGE.encode()))
    assert doc.text == (
        "Border clashes erupt: Northland & Southland\n\n"
        "Northland reported deaths in clashes with Southland’s troops.\n\n"
        "The ministry said “there are dead”.\n\nIt gave no figures.\n\n"
        "Calls to Moscow\n\nThe European Union called for calm."
    )
    for junk in ("script text", "color", "Home", "Sidebar", "Related", "Share", "Enable JS",
                 "Footer", "Advertisement"):
        assert junk not in doc.text
    assert doc.title == "Border clashes erupt: Northland & Southland"
    assert (doc.outlet, doc.date, doc.url) == (
        "The Caucasus Daily", "2021-11-16T10:00:00Z", "https://example.org/news/clashes")
    assert doc.metadata["format"] == "html" and doc.metadata["lang"] == "en"
    sentences = split_sentences(doc.text)
    assert [s.heading for s in sentences] == [True, False, False, False, True, False]


def test_html_prefers_main_then_falls_back_to_body_and_title_tag():
    main = ("<html><head><title>Ceasefire holds - Daily</title></head><body><p>Menu text</p>"
            "<main><p>Main story text.</p><p>More <i>main</i> text.</p></main></body></html>")
    doc = document_from_text(main)
    assert doc.text == "Ceasefire holds\n\nMain story text.\n\nMore main text."
    assert doc.title == "Ceasefire holds"
    body = "<html><body><p>Only a paragraph.</p><div>And a div<br/>with a break</div></body></html>"
    assert document_from_text(body).text == "Only a paragraph.\n\nAnd a div\n\nwith a break"


def test_html_picks_the_longest_article_and_og_title():
    html = ("<html><head><meta property='og:title' content='Main headline'></head><body>"
            "<article><p>Teaser.</p></article>"
            "<article><p>The long story has much more text than the teaser does.</p></article>"
            "</body></html>")
    doc = document_from_text(html)
    assert doc.text == ("Main headline\n\n"
                        "The long story has much more text than the teaser does.")


def test_html_without_text_is_an_error(tmp_path):
    path = _write(tmp_path, "blank.html", b"<html><body><script>x()</script></body></html>")
    assert _error(path).endswith("no text found in HTML")


# -- scale --------------------------------------------------------------------------------------
def test_twenty_megabytes_load_and_segment(tmp_path):
    body = load_document(SEED).text
    copies = 20_000_000 // len(body) + 1
    path = _write(tmp_path, "big.txt", "\n\n".join([body] * copies).encode())
    doc = load_document(path, max_bytes=25_000_000)  # over the default limit
    assert len(doc.text) > 20_000_000
    sentences = split_sentences(doc.text)
    assert len(sentences) == 22 * copies
    assert sum(s.heading for s in sentences) == 2 * copies
