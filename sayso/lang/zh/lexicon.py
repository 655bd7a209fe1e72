"""The Chinese cue lexicon and its companions, loaded once from `sayso/lang/zh/*.json`.

All matching runs on text folded to simplified script (`sayso.text.to_simplified`, which keeps
length), so one simplified lexicon serves both scripts. Cue occurrences are found with a single
Aho-Corasick pass (pyahocorasick) over the folded text, together with a blocklist of words
that merely contain a cue (说服, 小说, 称为, 问题): a cue inside a blocked word never fires.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from ...text import quiet_jieba

# 回应过这样的消息，“…”: a verb of answering, its object (a short noun phrase), a comma or colon
# and a quotation
_OBJECT_THEN_QUOTE = re.compile(r"[了过]?(?P<np>[^，,。；;：:！？!?“”「」\"\n\s]{2,12})[，,：:]\s*[“「\"]")
# jieba tags of an object noun phrase: nouns, modifiers and 的; its last word one of _OBJECT_HEAD_TAGS
_OBJECT_HEAD_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "vn"})
_OBJECT_TAGS = _OBJECT_HEAD_TAGS | {"m", "q", "mq", "b", "r", "uj", "a"}


def object_before_quote(s: str, c1: int, cue_words: tuple[str, ...]) -> int | None:
    """科斯塔本人也回应过这样的消息，“之前很多人都说…” (zhL-ifeng-1 gold: 迭戈-科斯塔本人 +
    回应): a cue that reports speech only before punctuation (`needs_punct`) but may take an
    object (cues.json object_before_quote) takes a noun phrase first, what is answered (by
    jieba's tags), when a quotation opens right after it: the quotation is the answer. A
    phrase ending in a cue of `cue_words` is none (回應時說:「…」: 說 is the verb of the words).
    Returns where the words start (after the punctuation), else None."""
    m = _OBJECT_THEN_QUOTE.match(s, c1)
    if m is None or m.group("np").endswith(cue_words):
        return None
    tags = [(w.word, w.flag) for w in quiet_jieba().posseg.lcut(m.group("np"), HMM=False)]
    if not tags or tags[-1][1] not in _OBJECT_HEAD_TAGS or not all(flag in _OBJECT_TAGS for _, flag in tags):
        return None
    return m.end() - 1


# a colon or a quote mark opening the words after a cue (留言：「…」, 留言，「…」)
QUOTE_OPENINGS = ("：", ":", "“", "「", '"')


@dataclass(frozen=True)
class Cue:
    """One reporting cue: its stance, how far its content reaches, and certainty it implies."""

    word: str
    stance: str = "assert"
    scope: str = "sentence"  # "sentence" | "clause"
    certainty: str | None = None
    needs_source: bool = True
    needs_punct: bool = False
    # the cue counts only when a quotation follows (a colon, or a comma, then the quote mark):
    # 留言 is as often the noun 'comment' (137,893則網絡留言，其中…, hkcnews article_1154)
    needs_quote: bool = False

    def speaks_at(self, s: str, e: int) -> bool:
        """Whether the punctuation after the cue (ending at e) lets it report speech
        (`needs_punct`: a comma, colon or quote mark; `needs_quote`: a quotation opens)."""
        if self.needs_quote:
            return s.startswith(QUOTE_OPENINGS, e) or s.startswith(("，", ","), e) \
                and s.startswith(QUOTE_OPENINGS[2:], e + 1)
        return not self.needs_punct or e < len(s) and s[e] in "，,：:﹕“「\""


# Before a compound prefix, these make it a noun (the subject), not part of the cue.
_NOUN_BEFORE = frozenset("的该此这份篇项则，,。；;：:！？!?“”「」『』\"\n 　（(【】《》、")


# …，感慨说，…: after a clause end a verb-only prefix still joins its head (the subject is elided).
_CLAUSE_ENDS = frozenset("，,。；;：:！？!?\n")


def _load(name: str) -> dict:
    path = resources.files("sayso.lang.zh").joinpath(name)
    return _with_variants(json.loads(path.read_text(encoding="utf-8")))


# Spellings that script folding (OpenCC t2s) leaves apart: Taiwan, Hong Kong and Malaysian
# papers write 報導/报导 where mainland ones write 报道. The lists name one; both are matched.
_VARIANTS = (("报道", "报导"),)


def _with_variants(data):
    """`data` with every string list extended by the other spelling of its words."""
    if isinstance(data, dict):
        return {k: _with_variants(v) for k, v in data.items()}
    if isinstance(data, list):
        if not all(isinstance(w, str) for w in data):
            return [_with_variants(v) for v in data]
        out = list(data)
        seen = set(data)
        for w in data:
            for a, b in _VARIANTS:
                for x, y in ((a, b), (b, a)):
                    if x in w and w.replace(x, y) not in seen:
                        seen.add(w.replace(x, y))
                        out.append(w.replace(x, y))
        return out
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def literal_led(pattern: str) -> str:
    """`pattern` with each top-level branch that opens with a group of plain words
    ((?:报道|消息)…) written out as one branch per word (报道…|消息…): the same matches, tried
    in the same order, but when every branch then opens with a literal character `re` skips
    the positions whose character opens none of them instead of trying each of the many
    branches there (the strong denial markers: about 10x faster over a content). A pattern
    that cannot be written so comes back unchanged."""
    branches = _top_level(pattern)
    if branches is None:
        return pattern
    out = [b for branch in branches for b in _distributed(branch)]
    if not all(b and (b[0] not in _META or b[0] == "\\" and not b[1:2].isalnum()) for b in out):
        return pattern
    return "|".join(out)


_META = frozenset("\\.^$*+?{}[]()|")


def _top_level(pattern: str) -> list[str] | None:
    """`pattern` split at its `|` outside groups and classes; None when it is unbalanced."""
    parts: list[str] = []
    depth = start = k = 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 1
        elif ch == "[":
            k += 1 + pattern.startswith("^", k + 1)
            k += pattern.startswith("]", k)  # (a ] first in a class is a member)
            while k < len(pattern) and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:k])
            start = k + 1
        k += 1
    if depth != 0:
        return None
    parts.append(pattern[start:])
    return parts


def _distributed(branch: str) -> list[str]:
    """(?:是|为)的?谎言 -> 是的?谎言, 为的?谎言: a leading group of plain words (with no
    quantifier after it) distributed over the rest of the branch; else the branch alone."""
    if not branch.startswith("(?:"):
        return [branch]
    close = _group_end(branch)
    if close is None:
        return [branch]
    words, rest = _top_level(branch[3:close]), branch[close + 1:]
    if words is None or rest[:1] in ("?", "*", "+", "{") or re.compile(rest).groups \
            or re.search(r"\\[1-9]|\(\?P=", rest) \
            or not all(w and _is_literal(w) for w in words):
        return [branch]
    return [w + rest for w in words]


def _group_end(pattern: str) -> int | None:
    """The index of the `)` closing the group that opens `pattern`."""
    k, depth = 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 1
        elif ch == "[":
            return None  # (classes inside the group: not plain words anyway)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return None


def _is_literal(word: str) -> bool:
    """Plain characters and escaped punctuation (what `re.escape` writes) only."""
    k = 0
    while k < len(word):
        if word[k] == "\\":
            if not word[k + 1:k + 2] or word[k + 1].isalnum():
                return False
            k += 2
        elif word[k] in _META:
            return False
        else:
            k += 1
    return True


class Lexicon:
    """Everything the Chinese extractor knows about words, compiled for fast matching."""

    def __init__(self) -> None:
        cues = _load("cues.json")
        self.cues: dict[str, Cue] = {}
        for c in cues["cues"]:
            self.cues[c["cue"]] = Cue(
                c["cue"], c.get("stance", "assert"), c.get("scope", "sentence"),
                c.get("certainty"), c.get("needs_source", True), c.get("needs_punct", False),
                c.get("needs_quote", False),
            )
        self.blocklist = frozenset(cues["blocklist"])
        self.object_quote_cues = frozenset(cues["object_before_quote"]["words"])
        self.cue_words = tuple(self.cues)
        self.long_cue_re = re.compile(_alternation([w for w in self.cues if len(w) >= 2]))
        self.frames = cues["frames"]
        self.shorter_before = {k: tuple(v) for k, v in cues["shorter_cue_before"].items()
                               if k != "about"}
        self.evidence_cues = frozenset(cues["evidence_cues"]["words"])
        self.data_nouns = tuple(cues["evidence_cues"]["data_nouns"])
        self.lead_in_cues = frozenset(cues["lead_in_cues"]["words"])
        self.clause_stops = tuple(cues["clause_stops"])  # connectives that end a one-clause content
        self.modal_object_cues = frozenset(cues["modal_object_cues"]["words"])
        self.rumour_cues = frozenset(cues["rumour_cues"]["words"])
        self.rumour_noun_after = cues["rumour_cues"]["noun_after"]
        self.rumour_verbs = frozenset(cues["rumour_cues"]["verbs"])
        self.rumour_counted_object_re = re.compile(cues["rumour_cues"]["counted_object"])
        self.rumour_places = tuple(cues["rumour_cues"]["places"])
        self.rumour_place_ends = tuple(sorted(cues["rumour_cues"]["place_ends"], key=len, reverse=True))
        self.rumour_place_starts = tuple(cues["rumour_cues"]["place_starts"])
        self.clause_object_cues = frozenset(cues["clause_object_cues"]["words"]) | self.rumour_cues
        self.trust_cues = frozenset(cues["trust_cues"]["words"])
        resume = cues["resume_narration"]
        self.resume_narration_re = re.compile(
            "(?:(?<=" + "|".join(map(re.escape, resume["time_ends"])) + ")[，,](?:" + _alternation(resume["words"])
            + ")|[，,](?:" + _alternation(resume["words"]) + ")(?!" + _alternation(resume["not_before"]) + "))")
        compounds = cues["compound_prefixes"]
        self.compound_heads = frozenset(compounds["heads"])
        self.compound_prefixes = tuple(sorted(compounds["prefixes"], key=len, reverse=True))
        self.say_only_prefixes = tuple(compounds["say_only"])
        self.verbs_at_clause_start = frozenset(compounds["verbs_at_clause_start"])
        self._head_prefixes = {h: tuple(sorted(v, key=len, reverse=True))
                               for h, v in compounds["head_prefixes"].items()}
        self.light_verbs = tuple(cues["light_verbs"]["verbs"])
        self.light_heads = frozenset(cues["light_verbs"]["heads"])
        self._prefix_set = frozenset(self.compound_prefixes + self.say_only_prefixes)
        self._compound_cues: dict[str, Cue] = {}
        self.noun_before = tuple(cues["noun_contexts"]["before"])
        self.report_noun_after = tuple(cues["noun_contexts"]["report_after"])
        self.negation = tuple(cues["noun_contexts"]["negation"])
        after = cues["noun_after"]  # 主張之一, 投訴激增, 辟謠平臺: what follows makes the cue a noun
        self.noun_after_particle_re = re.compile("|".join(after["particles"]))
        self.noun_after_cues = frozenset(after["cues"])
        self.noun_after_predicates = tuple(after["predicates"])
        self.noun_head_cues = frozenset(after["head_cues"])
        self.noun_heads = tuple(after["heads"])
        irr = cues["irrealis"]
        fill = _alternation(irr["fillers"])
        self.irrealis_re = re.compile(f"(?:{_alternation(irr['modals'])})(?:{fill}){{0,2}}$")
        self.negated_addressee_re = re.compile(
            f"(?:{_alternation(irr['negations'])})(?:{_alternation(irr['negation_fillers'])})?"
            f"(?:{_alternation(irr['addressee_preps'])})[^，,。；;：:“”「」]{{1,8}}$")
        self.whenever_cues = frozenset(irr["whenever"])
        self.label_cues = frozenset(cues["labels"]["cues"])
        self.label_modifiers = tuple(cues["labels"]["modifiers"])
        self.advice_label_cues = frozenset(cues["labels"]["advice_cues"])
        self.advice_label_heads = tuple(cues["labels"]["advice_heads"])
        self.self_styled_cues = frozenset(cues["self_styled"]["cues"])
        self.suspected_cues = frozenset(cues["suspected"]["cues"])
        self.suspected_after_re = re.compile(  # 3個懷疑恐怖分子: a count and a person classifier
            "[一二两三四五六七八九十几多数百千0-9０-９]+(?:" + "|".join(cues["suspected"]["classifiers"]) + ")$")
        check = cues["check_whether"]  # 确认是否…: an act of checking, nothing stated
        self.check_whether_cues = frozenset(check["cues"])
        self.check_whether_objects = tuple(check["objects"])
        trait = cues["characteristic"]  # 更强调…: what something stresses, no statement
        self.characteristic_cues = frozenset(trait["cues"])
        self.characteristic_degree = tuple(trait["degree"])
        self.characteristic_speech_after = tuple(trait["speech_after"])
        frame = cues["adverbial_frame"]
        self.frame_opens = tuple(frame["opens"])
        self.frame_closes = tuple(c + a for c in frame["closes"] for a in frame["after"])
        grounds = cues["subjectless_modals"]
        self.subjectless_modal_re = re.compile(
            f"(?:{_alternation(grounds['adverbs'])})*(?:{_alternation(grounds['words'])})")
        self.conjunctions = frozenset(cues["conjoined"]["conjunctions"])
        self.conjoined_after = tuple(cues["conjoined"]["after"])
        self.light_verb_object_cues = frozenset(cues["light_verb_objects"]["cues"])
        self.self_styled_before = tuple(cues["self_styled"]["before_ends"])
        self.sign_cues = frozenset(cues["signs"]["cues"])
        self.sign_nouns = tuple(cues["signs"]["nouns"])
        nouns = cues["noun_uses"]
        self.noun_use_cues = frozenset(nouns["cues"])
        self.noun_use_before = tuple(nouns["before"])
        self.noun_use_after_re = re.compile(  # 工艺要求高, 要求都会比较高, 要求及模式, 要求等因素
            f"(?:{_alternation(nouns['degree'])}){{0,2}}(?:{_alternation(nouns['predicates'])})"
            f"(?=[，,。；;、：:）)\\s]|$)|(?:{'|'.join(nouns['lists'])})")
        self.according_re = re.compile(  # 按醫生建議，…: according to the doctor's advice
            f"(?:{'|'.join(nouns['according'])})[^，,。；;：:“”「」]{{1,20}}$")
        self.word_bound_exempt_cues = frozenset(cues["inside_other_word"]["exempt_cues"])
        self.reporting_words = frozenset(cues["inside_other_word"]["reporting_words"])
        self.adverb_led_cues = frozenset(cues["adverb_led"]["cues"])
        self.adverb_led_before = tuple(cues["adverb_led"]["before"])
        self.recognize_cues = frozenset(cues["recognize"]["cues"])
        self.recognize_objects = tuple(cues["recognize"]["objects"])
        auto = ahocorasick.Automaton()
        for w in self.cues:
            auto.add_word(w, (len(w), w, False))
        for w in self.blocklist:
            if w not in self.cues:
                auto.add_word(w, (len(w), w, True))
        auto.make_automaton()
        self._auto = auto

        src = _load("source.json")
        self.adverbs_before_cue = sorted(src["adverbs_before_cue"], key=len, reverse=True)
        # …地 adverbs of manner in general (兴奋地, 语带哽咽地), but not nouns ending in 地.
        manner = "[\u4e00-\u9fff](?![" + "".join(src["di_nouns"]) + "]地)[\u4e00-\u9fff]地"
        self.adverb_end_re = re.compile(
            "(?:" + _alternation(self.adverbs_before_cue + src["manner_adverbs"]) + "|"
            + manner + ")$")
        # The last characters of those matches: a clause ending in none of them (nor in one
        # of them and a newline, before which $ matches too) needs no search.
        self.adverb_end_chars = frozenset(
            [w[-1] for w in self.adverbs_before_cue + src["manner_adverbs"]] + ["地"])
        # 立即再次, 更加: a clause of adverbs only has no subject (the strip keeps a first
        # character, for names like 曾浩辉, so it is checked whole).
        self.adverbs_only_re = re.compile(
            "(?:" + _alternation(self.adverbs_before_cue + src["manner_adverbs"]) + ")+")
        # A match ends at the clause end (or before a final newline): it starts at most this
        # far back, so the search need not try every earlier position.
        self.adverb_reach = 1 + max(map(len, self.adverbs_before_cue + src["manner_adverbs"]))
        self.post_subject = src["post_subject"]
        self.post_subject_not_before = src["post_subject_not_before"]
        self.post_subject_not_after = {k: frozenset(v) for k, v in src["post_subject_not_after"].items()}
        self.subject_verbs_re = re.compile(_alternation(src["subject_verbs"]))
        self.leading = sorted(src["leading"], key=len, reverse=True)
        self.leading_re = re.compile(_alternation(self.leading))
        self.leading_keep_before = {k: tuple(v) for k, v in src["leading_keep_before"].items()}
        self.function_word_tags = frozenset(src["function_word_sources"]["tags"])
        self.population_quantifiers = tuple(src["population_quantifiers"]["words"])
        existential = src["existential_after_lead"]
        self.existential_adverbs_re = re.compile(_alternation(existential["adverbs"]))
        self.existential_not_words = tuple(existential["not_words"])
        self.keep_de = tuple(src["keep_de"])
        self.document_heads = tuple(sorted(src["document_heads"], key=len, reverse=True))
        self.pronouns = frozenset(src["pronouns"])
        self.first_person = frozenset(src["first_person"])
        self.not_sources = frozenset(src["not_sources"])
        self.non_speakers = frozenset(src["non_speakers"])
        self.verb_phrase_ends = tuple(src["verb_phrase_ends"])
        self.bei_nouns = tuple(src["bei_nouns"])
        self.agentless_passives = tuple(src["agentless_passives"])
        self.adverbial_openers = tuple(src["adverbial_openers"])
        self.adverbial_ends = tuple(src["adverbial_ends"])
        self.adverbs_also_name_ends = frozenset(src["adverbs_also_name_ends"])
        self.verb_phrase_openers = tuple(src["verb_phrase_openers"])
        self.speech_nouns = tuple(src["speech_nouns"])
        self.earlier_remarks_re = re.compile(_alternation(src["earlier_remarks"]))
        self.connectives = frozenset(src["connectives"])
        self.channel_nouns = tuple(src["channel_nouns"])
        self.venue_nouns = tuple(src["venue_nouns"])
        # the places of speech: a venue or a medium (在记者会上, 在《明报》的专栏)
        self.speech_places = self.venue_nouns + self.channel_nouns
        self.venue_actions = tuple(src["venue_actions"])
        self.attending = tuple(src["attending"])
        self.role_suffixes = tuple(src["role_suffixes"])
        self.described_person_heads = tuple(src["described_person_heads"])
        self.topic_openers = {word: tuple(after) for word, after in src["topic_openers"].items()}
        # 外交部副部长拿督马祖基: a role, then a short name (with an honorific) ends the phrase
        self.titled_name_re = re.compile("(?:" + _alternation(src["role_suffixes"]) + r")[^，,。的]{2,5}$")
        self.prepositions = tuple(src["prepositions"])
        self.relative_re = re.compile(_alternation(src["relative_markers"]))
        self.labels = frozenset(src["labels"])
        # 新加坡合影门后续：…: a headline label naming the story (its follow-up, the affair), no speaker
        self.topic_label_ends = tuple(src["topic_label_ends"])
        self.post_subject_re = re.compile(
            "(?:" + _alternation(self.post_subject) + r"|\d+[日月号]|[一二三四五六七八九十]+[日月])"
        )

        mk = _load("markers.json")
        self.outlet_suffixes = tuple(mk["outlet_suffixes"]["words"])
        self.generic_via = frozenset(mk["generic_via"]["words"])
        self.via_modifiers = tuple(mk["via_modifiers"]["words"])
        self.scare_terms = frozenset(mk["scare_terms"]["words"])
        self.speech_chars = frozenset(mk["speech_chars"]["chars"])
        self.dao_nouns = tuple(mk["dao_nouns"]["words"])
        self.background_endings = tuple(mk["background_endings"]["words"])
        self.narration_openers = tuple(mk["narration_openers"]["words"])
        self.coordinators = tuple(mk["coordinators"]["words"])
        self.further_openers = tuple(mk["further_openers"]["words"])
        self.contrast = tuple(mk["contrast"]["words"])
        self.purpose_openers = tuple(mk["purpose_openers"]["words"])
        self.summary_openers = tuple(mk["summary_openers"]["words"])
        self.earlier_openers = tuple(mk["earlier_openers"]["words"])
        self.addressee_stances = frozenset(mk["addressee_stances"]["words"])
        self.public_addressees = frozenset(mk["public_addressees"]["words"])
        # 希望他能…: a third person hoped to act (certainty.py `_hopes_for_others`)
        self.hope_third_persons = tuple(mk["hope_subjects"]["third_persons"])
        self.hope_abilities = tuple(mk["hope_subjects"]["abilities"])
        # 切勿转传, 大家唔好纠缠: a negative imperative opening a clause (certainty.py `_stance_from_content`)
        pro = mk["prohibitives"]
        # one scan for any of the words before the full pattern (most contents have none)
        self.prohibitive_word_re = re.compile(_alternation(pro["words"]))
        self.prohibitive_re = re.compile(
            "(?:^|[，,；;。：:！!、“「『])(?:" + _alternation(pro["openers"]) + ")?(?:"
            + _alternation(pro["addressees"]) + ")?(?:"
            + _alternation(pro["adverbs"]) + ")*(?:" + _alternation(pro["words"]) + ")(?!"
            + _alternation(pro["not_before"]) + ")[\u4e00-\u9fffA-Za-z]")
        # 应该选择…, 应推动…: a modal of obligation opening the content (certainty.py `_prescribes`)
        ob = mk["opening_obligations"]
        self.opening_obligation_re = re.compile(
            "^[“「『]?(?:" + _alternation(ob["adverbs"]) + ")?(?:" + _alternation(ob["words"]) + ")")
        # 陈两裕一再屡犯，不应轻判: the same modal opening a later clause (certainty.py
        # `_prescribes_later`); 应 alone is left out there (应邀, 应对 open many clauses), and so
        # is 务必 (…结果却很残酷，务必认真看待: a party leader's own resolve, tests/golden/zh.json
        # zh-via8-4 assert), with 亟需 / 亟须 (a need stated); 就必须 states a consequence
        self.later_obligation_re = re.compile(
            "[，,；;](?:" + _alternation([w for w in ob["adverbs"] if w != "就"]) + ")?(?:"
            + _alternation([w for w in ob["words"] if w not in ("应", "务必", "亟需", "亟须")]) + ")")
        self.doubting_cues = tuple(mk["doubting_cues"]["words"])  # 质疑…？ asks (certainty.py)
        self.report_nouns = tuple(mk["report_nouns"]["words"])
        self.report_determiners = frozenset(mk["report_determiners"]["words"])
        self.denial_negations = tuple(mk["denial_negations"]["words"])
        self.modals = tuple(mk["modals"]["words"])
        self.request_nouns = frozenset(mk["request_nouns"]["words"])
        # 在面子书发帖文, 于脸书的贴文, 到庞畢歐的脸书底下留言: the platform, then the post if
        # one is named; a possessive before the platform (某人的脸书) is someone's page.
        self.posted_on_re = re.compile(
            r"[^，,。；;：:]{0,4}?(?:发|在|于|到)(?:其|自己的|[^，,。；;：:在于的]{1,10}的)?(?P<via>"
            + _alternation(mk["platforms"]["words"]) + r")(?:" + _alternation(mk["platform_pages"]["words"])
            + r")?(?:上|中|底下)?的?"
            r"(?:" + _alternation(mk["post_verbs"]["words"]) + r")?(?:一[则篇段条份])?"
            r"(?P<post>" + _alternation(mk["posts"]["words"]) + r")?"
            r"(?:上|中)?(?:发文|发帖|留言|撰文|发布|发言)?")
        # 《环球时报》总编辑, 《环球时报》总编辑胡锡进: the title, then at most a short name
        self.outlet_person_re = re.compile(
            "(?:" + _alternation(mk["outlet_people"]["words"]) + r")[^《》“”\s]{0,4}$")
        self.not_outlets = tuple(mk["not_outlets"]["words"])
        self.cited_tails = tuple(mk["cited_tails"]["words"])
        self.own_channels = tuple(mk["own_channels"]["words"])
        # 在网志不点名批评, 在推文开头这样写道: manner words and parts of a document between a
        # channel and its cue (channels.py reads the channel without them)
        self.channel_tails = tuple(sorted(mk["channel_tails"]["words"], key=len, reverse=True))
        self.channel_parts = tuple(mk["channel_parts"]["words"])
        self.reporter_determiners = tuple(mk["reporter_determiners"]["words"])  # 对该记者 (channels.py)
        self.edge_days = tuple(mk["edge_days"]["words"])  # 昨日例行记者会 (channels.py)
        self.channel_acts = tuple(sorted(mk["channel_acts"]["words"], key=len, reverse=True))
        # 在Facebook發文指, 在網上跟帖表示: writing or posting on the platform before them
        self.posting_verbs = tuple(sorted(mk["posting_verbs"]["words"], key=len, reverse=True))
        self.channel_part_re = re.compile(
            "(?:" + _alternation(list(self.channel_nouns)) + ")(?P<part>的?[^，,。；;：:“”「」在于]{0,8}?(?:"
            + _alternation(mk["channel_parts"]["words"]) + ")(?:中|里|处|时)?)$")
        self.media_events = tuple(mk["media_events"]["words"])
        self.press_events = tuple(mk["press_events"]["words"])
        self.publications = tuple(mk["publications"]["words"])
        self.platform_names = frozenset(mk["platforms"]["words"])
        self.platform_pages = tuple(mk["platform_pages"]["words"])
        self.medium_suffixes = tuple(mk["medium_suffixes"]["words"])
        self.generic_media = frozenset(mk["medium_suffixes"]["generic"])
        self.ceremonies = tuple(mk["ceremonies"]["words"])
        self.issued_documents = tuple(sorted(mk["issued_documents"]["words"], key=len, reverse=True))
        self.held_documents = tuple(mk["held_documents"]["words"])
        self.announcing_nouns = tuple(mk["announcing_nouns"]["words"])
        # 红星新闻致电…，一名工作人员称: the outlet, a contacting verb, then the one who answers
        inquiries = mk["outlet_inquiries"]
        self.inquiry_contact_re = re.compile(r"(?P<outlet>[^，,。；;：:“”「」]{2,16}?)(?:也|亦|随即|随后|再|又|则|就此)?(?:"
                                             + _alternation(inquiries["contact"]) + "|向[^，,。；;：:“”「」]{2,30}?(?:"
                                             + _alternation(inquiries["check"]) + "))")
        self.generic_platforms = frozenset(mk["generic_platforms"]["words"])
        # platforms a name makes specific (微博, 臉書), not 网站 or 社交媒体
        self.named_platforms = frozenset(w for w in self.platform_names
                                         if w not in self.generic_platforms and len(w) >= 2)
        self.online_media = tuple(sorted(mk["online_media"]["words"], key=len, reverse=True))
        # 在脸书为…抱不平: 在/于 + a platform by name (not the generic 网站, 社交媒体 …)
        named = [w for w in mk["platforms"]["words"] if w not in mk["generic_platforms"]["words"]]
        self.on_platform_re = re.compile(r"[在于](?:其|自己的|他的|她的)?(?P<via>" + _alternation(named)
                                         + r")(?![A-Za-z\u4e00-\u9fff]{0,1}(?:光|射线|线|轴|型|级|因子))")
        self.contradiction_openers = tuple(mk["contradiction_openers"]["words"])
        self.function_bigrams = frozenset(mk["function_bigrams"]["words"])
        self.time_word_re = re.compile(
            "(?:" + _alternation(mk["time_words"]["words"]) + r"|\d{1,2}日)")
        self.personal_pronouns = frozenset(mk["personal_pronouns"]["words"])
        self.personal_pronoun_re = re.compile(_alternation(mk["personal_pronouns"]["words"]))
        self.lead_dateline_re = re.compile(
            "(?:" + _alternation(mk["dateline_outlets"]["words"]) + ")"
            r"[^，,。；;\s]{0,8}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息)(?=[\s（(]|$)"
        )
        self.byline_re = re.compile(_alternation(mk["byline_words"]["words"]))

        # 海峡两岸三地122位科学家: a long phrase headed by a group noun is still a subject.
        self.group_heads = tuple(_load("orgs.json")["group_heads"])
        # 这些官员拒绝透露…，并表示…: heads of a noun phrase that can speak, for the subject of the
        # clause before an elided cue (relate.acting_subject)
        orgs = _load("orgs.json")
        self.acting_subject_heads = tuple(sorted(
            {*orgs["group_heads"], *src["role_suffixes"], *src["acting_subject_heads"],
             *orgs["government_suffixes"], *orgs["organization_suffixes"]}, key=len, reverse=True))
        # any of those heads anywhere in a clause: the cheap test before tagging it (speed only)
        self.acting_subject_head_re = re.compile(_alternation(list(self.acting_subject_heads)))
        anon = _load("anonymous.json")
        self.anonymous_sources = frozenset(anon["sources"])
        self.anonymous_heads = tuple(anon["head_words"])
        self.description_heads = frozenset(anon["description_heads"])
        self.anonymous_re = re.compile(_alternation(anon["markers"]))
        self.indefinite_re = re.compile(anon["indefinite"]["pattern"])
        self.indefinite_inner_re = re.compile(anon["indefinite"]["inner_pattern"])
        self.bare_roles = frozenset(anon["bare_roles"]["nouns"])
        compounds = anon["unnamed_compounds"]
        self.unnamed_names = frozenset(compounds["names"])
        self.unnamed_heads = tuple(compounds["heads"])
        self.unnamed_officers = tuple(compounds["officers"])
        self.press_offices = tuple(compounds["press_offices"])
        self.unnamed_role_heads = tuple(compounds["role_heads"])
        self.population_re = re.compile(_alternation(compounds["populations"]))
        self.unnamed_demonstratives = tuple(sorted(compounds["demonstratives"], key=len, reverse=True))
        self.service_roles = frozenset(compounds["service_roles"])
        self.pseudonym_marks = tuple(compounds["pseudonym_marks"])
        self.named_by = tuple(anon["indefinite"]["named_by"])
        hedges = _load("hedges.json")
        self.hedges = hedges["hedges"]
        self.hedge_re = re.compile(literal_led("|".join([_alternation(self.hedges), *hedges["patterns"]])))
        den = _load("denials.json")
        self.deny_markers = den["content_markers"]
        self.deny_strong = den["strong_markers"]
        self.report_refs = den["report_refs"]
        self.deny_re = re.compile(_alternation(self.deny_markers))
        self.deny_strong_re = re.compile(literal_led(
            "|".join([_alternation(self.deny_strong), *den["strong_patterns"]["patterns"]])))
        self.report_ref_re = re.compile(_alternation(self.report_refs))
        never = den["never_before"]
        exp, deg = _alternation(never["experiential"]), _alternation(never["degree"])
        # 从来没有过这样的自由度, 从未试过如此严峻; 从来都没有想过…会去到如此恶劣 (certainty.py `_never_before`)
        self.never_negation_re = re.compile(_alternation(never["negations"]))
        self.never_degree_re = re.compile(
            f"(?:(?:{exp})?(?:{deg})|(?:{exp})(?:{_alternation(never['after_experiential'])})"
            f"|(?:{_alternation(never['imagined'])})[^，,。；;！？!?]*?(?:{deg}))")
        # 并不会成为…旺季, 并不只是…, 并不等于…: a negated modal, scope or degree (certainty.py mark_denials)
        self.plain_bingbu = tuple(den["plain_bingbu"]["followers"])
        self.never_since_re = re.compile(f"(?:{_alternation(never['since'])})[，,]?[^，,。；;：:！？!?]{{0,6}}$")
        self.fake_re = re.compile("|".join(den["fake_predicates"]["patterns"]))
        self.confession_cues = tuple(den["fake_predicates"]["confession_cues"])
        self.open_possibility_re = re.compile(_alternation(den["fake_predicates"]["open_possibilities"]))
        self.smear_word_re = re.compile(_alternation(den["smear_rejections"]["words"]))
        self.smear_re = re.compile("|".join(den["smear_rejections"]["patterns"]))
        self.claim_anaphor_re = re.compile("|".join(den["claim_anaphors"]["patterns"]))
        bare = den["bare_pointers"]
        # 有关说法 alone: the content is nothing but the pointer and its noun (certainty.py `_pointed_claim`)
        self.bare_pointer_re = re.compile(
            f"(?:{_alternation(bare['pointers'])})的?(?:{_alternation(bare['nouns'])})")
        self.bare_pointer_news = tuple(bare["news_nouns"])
        self.bare_pointer_window = int(bare["window"])
        self.claimant_openers = tuple(den["claimant_forms"]["openers"])
        self.claimant_closers = tuple(den["claimant_forms"]["closers"])
        self.side_tails = tuple(den["side_tails"]["words"])
        # 警务处处长… speaks for 警方 (certainty.py `denier_side`)
        self.side_aliases = tuple((p[0], p[1]) for p in den["side_aliases"]["pairs"])
        reb = den["author_rebuttals"]
        self.rebuttal_re = re.compile(_alternation(reb["rebuttals"]))
        self.rebutted_ref_re = re.compile(_alternation(reb["report_refs"]))
        self.report_family = frozenset(reb["family"])
        self.concession_cues = frozenset(reb["concessions"])
        self.deny_stance_only_re = re.compile("|".join(den["stance_only_patterns"]["patterns"]))
        neg = den["negated_charges"]
        # a negation, a short gap (向考评局, 受到博企) and a wrongdoing word: 绝非向考评局施压
        self.negated_charge_re = re.compile(
            "(?:" + _alternation(neg["negations"]) + ")(?P<gap>[^，,。；;：:！？!?]{0," + str(int(neg["gap"]))
            + "}?)(?:" + _alternation(neg["charges"]) + ")")
        self.negated_charge_lead = int(neg["lead"])
        self.negated_charge_not_re = re.compile(_alternation(neg["not_in_clause"]))
        self.negated_charge_gap_not_re = re.compile(_alternation(neg["not_in_gap"]))
        self.deny_pending_re = re.compile(literal_led("|".join(den["pending_answers"]["patterns"])))
        self.answer_negation_re = re.compile("|".join(den["answer_negations"]["patterns"]))
        self.unnamed_deniers = tuple(den["answer_negations"]["unnamed_deniers"]["heads"])
        self.contested_report_re = re.compile(_alternation(den["contested_reports"]["words"]))
        # 对此，…否认: a denial answering the sentence before (certainty.py `_answered_by_opener`)
        self.response_openers = tuple(den["response_openers"]["words"])
        circ = den["false_circulation"]
        # 网民「千万别说随便」: a quoted handle may follow the noun that ends the source
        self.circulating_source_re = re.compile(
            "(?:" + _alternation(circ["sources"]) + ")(?:[「“『][^」”』]{1,20}[」”』])?$")
        self.circulating_falsity_re = re.compile(_alternation(circ["falsity"]))
        self.circulating_noun_re = re.compile(_alternation(circ["sources"]))
        self.circulating_window = int(circ["window"])
        rebutted = den["rebutted_reports"]
        self.false_report_re = re.compile(_alternation(rebutted["false_reports"]))
        self.false_report_pointers = tuple(rebutted["pointers"])
        self.false_report_copulas = tuple(rebutted["copulas"])
        self.false_report_subjects = tuple(rebutted["subjects"])
        self.report_rebuttal_window = int(rebutted["window"])
        quoted = den["quoted_rejections"]
        self.quoted_rejection_re = re.compile(_alternation(quoted["words"]))
        self.quoted_rejection_sentences = int(quoted["sentences"])
        self.false_news_re = re.compile(literal_led("|".join(den["false_news_charges"]["patterns"])))
        self.guess_re = re.compile(_alternation(den["guesses"]["words"]))
        self.denial_verb_re = re.compile(_alternation(den["denial_verbs"]["words"]))
        self.false_claim_cues = frozenset(den["false_claim_cues"]["words"])
        rebuttal = den["rebuttal_negations"]
        self.rebuttal_negation_re = re.compile(
            "(?:" + _alternation(rebuttal["negations"]) + ")(?!" + _alternation(rebuttal["not_after"]) + ")")
        self.rebuttal_context_re = re.compile(_alternation(rebuttal["context"]))
        self.rebuttal_window = int(rebuttal["window"])
        self.faultless_re = re.compile(
            "(?:" + _alternation(rebuttal["faultless"]["negations"]) + ")(?:任何)?(?:"
            + _alternation(rebuttal["faultless"]["faults"]) + ")")
        self.faultless_context_re = re.compile(
            _alternation(rebuttal["context"] + rebuttal["faultless"]["context"]))
        narrated = den["narrated_rebuttals"]
        self.narrated_rebuttal_negation_re = re.compile(
            "(?:" + _alternation(narrated["negations"]) + ")(?!" + _alternation(narrated["not_after"]) + ")")
        self.narrated_rebuttal_topic_re = re.compile(
            "(?:^|(?<=[，,；;。！？!?\n]))(?:" + _alternation(narrated["topic_openers"]) + ")[^，,；;。]{0,30}?(?:"
            + _alternation(narrated["topic_nouns"]) + ")")
        self.narrated_rebuttal_ordinals = frozenset(narrated["ordinals"])
        self.narrated_rebuttal_pronouns = frozenset(narrated["pronouns"])
        self.no_comment_re = re.compile(_alternation(narrated["no_comment"]))
        passive = den["passive_charges"]
        self.passive_charge_cues = frozenset(passive["cues"])
        self.passive_charge_copulas = tuple(passive["copulas"])
        absurd = den["absurdity_verdicts"]
        self.absurdity_re = re.compile(_alternation(absurd["words"]))
        self.absurdity_window = int(absurd["window"])
        contrast = den["contrast_charges"]
        self.contrast_charge_re = re.compile(
            "[”」』]?[，,；;]\\s*(?:" + _alternation(contrast["contrasts"])
            + ")(?P<subject>[^，,。；;“”「」]{2,16}?)(?:" + _alternation(contrast["verbs"]) + ")")
        self.accuse_re = re.compile("|".join(
            [_alternation(den["accuse_markers"]), *den["accuse_patterns"]["patterns"]]))
        adm = den["admissions"]
        self.admission_cues = tuple(adm["cues"])
        self.admission_re = re.compile(_alternation(adm["markers"]))
        self.own_fault_re = re.compile(literal_led(
            "|".join([_alternation(adm["own_fault"]), *adm["own_fault_patterns"]])))
        self.content_stances = [(stance, re.compile(_alternation(words)))
                                for stance, words in den["content_stances"].items()
                                if stance != "about"]
        # one pass over the content first: most contents hold none of these words
        self.content_stance_any = re.compile(_alternation(
            [w for stance, words in den["content_stances"].items() if stance != "about" for w in words]))

        f = self.frames
        # 电 (据新华社北京3日电) is no second part inside a word (据半岛电视台报道).
        seconds = "|".join("电(?![视台话影子力脑讯信网器报])" if w == "电" else w
                           for w in _alternation(f["ju"]["second"]).split("|"))
        self.ju_re = re.compile(
            "(?P<c1>" + _alternation(f["ju"]["first"]) + ")"
            r"(?P<src>[^，,。；;：:！？!?\n]{1,40}?)"
            "(?P<c2>" + seconds + ")"
            # 据当时参加相关移民说明会议的村民介绍: 说 inside 说明 or 说服 ends no frame
            "(?!(?<=说)[明服])"
        )
        self.ju_reported = frozenset(f["ju"]["reported"])
        self.anon_re = re.compile(_alternation(f["anonymous"]["cues"]))
        self.cite_re = re.compile(
            "(?P<c1>" + _alternation(f["cite"]["first"]) + ")"
            # a gloss in parentheses counts as one step: 两名直接知悉情况人士（two people …）
            r"(?P<via>(?:[^，,。；;：:！？!?\n（(]|[（(][^（()）\n]{0,80}[）)]){1,40}?)"
            # 报导引述5名知情人士，表示…: a comma may stand between the cited party and its verb
            "[，,]?(?P<c2>" + _alternation(f["cite"]["second"]) + ")"
        )
        self.cite_second_re = re.compile(_alternation(f["cite"]["second"]))
        self.report_noun_re = re.compile(
            "(?P<c1>的报道|的报导|的文章|的社论|的声明|的公告|的报告)"
            "(?P<c2>" + _alternation(f["report_noun"]["second"]) + ")"
        )
        self.pretext_re = re.compile(
            r"(?P<c1>以)\s*(?P<q>[“「『\"][^”」』“\"\n]{1,40}[”」』“\"])\s*"
            "(?P<c2>" + _alternation(f["pretext"]["second"]) + ")"
        )
        self.express_re = re.compile(
            r"(?P<c1>以)\s*(?P<q>[“「『\"][^”」』“\"\n]{1,40}[”」』“\"])[^，,。；;\n]{0,8}?"
            "(?P<c2>" + _alternation(f["express"]["second"]) + ")"
        )
        self.rumour_re = re.compile(
            "(?P<c1>" + _alternation(f["rumour"]["first"]) + ")"
            r"(?P<content>[^。！？\n]{2,60}?)"
            "(?P<c2>" + _alternation(f["rumour"]["second"]) + ")"
        )
        self.learned_re = re.compile(
            r"(?:记者)?(?P<c1>" + _alternation(f["learned"]["first"]) + ")"
            r"(?P<src>[^，,。；;：:！？!?\n]{2,24}?)(?:处|方面|那里)?"
            "(?P<c2>" + _alternation(f["learned"]["second"]) + ")"
        )
        self.interview_re = re.compile(
            r"接受(?P<via>[^，,。；;：:！？!?\n]{1,25}?)(?:的)?(?:采访|专访|访问|访谈)"
        )

    def _compound(self, folded: str, s: int, cue: Cue, floor: int) -> tuple[int, Cue]:
        """形容说, 辩称, 报告说: a verb glued before 说/称/道 belongs to the cue, not the source.

        Not at a clause start or after a determiner: there the word is the subject (报告称,
        该声明说, 这份报告称); a verb-only prefix (cues.json verbs_at_clause_start) joins at a
        clause start too (…，感慨说，…: no one is named 感慨).
        """
        prefixes = self.compound_prefixes + (self.say_only_prefixes if cue.word == "说" else ())
        prefixes = self._head_prefixes.get(cue.word, prefixes)  # 回应表示, not 声明表示
        if not folded.endswith(prefixes, max(floor + 1, 0), s):
            return s, cue  # one C-level test first: no prefix ends at s after the floor
        for prefix in prefixes:
            a = s - len(prefix)
            if a > floor and folded.startswith(prefix, a) and (
                    folded[a - 1] not in _NOUN_BEFORE
                    or (folded[a - 1] in _CLAUSE_ENDS and prefix in self.verbs_at_clause_start)):
                # 报导说 reports like 报导, 否认称 denies like 否认: the prefix's own entry wins
                return a, self._joined(prefix, cue, self.cues.get(prefix, cue))
        return s, cue

    def _joined(self, prefix: str, cue: Cue, base: Cue) -> Cue:
        """The cue `prefix` + `cue`: a listed one, else built once with `base`'s stance."""
        word = prefix + cue.word
        known = self.cues.get(word) or self._compound_cues.get(word)
        if known is None:
            known = self._compound_cues[word] = Cue(word, base.stance, cue.scope, base.certainty)
        return known

    def post_subject_at(self, folded: str, a: int, b: int) -> int | None:
        """Where the first post-subject marker in folded[a:b] starts (对 of 反对 is none)."""
        for m in self.post_subject_re.finditer(folded, a, b):
            word = m.group()
            if m.start() > 0 and folded[m.start() - 1] in self.post_subject_not_after.get(word, ()):
                continue
            if any(folded.startswith(x, m.start()) for x in self.post_subject_not_before.get(word, ())):
                continue
            return m.start()
        return None

    def _light_verb(self, folded: str, s: int, cue: Cue, floor: int) -> tuple[int, Cue]:
        """提出警告, 发出呼吁: the light verb before a speech noun is part of the cue."""
        for verb in self.light_verbs:
            a = s - len(verb)
            if a >= floor and folded.startswith(verb, a):
                return a, self._joined(verb, cue, cue)
        return s, cue

    def find_cues(self, folded: str) -> list[tuple[int, int, Cue]]:
        """Cue occurrences in `folded`, leftmost-longest, minus those inside blocked words."""
        # one comprehension over the automaton's matches (no `append` call per match: speed only)
        found: list[tuple[int, int, str, bool]] = [
            (end_idx - length + 1, end_idx + 1, word, blocked)
            for end_idx, (length, word, blocked) in self._auto.iter(folded)]
        blocks = sorted((s, e) for s, e, _, b in found if b)
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        out: list[tuple[int, int, Cue]] = []
        last_end = -1
        j = 0
        reach = -1  # furthest end of the blocked words starting at or before the cue
        rejected_at: dict[int, str] = {}
        rejected = (-1, -1)  # the last longer cue rejected for want of punctuation
        for s, e, word, blocked in found:
            while j < len(blocks) and blocks[j][0] <= s:
                reach = max(reach, blocks[j][1])
                j += 1
            if blocked or s < last_end or reach >= e:
                continue
            if rejected[0] < s < rejected[1]:
                continue  # 就回答了问题: 答 is part of the rejected 回答, not a cue of its own
            if word.startswith("问") and s > 0 and folded[s - 1] == "访" and word[1:] in self.cues:
                word, s = word[1:], s + 1  # 接受NHK访问说: 访问 is the interview, 说 the cue
            if word.endswith("说") and folded.startswith("过", e) and word[:-1] in self.cues:
                word, e = word[:-1], e - 1  # 否认说过…: 说过 is the denied act, 否认 the cue
            cue = self.cues[word]
            if not cue.speaks_at(folded, e) \
                    and (word not in self.object_quote_cues
                         or object_before_quote(folded, e, self.cue_words) is None):
                rejected_at[s] = word
                rejected = (s, e)
                continue  # 他说明年…: leave the position to the shorter cue (说)
            longer = rejected_at.get(s)
            if longer is not None and not folded.startswith(
                    self.shorter_before.get(longer, ()), e):
                continue  # 不能说明…: the shorter cue is only part of the rejected word
            if word in self.light_heads:
                s, cue = self._light_verb(folded, s, cue, max(last_end, 0))
            if word == "说" and folded.startswith("过", e) and out and out[-1][1] == s:
                continue  # 否认说过上述言论: what was (not) said is the object of 否认
            if word in self.compound_heads and not folded.startswith("过", e):
                if out and out[-1][1] == s and out[-1][2].word in self._prefix_set:
                    floor = out.pop()[0] - 1  # 报导 + 说: the cue found before is the prefix
                else:
                    floor = max(last_end, 0)
                s, cue = self._compound(folded, s, cue, floor)
                if cue.word in self.light_heads:
                    s, cue = self._light_verb(folded, s, cue, floor)  # 发布 + 声明 + 称
            out.append((s, e, cue))
            last_end = e
        return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon (built on first use)."""
    return Lexicon()
