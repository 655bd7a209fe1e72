"""A second verb of saying coordinated after a content the tagger already ended (issue #11).

`She said he never robbed or killed anyone, but told reporters the deceased had a scheduled court
appearance`, `Bolivia's public defender's office said another 30 people had been injured ..., but
added the exact circumstances ... remained unclear`: the tagger reads the first attribution and
ends its content before `, but`; the coordinated `told` / `added` shares the subject and is an
attribution of its own (ANNOTATION.md: "Be exhaustive: every attribution in the article"; en
half A gold `en-rt-1`, `enC-tribune242-1`). The mirror case, the
coordinated verb inside a content that runs on, is `extract._split_coordinated_cues`.

Only a core verb of saying in the past tense (`told`, `added`, `said`, `insisted`, ...), right
after `and` / `but` (a comma and `also`/`then`/`later`/an `-ly` adverb may stand between), with
no tagged or ruled attribution on any of its words; its content runs to the end of the sentence.
"""

from __future__ import annotations

import json
from importlib import resources

from .lexicon import Cue, Lexicon
from .rules import Candidate, coordinated_source, covered
from .tokens import QUOTES, TRAILING_PUNCT, Sentence, Token, sentence_ends

_JOINS = frozenset({"and", "but"})
_BETWEEN = frozenset({"also", "then", "later", "further"})
_PAST_IRREGULAR = frozenset({"said", "told", "wrote", "spoke", "swore"})


def _past(word: str) -> bool:
    return word in _PAST_IRREGULAR or word.endswith("ed")


def _speech_verb(lower: list[str], k: int, limit: int, lex: Lexicon) -> tuple[int, Cue] | None:
    """The end and the lexicon entry of a core verb of saying in the past tense at `k` (`told
    reporters` is one phrase of the lexicon: the verb is the cue, the addressee neither); None
    for any other word. The passive test after it is each caller's."""
    m = lex.match_cue(lower, k) if k < limit else None
    verb = lex.cues.get((lower[k],)) if m is not None else None
    if verb is None or verb.pos != "verb" or not verb.core or not _past(lower[k]):
        return None
    return k + m[0], verb


def _content_end(tokens: list[Token], lower: list[str], e: int, end: int) -> int:
    """`end` moved back over closing punctuation and quote marks, not before `e`."""
    while end > e and (lower[end - 1] in TRAILING_PUNCT or tokens[end - 1].text in QUOTES):
        end -= 1
    return end


def after_content(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                  found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The attributions of the coordinated verbs after the contents of `found` (new ones only)."""
    taken = covered(found)
    last_of = sentence_ends(sentences)
    out: list[Candidate] = []
    for cand in found:
        if cand.source is None or len(cand.cue) != 1 or not cand.content \
                or cand.source[1] > cand.cue[0][0] or cand.content[-1][0] < cand.cue[0][1]:
            continue
        b = cand.content[-1][1]
        k = b + (b < len(lower) and lower[b] == ",")
        if k >= len(lower) or lower[k] not in _JOINS or b not in last_of:
            continue
        k += 1
        while k < len(lower) and (lower[k] in _BETWEEN or lower[k].endswith("ly") and len(lower[k]) > 3):
            k += 1
        said = _speech_verb(lower, k, len(lower), lex)
        if said is None or k + 1 < len(lower) and lower[k + 1] in ("to", "by"):
            continue  # `and told to simply read out notes`, `and accused by the news media of`:
            # a passive, no speech of the subject
        e = said[0]
        end = _content_end(tokens, lower, e, last_of[b])
        if sum(w[:1].isalnum() for w in lower[e:end]) < 3 or any(i in taken for i in range(k, end)):
            continue
        if any(tokens[i].text in QUOTES for i in range(e, end)):
            continue  # a quotation after the verb: its own frame, read by the tagger or the rules
        source = coordinated_source(lower, cand.source, b < len(lower) and lower[b] == ",")
        out.append(Candidate([(k, k + 1)], [(e, end)], source, "rule:coordinated-after"))
        taken.update(range(k, end))
    return out


_DATA = json.loads(resources.files("sayso.lang.en").joinpath("coordinated_after.json").read_text("utf-8"))
THAT_ONLY_LEMMAS = frozenset(_DATA["that_only_lemmas"])
PASSIVE_TOLD = frozenset(_DATA["passive_told"])

# Words after a comma that close the coordinated verb's content (`threatened to use live
# ammunition on them, as the latest round of protests escalates`, en-express-1).
_CLOSING_AFTER_COMMA = frozenset({"as", "while", "which", "who", "whereas", "although", "though",
                                  "according", "but", "and", "saying", "adding", "amid"})


def after_clause(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                 found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A core verb of saying coordinated after a verb that reports nothing (`Swift took to social
    media and accused Braun ... of also disallowing ...`, enC-foxnews-1; `Vietnam is one of the
    region's most vocal critics ... and has accused Beijing of encroaching into its waters`,
    enD-chron-1; `It did not reveal the crash location and said it was withholding the names`,
    en-aljazeera-1): the clause's subject (`shared_subject.shared_subject`) is its source, its
    content runs to a comma before a closing clause or to the sentence's end. `after_content`
    reads the case where the first verb is itself a verb of saying. Same verb test as there (a
    core past form, not before `to`/`by`: no passive), and nothing found on any of its words."""
    from .shared_subject import shared_subject  # (shared_subject imports rules only)

    joins = [j for j, w in enumerate(lower) if w in _JOINS]
    if not joins:
        return []
    taken = covered(found)
    out: list[Candidate] = []
    for sent in sentences:
        first, last = sent.first, sent.last
        for j in (j for j in joins if first + 2 <= j < last - 2):
            k = j + 1
            while k < last and (lower[k] in _BETWEEN or lower[k] in ("has", "have", "had")
                                or lower[k].endswith("ly") and len(lower[k]) > 3):
                k += 1
            said = _speech_verb(lower, k, last, lex)
            if said is None or k + 1 < last and lower[k + 1] == "by":
                continue
            e, verb = said
            if verb.lemma in THAT_ONLY_LEMMAS and (e >= last or lower[e] != "that") \
                    or lower[k] in PASSIVE_TOLD and e < last and lower[e] == "to":
                continue  # `and confirmed 68 judicial nominees`, `and told to surrender` (json _doc)
            end = _content_end(tokens, lower, e, last)
            comma = next((c for c in range(e, end - 1) if lower[c] == "," and lower[c + 1] in _CLOSING_AFTER_COMMA), None)
            if comma is not None:
                end = comma
            if sum(w[:1].isalnum() for w in lower[e:end]) < 3 or any(i in taken for i in range(j, end)):
                continue
            if any(tokens[i].text in QUOTES for i in range(first, end)):
                continue  # a quotation in the sentence: its frames are the tagger's and the rules'
            source = shared_subject(tokens, lower, first, k, None, taken, lex)
            if source is None:
                continue
            out.append(Candidate([(k, e)], [(e, end)], source, "rule:coordinated-clause"))
            taken.update(range(j, end))
    return out
