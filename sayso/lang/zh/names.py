"""Person names in Chinese news text: transliterated foreign names and Chinese names.

Word segmenters split unknown transliterated names (jieba: 泽/连斯基, 佩/斯科夫), so we find
them directly, in one pass over the text folded to simplified script:

* Transliterated names are runs of the standard transliteration characters (the Xinhua
  name-transliteration tables, `lang/zh/translit_chars.json`), optionally joined by `·`
  (德米特里·佩斯科夫) and followed by a Latin name in parentheses (卡乌索格鲁（Cavusoglu）).
  Because most of those characters are also ordinary characters, a run is a name only with
  evidence: the Latin name, the joiner, a title right before it (土耳其外长), or a reporting cue
  right after it (…说, …表示). A run whose only evidence is weaker (a particle after it) is
  accepted when it is repeated in the text; once a name is known, every occurrence of it is.
* Chinese names are a surname (`lang/zh/surnames.json`, single and compound) plus one or two
  given-name characters, accepted with a title before (外交部发言人秦刚) or a cue after
  (蔡英文指出); `郭先生` (surname + honorific) is a mention too.

The approach is the classic rule-based one for Chinese person names (surname tables and
transliteration character sets with context cues, e.g. Sun, Zhou & Gao, "Identifying Chinese
names in unrestricted texts", 1995; Chen & Lee's foreign-name character model), kept
deliberately local so it runs faster than segmenting the whole text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import ahocorasick

from ...text import is_han as _is_han
from ...text import quiet_jieba, to_simplified

_PUNCT_BOUNDARY = set("，。！？；：、“”‘’「」『』（）()《》〈〉【】[]—…·\n\r\t 　,.;:!?\"'")


@dataclass(frozen=True)
class NameMention:
    """One mention of a person's name.

    `start`/`end` cover the name and a parenthesised Latin name right after it when present;
    `name` is the Chinese name as written (original script); `latin` the Latin name from the
    parentheses; `title_start` is where a title/role right before the name begins (the start of
    土耳其外长 in 土耳其外长卡乌索格鲁), or None. `name_end` is where the Chinese name ends
    (before the parentheses). `kind` is "translit", "chinese" or "honorific" (郭先生).
    """

    start: int
    end: int
    name: str
    latin: str | None = None
    title_start: int | None = None
    name_end: int = -1
    kind: str = "translit"
    guessed: bool = False  # the end was guessed (no cue or boundary after the name)

    @property
    def short(self) -> str:
        """The surname part of a transliterated name (佩斯科夫 in 德米特里·佩斯科夫)."""
        return _last_part(self.name)


@lru_cache(maxsize=8192)
def _last_part(name: str) -> str:
    """What follows the last name joiner (asked repeatedly for the same names: memoised).

    Every joiner of translit_chars.json counts: Sina and other mainland sports desks write
    阿玛雷-斯塔德迈尔 with a hyphen where others write 阿玛雷·斯塔德迈尔, and the short form
    斯塔德迈尔 follows either way.
    """
    parts = _joiner_split().split(name)
    return parts[-1] if parts else name


def last_part(name: str) -> str:
    """The surname part of a joined transliteration (特朗普 in 唐纳德·特朗普, 阿伦 in 托尼-阿伦)."""
    return _last_part(name)


@lru_cache(maxsize=1)
def _joiner_split() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(lexicon().joiners)}]")


@dataclass(frozen=True)
class _Lexicon:
    translit: frozenset[str]
    joiners: str
    joiner_set: frozenset[str]
    joined_only: frozenset[str]
    not_names: frozenset[str]
    not_name_max: int
    not_names_at: dict[str, tuple[str, ...]]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    ambiguous_surnames: frozenset[str]
    not_given: frozenset[str]
    not_alone: frozenset[str]
    given_after_title: frozenset[str]
    titles: frozenset[str]
    title_seq: tuple[str, ...]  # the titles again, as the key of a `_word_index`
    title_max: int
    titles_after: tuple[str, ...]
    after_surname: frozenset[str]
    judges: tuple[str, ...]
    cues_after: tuple[str, ...]
    weak_after: tuple[str, ...]
    subject_markers: tuple[str, ...]
    time_after_name: tuple[str, ...]
    time_after_first: frozenset[str]  # the first characters of `time_after_name`
    not_person_after: tuple[str, ...]
    stop_before_title: tuple[str, ...]
    party_ends: tuple[str, ...]  # 党: a party's name ends before its member's name (民主黨|涂謹申)
    female_final: frozenset[str]
    female_given: tuple[str, ...]
    female_chinese: frozenset[str]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    run_re: re.Pattern[str]
    title_automaton: ahocorasick.Automaton
    titles_after_automaton: ahocorasick.Automaton  # `titles_after`, for one pass over a text
    cue_automaton: ahocorasick.Automaton
    cue_seq: tuple[str, ...]  # reporting cues, as the key of a `_word_index`
    title_last_chars: frozenset[str]
    run_on_tags: frozenset[str]  # jieba tags of a word a name's last character may open
    surname_predicate_openers: frozenset[str]  # 则 另 均 供: after a lone surname, before a cue
    run_on_kept_before: frozenset[str]  # one-character words after a name: no cut before them
    run_on_frames: tuple[str, ...]  # frame ends after a name (对于特朗普|来说)
    clause_start_re: re.Pattern[str]
    pseudonym_re: re.Pattern[str]  # （化名）: a note that the name before it is changed
    ambiguous_start_re: re.Pattern[str]  # the same, for surnames that are also common words


def _by_first_char(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for w in words:
        index.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def _load(name: str) -> dict:
    raw = resources.files("sayso.lang.zh").joinpath(name).read_text("utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The name-recognition data, loaded once per process."""
    tr = _load("translit_chars.json")
    sn = _load("surnames.json")
    ti = _load("titles.json")
    cx = _load("name_context.json")
    chars = frozenset(tr["chars"])
    joiners = tr["joiners"]
    cls = re.escape("".join(sorted(chars)))
    jcls = re.escape(joiners)
    # Runs of at least two characters (or one joined to more): a lone character is never a
    # name, and most runs are lone characters, so the regex skips them instead of Python.
    run_re = re.compile(f"(?:[{cls}]{{2,}}|[{cls}](?=[{jcls}][{cls}]))(?:[{jcls}][{cls}]+)*")
    titles = frozenset(to_simplified(t) for t in ti["titles"])
    title_auto = ahocorasick.Automaton()
    for t in titles:
        title_auto.add_word(t, t)
    title_auto.make_automaton()
    cues = tuple(sorted({to_simplified(c) for c in cx["cues_after"]}, key=len, reverse=True))
    cue_auto = ahocorasick.Automaton()
    for c in {to_simplified(c) for c in cx.get("reporting_cues", cues)}:
        cue_auto.add_word(c, c)
    cue_auto.make_automaton()
    after_auto = ahocorasick.Automaton()
    for t in ti["after_name"]:
        after_auto.add_word(t, len(t))
    after_auto.make_automaton()
    firm = "".join(sorted(set(sn["single"]) - set(sn["ambiguous"])))
    # A surname opening a clause: at the text start or after punctuation. The surname class
    # comes first and the look back follows it (not before the surname or after a boundary
    # character, the same positions), so `re` skips to surname characters instead of trying
    # the alternation at every position (4-6x faster over a document).
    clause_start_re = re.compile(
        r"([" + re.escape(firm) + r"](?<![^，。！？；：、“”「」『』（）()\s].)[\u4e00-\u9fff]{2})"
    )
    ambiguous_start_re = re.compile(
        r"([" + re.escape("".join(sorted(sn["ambiguous"])))
        + r"](?<![^，。！？；：、“”「」『』（）()\s].)[\u4e00-\u9fff]{2})"
    )
    # Countries, capitals and place prefixes that speak as governments (orgs.json) are no
    # transliterated person either (澳门 is all table characters).
    og = _load("orgs.json")
    places = {to_simplified(p) for p in (*og["countries"], *og["capitals"],
                                         *og.get("place_prefixes", ())) if len(p) >= 2}
    not_names = frozenset(tr["not_names"]) | places
    return _Lexicon(
        translit=chars,
        joiners=joiners,
        joiner_set=frozenset(joiners),
        joined_only=frozenset(tr.get("joined_only", "")),
        not_names=not_names,
        not_name_max=max(len(n) for n in not_names),
        not_names_at=_by_first_char(not_names),
        surnames=frozenset(sn["single"]),
        compound_surnames=frozenset(sn["compound"]),
        ambiguous_surnames=frozenset(sn["ambiguous"]),
        not_given=frozenset(sn["not_given"]),
        not_alone=frozenset(sn["not_alone"]),
        given_after_title=frozenset(sn.get("given_after_title", "")),
        titles=titles,
        title_seq=tuple(sorted(titles)),
        title_max=max(len(t) for t in titles),
        titles_after=tuple(sorted(ti["after_name"], key=len, reverse=True)),
        after_surname=frozenset(to_simplified(t) for t in ti.get("after_surname", [])),
        judges=tuple(to_simplified(t) for t in ti.get("judges", [])),
        cues_after=cues,
        weak_after=tuple(cx["weak_after"]),
        subject_markers=tuple(sorted(cx["subject_markers"], key=len, reverse=True)),
        time_after_name=tuple(sorted(cx["time_after_name"], key=len, reverse=True)),
        time_after_first=frozenset(w[0] for w in cx["time_after_name"]),
        not_person_after=tuple(sorted(cx["not_person_after"], key=len, reverse=True)),
        stop_before_title=tuple(sorted(cx["stop_before_title"], key=len, reverse=True)),
        female_final=frozenset(tr["female_final"]),
        female_given=tuple(tr["female_given"]),
        female_chinese=frozenset(tr["female_chinese_given"]),
        female_titles=frozenset(ti["female"]),
        male_titles=frozenset(ti["male"]),
        run_re=run_re,
        title_automaton=title_auto,
        titles_after_automaton=after_auto,
        cue_automaton=cue_auto,
        cue_seq=tuple(sorted({to_simplified(c) for c in cx.get("reporting_cues", cues)},
                             key=len, reverse=True)),
        title_last_chars=frozenset(t[-1] for t in titles),
        run_on_tags=frozenset(cx["run_on_tags"]),
        surname_predicate_openers=frozenset(cx["surname_predicate_openers"]),
        party_ends=tuple(to_simplified(w) for w in cx["party_ends"]),
        run_on_kept_before=frozenset(cx["run_on_kept_before"]),
        run_on_frames=tuple(cx["run_on_frames"]),
        clause_start_re=clause_start_re,
        ambiguous_start_re=ambiguous_start_re,
        pseudonym_re=re.compile(r"[（(]\s*(?:" + "|".join(
            map(re.escape, cx["pseudonym_notes"])) + r")\s*[)）]"),
    )


_LATIN_RE = re.compile(r"[ \u00a0]*[（(][ \u00a0]*([A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'’\-·]{0,60}?)[ \u00a0]*[)）]")


def title_before(folded: str, pos: int, lex: _Lexicon | None = None) -> str | None:
    """The longest title that ends exactly at `pos` in folded text (外长 before 卡乌索格鲁)."""
    lex = lex or lexicon()
    return _ends_with_any(folded, pos, lex.title_seq)


def role_start(folded: str, title_start: int, lex: _Lexicon | None = None, limit: int = 14) -> int:
    """Where the role phrase ending in a title begins: 土耳其外长, 俄罗斯外交部发言人.

    Walks back from the title over Han characters until punctuation, a digit, or a word that
    ends a clause or governs the name (的, 在, 会见 ...), at most `limit` characters.
    """
    lex = lex or lexicon()
    i = title_start
    floor = max(0, title_start - limit)
    while i > floor:
        ch = folded[i - 1]
        if not _is_han(ch) and ch not in "“”\"":
            break
        if _ends_with_any(folded, i, lex.stop_before_title) or _ends_with_any(
                folded, i, lex.cue_seq):
            break  # …謝金河近日發文轉述|台積電董事長魏哲家: a reporting verb ends no role
        i -= 1
    # Never start on a quote mark left open before the role.
    while i < title_start and folded[i] in "“”\"":
        i += 1
    # 播放1段總統蔡英文: a classifier after a number counts the phrase, it is not the role.
    if 0 < i < title_start and folded[i - 1].isdigit() and folded[i] in _CLASSIFIERS:
        i += 1
    return i


# Measure words that follow a number (1段, 3名, 2位): never the first character of a role.
_CLASSIFIERS = frozenset("段个名位项次份条则张篇场")


def _starts_with_any(folded: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The longest of `words` (sorted longest first) that starts at `pos`, or None."""
    if pos >= len(folded):
        return None
    hit = _INDEXES.get(id(words))  # `_word_index` inlined: this runs thousands of times
    index = hit[1] if hit is not None and hit[0] is words else _word_index(words)
    for k in index[1].get(folded[pos], ()):
        w = folded[pos:pos + k]
        if w in index[0]:
            return w
    return None


def _ends_with_any(folded: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The longest of `words` that ends exactly at `pos`, or None."""
    if pos == 0:
        return None
    hit = _INDEXES.get(id(words))
    index = hit[1] if hit is not None and hit[0] is words else _word_index(words)
    for k in index[2].get(folded[pos - 1], ()):
        if k <= pos:
            w = folded[pos - k:pos]
            if w in index[0]:
                return w
    return None


# (words, lengths longest first by first character, the same by last character)
_WordIndex = tuple[frozenset[str], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]
# Keyed by the identity of the (long-lived, lexicon-owned) word tuple: hashing a tuple of
# strings costs a pass over it, and this is asked dozens of times per document.
_INDEXES: dict[int, tuple[tuple[str, ...], _WordIndex]] = {}


def _lengths_by(words: tuple[str, ...], at: int) -> dict[str, tuple[int, ...]]:
    """Character at `at` (0: first, -1: last) -> lengths of the words with it, longest first.
    Only those lengths can match there; an empty word matches anywhere a word could."""
    out: dict[str, set[int]] = {}
    for w in words:
        if w:
            out.setdefault(w[at], set()).add(len(w))
    extra = {0} if "" in words else set()
    return {c: tuple(sorted(ls | extra, reverse=True)) for c, ls in out.items()}


def _word_index(words: tuple[str, ...]) -> _WordIndex:
    hit = _INDEXES.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    index = (frozenset(words), _lengths_by(words, 0), _lengths_by(words, -1))
    if len(_INDEXES) > 64:
        _INDEXES.clear()
    _INDEXES[id(words)] = (words, index)  # holding `words` keeps its id from being reused
    return index


def _latin_after(text: str, pos: int) -> re.Match[str] | None:
    return _LATIN_RE.match(text, pos)


def _inside_not_name(folded: str, s: int, e: int, lex: _Lexicon) -> bool:
    """True when folded[s:e] is, or is the tail of, a listed non-name (罗斯 in 俄罗斯)."""
    if folded[s:e] in lex.not_names:
        return True
    for k in range(1, 4):
        if s - k < 0:
            break
        for n in lex.not_names_at.get(folded[s - k], ()):
            if len(n) > k and folded.startswith(n, s - k):
                return True
    return False


def _strip_place_prefix(run: str, lex: _Lexicon) -> int:
    """Characters of a leading place/organisation name to drop (乌克兰 in 乌克兰泽连斯基)."""
    for k in range(min(len(run) - 2, lex.not_name_max), 1, -1):
        if run[:k] in lex.not_names:
            return k
    return 0


def _translit_candidates(text: str, folded: str, lex: _Lexicon,
                         titles_at: dict[int, str]) -> tuple[list[NameMention], dict]:
    """Accepted transliterated names, and weak candidates (name -> positions) for repetition.
    `titles_at` is `_longest_titles(folded)`: `title_before` looked up."""
    found: list[NameMention] = []
    weak: dict[str, list[tuple[int, int]]] = {}
    for m in lex.run_re.finditer(folded):
        s, e = m.span()
        if e - s < 2:
            continue
        if s > 0 and folded[s - 1] in "《〈":
            continue
        run = folded[s:e]
        while run and run[0] in lex.joined_only and (len(run) < 2 or run[1] not in lex.joiners):
            s += 1
            run = run[1:]
        if e - s < 2:
            continue
        e = _before_time_word(folded, s, e, lex)
        run = folded[s:e]
        cut = _strip_place_prefix(run, lex)
        s += cut
        run = run[cut:]
        # A title written in transliteration characters (埃米尔塔米姆): the name follows it.
        for k in range(min(len(run) - 2, lex.title_max), 1, -1):
            if run[:k] in lex.titles:
                s += k
                run = run[k:]
                break
        # A title begun before the run and ending inside it (拿督|斯里安华: 拿督斯里 is the
        # title): the name starts after it.
        for k in range(min(len(run) - 1, lex.title_max), 0, -1):
            t = titles_at.get(s + k)
            if t is not None and len(t) > k:
                s += k
                run = run[k:]
                break
        if folded[e:e + 1] in lex.joiner_set and _joined_end(folded, s, e + 1, lex) > e + 1:
            e = _joined_end(folded, s, e + 1, lex)  # 赛迪斯|-杨: the last part is off the table
            run = folded[s:e]
        elif not lex.joiner_set.isdisjoint(run):
            e = _joined_end(folded, s, e, lex)
            run = folded[s:e]
        has_joiner = not lex.joiner_set.isdisjoint(run)
        latin = _latin_after(text, e)
        if latin is not None or has_joiner:
            # 。淡马亚(Paul Tambyah), 總編輯史蒂夫⋅福布斯: 淡 and 史 are no table characters
            s = _glossed_start(folded, s, lex, titles_at=titles_at)
        elif ((b := _glossed_start(folded, s, lex, titles_at=titles_at)) < s
              and titles_at.get(b)
              and not is_common_word(folded[b:s])):
            s = b  # 署理主席端依布拉欣: between a title and the run, the name's first character
            # (学者|开发|基因编辑 is a verb, not a name)
        title = titles_at.get(s)
        if title is not None and folded[s] in _NOT_NAME_START:
            # 記者|問格瑞德: a verb after the title; the name after it is not titled so.
            s += 1
            title = None
            # 記者問勒魯瓦，…: the one asked, named by a run of three or more table characters
            asked = folded[s - 1] == "问" and e - s >= 3
        else:
            asked = False
        if title in _PARTY_TITLES and latin is None and not has_joiner:
            continue  # 被告|於凌晨, 被告|自辯時: a clause after a party word, not a foreign name
        if title is not None and latin is None and not has_joiner and _opens_with_verb(
                folded[s:e]):
            continue  # 法官|重申法庭, 法官|查閱: the titled subject's verb, not a name
        strong = latin is not None or has_joiner or title is not None or asked
        end = e
        evidence = _starts_with_any(folded, e, lex.cues_after)
        if not strong and evidence is None:
            # Trim the run back to a cue inside it: 泽连斯基|本人, 普京|表示 is not needed but
            # 普京|特别 is not a cue, so only cue words count.
            for k in range(e - 1, s + 1, -1):
                if _starts_with_any(folded, k, lex.cues_after):
                    end, evidence = k, "cue"
                    break
        if not strong and evidence is None and _subject_of_cue(folded, e, lex):
            evidence = "subject"  # 佩斯科夫在回答记者提问时说: the clause's subject
        name = folded[s:end]
        if not (strong or evidence or end == len(folded)
                or _starts_with_any(folded, end, lex.weak_after)):
            continue  # no evidence at all (the common case): skip the costlier checks below
        bare = name.strip(lex.joiners)
        if len(bare) < 2 or _inside_not_name(folded, s, end, lex):
            continue
        if _starts_with_any(folded, end, lex.not_person_after) and latin is None and not (
                _starts_with_any(folded, end, lex.titles_after)):
            continue
        if not strong and len(name) == 2 and is_common_word(name, places=False):
            continue  # 基因, 内文 + a cue: a word spelt with transliteration characters
        if strong or evidence:
            found.append(_mention(text, s, end, latin if end == e else None, title, folded, lex))
        else:  # weak evidence: a particle after the run, or the end of the text
            weak.setdefault(name, []).append((s, end))
    return found, weak


def _before_time_word(folded: str, s: int, e: int, lex: _Lexicon) -> int:
    """The end of the run folded[s:e] before a time word that begins inside it and goes on past
    it (丹尼洛夫|本月早些时候要求, 布林肯|本周稍早说: 本 is a table character, 月 and 周 are not),
    when two characters stay: the time word opens the predicate, no syllable of the name
    (zhI-huanqiu-2 gold: 奥列克西·丹尼洛夫). A run that ends inside the word (罗本) stays."""
    if lex.time_after_first.isdisjoint(folded[s + 2:e]):
        return e  # the common case: no table character that opens a time word
    for k in range(s + 2, e):
        w = _starts_with_any(folded, k, lex.time_after_name)
        if w is not None and k + len(w) > e:
            return k
    return e


def _joined_end(folded: str, s: int, e: int, lex: _Lexicon) -> int:
    """The end of a joined transliteration whose last part the character table cuts short.

    赛迪斯-杨。, 德怀特-霍华德，, 詹姆斯-琼斯说: after the last joiner a part of none or one
    character goes on over characters outside the table (杨, 华, 琼) and the table characters
    after them, up to three, when a boundary follows (punctuation, a cue, a particle, a title):
    the joiner is the evidence that a name stands there, the boundary where it ends (尼克-杨来接
    stays 尼克-杨's first part). Else the end found by the table stands.
    """
    last = max(folded.rfind(j, s, e) for j in lex.joiners)
    if last < 0 or e - last - 1 >= 2:
        return e  # 罗德-索恩|倾向: a part of two characters is whole
    best, k = e, e
    while k - last - 1 < 3 and k < len(folded) and _HAN_RUN.fullmatch(folded[k]) and (
            folded[k] not in _NOT_NAME_START and not any(
                _starts_with_any(folded, k, w) for w in (lex.cues_after, lex.weak_after,
                                                         lex.titles_after))
            and _word_tags().get(folded[k:k + 2], "nr")[:2] in ("nr", "ns", "nz")):
        k += 1  # (报道, 万恶: a dictionary word starts here, the name has ended)
        if k >= len(folded) or folded[k] in _PUNCT_BOUNDARY or any(
                _starts_with_any(folded, k, w) for w in (lex.cues_after, lex.weak_after,
                                                         lex.titles_after)):
            best = k
    return best


def _glossed_start(folded: str, s: int, lex: _Lexicon, most: int = 2,
                   titles_at: dict[int, str] | None = None) -> int:
    """Where a name glossed in Latin or written with a joiner begins when one or two Han
    characters outside the transliteration tables stand before the run (淡马亚(Paul Tambyah)):
    the gloss or joiner is the evidence, and the whole run from a clause boundary or a title is
    its Chinese form. A word
    that governs the name (会见了, 与) is never taken in, nor a title (外长|卡乌索格鲁).
    `titles_at` is `_longest_titles(folded)` when the caller has it (the same answers as
    `title_before`, looked up)."""
    def title_at(pos: int) -> str | None:
        return titles_at.get(pos) if titles_at is not None else title_before(folded, pos, lex)

    if title_at(s):
        return s
    for k in range(1, most + 1):
        b = s - k
        if b < 0 or not _is_han(folded[b]) or _ends_with_any(folded, b + 1, lex.stop_before_title):
            return s
        if b == 0 or folded[b - 1] in _PUNCT_BOUNDARY or title_at(b):
            # 学生|莫尔查诺夫(Sergii Molchanov): two characters that make a dictionary word
            # are the noun before the name (a role), not its first syllables.
            return s if k == 2 and is_common_word(folded[b:s]) else b
    return s


def _subject_of_cue(folded: str, e: int, lex: _Lexicon) -> bool:
    """A run followed by what its subject does before a reporting cue in the same clause
    (佩斯科夫在回答记者提问时说, 佩斯科夫周一表示): the run is that subject."""
    if not _starts_with_any(folded, e, lex.subject_markers):
        return False
    for k in range(e + 1, min(len(folded), e + 25)):
        if folded[k] in "，,。；;：:！？!?“”「」\n":
            return False
        if _starts_with_any(folded, k, lex.cues_after):
            return True
    return False


def _mention(
    text: str, s: int, end: int, latin: re.Match[str] | None, title: str | None,
    folded: str, lex: _Lexicon, kind: str = "translit", title_end: int | None = None,
) -> NameMention:
    at = s if title_end is None else title_end  # where the title ends (before a qualifier)
    title_start = role_start(folded, at - len(title), lex) if title else None
    return NameMention(
        start=s,
        end=latin.end() if latin else end,
        name=text[s:end],
        latin=latin.group(1).strip() if latin else None,
        title_start=title_start,
        name_end=end,
        kind=kind,
    )




_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+")  # what `_is_han` accepts


def _given_ok(folded: str, i: int, n: int, titled: bool = False) -> bool:
    """True when `n` characters at `i` can be a given name. `titled`: a title stands right
    before the surname, evidence enough for the few characters that are both organisation
    heads or numerals and common in given names (董事長郭台銘, 董事梁百豪)."""
    seg = folded[i:i + n]
    lex = lexicon()
    barred = lex.not_given - lex.given_after_title if titled else lex.not_given
    return len(seg) == n and (not seg or _HAN_RUN.fullmatch(seg) is not None
                              and barred.isdisjoint(seg)
                              and not (n == 1 and seg in lex.not_alone)
                              and not _DATED_DAY.match(folded, i + n - 1))


# 今(3/25), 昨（24）日, 今(5日): Taiwanese and Hong Kong papers date a statement right after the
# speaker's name (立委范雲今(3/25)揭露); the day word is never the last given character.
_DATED_DAY = re.compile(r"[今昨明][(（]\s*\d")


def _dictionary_name(w: str, lex: _Lexicon) -> bool:
    """True when `w`, a surname that is also a common word (马, 高, 江) and two given
    characters, is a person's name in jieba's dictionary (马英九, 江泽民, 高晓松: tag nr, counted
    over a large corpus) and its first two characters are no word (安全性, 古建筑: 安全, 古建)."""
    return (len(w) == 3 and word_tag(w) == "nr" and w[0] in lex.ambiguous_surnames
            and w[0] != "向"  # 向左走: jieba's nr for a preposition + verb phrase
            and word_tag(w[:2]) is None and _HAN_RUN.fullmatch(w) is not None)


def is_double_surname(two: str, lex: _Lexicon | None = None) -> bool:
    """Two single surnames in a row (林鄭, 范徐, 陳方): the husband's before the woman's own."""
    lex = lex or lexicon()
    return (len(two) == 2 and all(c in lex.surnames and c not in lex.ambiguous_surnames
                                  for c in two))


def _surname_at(folded: str, i: int, lex: _Lexicon) -> int:
    """Length of a surname starting at `i` (2 for compound surnames), 0 if none."""
    if folded[i:i + 2] in lex.compound_surnames:
        return 2
    if i < len(folded) and folded[i] in lex.surnames:
        return 1
    return 0


def _chinese_after_title(text: str, folded: str, lex: _Lexicon,
                         title_ends: dict[int, str]) -> list[NameMention]:
    """Chinese names right after a title: 外交部发言人秦刚, 卫生防护中心总监曾浩辉."""
    out = []
    # Only the longest title ending at a position counts (发言人, not 人), and none that a
    # longer title continues (拿督 in 拿督斯里安华: the name is 安华, not 斯里安).
    for i, title in title_ends.items():
        title_end = i
        close = _qualifier_end(folded, i)
        if close:  # 常任秘書長（財經事務）甄美薇: a qualifier between the title and the name
            i = close
        sl = _surname_at(folded, i, lex)
        if not sl:
            continue
        if sl == 1 and is_double_surname(folded[i:i + 2], lex) and _given_ok(folded, i + 2, 2) \
                and _followed_by_evidence(folded, i + 4, lex):
            sl = 2  # 特首林鄭月娥: two surnames and two given characters
        g = i + sl
        length = 0
        for n in (2, 1):
            if _ranked(folded, g, n, lex):
                length = n  # 發言人孫立方中將: a title before and a rank after bracket the name
                break
            if _given_ok(folded, g, n, titled=True) and (
                _starts_with_any(folded, g + n, lex.cues_after)
                or _starts_with_any(folded, g + n, lex.titles_after)
                or _starts_with_any(folded, g + n, lex.weak_after)
                or g + n == len(folded)
            ):
                length = n
                break
        guessed = False
        if not length and _given_ok(folded, g, 2, titled=True):
            length, guessed = 2, True  # no boundary evidence: the usual two given characters
        if guessed and folded[i] in _FUNCTION_SURNAMES and sl == 1 and (
                word_tag(folded[g:g + length]) or "nr")[:2] != "nr":
            continue  # 美國官員|曾淡化該氣球, 官员|向媒体: an adverb or preposition and a word
        if title in _PARTY_TITLES and (guessed or is_common_word(folded[i:i + 2])
                                       or _opens_with_verb(folded[i:g + length])):
            continue  # 被告|曾用雙刀, 被告|聞言謂: a party's name needs a boundary after it
        if not length or guessed and (is_common_word(folded[i:g + length])
                                      or _opens_with_verb(folded[i:g + length])) or (
                (word_tag(folded[i:g + length]) or "").startswith("v")):
            continue  # 首相|高级政治秘书, 法官|重申法庭: a guess that opens with a word is no name
        end = g + length
        if _starts_with_any(folded, end, lex.not_person_after) or _inside_not_name(
            folded, i, end, lex
        ):
            continue
        m = _mention(text, i, end, None, title, folded, lex, kind="chinese", title_end=title_end)
        out.append(replace(m, guessed=True) if guessed else m)
    return out


# A personal name in Latin script: initials and capitalised words (H.R. McMaster, Sabrina
# Singh, Jan Bösche, Luke de Pulford), two to four parts; no all-capital acronym (CNN, NSA).
_LATIN_WORD = r"[A-Z][a-zà-öø-ÿ'’]*(?:[A-Z][a-zà-öø-ÿ'’]+)*[a-zà-öø-ÿ]"
_LATIN_PERSON = re.compile(
    r"[ \u3000]?(?P<name>(?:(?:[A-Z]\.[ ]?){1,3}|" + _LATIN_WORD + r"[ ](?:[A-Z]\.[ ]?)?)"
    r"(?:(?:de|van|von|der|da|bin|al)[ ])?" + _LATIN_WORD + r"(?:-" + _LATIN_WORD + r")?)"
    r"(?![A-Za-z.])")


def _latin_after_title(text: str, folded: str, lex: _Lexicon,
                       title_ends: dict[int, str]) -> list[NameMention]:
    """A Latin-script name right after a Chinese title (国家安全顾问H.R. McMaster, 五角大廈新聞
    發言人Sabrina Singh, ARD駐華盛頓記者Jan Bösche): Chinese papers often leave a foreign
    official's name untranslated; the title is the evidence that a person follows."""
    out = []
    for i, title in title_ends.items():
        m = _LATIN_PERSON.match(text, i)
        if m is None:
            continue
        a, b = m.span("name")
        out.append(_mention(text, a, b, None, title, folded, lex, kind="translit", title_end=i))
    return out


# Military and police ranks written after a name (孫立方中將, 謝日升中將, 顧立雄上將).
_RANKS = ("上将", "中将", "少将", "准将", "大校", "上校", "中校", "少校")
# Characters no given name between a title and a rank holds (the clause words of `not_given`
# less the numerals and place characters, 日 and 方 among them, that given names do use).
_RANKED_NOT_GIVEN = frozenset("的是在了和与及对说称表为被把之也还都就指认该这那")


def _ranked(folded: str, g: int, n: int, lex: _Lexicon) -> bool:
    """`n` given characters at `g`, after a title and a surname, followed by a rank: the two
    sides are evidence enough for the characters `_given_ok` bars (日 in 謝日升, 方 in 孫立方)."""
    seg = folded[g:g + n]
    return (len(seg) == n and _HAN_RUN.fullmatch(seg) is not None
            and _RANKED_NOT_GIVEN.isdisjoint(seg) and folded.startswith(_RANKS, g + n))


# Surnames that are also an adverb or preposition right after a subject (曾, 向, 于, 将): a
# guessed name of one of them and a dictionary word (曾|淡化, 向|媒体, 于|昨日) is that adverb
# and a predicate; a name with a boundary after it (曾俊華說, 曾國強今日) stays a name.
_FUNCTION_SURNAMES = frozenset("曾向于将")


# Parties to a case (被告黃子悅): a name follows them only now and then, a clause often
# (被告|聞言停下, 被告|於凌晨…), so no name is guessed after them.
_PARTY_TITLES = frozenset({"被告", "原告", "上诉人"})


def _opens_with_verb(guess: str) -> bool:
    """True when a guessed name (three characters or more) after a title opens with a verb in jieba's
    dictionary (法官|重申法庭, 法官|查閱, 男子|離庭時): the title is the subject of that verb,
    not followed by a name. A name jieba knows (tag nr) stays a name."""
    return len(guess) >= 3 and word_tag(guess[:3]) != "nr" and (
        (word_tag(guess[:2]) or "").startswith("v"))


def _longest_titles(folded: str, lex: _Lexicon) -> dict[int, str]:
    """Offset just after each title -> the longest title ending there (发言人, not 人): what
    `title_before` answers at every offset, found in one automaton pass (not modified after)."""
    longest: dict[int, str] = {}
    get = longest.get  # (bound once: this loop runs over every title match of the document)
    for end_idx, title in lex.title_automaton.iter(folded):
        end = end_idx + 1
        if len(title) > len(get(end, "")):
            longest[end] = title
    return longest


def _title_ends(folded: str, lex: _Lexicon, longest: dict[int, str]) -> dict[int, str]:
    """The offsets of `longest` (`_longest_titles`) where a title really ends."""
    # A title that another one continues (董事 in 董事长, 大校 in 港大校长) ends no title.
    # (A title continuing the one ending at e ends within title_max characters after e.)
    inner = {e for e in longest if any(e2 - len(longest[e2]) < e for e2 in range(
        e + 1, e + lex.title_max + 1) if e2 in longest)}
    return {e: t for e, t in longest.items() if e not in inner and not _word_goes_on(folded, e, t)}


def _word_goes_on(folded: str, end: int, title: str) -> bool:
    """True when the title and the character after it make a longer dictionary word (记者|会 is
    记者会, 主席|台, 总统|府): no title ends there, so no name follows it (記者會便說)."""
    nxt = folded[end:end + 1]
    if not nxt or not _is_han(nxt):
        return False
    tags = _word_tags()
    return any(title[k:] + nxt in tags for k in range(len(title) - 1))


# Characters that never start a name between a title and a cue: particles, prepositions,
# adverbs and time words (部长|昨天|说, 发言人|也|表示).
_NOT_NAME_START = frozenset("的了在是和与及对向也又还都就被把将为从其这那该此有无不没们年月日周昨今明前问"
                            "近当随时曾已再均亦即并而但则更仍却")


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word, None for a word it does not know."""
    return _word_tags().get(word)


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's dictionary word -> part-of-speech tag (loaded once, only when needed)."""
    return quiet_jieba().posseg.dt.word_tag_tab


def is_common_word(word: str, places: bool = True) -> bool:
    """True when `word` or its first two characters are a dictionary word that is not a
    person name (会议, 昨天, 方面, and places such as 江苏 when `places`): no name.

    jieba tags many transliterated names as places or abbreviations (普京, 奥巴马: ns; 科比:
    j), so a check on a transliteration passes `places=False`."""
    tags = _word_tags()
    for w in {word, word[:2]}:
        tag = tags.get(w, "nr") if len(w) >= 2 else "nr"
        if not tag.startswith("nr") and (places or not tag.startswith(("ns", "j"))):
            return True  # (j: abbreviations, which hold names too: 科比)
    return False


# jieba tags of words that can head a noun phrase: nouns (n, nr, ns, nt, nz...), pronouns,
# Latin words, abbreviations, and what jieba does not know (x, names it has never seen).
_NOMINAL_TAGS = ("n", "r", "eng", "j", "x", "vn", "an", "l")  # l: set phrases (发言人)


@lru_cache(maxsize=4096)
def is_fragment(phrase: str) -> bool:
    """True when `phrase` holds no word that can head a noun phrase (更加, 立, 对, 消除, 6日):
    a piece of a clause taken for a source, never someone who speaks."""
    s = to_simplified(phrase).strip()
    if not s:
        return False
    return not any(flag.startswith(_NOMINAL_TAGS) for _, flag in quiet_jieba().posseg.dt.cut(s))


# One-character adverbs that open a predicate right after a subject (亦指, 也說, 則稱, 曾表示).
_ADVERB_ENDS = frozenset("亦也则又再曾仍还已均都即更将并")


def _between_title_and_cue(text: str, folded: str, lex: _Lexicon,
                           title_ends: dict[int, str]) -> list[NameMention]:
    """A name standing between a title and a reporting cue: 国防部长董军说, 卫生部长佘贵珍表示,
    埃及外长阿卜杜勒阿提表示, 鸿海董事长郭台铭说, 乐队主唱阿信说.

    Both sides are evidence, so no surname table or transliteration character set is asked:
    a rare surname, a given name with an unusual character or a transliteration with a
    character outside the tables is still a name. What stands there must be two to four Han
    characters (up to ten for a transliteration with a joiner) that are not a dictionary word
    of another kind (部长会议表示 is no name) and do not open with a particle or time word.
    """
    out = []
    for i, title in title_ends.items():
        if not _is_han(folded[i:i + 1] or " ") or title in _PARTY_TITLES:
            continue  # 國會議員,他指出: the title ends the clause, no name follows it;
            # 被告|自辯時稱, 被告陳淑芬|報稱: after a party a clause is as likely as a name
        for n in range(2, 11):
            j = i + n
            if j > len(folded) or not _is_han(folded[j - 1]) and folded[j - 1] not in lex.joiner_set:
                break
            if not _starts_with_any(folded, j, lex.cue_seq):
                continue
            name = folded[i:j]
            off = sum(ch not in lex.translit and ch not in lex.joiner_set for ch in name)
            if off == 1 and n >= 4 and name[-1] in _ADVERB_ENDS and name[-1] not in lex.translit:
                # 總理希莫尼特|亦指: a one-character adverb opens the predicate; the
                # transliteration is all table characters without it.
                j, n, off = j - 1, n - 1, 0
                name = folded[i:j]
            translit = off == 0 or off == 1 and n >= 3
            if n > 4 and off > 1:
                break  # a long run is a transliteration (one character off the tables)
            if (name[0] in _NOT_NAME_START or name in lex.titles
                    or is_common_word(name, places=not translit)
                    or _starts_with_any(folded, i, lex.not_person_after)
                    or _inside_not_name(folded, i, j, lex)):
                break
            m = _mention(text, i, j, None, title, folded, lex,
                         kind="translit" if translit else "chinese", title_end=i)
            # Weaker than a Chinese name the tables know (吴谦|大校说, 张园林|曾表示 keep
            # theirs); a transliteration with one character off the tables (阿卜杜勒阿提)
            # beats the part of it that the tables cover (杜勒阿提).
            out.append(m if n >= 4 and off <= 1 else replace(m, guessed=True))
            break
    return out


def _chinese_before_title(text: str, folded: str, lex: _Lexicon) -> list[NameMention]:
    """A Chinese name opening a clause with its title after it: 賴清德總統去年…, 江宜樺院長說."""
    out = []
    # Every start of a title (overlaps included), in one automaton pass over the text.
    for k in sorted({end - n + 1 for end, n in lex.titles_after_automaton.iter(folded)}):
        for total in (3, 2):
            i = k - total
            if i < 0:
                continue
            sl = _surname_at(folded, i, lex)
            if (not sl or sl >= total or not _given_ok(folded, i + sl, total - sl)
                    or sl == 1 and folded[i] in lex.ambiguous_surnames
                    or not (i == 0 or folded[i - 1] in _PUNCT_BOUNDARY)
                    or _inside_not_name(folded, i, k, lex)):
                continue
            out.append(NameMention(i, k, text[i:k], name_end=k, kind="chinese"))
            break
    return out


def _find_all(s: str, w: str) -> list[int]:
    out, k = [], s.find(w)
    while k >= 0:
        out.append(k)
        k = s.find(w, k + 1)
    return out


# 中央社記者楊啟芳台北31日電: a wire byline; the place after the name blocks the usual evidence.
_BYLINE_RE = re.compile(r"记者([\u4e00-\u9fff]{2,3}?)([\u4e00-\u9fff]{2,3})\d{1,2}日(?:专)?电")


def _byline_names(text: str, folded: str, lex: _Lexicon) -> list[NameMention]:
    """The reporter of a wire byline (記者楊啟芳台北31日電): a surname and two given
    characters when five or more characters precede the date, else two characters."""
    out = []
    for m in _BYLINE_RE.finditer(folded):
        s = m.start(1)
        run = m.group(1) + m.group(2)
        n = 3 if len(run) >= 5 else 2
        if _surname_at(folded, s, lex):
            out.append(_mention(text, s, s + n, None, "记者", folded, lex, kind="chinese"))
    return out


def _qualifier_end(folded: str, i: int) -> int:
    """The end of a short parenthesised qualifier of a title at `i` ((特別職務)), or 0."""
    if folded[i:i + 1] not in ("（", "("):
        return 0
    close = next((k for k in range(i + 1, min(len(folded), i + 12)) if folded[k] in "）)"), 0)
    return close + 1 if close and all(_is_han(c) for c in folded[i + 1:close]) else 0


def _boundary_before(folded: str, i: int, lex: _Lexicon) -> bool:
    if i == 0 or folded[i - 1] in _PUNCT_BOUNDARY or not _is_han(folded[i - 1]):
        return True
    return _ends_with_any(folded, i, lex.stop_before_title) or (
        title_before(folded, i, lex) is not None
    ) or _after_party(folded, i, lex)


def _after_party(folded: str, i: int, lex: _Lexicon) -> bool:
    """A party's name ends right before `i` (公民黨|郭榮鏗表示, 工黨|張超雄表示, hkcnews): Hong Kong
    and Taiwan reports write a legislator's party and name with nothing between. The party needs
    a word of its own before 党 (民主|党, 工|党), so a lone 党 (党|史) is no party."""
    w = _ends_with_any(folded, i, lex.party_ends)
    return w is not None and i - len(w) >= 1 and _is_han(folded[i - len(w) - 1])


def _repeated_chinese_names(folded: str, lex: _Lexicon) -> set[str]:
    """Chinese names (surname + two given characters) evidenced by repetition alone.

    A candidate must open a clause once (陈水扁之女…) and occur at least twice, each time
    followed by a particle, punctuation or a cue: 陈水扁之女 … 陈水扁为女儿 -> 陈水扁.
    """
    cands = set()
    for m in lex.clause_start_re.finditer(folded):
        w = m.group(1)
        if (w[0] in lex.surnames and w[0] not in lex.ambiguous_surnames
                and _given_ok(w, 1, 2) and not _inside_not_name(folded, m.start(1), m.end(1), lex)
                and _followed_by_evidence(folded, m.end(1), lex)):
            cands.add(w)
    for m in lex.ambiguous_start_re.finditer(folded):
        w = m.group(1)  # 马英九: a surname that is also a word, named by the dictionary
        if (_dictionary_name(w, lex) and not _inside_not_name(folded, m.start(1), m.end(1), lex)
                and _followed_by_evidence(folded, m.end(1), lex)):
            cands.add(w)
    if not cands:
        return set()
    # Candidates are few (one to three per text): a `find` loop per name is cheaper than
    # building an automaton per document.
    repeated = set()
    for w in cands:
        n, k = 0, folded.find(w)
        while k >= 0 and n < 2:
            if _followed_by_evidence(folded, k + len(w), lex):
                n += 1
            k = folded.find(w, k + 1)
        if n >= 2:
            repeated.add(w)
    return repeated


def _recurring_subjects(folded: str, lex: _Lexicon, known: set[str]) -> set[str]:
    """Chinese names (surname + two given characters) evidenced by recurring as a subject.

    A person an article is about opens clause after clause before all kinds of words
    (高群书正式签约…，高群书昨日接受媒体采访，他表示…, THUCNews): a candidate that opens two
    clauses, occurs three times or more, and is followed by no one character more than 60 % of
    the time is a name; a truncated word is followed by its own last character (马来西|亚, 高校毕|业).
    Neither it nor its first two characters may be a dictionary word (商场等, 高腰裤, 祝福果).
    """
    starts: dict[str, int] = {}
    for regex in (lex.clause_start_re, lex.ambiguous_start_re):
        for m in regex.finditer(folded):
            starts[m.group(1)] = starts.get(m.group(1), 0) + 1
    out = set()
    for w, n in starts.items():
        if n < 2 or w in known or word_tag(w) is not None or word_tag(w[:2]) is not None \
                or is_common_word(w[1:]) or not _given_ok(w, 1, 2):
            continue
        spots = _find_all(folded, w)
        after = [folded[k + 3:k + 4] for k in spots]
        if len(after) < 3 or max(after.count(c) for c in after) > 0.6 * len(after):
            continue
        if any(_inside_not_name(folded, k, k + 3, lex) for k in spots):
            continue
        out.add(w)
    return out


def _followed_by_evidence(folded: str, pos: int, lex: _Lexicon) -> bool:
    return pos >= len(folded) or bool(
        _starts_with_any(folded, pos, lex.weak_after) or _starts_with_any(folded, pos, lex.cues_after)
        or folded[pos] in _PUNCT_BOUNDARY
        # 謝裕輝亦說, 王毅也表示: one adverb between the subject and its cue
        or folded[pos] in _ADVERB_ENDS and _starts_with_any(folded, pos + 1, lex.cues_after)
    )


def _chinese_before_cue(text: str, folded: str, lex: _Lexicon) -> list[NameMention]:
    """Chinese names right before a reporting cue: 蔡英文指出, 吕秀莲说."""
    out = []
    surnames, compound = lex.surnames, lex.compound_surnames
    for end_idx, cue in lex.cue_automaton.iter(folded):
        c = end_idx + 1 - len(cue)
        for total in (3, 2, 4):
            i = c - total
            if i < 0:
                continue
            # `_surname_at` inlined: this runs for every cue occurrence in the text
            sl = 2 if folded[i:i + 2] in compound else (1 if folded[i] in surnames else 0)
            if not sl or sl >= total or not _given_ok(folded, i + sl, total - sl):
                continue
            if sl == 1 and folded[i] in lex.ambiguous_surnames and not (
                    total == 3 and _dictionary_name(folded[i:c], lex)):
                continue
            if total == 4 and sl != 2 and not is_double_surname(folded[i:i + 2], lex):
                continue  # 林鄭月娥, 范徐麗泰: a married woman's two surnames (Hong Kong usage)
            if total == 4 and sl == 1:
                sl = 2
            if not _boundary_before(folded, i, lex) or _inside_not_name(folded, i, c, lex):
                continue
            title = title_before(folded, i, lex)
            if title is None and is_common_word(folded[i:c]):
                continue  # 江苏表示, 高铁称: a place or a thing before the cue, not a name
            out.append(_mention(text, i, c, None, title, folded, lex, kind="chinese"))
            break
    return out


# Only a bare gloss: with a note (（Lee Yoon-chul，译音）) the annotation conventions keep the
# parentheses out of the name.
_LATIN_GLOSS = re.compile(r"[（(]([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)+)[）)]")


def _surname_runs_before(folded: str, c: int, lex: _Lexicon) -> Iterator[int]:
    """Starts of a surname + one or two given characters ending at `c` (the longer first): the
    candidates before a note that shows a person's name (a Latin gloss, a pseudonym note)."""
    for total in (3, 2):
        i = c - total
        if i < 0:
            continue
        sl = _surname_at(folded, i, lex)
        if sl and sl < total and _given_ok(folded, i + sl, total - sl):
            yield i


def _chinese_before_latin(text: str, folded: str, lex: _Lexicon) -> list[NameMention]:
    """A Chinese-surname name glossed by a Latin full name: 郑国恩（Adrian Zenz）, 宋庆勋
    （Song Kyung-hoon）: the gloss is the evidence, whatever follows."""
    out = []
    for gloss in _LATIN_GLOSS.finditer(folded):
        c = gloss.start()
        for i in _surname_runs_before(folded, c, lex):
            if not _boundary_before(folded, i, lex) and title_before(folded, i, lex) is None:
                continue
            out.append(_mention(text, i, c, gloss, title_before(folded, i, lex), folded, lex,
                                kind="chinese"))
            break
    return out


def _chinese_before_pseudonym(text: str, folded: str, lex: _Lexicon) -> list[NameMention]:
    """A surname + one or two characters right before a note that the name is changed:
    來自廣東的陳鴻（化名），自大學畢業後便在家庭教會工作。他指 (hkcnews): only a person gets a
    pseudonym, so the note is the evidence that a short name with no cue or title after it
    lacks (name_context.json `pseudonym_notes`). The run opens its clause, follows a title,
    ends a relative clause (…的陳鴻), or is written again elsewhere in the text."""
    out = []
    for note in lex.pseudonym_re.finditer(folded):
        c = note.start()
        for i in _surname_runs_before(folded, c, lex):
            title = title_before(folded, i, lex)
            if not _boundary_before(folded, i, lex) and title is None and folded[i - 1] != "的" \
                    and folded.count(folded[i:c]) < 2:
                continue  # 檔主張淑貞（譯音）… 張淑貞庭上供稱: written again, the name is its own
            out.append(_mention(text, i, c, None, title, folded, lex, kind="chinese"))
            break
    return out


def _honorifics(text: str, folded: str, lex: _Lexicon) -> list[NameMention]:
    """Surname + honorific (郭先生, 王女士): a mention of a person whose given name is not used."""
    out = []
    for hon in ("先生", "女士", "小姐", "夫人"):
        start = 0
        while (k := folded.find(hon, start)) >= 0:
            start = k + 1
            for sl in (2, 1):
                i = k - sl
                if i >= 0 and _surname_at(folded, i, lex) == sl and _boundary_before(folded, i, lex):
                    out.append(_mention(text, i, k + len(hon), None, title_before(folded, i, lex),
                                        folded, lex, kind="honorific"))
                    break
    return out


# 小S, 大S, 阿Sa: a stage or nick name of a prefix and a Latin letter or two (written with or
# without a space); never part of a Latin word.
_NICKNAME_RE = re.compile(r"(?<![A-Za-z])[小大阿老][ \u00a0]?[A-Z][A-Za-z]?(?![A-Za-z])")


def _nicknames(text: str) -> list[NameMention]:
    """Nicknames such as 小S (徐熙娣): a person's mention although no surname table knows it."""
    return [NameMention(m.start(), m.end(), m.group(), name_end=m.end(), kind="chinese")
            for m in _NICKNAME_RE.finditer(text)]


def _known_occurrences(
    text: str, folded: str, names: set[str], taken: list[tuple[int, int]], lex: _Lexicon,
) -> list[NameMention]:
    """Every further occurrence of an already recognised name (repetition evidence)."""
    if not names:
        return []
    auto = ahocorasick.Automaton()
    for n in names:
        auto.add_word(n, n)
    auto.make_automaton()
    occupied = bytearray(len(folded) + 1)
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    out = []
    for end_idx, n in auto.iter_long(folded):
        s, e = end_idx + 1 - len(n), end_idx + 1
        # Skip an occurrence already covered; one that only partly overlaps a shorter mention
        # (英文 inside 蔡英文) competes with it in `_resolve_overlaps`.
        if all(occupied[s:e]) or _inside_not_name(folded, s, e, lex):
            continue
        if _starts_with_any(folded, e, lex.not_person_after) and not _starts_with_any(
                folded, e, lex.titles_after):  # 淡马亚教授: 教 of 教授, not of 伊斯兰教
            continue
        if s > 0 and folded[s - 1] in "《〈":
            continue
        latin = _latin_after(text, e)
        out.append(_mention(text, s, e, latin, title_before(folded, s, lex), folded, lex,
                            kind="translit" if all(ch in lex.translit or ch in lex.joiners
                                                   for ch in n) else "chinese"))
        occupied[s:e] = b"\x01" * (e - s)
    return out


def find_names(text: str) -> list[NameMention]:
    """Person-name mentions in `text` (simplified or traditional), in text order.

    One pass per recogniser over the folded text; offsets are into `text` (folding keeps
    length). Overlaps are resolved in favour of the longer, better-evidenced mention.
    """
    if not text:
        return []
    lex = lexicon()
    folded = to_simplified(text)
    titles_at = _longest_titles(folded, lex)  # (found once, read by the recognisers below)
    translit, weak = _translit_candidates(text, folded, lex, titles_at)
    title_ends = _title_ends(folded, lex, titles_at)
    translit += _latin_after_title(text, folded, lex, title_ends)
    chinese = (_chinese_after_title(text, folded, lex, title_ends)
               + _chinese_before_cue(text, folded, lex) + _chinese_before_latin(text, folded, lex)
               + _between_title_and_cue(text, folded, lex, title_ends)
               + _chinese_before_title(text, folded, lex) + _byline_names(text, folded, lex)
               + _chinese_before_pseudonym(text, folded, lex))
    honor = _honorifics(text, folded, lex) + _nicknames(text)
    chosen = [_with_joined_first_part(text, folded, m, lex)
              for m in _resolve_overlaps(translit + chinese + honor)]
    known: set[str] = set()
    for m in chosen:
        known.add(_fold_name(m.name))
        if m.kind == "translit" and m.short != m.name and len(m.short) >= 2:
            known.add(_fold_name(m.short))
        first = _first_part(m.name)
        if m.kind == "translit" and first != m.name and len(first) >= 2:
            known.add(_fold_name(first))  # 安華 … after 安華·易卜拉欣: Malay names go by the first
    for name, spots in weak.items():
        if len(spots) >= 2:
            known.add(name)
    known |= _repeated_chinese_names(folded, lex)
    known |= _recurring_subjects(folded, lex, known)
    extra = _known_occurrences(text, folded, known, [(m.start, m.end) for m in chosen], lex)
    done = _trimmed(text, folded, _completed(text, folded, _resolve_overlaps(chosen + extra), lex), lex)
    return _without_surname_predicates(folded, _without_run_on(text, folded, done, lex), lex)


# Word tags of what may follow a name and be mistaken for its last character(s): adverbs,
# verbs, time words (李家超|終回應說, 林鄭|笑說, 涂謹申|主持).
_AFTER_NAME_TAGS = frozenset({"d", "v", "vd", "ad", "t", "tg", "c", "p"})


def _trimmed(text: str, folded: str, mentions: list[NameMention],
             lex: _Lexicon) -> list[NameMention]:
    """Names read one or two characters too long, cut back to a name the text writes alone.

    The converse of `_completed`: 保安局局長李家超終回應說 with 李家超 elsewhere in the text is
    李家超 + 終 (finally), 林鄭笑說 after 林鄭 is 林鄭 + 笑 (smiling): a mention whose name is
    another mention's name followed by an adverb, verb or time word (by jieba's dictionary
    tags) is that name; the usage of the text decides, as in `_completed`. Only where the longer
    form is no usual name: more than two given-name characters (李家超終, 涂謹申主持), or one
    after two family names (林鄭笑, whose usual forms are 林鄭 and 林鄭月娥); 陳明亮 stays.
    """
    names = {_fold_name(m.name) for m in mentions
             if m.kind in ("chinese", "translit") and len(m.name) >= 2}
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.kind != "chinese" or m.latin is not None or m.name_end != m.end or len(m.name) < 3:
            continue
        name = _fold_name(m.name)
        double = is_double_surname(name[:2], lex)
        sl = 2 if double or name[:2] in lex.compound_surnames else 1
        for cut in (1, 2):
            short, tail = name[:-cut], name[-cut:]
            if not (len(name) - sl > 2 or double and len(name) - sl == cut):
                continue  # 陳明亮: a usual name, maybe not 陳明's
            if len(short) >= 2 and short in names and (word_tag(tail) or "") in _AFTER_NAME_TAGS \
                    and name not in _elsewhere_alone(folded, name):
                out[k] = replace(m, end=m.end - cut, name_end=m.name_end - cut,
                                 name=text[m.start:m.name_end - cut])
                break
    return out


def _without_run_on(text: str, folded: str, mentions: list[NameMention],
                    lex: _Lexicon) -> list[NameMention]:
    """Names read one character into the word after them, cut before that character.

    A name's end is often guessed (no cue or punctuation right after it), and its last
    character may be the first of the next word: 法官游德康提醒她 is 游德康 + 提醒 (reminded),
    主任潘冬坦承 is 潘冬 + 坦承, 总经理王重昆强调 is 王重昆 + 强调, 主帅埃里克-斯波尔斯特拉赛后
    is the coach + 赛后 (after the game), 科比-布莱恩特依然 is the player + 依然, 专家李哲则认为
    is 李哲 + 则 + 认为. A wrong name is a wrong speaker and a second entity for one person
    (ANNOTATION.md: the source span is the speaker's noun phrase; issue #15: one person, one
    entity). The evidence is local (`_run_on_end`); the converse, a name cut short, is
    `_completed`.
    """
    out = list(mentions)
    for k, m in enumerate(mentions):
        end = _run_on_end(folded, m, lex)
        if end != m.name_end:
            out[k] = replace(m, end=end, name_end=end, name=text[m.start:end])
    return out


def _without_surname_predicates(folded: str, mentions: list[NameMention],
                                lex: _Lexicon) -> list[NameMention]:
    """`mentions` without the surname + predicate runs that repeat a person named before.

    Hong Kong and Taiwan reports repeat a person by the surname alone right before the
    predicate: 吳偉南 … 吳早前表示, 吳供稱, 吳另表示, 岑嶺峯 … 岑均表示, 高縫 … 高回答謂
    (hkcnews court reports). Read as names (吳早前, 吳供), these are one more person each,
    splitting one speaker (issue #15; ANNOTATION.md: one speaker, one entity). Dropped, the
    bare surname is the source and the linker's `surname_bearer` finds the person. Only when
    the article named exactly one other person with that surname before (two 王 name nobody),
    and the characters after the surname are a time word, adverb or verb (`run_on_tags`, two
    characters: 早前, 後來, 起初, 回答) or one of `surname_predicate_openers` before a reporting
    cue (則|表示, 供|稱); a name with a title before it is a name (法官吳則).
    """
    cut: set[int] = set()
    for k, m in enumerate(mentions):
        if _surname_predicate(folded, m, lex):
            cut.add(k)
    if not cut:
        return mentions
    out = []
    for k, m in enumerate(mentions):
        if k in cut:
            sl = _surname_length(_fold_name(m.name), lex)
            bearers = {_fold_name(o.name) for o in mentions
                       if o.kind == "chinese" and o.end <= m.start and 2 <= len(o.name) <= 4
                       and _fold_name(o.name)[:sl] == _fold_name(m.name)[:sl]
                       and not _predicate_rest(_fold_name(o.name)[sl:], lex)}
            if len(bearers) == 1:
                continue
        out.append(m)
    return out


def _surname_length(name: str, lex: _Lexicon) -> int:
    """Characters of `name`'s surname: 2 for a compound surname (歐陽), else 1 (吳曾供 is 吳)."""
    return 2 if name[:2] in lex.compound_surnames else 1


def _surname_predicate(folded: str, m: NameMention, lex: _Lexicon) -> bool:
    """True when `m` reads as a surname + the opening of a predicate (吳早前|表示, 吳供|稱, 岑均|表示)."""
    e = m.name_end
    name = folded[m.start:e]
    if (m.kind != "chinese" or m.latin is not None or m.title_start is not None
            or not 2 <= len(name) <= 3 or "某" in name):
        return False
    rest = name[_surname_length(name, lex):]
    if len(rest) == 2 and (word_tag(rest) or "") in lex.run_on_tags:
        return True
    return (_predicate_rest(rest, lex) and bool(_starts_with_any(folded, e, lex.cue_seq)
                                                or _starts_with_any(folded, e - 1, lex.cue_seq)))


def surname_before_predicate(word: str) -> str | None:
    """The surname of `word` (simplified) when the rest opens a predicate, else None.

    吴早前, 吴供, 吴又改口, 岑均 (a source span before its cue, hkcnews): the surname alone
    repeats a person named before (`_without_surname_predicates`); 吴伟南, 王毅 give None.
    """
    lex = lexicon()
    if not 2 <= len(word) <= 5 or not all(map(_is_han, word)):
        return None
    sl = _surname_length(word, lex)
    if sl == 1 and word[0] not in lex.surnames:
        return None
    rest = word[sl:]
    if len(rest) <= 3 and (rest[0] in lex.surname_predicate_openers
                           or len(rest) >= 2 and (word_tag(rest[:2]) or "") in lex.run_on_tags):
        return word[:sl]
    return None


def _predicate_rest(rest: str, lex: _Lexicon) -> bool:
    """True when the characters after a surname open a predicate (早前, 則, 供): no given name."""
    return (len(rest) == 2 and (word_tag(rest) or "") in lex.run_on_tags
            or 1 <= len(rest) <= 2 and rest[0] in lex.surname_predicate_openers)


# Adverbs that open a predicate right after a subject (李哲|则|认为): before a reporting cue
# they are no given-name character. Only 则 ("whereas"): 均, 亦, 也 end given names too
# (杨恒均说 is 杨恒均 + 说).
_PREDICATE_ADVERBS = frozenset("则")


def _run_on_end(folded: str, m: NameMention, lex: _Lexicon) -> int:
    """Where `m`'s name ends: one character earlier when its last character opens the word after
    it (name_context.json `run_on_tags`, `run_on_kept_before`, `run_on_frames`), else
    `m.name_end`.

    The last character and the text after it must make a reporting cue or after-name title of
    two characters or more (坦|承, 博|士) or a dictionary word tagged verb, adverb, conjunction
    or time word (提|醒, 依|然, 赛|后); or be an adverb before a cue (则|说); or open a frame's
    end before a comma (对于特朗普来|说，, `run_on_frames`). The character after the name must
    be no one-character word standing after a name (李克难|于, 蒋中正|在, 陈嘉上|将) and open
    no word running past that word (黄宏发|表示 is no 黄宏 + 发表示). A name jieba knows
    (任继愈), a name with 某 (李某某|处) and a name that would keep no given character (or a
    transliteration part shorter than two characters) keep their end.
    """
    e = m.name_end
    name = folded[m.start:e]
    if (m.kind not in ("chinese", "translit") or m.latin is not None or e != m.end
            or len(name) < 3 or e >= len(folded) or not _is_han(folded[e])
            or name[-2] in lex.joiner_set or "某" in name or word_tag(name) == "nr"):
        return e
    if m.kind == "chinese":
        sl = 2 if name[:2] in lex.compound_surnames or is_double_surname(name[:2], lex) else 1
        if len(name) - 1 - sl < 1:
            return e
    elif len(_last_part(name[:-1])) < 2:
        return e
    if name[-1] in _PREDICATE_ADVERBS and m.kind == "chinese":
        return e - 1 if _starts_with_any(folded, e, lex.cue_seq) else e
    frame = _starts_with_any(folded, e - 1, lex.run_on_frames)
    if frame and folded[e - 1 + len(frame):e + len(frame)] in ("，", ","):
        return e - 1  # 对于特朗普来|说，: the frame "for X" closes before the comma
    if folded[e] in lex.run_on_kept_before:
        return e
    word = (_starts_with_any(folded, e - 1, lex.cues_after)
            or _starts_with_any(folded, e - 1, lex.titles_after) or "")
    if len(word) < 2:
        word = folded[e - 1:e + 1]
        if (word_tag(word) or "") not in lex.run_on_tags:
            return e
    word_end = e - 1 + len(word)
    for n in (2, 3):
        if e + n > word_end and e + n <= len(folded) and word_tag(folded[e:e + n]) is not None:
            return e  # 黄宏发|表示: the next word runs on (发表 is no word here)
    return e - 1


def _elsewhere_alone(folded: str, name: str) -> set[str]:
    """{name} when the longer form also stands before a cue or punctuation somewhere (then it
    is a name of its own, not a name and a word)."""
    for k in _find_all(folded, name):
        nxt = folded[k + len(name):k + len(name) + 1]
        if nxt and nxt in "，,。：:、；;）)」”":
            return {name}
    return set()


def _completed(text: str, folded: str, mentions: list[NameMention], lex: _Lexicon) -> list[NameMention]:
    """Names cut one character short, completed by the text's own usage.

    A name one character shorter than the usual Chinese name (surname + one given character,
    or two surnames + one: 羅德 of 羅德泉, 惠英 of 惠英红, 林鄭月 of 林鄭月娥) that is followed
    by the same character at every one of its occurrences in the text is that longer name:
    a short name would stand before different words. The character must be able to end a
    given name: no particle, adverb or time word (_NOT_NAME_START), no cue, and it must not
    open a dictionary word with the next one at most of them (张三|回忆 stays 张三; 惠英红|透露
    is one word by chance among 惠英红|率, 惠英红|前晚, 惠英红|在).
    """
    by_name: dict[str, list[int]] = {}
    kinds: dict[str, set[str]] = {}
    for k, m in enumerate(mentions):
        if m.kind in ("chinese", "translit") and m.latin is None and m.name_end == m.end:
            by_name.setdefault(_fold_name(m.name), []).append(k)
            kinds.setdefault(_fold_name(m.name), set()).add(m.kind)
    out = list(mentions)
    for name, idx in by_name.items():
        # (惠英 of 惠英红 is read as a transliteration: 惠 is no surname of the table)
        if len(name) == 2 and (name[0] in lex.surnames or kinds[name] == {"translit"}):
            sl = 1
        elif len(name) == 3 and (name[:2] in lex.compound_surnames or is_double_surname(name[:2], lex)):
            sl = 2
        else:
            continue
        after = {folded[k + len(name):k + len(name) + 2] for k in _find_all(folded, name)}
        if len({a[:1] for a in after}) != 1:
            continue
        nxt = next(iter(after))
        c = nxt[:1]
        if (not c or c in _NOT_NAME_START or not _HAN_RUN.fullmatch(c)
                or 2 * sum(word_tag(a) is not None for a in after if len(a) == 2) > len(after)
                or any(_starts_with_any(a, 0, words) for a in after
                       for words in (lex.cues_after, lex.titles_after, lex.weak_after))
                or not _given_ok(name[sl:] + c, 0, 2, titled=True)):
            continue
        for k in idx:
            m = out[k]
            out[k] = replace(m, end=m.end + 1, name_end=m.name_end + 1,
                             name=text[m.start:m.name_end + 1], guessed=False)
    return out


def _first_part(name: str) -> str:
    """The part of a joined transliteration before its first joiner (安華 in 安華·易卜拉欣)."""
    return re.split(f"[{re.escape(lexicon().joiners)}]", name, maxsplit=1)[0]


def _with_joined_first_part(text: str, folded: str, m: NameMention, lex: _Lexicon) -> NameMention:
    """`m` widened over a first name joined to it (安華·|易卜拉欣（Anwar Ibrahim）) when its
    characters are outside the transliteration tables: the joiner is the evidence, and the
    first name runs back to a title or a clause boundary (one to four Han characters)."""
    if m.kind != "translit" or m.start < 2 or folded[m.start - 1] not in lex.joiner_set:
        return m
    j = m.start - 1  # the joiner before the surname
    if j >= 3 and folded[j - 1].isascii() and folded[j - 1].isupper() and (
            folded[j - 2] in lex.joiner_set):
        j -= 2  # 安东尼·D·韦纳: a middle initial between the first name and the surname
    k = j
    while k > 0 and j - k < 4 and _is_han(folded[k - 1]) and title_before(
            folded, k, lex) is None:
        k -= 1
    if k == j or not (k == 0 or title_before(folded, k, lex) is not None
                      or not _is_han(folded[k - 1])):
        # 民主党人安东尼·D·韦纳（Anthony D. Weiner）: no title or boundary before the first
        # name, but the Latin name has a first name too and the Han run before the joiner is
        # all transliteration characters: that run (two to four characters) is the first name.
        k = j
        while k > 0 and j - k < 4 and folded[k - 1] in lex.translit:
            k -= 1
        if j - k < 2 or not m.latin or len(m.latin.split()) < 2:
            return m
    title = title_before(folded, k, lex)
    return replace(m, start=k, name=text[k:m.name_end],
                   title_start=role_start(folded, k - len(title), lex) if title else m.title_start)


@lru_cache(maxsize=8192)
def _fold_name(name: str) -> str:
    """`to_simplified` of a name: a pure function of a short string, and names recur."""
    return to_simplified(name)


def _resolve_overlaps(mentions: list[NameMention]) -> list[NameMention]:
    rank = {"translit": 0, "chinese": 1, "honorific": 1}
    ordered = sorted(
        mentions,
        key=lambda m: (-(m.latin is not None), m.guessed, -(m.name_end - m.start), rank[m.kind],
                       m.start),
    )
    kept: list[NameMention] = []
    if not ordered:
        return kept
    # Taken offsets as a byte mask: overlap tests and marking run in C.
    taken = bytearray(max(max(m.name_end, m.start) for m in ordered) + 1)
    for m in ordered:
        if taken.find(1, m.start, m.name_end) < 0:
            kept.append(m)
            if m.name_end > m.start:
                taken[m.start:m.name_end] = b"\x01" * (m.name_end - m.start)
    return sorted(kept, key=lambda m: m.start)


@lru_cache(maxsize=4096)
def _readings(name: str) -> tuple[frozenset[str], ...]:
    from pypinyin import Style, pinyin

    return tuple(frozenset(r) for r in pinyin(name, style=Style.NORMAL, heteronym=True))


def sounds_alike(a: str, b: str) -> bool:
    """True when two transliterations of the same length can be read the same, character by
    character, tones aside (艾柏森 / 艾伯森: 柏 reads bo as 伯 does; 哈里斯 / 哈利斯): one
    foreign name written with different homophones by two writers of one article (pypinyin's
    readings, every reading of a heteronym counted)."""
    a, b = to_simplified(a), to_simplified(b)
    if a == b or len(a) != len(b):
        return False
    return all(x & y for x, y in zip(_readings(a), _readings(b), strict=True))


def gender(name: str, roles: list[str] | tuple[str, ...] = (), translit: bool = False) -> str | None:
    """"f", "m" or None (unknown): see `_gender` (cached). `translit`: the name was found as
    a transliteration, so the Chinese given-name characters say nothing (古玛兰, Kumaran)."""
    return _gender(name, tuple(roles), translit)


@lru_cache(maxsize=4096)
def _gender(name: str, roles: tuple[str, ...], translit: bool = False) -> str | None:
    """"f", "m" or None (unknown) from a role (女士, 先生) or the name's characters.

    Transliterated women's names end in 娃/娜/娅 (扎哈罗娃) or start with a female forename
    (玛丽亚·…); Chinese women's given names often use characters such as 娟, 莲, 慧.
    """
    lex = lexicon()
    for r in roles:
        if any(r.endswith(t) for t in lex.female_titles):
            return "f"
        if any(r.endswith(t) for t in lex.male_titles):
            return "m"
    n = to_simplified(name)
    parts = _joiner_split().split(n)
    if any(parts[0] == g or parts[0].startswith(g) for g in lex.female_given if len(parts) > 1):
        return "f"
    if any(ch in lex.translit for ch in n) and len(n) >= 3 and n[-1] in "娃娜娅":
        return "f"
    if translit:
        return None
    sl = 2 if n[:2] in lex.compound_surnames else (1 if n[:1] in lex.surnames else 0)
    given = n[sl:] if sl and len(n) - sl in (1, 2) else ""
    if given and any(ch in lex.female_chinese for ch in given):
        return "f"
    return None
