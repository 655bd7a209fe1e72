"""Metadata helpers shared by the readers: dates to ISO 8601, values to JSON-friendly form."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def iso_date(value: Any) -> str | None:
    """`value` (a date, datetime, or a date string in common formats) as YYYY-MM-DD, or None.

    Accepts ISO 8601 ("2022-03-17", "2022-03-17T10:00:00Z"), slashes and dots, Chinese dates
    ("2022年3月17日") and RFC 2822 dates ("Thu, 17 Mar 2022 10:00:00 GMT").
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()[:64]
    m = _YMD.search(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def plain(value: Any) -> Any:
    """`value` with dates turned into ISO strings, so that metadata can be written as JSON."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def first_str(meta: dict[str, Any], *keys: str) -> str | None:
    """The first non-empty string value among `keys` (case-insensitive) in `meta`."""
    lowered = {str(k).lower(): v for k, v in meta.items()}
    for key in keys:
        value = lowered.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def language_tag(value: str | None) -> tuple[str | None, str | None]:
    """(primary language, script) of a BCP-47 tag: "zh-Hant-TW" -> ("zh", "Hant").

    Chinese region subtags imply a script when none is given (zh-TW, zh-HK, zh-MO -> Hant;
    zh-CN, zh-SG -> Hans); a value that is not a tag gives (None, None).
    """
    if not value:
        return None, None
    parts = value.strip().replace("_", "-").split("-")
    primary = parts[0].lower()
    if not (primary.isalpha() and 2 <= len(primary) <= 3):
        return None, None
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    if primary == "zh" and script is None:
        regions = {p.upper() for p in parts[1:]}
        if regions & {"TW", "HK", "MO"}:
            script = "Hant"
        elif regions & {"CN", "SG"}:
            script = "Hans"
    return primary, script if script in ("Hans", "Hant") else None
