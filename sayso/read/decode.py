"""Bytes -> text: byte-order marks, UTF-16 without BOM, strict UTF-8, then Chinese legacy codecs.

Order of decisions (cheapest and surest first):
1. refuse known binary formats (PNG, ZIP, PDF, ...) by their magic numbers;
2. a byte-order mark names the codec (UTF-8, UTF-16 LE/BE, UTF-32);
3. UTF-16 without a BOM shows itself by its NUL bytes falling on one parity;
4. strict UTF-8 (a random legacy text almost never decodes as valid UTF-8);
5. otherwise every plausible codec (GB18030, Big5, UTF-16, and charset-normalizer's guess) is
   tried, and the decoding whose Han characters are most often common ones wins (see
   `common_han`); text without Han falls back to charset-normalizer's choice;
6. a file mixing UTF-8 lines with legacy-encoded lines is decoded line by line;
7. as a last resort UTF-8 with U+FFFD replacement characters, counted in `Decoded.replaced`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from ..errors import InputError
from .common_han import common_han

# Magic numbers of binary formats people feed to text tools by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document, not text (convert it to text first)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF87a", "a GIF image, not text"),
    (b"GIF89a", "a GIF image, not text"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/EPUB), not text"),
    (b"PK\x05\x06", "an empty ZIP archive, not text"),
    (b"\x1f\x8b", "a gzip archive, not text (decompress it first)"),
    (b"BZh", "a bzip2 archive, not text (decompress it first)"),
    (b"\xfd7zXZ\x00", "an xz archive, not text (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, not text"),
    (b"\x7fELF", "an executable, not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office (OLE) document, not text"),
    (b"RIFF", "a RIFF (audio/video/WebP) file, not text"),
    (b"SQLite format 3\x00", "an SQLite database, not text"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 64 * 1024
_CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be", "cp1252")


@dataclass
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # U+FFFD inserted for undecodable bytes


def sniff_binary(raw: bytes) -> str | None:
    """Why `raw` is not text (a binary format recognised by its first bytes), or None."""
    for magic, problem in _MAGIC:
        if raw.startswith(magic):
            if magic == b"RIFF" and len(raw) < 12:
                continue
            return problem
    return None


def decode(raw: bytes, path: str) -> Decoded:
    """Decode `raw` (the bytes of `path`, for error messages) to text; raises InputError."""
    problem = sniff_binary(raw)
    if problem:
        raise InputError(path, problem)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            try:
                return Decoded(body.decode(encoding), encoding + " (BOM)")
            except UnicodeDecodeError:
                text = body.decode(encoding, errors="replace")
                return Decoded(text, encoding + " (BOM)", text.count("\ufffd"))
    if not raw:
        return Decoded("", "utf-8")
    utf16 = _utf16_by_nuls(raw)
    if utf16:
        try:
            return Decoded(raw.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = raw.splitlines(keepends=True)
    utf8_lines = [_try_decode(line, "utf-8") for line in lines]
    if any(t is not None and not t.isascii() for t in utf8_lines):
        return _decode_lines(lines, utf8_lines)
    best, score = _best_candidate(raw)
    if _looks_binary(raw) and score < 0.8:
        raise InputError(path, "binary data, not text")
    damaged = raw.decode("utf-8", errors="replace")
    if best is None or _plausibility(damaged[:_SAMPLE]) > _plausibility(best.text[:_SAMPLE]):
        return Decoded(damaged, "utf-8 (with replacements)", damaged.count("\ufffd"))
    return best


def _utf16_by_nuls(raw: bytes) -> str | None:
    """UTF-16 LE/BE without BOM: ASCII letters, digits and spaces leave NULs on one parity."""
    sample = raw[:_SAMPLE]
    if len(sample) < 4 or len(raw) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.2 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.2 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _looks_binary(raw: bytes) -> bool:
    """Many NULs or C0 control bytes (other than tab/newline/CR/FF/ESC) mean binary data."""
    sample = raw[:_SAMPLE]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.1 * len(sample)


def _char_weight(ch: str, common: frozenset[str]) -> float:
    """How typical `ch` is of real text: 1 for ASCII, common Han, CJK and Latin punctuation."""
    if ch < "\x7f":
        return 1.0 if (ch >= " " or ch in "\n\t\r") else 0.0
    if "\u3400" <= ch <= "\u9fff":
        return 1.0 if ch in common else 0.2
    if ch == "\ufffd" or not ch.isprintable():
        return 0.0
    if ch <= "\u00bf":  # C1 controls and Latin-1 symbols: rare in text, common in mojibake
        return 0.3
    if ch <= "\u024f":  # accented Latin letters: real, but never the bulk of a text
        return 0.8
    if "\u2000" <= ch <= "\u206f" or "\u3000" <= ch <= "\u303f":
        return 1.0
    if "\uff00" <= ch <= "\uffef":
        return 1.0
    if "\ue000" <= ch <= "\uf8ff":  # private use: a wrong codec's favourite output
        return 0.0
    return 0.5


def _plausibility(text: str) -> float:
    """Mean `_char_weight` of `text`: how much it looks like human writing."""
    if not text:
        return 0.0
    common = common_han()
    return sum(_char_weight(ch, common) for ch in text) / len(text)


def _best_candidate(raw: bytes) -> tuple[Decoded | None, float]:
    """The most plausible strict decoding among the CJK codecs and charset-normalizer's guess,
    with its plausibility (0..1)."""
    sample = _cut_sample(raw)
    candidates: list[str] = list(_CANDIDATES)
    guess = charset_normalizer.from_bytes(sample).best()
    if guess is not None and guess.encoding not in candidates:
        candidates.append(guess.encoding)
    scored: list[tuple[float, str]] = []
    mostly_ascii = sum(1 for b in sample if b < 0x80) >= 0.75 * len(sample)
    for encoding in candidates:
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if guess is not None and encoding == guess.encoding:
            score += 0.01  # ties go to the detector...
        if encoding == "cp1252" and mostly_ascii:
            score += 0.02  # ...except that mostly-ASCII text is most likely Western
        scored.append((score, encoding))
    for score, encoding in sorted(scored, reverse=True):
        try:
            return Decoded(raw.decode(encoding), encoding), score
        except UnicodeDecodeError:
            continue  # the sample decoded but a later byte does not
    return None, 0.0


def _cut_sample(raw: bytes) -> bytes:
    """The first bytes of `raw`, cut at a newline so that no multi-byte character is split."""
    if len(raw) <= _SAMPLE:
        return raw
    cut = raw.rfind(b"\n", 0, _SAMPLE)
    return raw[: cut + 1] if cut > 0 else raw[:_SAMPLE]


def _decode_lines(lines: list[bytes], utf8_lines: list[str | None]) -> Decoded:
    """A file with both UTF-8 and non-UTF-8 lines, decoded line by line.

    The lines that are not UTF-8 share the codec that reads them best; each of them keeps the
    more plausible of that codec and UTF-8 with replacement characters (a UTF-8 line with one
    damaged byte should not become mojibake). A line that is valid UTF-8 is not necessarily
    UTF-8 either: legacy Chinese bytes form valid UTF-8 by chance (GBK 0xC2 0xA0 ...), so a
    non-ASCII line also keeps whichever decoding is more plausible.
    """
    bad = b"".join(line for line, text in zip(lines, utf8_lines, strict=True) if text is None)
    best, _ = _best_candidate(bad)
    other = best.encoding if best is not None else "utf-8"
    out: list[str] = []
    used: set[str] = set()
    for line, text in zip(lines, utf8_lines, strict=True):
        if text is not None and text.isascii():
            out.append(text)
            continue
        utf8 = text if text is not None else line.decode("utf-8", errors="replace")
        alt = _try_decode(line, other) if text is not None else line.decode(other, "replace")
        if alt is not None and _plausibility(alt) > _plausibility(utf8):
            out.append(alt)
            used.add(other)
        else:
            out.append(utf8)
            used.add("utf-8" if text is not None else "utf-8 (with replacements)")
    result = "".join(out)
    label = "mixed: " + "+".join(sorted(used)) if len(used) > 1 else (used.pop() if used else "utf-8")
    return Decoded(result, label, result.count("\ufffd"))


def _try_decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
