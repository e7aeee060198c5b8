"""The page inside a web archive saved by a browser ("Webpage, Single File": ``.mhtml``).

An MHTML file is a MIME message (RFC 2557): headers, then the page's HTML and its images as
parts, the HTML usually quoted-printable. The standard library's :mod:`email` reads it.
"""

from __future__ import annotations

import email
import email.policy
import re

MHTML_SUFFIXES = (".mhtml", ".mht")
_MIME_START = re.compile(rb"\A(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){1,40}?"
                         rb"(?:MIME-Version|Content-Type):", re.I)


def looks_like_mhtml(data: bytes) -> bool:
    """True when ``data`` starts as a MIME message holding a multipart page."""
    head = data[:4096]
    return bool(_MIME_START.match(head)) and b"multipart/related" in head.lower()


def page_of_mhtml(data: bytes) -> bytes | None:
    """The HTML of the archived page, preceded by the browser's note of its address
    (``<!-- saved from url=(N)ADDRESS -->``, as "Save page as" writes it); None when the
    archive has no HTML part."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    where = message.get("Snapshot-Content-Location", "")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            html = part.get_payload(decode=True)
            if not isinstance(html, bytes):
                return None
            where = where or part.get("Content-Location", "")
            note = f"<!-- saved from url=({len(where):04d}){where} -->\n" if where else ""
            if charset := part.get_content_charset():  # the part's, for decode_bytes to read
                note += f'<meta charset="{charset}">\n'
            return note.encode("ascii", "replace") + html
    return None
