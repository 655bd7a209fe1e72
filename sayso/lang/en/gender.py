"""Grammatical gender of person names, read from the article itself (issue #11).

A personal pronoun agrees with its antecedent in gender (the agreement filter of Lappin & Leass
1994): `she` after "Angela Rayner met ... Boris Johnson was not invited." is Rayner. Evidence,
strongest first: an honorific before a mention of the surname (`Ms Rayner`, `Mr. Trump`), a
common given name (`gender.json`), then the first personal pronoun after a mention within its
sentence, before any other capitalised word intervenes. No evidence means unknown, which agrees
with both pronouns: the filter only removes antecedents the text marks as the wrong gender.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_DATA = json.loads(resources.files("sayso.lang.en").joinpath("gender.json").read_text("utf-8"))
HONORIFICS = {w: g for g, words in _DATA["honorifics"].items() for w in words}
GIVEN_NAMES = {w: g for g, words in _DATA["given_names"].items() for w in words}
UNISEX_GIVEN_NAMES = frozenset(_DATA["unisex_given_names"])
GENDERED_NOUNS = {w: g for g, words in _DATA["gendered_nouns"].items() for w in words}
# Words that end a description's head: what follows qualifies it (`the mother of the victim`).
_HEAD_ENDS = frozenset({"who", "that", "of", "for", "from", "in", "at", "with", ","})


def description_gender(description: str) -> str | None:
    """"m"/"f" from the head of a person description (`A woman who identified herself as the
    mother of ...` f, `the victim's father` m), None when no word before its qualifiers marks a
    gender (`A resident`): `gender.json` gendered_nouns."""
    for word in description.replace(",", " , ").split()[:5]:
        low = word.lower()
        if low in _HEAD_ENDS:
            return None
        if low in GENDERED_NOUNS:
            return GENDERED_NOUNS[low]
    return None


def given_name_gender(name: str) -> str | None:
    """"m"/"f" from the given name opening a full name alone (`Bill Clinton` m, `Hillary
    Clinton` f), None for a bare surname, an unknown or a unisex given name (`Lee Epstein`)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    return None if first in UNISEX_GIVEN_NAMES else GIVEN_NAMES.get(first)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN_RE = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_CAPITAL_RE = re.compile(r"\b[A-Z][a-z]")
_CLAUSE_END_RE = re.compile(r"[.?!;]")

# Patterns built around one surname, compiled once per process: an article asks about dozens of
# names and `re`'s own cache (512 patterns) overflows across a corpus, so recompiling them was
# ~13% of English run time (benchmarks/bench_en.py). Bounded so a long batch run stays small.
_PATTERN_CACHE = 4096


# An honorific and the space after it, up to a surname (`Ms ` of `Ms Rayner`): searched with
# `endpos` at each occurrence of the surname, so one pattern compiled at import serves every
# surname (an honorific and its space hold no line break, so the search starts at the line).
_HONORIFIC_BEFORE = re.compile(r"\b(" + "|".join(re.escape(w.rstrip(".")) for w in HONORIFICS)
                               + r")\.?[ \t\u00a0]+\Z", re.IGNORECASE)


_SPACES = frozenset(" \t\u00a0")
_LONGEST_HONORIFIC = max(len(w.rstrip(".")) for w in HONORIFICS)  # and its optional period: +1


@lru_cache(maxsize=_PATTERN_CACHE)
def _surname_at_re(surname: str) -> re.Pattern[str]:
    """Every position where the surname starts, ending at a word boundary, in any case (cheap to
    compile: a literal)."""
    return re.compile(rf"(?={re.escape(surname)}\b)", re.IGNORECASE)


# The only characters beyond ASCII that `re` matches to an ASCII letter under IGNORECASE (İ ı ſ
# and the Kelvin sign; found by trying every code point), and the only ones whose `str.lower`
# is ASCII or longer than one character, with K.
_ASCII_CASE_VARIANTS = ("\u0130", "\u0131", "\u017f", "\u212a")


def surname_starts(text: str, surname: str) -> list[int]:
    """Every position where the surname starts, ending at a word boundary, in any case: the
    matches of `_surname_at_re`. An ASCII surname in a text without `_ASCII_CASE_VARIANTS` is
    found in the lower-cased text (the same length, the same letters where ASCII) instead of
    compiling a pattern for it (about 0.5 % of English run time, paid on each new name)."""
    if not surname or not surname.isascii() or any(c in text for c in _ASCII_CASE_VARIANTS):
        return [m.start() for m in _surname_at_re(surname).finditer(text)]
    folded, key = text.lower(), surname.lower()
    found = []
    at = folded.find(key)
    while at >= 0:
        if _ends_word(text, at + len(key), len(text)):
            found.append(at)
        at = folded.find(key, at + 1)
    return found


def honorifics_before(text: str, surname: str) -> list[str]:
    """The honorifics written right before the surname, in any case, in text order (`Ms` of `Ms
    Rayner`, `MR.` of `MR. TRUMP`)."""
    found = []
    for at in surname_starts(text, surname):
        # The search starts a honorific's length before the spaces ending at `at`, not at the
        # line start (a long line made each search linear in it); `\b` still sees the text
        # before the start, and a match cannot begin earlier (no honorific ends with a space).
        spaces = at
        while spaces > 0 and text[spaces - 1] in _SPACES:
            spaces -= 1
        start = max(text.rfind("\n", 0, at) + 1, spaces - _LONGEST_HONORIFIC - 1)
        title = _HONORIFIC_BEFORE.search(text, start, at)
        if title is not None:
            found.append(title.group(1))
    return found


# A capitalised word and the spaces after it, perhaps across a middle name (`Keith L. `): one
# pattern compiled at import serves every surname; `capitalised_before` checks the surname after
# it (compiling a pattern per surname, as before, was about 1 % of English run time, a new
# article asking about new names).
_CAPITALISED_THEN_SPACE = re.compile(r"\b([A-Z][a-z]+)[ \t\u00a0]+")
_CAPITALISED_MIDDLE_THEN_SPACE = re.compile(r"\b([A-Z][a-z]+)([ \t\u00a0]+)(?:[A-Z][a-z]*\.?[ \t\u00a0]+)?")


def _is_word_char(c: str) -> bool:
    """A character `re` counts as a word character in a `str` pattern (`\\w`)."""
    return c.isalnum() or c == "_"


def _ends_word(text: str, end: int, endpos: int) -> bool:
    """Whether `\\b` holds at `end` (> 0) in a search of `text` that stops at `endpos`."""
    return _is_word_char(text[end - 1]) != (end < endpos and _is_word_char(text[end]))


def _starts_word(text: str, at: int) -> bool:
    """Whether `\\b` holds at `at` (< len(text)), the text before it read as `re` reads it."""
    return (at > 0 and _is_word_char(text[at - 1])) != _is_word_char(text[at])


def capitalised_before(text: str, surname: str, lo: int, hi: int, middle: bool) -> list[str]:
    """The capitalised word right before each mention of `surname` in text[lo:hi] (`Gina` of
    `Gina Haspel`), or with `middle` perhaps across a middle name (`Keith` of `Keith L. Scott`),
    in text order: the matches of `finditer(text, lo, hi)` with
    `\\b([A-Z][a-z]+)[ \\t\\u00a0]+(?:[A-Z][a-z]*\\.?[ \\t\\u00a0]+)?SURNAME\\b` (the middle part
    only with `middle`). The runs of letters and of spaces match whole (the next character
    cannot continue them), so at each start the pattern has one reading with the middle name
    and one without, tried in that order as `re` tries them; after a match the search goes on
    at its end, as `finditer` does."""
    pattern = _CAPITALISED_MIDDLE_THEN_SPACE if middle else _CAPITALISED_THEN_SPACE
    found: list[str] = []
    pos = lo
    while (m := pattern.search(text, pos, hi)) is not None:
        ends = [m.end()] if not middle or m.end() == m.end(2) else [m.end(), m.end(2)]
        end = next((at + len(surname) for at in ends if text.startswith(surname, at)
                    and at + len(surname) <= hi and _ends_word(text, at + len(surname), hi)), None)
        if end is None:
            pos = m.start() + 1
            continue
        found.append(m.group(1))
        pos = end
    return found


def mentions(text: str, mention: str) -> list[tuple[int, int]]:
    """(start, end) of each mention as a whole word or words, in text order: the matches of
    `finditer` with `\\bMENTION\\b` (the search goes on after each match), found with
    `str.find` instead of a pattern compiled per mention."""
    found: list[tuple[int, int]] = []
    at = text.find(mention)
    while at >= 0:
        end = at + len(mention)
        if _starts_word(text, at) and _ends_word(text, end, len(text)):
            found.append((at, end))
            at = text.find(mention, end)
        else:
            at = text.find(mention, at + 1)
    return found


def _name_words(name: str) -> list[str]:
    """The words of a name without the stops and commas around them."""
    return [w for w in (w.strip(".,") for w in name.split()) if w]


def _titled_gender(words: list[str]) -> str | None:
    """The gender an honorific opening a name of two words or more gives it (`Ms Rayner`)."""
    if len(words) < 2:
        return None
    return HONORIFICS.get(words[0].lower()) or HONORIFICS.get(words[0].lower() + ".")


class GenderIndex:
    """Gender of names in one text, computed on demand and cached (cost: one scan of the text
    per surname asked about)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, str | None] = {}
        self._marked: dict[str, str | None] = {}  # `marked` per name: an entity's aliases are asked again and again
        # Scans of the text per surname: `Haspel` and `Gina Haspel` ask the same questions.
        self._honorifics: dict[str, list[str]] = {}
        self._capitalised_before: dict[tuple[bool, str], list[str]] = {}

    def of(self, name: str) -> str | None:
        """"m", "f" or None for a person's name (`Angela Rayner`, `Ms Rayner`, `Rayner`)."""
        words = _name_words(name)
        if not words:
            return None
        titled = _titled_gender(words)
        if titled is not None:
            return titled
        surname = words[-1].removesuffix("’s").removesuffix("'s")
        key = f"{words[0] if len(words) > 1 else ''}|{surname}"
        if key not in self._cache:
            self._cache[key] = self._evidence(words, surname)
        return self._cache[key]

    def marked(self, name: str) -> str | None:
        """"m", "f" or None from the written marks of a person's gender alone: an honorific
        (`Ms Rayner`, `Mr. Trump` elsewhere in the text) or a given name that only one sex
        bears (`Hillary Clinton`, `Gina` before `Haspel`), never the pronouns after a mention,
        which count a nearby person's too (`Comey had characterized ... all of her public
        statements`; `Fiorina ... his`), nor a unisex given name (`Leslie Grantham`). Strong
        enough to leave a pronoun unresolved rather than give it to the name."""
        if name not in self._marked:
            self._marked[name] = self._marks(name)
        return self._marked[name]

    def _marks(self, name: str) -> str | None:
        words = _name_words(name)
        owner = max((k for k, w in enumerate(words[:-1]) if w.endswith(POSSESSIVE_ENDINGS)), default=None)
        if owner is not None:
            words = words[owner + 1:]  # `Mr Eavis' daughter Emily` is Emily, not Mr Eavis (BBC 2005)
        if not words:
            return None
        titled = _titled_gender(words)
        if titled is not None:
            return titled
        surname = words[-1].removesuffix("’s").removesuffix("'s")
        if not surname[:1].isupper() or surname.lower() in NOT_NAMES:
            return None
        first = words[0].lower()
        if len(words) == 1 and first in GIVEN_NAMES and first not in UNISEX_GIVEN_NAMES \
                and not self._honorifics_before(surname):
            return GIVEN_NAMES[first]  # `Emily said`: a given name alone
        if len(words) > 1:
            # the name's own given name only: `Carly Fiorina` is not marked by her husband
            # Frank Fiorina named elsewhere (Washington Post 2016)
            return None if first not in GIVEN_NAMES or first in UNISEX_GIVEN_NAMES else GIVEN_NAMES[first]
        titles = {HONORIFICS.get(h.lower()) or HONORIFICS[h.lower() + "."]
                  for h in self._honorifics_before(surname) if h[:1].isupper()}
        # the capitalised words before the surname that are no common word written lower-case
        # elsewhere (`But Fiorina`): each must be a one-sex given name, else the surname is a
        # family's (`Ozzy Osbourne` beside `Sharon Osbourne`, Ozzy unlisted: BBC 2005)
        before = {w for w in self._words_before(surname, False)
                  if w.lower() not in HONORIFICS and w.lower() + "." not in HONORIFICS
                  and not re.search(rf"\b{re.escape(w.lower())}\b", self.text)}
        if any(w.lower() not in GIVEN_NAMES or w.lower() in UNISEX_GIVEN_NAMES for w in before):
            return titles.pop() if len(titles) == 1 and not before else None
        marks = titles | {GIVEN_NAMES[w.lower()] for w in before}
        return marks.pop() if len(marks) == 1 else None

    def _evidence(self, words: list[str], surname: str) -> str | None:
        if not surname[:1].isupper() or surname.lower() in NOT_NAMES:
            return None
        given = GIVEN_NAMES.get(words[0].lower()) if len(words) > 1 else None
        if given is not None:
            return given
        if len(words) == 1 and surname.lower() in GIVEN_NAMES and not self._honorifics_before(surname):
            return GIVEN_NAMES[surname.lower()]  # `Melanie said`: a first name alone, not `Mr. Lee`
        if len(words) == 1:  # `Haspel` after `Gina Haspel`: the given name used with the surname
            firsts = {GIVEN_NAMES.get(w.lower()) for w in self._words_before(surname, False)} - {None}
            if not firsts:
                # `Comey` after `FBI Director James B. Comey`: the given name across a middle
                # initial (one capital and its stop: `Steven Theede. Yukos` is two sentences),
                # which outweighs the pronoun votes below (`Comey had characterized
                # ... all of her public statements`: her is the object's, Washington Post 2016);
                # only when every such word is a listed given name (`Marcel Lehel Lazar` beside
                # `Gabriela Violeta Lazar` is a family: no evidence)
                plain = set(self._words_before(surname, False))
                across = [w for w in self._words_before(surname, True) if w not in plain
                          and re.search(rf"\b{w}[ \t\u00a0]+[A-Z]\.[ \t\u00a0]+{re.escape(surname)}\b", self.text)]
                if across and all(w.lower() in GIVEN_NAMES and w.lower() not in UNISEX_GIVEN_NAMES
                                  for w in across):
                    firsts = {GIVEN_NAMES[w.lower()] for w in across}
            if len(firsts) == 1:
                return firsts.pop()
        titles = {HONORIFICS.get(h.lower()) or HONORIFICS[h.lower() + "."]
                  for h in self._honorifics_before(surname) if h[:1].isupper()}
        given_names = {w for w in self._words_before(surname, True)
                       if w.lower() not in HONORIFICS and w.lower() + "." not in HONORIFICS}
        if len(titles) == 1 and len(given_names) <= 1:
            return titles.pop()  # `Mr. Scott` beside Keith and Rakeyia Scott: a family, no evidence
        votes = {"m": 0, "f": 0}
        # The bare surname's mentions vote too when the text gives it one given name at most
        # (`Taylor Swift, her label ... Swift got support ... to stop her`): the surname then
        # names that one person; beside two given names (a family) only the full name votes.
        mention = " ".join(words) if len(words) > 1 and not titles and len(given_names) > 1 \
            else surname
        for _, end in mentions(self.text, mention):
            after = self.text[end:end + 120]
            stop = _CLAUSE_END_RE.search(after)
            after = after[:stop.start()] if stop else after
            p = _PRONOUN_RE.search(after)
            if p is None or _CAPITAL_RE.search(after, 0, p.start()):
                continue
            votes[PRONOUN_GENDER[p.group().lower()]] += 1
        if abs(votes["m"] - votes["f"]) < 2:
            return None  # one pronoun after one mention is too weak a clue
        return "m" if votes["m"] > votes["f"] else "f"

    def _honorifics_before(self, surname: str) -> list[str]:
        if surname not in self._honorifics:
            self._honorifics[surname] = honorifics_before(self.text, surname)
        return self._honorifics[surname]

    def _words_before(self, surname: str, middle: bool) -> list[str]:
        """The capitalised words right before the surname, or perhaps across a middle name
        (`capitalised_before`), in text order."""
        key = (middle, surname)
        if key not in self._capitalised_before:
            # A match holds no line break, so only the lines holding the surname are searched
            # (the whole text per surname was ~1% of English run time); same matches, same order.
            self._capitalised_before[key] = [w for lo, hi in self._lines_with(surname)
                                             for w in capitalised_before(self.text, surname, lo, hi, middle)]
        return self._capitalised_before[key]

    def _lines_with(self, word: str) -> list[tuple[int, int]]:
        """(start, end) of each line of the text holding `word` (case as written), in order."""
        text = self.text
        if not word:
            return [(0, len(text))]
        lines: list[tuple[int, int]] = []
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.append((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end)
        return lines


# Endings of a possessor's word inside a description (`Mr Eavis' daughter Emily`).
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
# Capitalised words that the name finder may take for a surname but name nobody.
NOT_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "june", "july", "august",
                       "september", "october", "november", "december"})
