"""Pages saved as "Webpage, Single File" (MHTML): the HTML part is read (framing.html_archive)."""

from __future__ import annotations

import pytest

from framing.ingest import IngestError, load_document

PAGE = ("<html><head><title>Kestria says 12 killed | Kestria Daily</title></head><body>"
        "<h1>Kestria says 12 killed</h1>"
        "<p>Kestria said on Tuesday that 12 soldiers had been killed.</p>"
        "<p>Arvel denied it.</p></body></html>")


def _mhtml(html: bytes, part_headers: str = "Content-Type: text/html",
           where: str = "https://example.org/kestria-12") -> bytes:
    head = ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {where}\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="BB"\r\n\r\n'
            f"--BB\r\n{part_headers}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
    return head.encode() + html.replace(b"=", b"=3D") + b"\r\n--BB--\r\n"


def test_single_file_page_reads_as_its_article(tmp_path):
    path = tmp_path / "story.mhtml"
    path.write_bytes(_mhtml(PAGE.encode()))
    doc = load_document(path)
    assert doc.text == ("Kestria says 12 killed\n\nKestria said on Tuesday that 12 soldiers had "
                        "been killed.\n\nArvel denied it.")
    assert (doc.outlet, doc.url, doc.metadata["format"]) == (
        "Kestria Daily", "https://example.org/kestria-12", "html")


def test_an_archive_is_recognised_by_its_content_and_its_part_charset_is_used(tmp_path):
    page = PAGE.replace("Arvel denied it.", "Арвель это отрицает.")
    path = tmp_path / "saved.txt"
    path.write_bytes(_mhtml(page.encode("windows-1251"),
                            "Content-Type: text/html; charset=windows-1251"))
    assert load_document(path).text.endswith("Арвель это отрицает.")


def test_an_archive_without_a_page_is_a_one_line_error(tmp_path):
    path = tmp_path / "images.mhtml"
    data = _mhtml(b"/9j/4AAQSkZJRg", "Content-Type: image/jpeg")
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert str(info.value) == f"{path}: web archive (MHTML) without an HTML page"
