"""Publication dates as corpora write them: ISO, RFC 2822 (RSS), the common spelled-out forms, and
day/month numbers only when the order is unambiguous."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DATE_FORMATS = (
    "%Y/%m/%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d.%m.%Y",
    "%a, %d %b %Y",
)


def parse_date(value: Any) -> _dt.date | None:
    """A calendar date from the usual ways of writing one; ValueError when there is none.

    Times and zones are dropped: the date is the one written in the source's own time zone,
    which is the publication day its readers saw. Day/month order is never guessed.
    """
    if value is None:
        return None
    if isinstance(value, bool):  # JSON true/false: before, left empty without a flag
        raise ValueError(f"{str(value).lower()} is not a date; write dates as YYYY-MM-DD")
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for parse in (_dt.date.fromisoformat, _dt.datetime.fromisoformat):
        try:
            result = parse(text)
            return result.date() if isinstance(result, _dt.datetime) else result
        except ValueError:
            pass
    from email.utils import parsedate_to_datetime  # here: one article never needs the email package

    try:
        return parsedate_to_datetime(text).date()  # RFC 2822, as in RSS feeds
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    m = _SLASH_DATE.fullmatch(text)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a > 12 >= b:
            return _dt.date(year, b, a)
        if b > 12 >= a:
            return _dt.date(year, a, b)
        if a > 12 and b > 12:
            raise ValueError(f"unrecognised date {_shown(text)} (no month); write dates as YYYY-MM-DD")
        raise ValueError(f"ambiguous date {_shown(text)} (day/month order unknown); write dates as YYYY-MM-DD")
    raise ValueError(f"unrecognised date {_shown(text)}; write dates as YYYY-MM-DD")


def _shown(text: str) -> str:
    """A date cell quoted for a flag, at most 40 characters: a 2 MB "date" was a 2 MB reason in the errors file."""
    return repr(text) if len(text) <= 40 else repr(text[:40]) + "…"
