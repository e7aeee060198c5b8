"""Dates of articles and the periods (months, ISO weeks) they fall in.

A date is read as written: ``2024-12-31T23:30:00-05:00`` is 31 December, the publisher's own
day, not 1 January in UTC (RFC 2822 dates likewise).
"""

from __future__ import annotations

from datetime import date as Date
from datetime import timedelta
from email.utils import parsedate_to_datetime

PERIODS = ("week", "month")


def date_of(date: str | None) -> Date | None:
    """The day of a date string, None if unreadable: ISO 8601 (``2024-03-02``, with or without
    a time) or RFC 2822 (``Sat, 02 Mar 2024 10:00:00 GMT``, as RSS feeds give it);
    ``03/02/2024`` is ambiguous and not read."""
    if not date:
        return None
    try:
        return Date.fromisoformat(str(date)[:10])
    except ValueError:
        try:
            return parsedate_to_datetime(str(date)).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None


def period_of(date: str | None, period: str = "month") -> str | None:
    """``2024-03`` (month) or ``2024-W09`` (ISO week) of a date string (:func:`date_of`), None
    if unreadable."""
    d = date_of(date)
    if d is None:
        return None
    if period == "week":
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return f"{d.year:04d}-{d.month:02d}"


def period_span(first: str, last: str, period: str = "month") -> list[str]:
    """Every period from ``first`` to ``last`` (both as :func:`period_of` writes them), in
    order, those without articles included: ``2020-W52``, ``2020-W53``, ``2021-W01``."""
    if period == "week":
        start, end = (Date.fromisocalendar(int(p[:-4]), int(p[-2:]), 1) for p in (first, last))
        return [f"{y:04d}-W{w:02d}" for y, w, _ in
                ((start + timedelta(weeks=i)).isocalendar()
                 for i in range((end - start).days // 7 + 1))]
    (y, m), (end_y, end_m) = ((int(p[:-3]), int(p[-2:])) for p in (first, last))
    out = []
    while (y, m) <= (end_y, end_m):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
