"""Where English content starts and ends: clause-boundary heuristics over tokens, applied to
the tagger's and the rules' content ranges in `extract._attribution` (and one candidate split).

Each rule follows how PolNeAR (Newell et al. 2018) and the en-news gold mark content, and was
kept only when neither PolNeAR dev nor en-news tune lost (`benchmarks/content_diff.py` counts
the classes; figures in the commit messages):

- `medial_frame_lead`: `The museum, Mr. Bush said, celebrated ...` gives two parts;
- `without_source_description`: the rest of a long source apposition is not content;
- `after_frame_adjunct`: `says at a campaign stop in Toledo, Ohio, that ...` starts at `that`;
- `before_coordinated_cue`: `... and said she would ...` ends the content;
- `before_claim_comment`: `..., a figure that could not be verified` ends the content;
- `before_contrast_clause`: `..., while the Arab League condemned ...` ends the content;
- `before_other_speaker`: `..., and then Priebus asked ...` ends the content (another speaker
  takes over: ANNOTATION.md Boundaries; verbs of saying only, not a pronoun subject);
- `before_semicolon`: an unquoted content ends before `;`;
- `before_main_clause`: a cue in a fronted subordinate clause (`once he has said his piece, |
  he is ...`) has its content end at the clause's comma;
- `nominal_object_before_comma`: a nominal content (`announcing the pick, | the Association
  ... called`) ends at a comma that opens a participle, a predicate or a new clause;
- `before_closed_quote_comma`: `... because "you talk about the issues ...," | though she
  noted ...` ends the content at the quotation's comma;
- `through_main_clause`: `warn that if the bloc fails ..., | it could rapidly fall apart`: a
  content that is only a subordinate clause goes on through its main clause;
- `without_earlier_sentences`: unquoted narration in a sentence before the cue's is no part;
- `preposition_to_cue`: `accused | of using ...`: the preposition is the cue's;
- `without_frame_day`: `responded Friday, saying | industry lobbyists ...`: the day is the frame's;
- `split_at_participle_cue`: `"X," Trump said, adding later, "Y"` is two attributions.

Tried the same way and dropped (no gain or a loss on one of the two sets): cutting at an aside
dash, at a comma before a participle, at `, which`, `, but` or `, as`; cutting frame adjuncts after a
nominal content (`attacked Machado | since the debate`); removing the object before a
complement (`urged Americans | to ...`: PolNeAR mostly keeps it); extending a tagged content cut
at a comma to the rule's content; dropping unquoted parts in a sentence after the cue's (content
F1 up on both sets, en-news attribution F1 down 0.06); ending the content before `, but <subject>
<reporting verb>` (PolNeAR keeps the nested statement inside the outer content); ending an
unquoted content after its cue at its sentence's end (PolNeAR dev content tp 1358 -> 1353);
ending a nominal content at any comma whatever the cue (en-news tune 558 -> 555) or before a
capitalised word (PolNeAR train gold: 49 end there, 45 run on: appositions); ending a nominal
content before a trailing `during`/`at`/`in`/`on` phrase (PolNeAR train gold keeps it: `during`
20 inside, 9 end before; `in` 362 / 59); leaving out the object before `to` (`urged X | to`:
PolNeAR train gold keeps it, `urged` 15 / 5, `asked` 17 / 3).
Counted on PolNeAR train as exact content spans fixed / broken and dropped: starting after an
object and `that` (`told a crowd in Georgia | that ...`: 14 / 115 for any noun phrase, as
PolNeAR keeps noun complements `the idea that ...`; 2 / 5 after `told`-like verbs only);
starting after an addressee and the cue's preposition (`accused him | of ...`: 14 / 136, pronouns
alone 0 / 31); ending a content before a trailing date (`his candidacy | last year`: 33 / 222,
nominal contents 26 / 69, up to four tokens 15 / 8 and dev unchanged); ending the content of an
`-ing` cue before `and` + another participle (`describing X as unqualified | and accusing
him`: 6 / 12); ending a content after a nominal cue (`the promise | that ...`) at the
predicate of the sentence's subject (`... | are raising questions`: 2 / 6). Gold ends with punctuation inside an unquoted content are noise (train: `.` out
9516, in 299).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import Candidate
from .tokens import QUOTES, Token

Range = tuple[int, int]

# Words that join the sentence to the one before it, not part of the reported clause (`But the
# economic weapons ..., he added, are like ...`: PolNeAR's first part starts at `the`).
LEAD_JOINERS = frozenset({"and", "but", "so", "yet", "or", "still", "now", "also"})
CLAUSE_JOINS = frozenset({"but", ";", "whereas", "while"})
RELATIVES = frozenset({"which", "who", "whom"})
# Openers of a setting before a frame that introduces a quotation (`As a phone rang, the announcer
# said, "..."`, `Asked about ..., Clinton said, "..."`): no part of the quoted claim.
SETTING_OPENERS = frozenset({"as", "when", "while", "after", "before", "since", "in", "on", "at",
                             "during", "for", "with", "from", "speaking", "asked", "responding",
                             "pressed", "earlier", "later", "then", "there", "here", "still"})
QUOTED_LEAD = 6  # at most this many tokens before a frame that a quotation continues
FRAME_TAIL = 5  # at most this many tokens from the frame's end to the content (`me on Friday,`)


def medial_frame_lead(tokens: list[Token], lower: list[str], content: list[Range],
                      cue: list[Range], source: Range | None, lo: int) -> list[Range]:
    """`The museum, Mr. Bush said, celebrated several of his heroes`: a frame set off by commas
    inside the reported clause leaves its first part before the frame. When the content starts
    after the cue and the frame (source and cue) follows a comma, the clause from its start to
    that comma is the content's first part (PolNeAR and the en-news gold give two parts). Quoted
    clauses are left alone (the quote rules join their parts)."""
    if not cue or not content or source is None:
        return content
    frame_start = min(source[0], cue[0][0])
    if content[0][0] < cue[-1][1] or frame_start - 1 <= lo or lower[frame_start - 1] != ",":
        return content
    first = content[0][0]
    if lower[first - 1] != "," or first - max(cue[-1][1], source[1]) > FRAME_TAIL \
            or "," in lower[max(cue[-1][1], source[1]):first - 1]:
        return content  # `In a statement, the company said the talks ...`: not set off
    quoted = tokens[first].text in QUOTES
    k = frame_start - 1  # the comma before the frame
    if lower[k - 1] in RELATIVES:
        return [(k - 1, k), *content]  # `which, Tompkins said, is usually full`: the pronoun
    start = lo
    for j in range(lo, k):
        if lower[j] in CLAUSE_JOINS:
            start = j + 1
    while start < k and (lower[start] in LEAD_JOINERS or lower[start] == ","):
        start += 1
    if start >= k or any(t.text in QUOTES for t in tokens[start:k]):
        return content
    if quoted and (lower[start] in SETTING_OPENERS or lower[start].endswith("ed")
                   or k - start > QUOTED_LEAD or "," in lower[start:k]):
        # `As a phone rang, the announcer said, "It's 3 a.m."`: the setting; only a short
        # clause opening (`It was, the president said, ''a stone where ...''`) is a first part
        return content
    return [(start, k), *content]


# Prepositions a cue governs (`talked about`, `accused of`, `criticized for`, `commented on`):
# PolNeAR marks them as part of the cue, not of the content (PolNeAR train: 472 cues end with
# `about` against 25 contents starting with it; `of` 417/15, `for` 391/25, `on` 335/16). `to`
# and `as` are split both ways and stay.
CUE_PREPOSITIONS = frozenset({"about", "of", "for", "on", "against", "over", "with"})


# A preposition opening a time phrase is the frame's (`said on Monday`, `argued for decades`).
DURATIONS = frozenset({"decades", "years", "months", "weeks", "days", "hours", "the", "a", "an",
                       "this", "last", "next", "several", "many"})


def preposition_to_cue(lower: list[str], content: list[Range], cue: list[Range],
                       time_words: frozenset[str]) -> tuple[list[Range], list[Range]]:
    """A content that opens with the cue's preposition right after the cue (`talked | about
    the economy`) without it; the preposition joins the cue. Not before a time phrase (`said on
    Monday`, `argued for decades`, `on the eve of`)."""
    if not cue or not content:
        return content, cue
    (a, b), (c0, c1) = content[0], cue[-1]
    if a != c1 or b - a < 2 or lower[a] not in CUE_PREPOSITIONS:
        return content, cue
    nxt = lower[a + 1]
    if nxt in time_words or nxt in DURATIONS and lower[a] in ("on", "for", "over") \
            or nxt[:1].isdigit():
        return content, cue
    return [(a + 1, b), *content[1:]], [*cue[:-1], (c0, c1 + 1)]


# Day names the frame carries right after its verb (`said Friday`, `told reporters Monday
# night`); not `today`/`tonight`, which open reported clauses as often (`tonight he's ...`).
FRAME_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
POSSESSIVES = frozenset({"'s", "’s"})


def without_frame_day(tokens: list[Token], lower: list[str], content: list[Range],
                      cue: list[Range]) -> list[Range]:
    """`said Friday, saying industry lobbyists ...`, `apologized Monday, offering "a deep and
    sincere apology"`: an unquoted content that starts right after its cue with a day name
    (and `night`, a comma, a speech participle or `that`) starts after them; the day dates the
    frame (PolNeAR marks it outside the content). A day that is the reported clause's subject
    or possessor (`Thursday's speeches have led ...`) stays."""
    if not cue or not content:
        return content
    a, b = content[0]
    if a != cue[-1][1] or lower[a] not in FRAME_DAYS or not tokens[a].text[:1].isupper():
        return content
    k = a + 1
    if k < b and lower[k] in POSSESSIVES:
        return content
    if k < b and lower[k] in DAY_PARTS:
        k += 1
    if k < b and lower[k] == ",":
        k += 1
    if k < b and lower[k] in SPEECH_PARTICIPLES:
        k += 1
    if k < b and lower[k] == "that":
        k += 1
    if b - k < 2:
        return content
    return [(k, b), *content[1:]]


# A part between the source and its cue that continues the source's description (`the agency |
# that oversees the EB-5 program |, said`, `an outside adviser to the campaign | on tax and
# budget issues ... |, said`): the tagger took the rest of a long apposition for content.
RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose"})
SET_OFF = frozenset({",", "-", "--", "—", "–", "and"})
COMPLEMENT_SUBJECTS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "you",
                                 "his", "her", "their", "its", "this", "there", "these", "those"})


def without_source_description(tokens: list[Token], lower: list[str], content: list[Range],
                               cue: list[Range], source: Range | None) -> list[Range]:
    """Content parts lying between the source and a finite cue, set off by a comma or dash
    and reading as a relative clause or a modifier of the source, when the content goes on
    after the cue; a `that` clause there (`Trump | that the military is depleted | and says`)
    and the parts before a participle cue (`, adding`) stay."""
    if source is None or not cue or len(content) < 2 or lower[cue[0][0]].endswith("ing"):
        return content
    c0 = cue[0][0]
    if not any(a >= cue[-1][1] for a, _ in content):
        return content

    def description(a: int, b: int) -> bool:
        if not (source[1] <= a and b <= c0) or any(t.text in QUOTES for t in tokens[a:b]):
            return False
        gap = lower[b:c0]
        if not gap or any(w not in SET_OFF for w in gap) or gap == ["and"]:
            return False
        first = lower[a]
        if first in RELATIVE_OPENERS:
            return True
        if first == "that":
            return a + 1 < b and lower[a + 1] not in COMPLEMENT_SUBJECTS \
                and not tokens[a + 1].text[:1].isupper()
        return tokens[a].text[:1].islower() and first.isalpha()

    return [r for r in content if not description(*r)] or content


# A frame adjunct between the cue and its `that` clause (`said at a campaign stop in Toledo,
# Ohio, that it means ...`, `says on its website that ...`): PolNeAR's content starts at `that`.
ADJUNCT_OPENERS = frozenset({"at", "in", "on", "during", "after", "before", "from", "via",
                             "through", "over", "earlier", "later", "again",
                             "repeatedly", "also", "recently", "privately", "publicly", "then"})
MAX_ADJUNCT = 12


def after_frame_adjunct(tokens: list[Token], lower: list[str], content: list[Range],
                        cue: list[Range]) -> list[Range]:
    """A content right after its cue that opens with an adjunct of the frame and then `that`
    starts at the `that` (the first one within `MAX_ADJUNCT` tokens, before any quotation; after
    a comma inside the adjunct only a `, that` counts: `saw in 2009, banks that are ...` is a
    relative clause)."""
    if not cue or not content:
        return content
    a, b = content[0]
    gap = lower[cue[-1][1]:a]
    if a == cue[-1][1]:
        if lower[a] not in ADJUNCT_OPENERS:
            return content
    elif not _setting_gap(gap) or not (lower[a] in ADJUNCT_OPENERS or gap[-1] in ADJUNCT_OPENERS):
        return content
    for k in range(a + 1, min(a + MAX_ADJUNCT, b - 1)):
        if tokens[k].text in QUOTES or lower[k] in (".", ";", ":"):
            return content
        if lower[k] == "that":
            if lower[k - 1] != "," and "," in lower[a:k]:
                return content  # `saw in 2009, banks that are ...`: a relative clause
            if gap and lower[k + 1] in RELATIVE_STARTS:
                return content  # `said in a report that was released ...`: a relative clause
            return [(k, b), *content[1:]]
    return content


MAX_GAP = 6  # at most this many words between the cue and its content (the addressee, `at`)
# After `that`, these make it a relative pronoun on the noun before it, not a complementiser.
RELATIVE_STARTS = frozenset({"was", "is", "were", "are", "had", "has", "have", "would", "will",
                             "could", "can", "did", "does", "said", "says"})


def _setting_gap(gap: list[str]) -> bool:
    """Whether the words between a cue and its content are only an addressee or the preposition
    cut from the cue (`told Business Insider | in October 2018 that ...`, `saying at | the White
    House that ...`; en-news C tune gold enC-polygraph-1, A-D tune en-reuters-5): the content
    then still opens with the frame's setting. No punctuation or quotation stands there."""
    return 0 < len(gap) <= MAX_GAP and all(w[:1].isalnum() for w in gap)


COORDINATORS = frozenset({"and", "but"})
COORDINATED_ADVERBS = frozenset({"also", "then", "later", "again"})


def before_coordinated_cue(tokens: list[Token], lower: list[str], content: list[Range],
                           lex: Lexicon) -> list[Range]:
    """An unquoted content part ends before a reporting verb coordinated to its frame (`Machado
    promised to continue supporting Clinton | and said she would ...`, `they want "justice for
    Terrence," | but pledged to remain civil`): the second verb is a statement of its own.
    `but` counts only after a comma (`she thinks the video should be released but said ...` is
    inside the claim)."""
    out = []
    for a, b in content:
        if tokens[a].text not in QUOTES:
            for k in range(a + 2, b - 1):
                after_comma = lower[k - 1] == "," or tokens[k - 1].text in QUOTES and lower[k - 2] == ","
                if lower[k] not in COORDINATORS or _open_quote(tokens, a, k) \
                        or lower[k] == "but" and not after_comma:
                    continue
                v = k + 1 + (lower[k + 1] in COORDINATED_ADVERBS)
                cue = lex.cues.get((lower[v],)) if v < b else None
                if cue is not None and cue.core and lower[v].endswith(("ed", "id", "ld", "ote")):
                    b = k - 1 if lower[k - 1] == "," else k
                    break
        out.append((a, b))
    return out


# Words between `, and|but` and another speaker's subject (`, and then Priebus asked`).
TAKEOVER_ADVERBS = frozenset({"then", "later", "now"})
TAKEOVER_AUX = frozenset({"has", "have", "had", "also", "then", "later", "again", "quickly"})
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Verbs of saying only (not `maintained`, `found`: `bilateral trade maintained a growth rate`;
# not `called`: `, but Pyongyang has called it a rehearsal` is read as no attribution of its own,
# and the run-on content is how `certainty.contradicted_by_contrast` sees the answer).
TAKEOVER_VERBS = frozenset({"said", "told", "asked", "added", "claimed", "denied",
                            "insisted", "argued", "warned", "replied", "responded", "stated",
                            "noted", "countered", "accused", "alleged", "urged", "wrote"})


def before_other_speaker(tokens: list[Token], lower: list[str], content: list[Range],
                         source: Range | None) -> list[Range]:
    """An unquoted content part ends where another speaker takes over in a coordinated clause
    (`McCabe told Priebus the New York Times story was wrong, | and then Priebus asked McCabe`,
    `Seoul has said it is part of its preparations ..., | but Pyongyang has called it a
    rehearsal`, `it could see the scorecard ..., | but trust members said they wanted a copy`):
    ANNOTATION.md, Boundaries: "one attribution up to where another speaker or the narrator
    takes over". The new speaker is a name or a determined noun phrase other than the frame's
    source (a pronoun may be the same speaker: left alone), then a verb of saying in the
    past (`TAKEOVER_VERBS`). PolNeAR keeps such a clause inside the outer content (see the module notes)."""
    own = " ".join(lower[source[0]:source[1]]) if source else ""
    out = []
    for a, b in content:
        if tokens[a].text not in QUOTES:
            for k in range(a + 2, b - 3):
                if lower[k] != "," or lower[k + 1] not in COORDINATORS or _open_quote(tokens, a, k):
                    continue
                s = k + 2 + (lower[k + 2] in TAKEOVER_ADVERBS)
                v = _subject_end(tokens, lower, s, b)
                if v is None or " ".join(lower[s:v]) == own or own.endswith(" ".join(lower[s:v])):
                    continue
                while v < b and lower[v] in TAKEOVER_AUX:
                    v += 1
                if v < b and lower[v] in TAKEOVER_VERBS:
                    b = k
                    break
        out.append((a, b))
    return out


def _subject_end(tokens: list[Token], lower: list[str], s: int, b: int) -> int | None:
    """The end of a subject starting at `s`: capitalised words (a name, at most five) or a
    determiner and at most three lower-case words (`trust members`, `the agency`); None for a
    pronoun or anything else."""
    if s >= b or lower[s] in PRONOUN_SUBJECTS:
        return None
    v = s
    if tokens[s].text[:1].isupper() and lower[s].isalpha():
        while v < b and v - s < 5 and tokens[v].text[:1].isupper() and lower[v].replace(".", "").isalpha():
            v += 1
        return v
    if lower[s] in SUBJECT_STARTS and lower[s] not in PRONOUN_SUBJECTS:
        v = s + 1
    while v < b and v - s < 4 and lower[v].isalpha() and tokens[v].text[:1].islower() \
            and lower[v] not in TAKEOVER_AUX and lower[v] not in COORDINATORS:
        if v + 1 < b and lower[v + 1] in TAKEOVER_AUX or v + 1 < b and \
                lower[v + 1].endswith(("ed", "id", "ld", "ote", "old")):
            return v + 1
        v += 1
    return None


def _open_quote(tokens: list[Token], a: int, k: int) -> bool:
    """Whether a quotation opened in tokens[a:k] is still open at k (an odd number of marks)."""
    return sum(1 for t in tokens[a:k] if t.text in QUOTES) % 2 == 1


# Participles of speech that open a second statement of the same speaker, after a comma or a
# temporal subordinator (`, adding later,`, `before asking her,`).
SPEECH_PARTICIPLES = frozenset({"adding", "asking", "saying", "telling", "noting", "writing",
                                "explaining", "insisting", "arguing", "warning", "stressing",
                                "answering", "replying", "declaring", "continuing", "concluding"})
PARTICIPLE_LEADS = frozenset({",", "before", "after", "while", "when", "then", "and"})


def split_at_participle_cue(lower: list[str], found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """`"We certainly can't afford to do this anymore," Trump said, adding later, "NATO is
    costing us a fortune ..."`, `... Blige sings to Clinton before asking her, "I just want to
    know ..."`: a content part after a second reporting verb in its `-ing` form (between the
    cue, or the part before, and this part) is that verb's statement, not more of the first;
    PolNeAR and the en-news gold give it its own attribution with the same source. Returns the
    new candidates; the first keeps the parts before."""
    out = []
    cue_starts = {c.cue[0][0] for c in found if c.cue}
    for cand in found:
        if len(cand.cue) == 1 and len(cand.content) == 1:
            out.extend(_split_at_inner_participle(lower, cand, lex, cue_starts))
        if len(cand.cue) != 1 or len(cand.content) < 2:
            continue
        parts = sorted(cand.content)
        cue_end = cand.cue[0][1]
        for i in range(1, len(parts)):
            a = parts[i][0]
            lo = max(parts[i - 1][1], cue_end)
            if a <= lo:
                continue
            hit = None
            for k in range(max(lo, 1), a):
                m = lex.match_cue(lower, k) if lower[k] in SPEECH_PARTICIPLES else None
                if m is not None and lower[k - 1] in PARTICIPLE_LEADS:
                    hit = (k, k + m[0])
                    break
            if hit is None:
                continue
            cand.content = parts[:i]
            if hit[0] not in cue_starts:
                out.append(Candidate([hit], parts[i:], cand.source, "rule:participle-cue"))
            break
    return out


# Subordinators that chain a second act of speech (`describing her daughter as "brave" before
# describing for the jury ...`).
SEQUENCE_LEADS = frozenset({"before", "after", "while"})
# Participles that report speech there (not `after seeing`, `while showing support`: PolNeAR dev).
SEQUENCE_PARTICIPLES = SPEECH_PARTICIPLES | {"describing", "calling", "urging", "accusing",
                                             "praising", "criticizing", "criticising"}


def _split_at_inner_participle(lower: list[str], cand: Candidate, lex: Lexicon,
                               cue_starts: set[int]) -> list[Candidate]:
    """`The victim's mother testified, describing her daughter as "brave, strong, and smart"
    before describing for the jury the horrific details ...`: inside one content, `before`,
    `after` or `while` and a reporting verb in its `-ing` form open the same source's next
    statement (as `split_at_participle_cue` reads it between parts); the content ends there."""
    a, b = cand.content[0]
    if a < cand.cue[0][1]:
        return []
    for k in range(a + 2, b - 1):
        if lower[k - 1] not in SEQUENCE_LEADS or lower[k] not in SEQUENCE_PARTICIPLES \
                or lower[k - 2] in ("that", ",", "and", "but"):
            continue  # `as saying that after slamming into the crowd, the driver ...`: the
            # reported clause opens with its own time clause
        m = lex.match_cue(lower, k)
        if m is None or k + m[0] >= b:
            continue
        cand.content = [(a, k - 1)]
        if k in cue_starts:
            return []
        return [Candidate([(k, k + m[0])], [(k + m[0], b)], cand.source, "rule:participle-cue")]
    return []


# The writer's comment on the claim, set off after it (`Russia lost 7,000 troops, a figure that
# could not be independently verified`; PolNeAR train: `..., a claim that Gowdy's office strongly
# disputes`, `..., a charge that Colorado Republican leaders strongly denied` end the content).
CLAIM_NOUNS = frozenset({"figure", "claim", "number", "allegation", "assertion", "charge",
                         "account", "estimate", "toll", "tally", "report", "accusation", "statement"})


def before_claim_comment(tokens: list[Token], lower: list[str], content: list[Range]) -> list[Range]:
    """Each unquoted content part ended before `, a <claim noun> that|which ...`."""
    out = []
    for a, b in content:
        for k in range(a + 2, b - 3):
            if lower[k] == "," and lower[k + 1] in ("a", "an") and lower[k + 2] in CLAIM_NOUNS \
                    and lower[k + 3] in ("that", "which") and not _open_quote(tokens, a, k):
                b = k
                break
        out.append((a, b))
    return out


# A contrasting clause with its own subject, set off by a comma after an unquoted claim (`the
# decision would not change the reality that the settlements were illegal, | while the Arab
# League condemned the unilateral move`): the writer's juxtaposition, not the speaker's words.
CONTRAST_OPENERS = frozenset({"while", "whereas", "although"})
SUBJECT_STARTS = frozenset({"the", "a", "an", "its", "his", "her", "their", "he", "she", "they",
                            "it", "we"})


def before_contrast_clause(tokens: list[Token], lower: list[str], content: list[Range]) -> list[Range]:
    """Each unquoted content part ended before `, while|whereas|although <subject>`."""
    out = []
    for a, b in content:
        if tokens[a].text not in QUOTES:
            for k in range(a + 2, b - 2):
                if lower[k] == "," and lower[k + 1] in CONTRAST_OPENERS \
                        and (tokens[k + 2].text[:1].isupper() or lower[k + 2] in SUBJECT_STARTS) \
                        and not _open_quote(tokens, a, k):
                    b = k
                    break
        out.append((a, b))
    return out


def before_semicolon(tokens: list[Token], lower: list[str], content: list[Range]) -> list[Range]:
    """Each unquoted content part ended before a semicolon outside quotation marks (`the timing
    of the immunity news was not intentional; | they only learned on Friday ...`): the semicolon
    joins the writer's next clause. PolNeAR train: 94 unquoted contents end right before one, 26
    run on past one."""
    out = []
    for a, b in content:
        if tokens[a].text not in QUOTES:
            for k in range(a + 2, b - 1):
                if lower[k] == ";" and not _open_quote(tokens, a, k):
                    b = k
                    break
        out.append((a, b))
    return out


# Subordinators that open a fronted adverbial clause (`Once he has said his piece, | he is ready
# to move on`, `And while Trump has railed against the special-interest provisions that pock the
# tax code, | he's sought to protect ...`): a cue inside that clause has its content end where the
# clause does, at its closing comma; what follows is the sentence's main clause.
FRONTED_SUBORDINATORS = frozenset({"once", "as", "while", "when", "whenever", "if", "although",
                                   "though", "because", "since", "after", "before", "until",
                                   "unless", "whereas"})
FRONT_LEADS = frozenset({"and", "but", "so", "yet", "just", "even", "only"})
# Tokens after a comma that go on with the same clause, not a main clause.
CLAUSE_GOES_ON = frozenset({"which", "who", "whom", "whose", "and", "but", "or", "nor", "including",
                            "especially", "such", "as", "that", "not", "then", "if", "in", "and/or"})


def before_main_clause(tokens: list[Token], lower: list[str], content: list[Range], cue: list[Range],
                       lo: int) -> list[Range]:
    """An unquoted content after its cue, when the cue lies in a fronted subordinate clause
    (the sentence opens with a subordinator and no comma comes before the cue), ends at the first
    comma outside quotes that is not followed by a continuation of the same clause. Not when a
    comma follows the cue (`As POLITICO reported, most of the payments ...`: the fronted clause
    is the frame, and the content is the main clause). PolNeAR train gold, unquoted one-part
    contents after a cue in such a clause: 203 end at the clause's comma, 16 run on (most of them
    after `As X reported,`)."""
    if not cue or len(content) != 1 or content[0][0] < cue[-1][1]:
        return content
    a, b = content[0]
    j = lo
    while j < cue[0][0] and (lower[j] in FRONT_LEADS or tokens[j].text in QUOTES):
        j += 1
    if j >= cue[0][0] or lower[j] not in FRONTED_SUBORDINATORS or "," in lower[lo:cue[0][0]] \
            or tokens[a].text in QUOTES or lower[a - 1] == ",":
        return content  # `As The Washington Post reported, even if ..., he would ...`: a frame
    for k in range(a + 1, b - 1):
        if lower[k] == "," and not _open_quote(tokens, a, k):
            if lower[k + 1] in CLAUSE_GOES_ON or tokens[k + 1].text in QUOTES:
                return content
            return [(a, k)]
    return content


# A comma inside a nominal content followed by one of these goes on with the same phrase.
INNER_PREPOSITIONS = frozenset({"in", "within", "at", "on", "for", "by", "during", "of", "to",
                                "into", "from", "under", "over", "after", "before", "without"})
# After the comma that ends a nominal content: a participle clause (`, killing 17 American
# sailors`, `, known as the Trans-Pacific Partnership`), a subordinator or a new clause's subject
# (not `a`/`an`: `the Oromo Liberation Front, a secessionist group` is an apposition).
MAIN_CLAUSE_STARTS = frozenset({"when", "where", "while", "he", "she", "they", "it", "we", "i",
                                "you", "his", "her", "their", "its", "the", "more",
                                "known", "rooted", "born"})
# ... or the predicate the nominal is the subject of (`the Virginia Conservation Legacy Fund, will
# still own the property`).
PREDICATE_STARTS = frozenset({"will", "would", "has", "have", "had", "is", "was", "are", "were",
                              "can", "could", "may", "might", "should", "must"})
NOMINAL_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "him", "them", "this",
                            "these", "those", "our", "my"})
# Verbs whose content is mostly a clause (`said the economy is ..., and ...`): a content opening
# with a determiner after them is that clause's subject, not a nominal object, and runs on.
CLAUSE_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
                          "argued", "argues", "noted", "notes", "claimed", "claims", "believes",
                          "believe", "think", "thinks", "warned", "warns", "suggested", "suggests",
                          "insisted", "insists", "predicted", "predicts", "acknowledged", "reported",
                          "stated", "explained", "announced", "found", "showed", "shows", "know",
                          "knows", "knew"})


def nominal_object_before_comma(tokens: list[Token], lower: list[str], content: list[Range],
                                cue: list[Range]) -> list[Range]:
    """A nominal content right after a cue that takes an object (`made little secret of | their
    disagreements |, from the virtues of economic austerity to ...`, `announcing | the pick |, the
    Association of Flight Attendants called ...`) ends at its first comma outside quotes, unless
    the comma opens an apposition closed by a second comma within eight tokens (`the Office for
    Students, the higher education regulator in England, to ...`) or a list; the comma must open
    a participle clause, a predicate, a subordinate clause or a new clause's subject
    (`MAIN_CLAUSE_STARTS`). Not across a colon or a sentence end. PolNeAR train gold, nominal
    contents right after a cue other than `CLAUSE_VERBS`, at their first comma: before a
    participle 117 end there and 27 run on, before a clause start 91 to 35, before a predicate 9
    to 1; before a capitalised word 49 to 45, so a name after the comma (mostly an apposition:
    `his police chief, Garry F. McCarthy`) does not end the content."""
    if not cue or len(content) != 1 or content[0][0] != cue[-1][1]:
        return content
    a, b = content[0]
    if lower[a] not in NOMINAL_STARTS or lower[cue[-1][0]] in CLAUSE_VERBS:
        return content
    k = a + 2
    while k < b - 1:
        if lower[k] in (":", ".", ";") and not _open_quote(tokens, a, k):
            return content  # a colon or sentence inside: not a plain noun phrase
        if lower[k] == "," and not _open_quote(tokens, a, k):
            nxt, word = lower[k + 1], tokens[k + 1].text
            close = next((j for j in range(k + 2, min(k + 9, b)) if lower[j] == ","), None)
            if close is not None and (nxt in ("the", "a", "an") or word[:1].isupper()):
                k = close + 1  # an apposition (`the Office for Students, the ... regulator, to`)
                continue
            if len(nxt) > 4 and nxt.endswith(("ing", "ed")) and nxt not in ("including", "according") \
                    or nxt in PREDICATE_STARTS:
                return [(a, k)]
            if any(w in ("and", "or") for w in lower[k + 2:min(k + 4, b)]):
                return content  # a list (`the United States, Britain and France`)
            if nxt in MAIN_CLAUSE_STARTS:
                return [(a, k)]
            return content
        k += 1
    return content


# What opens a new clause or a frame after a quotation closed by `,”` (not `a`: a list of quoted
# labels goes on, `a "pathological liar" who is "utterly amoral," a "serial philanderer," ...`).
AFTER_CLOSED_QUOTE = frozenset({"she", "he", "they", "it", "we", "i", "the", "his", "her",
                                "their", "but", "though", "while", "although", "whereas", "adding",
                                "saying", "according"})


def before_closed_quote_comma(tokens: list[Token], lower: list[str], content: list[Range]) -> list[Range]:
    """An unquoted content part ends at a quotation inside it closed by `,”` when a new clause or
    frame follows (`she speaks more frequently about race because "you talk about the issues
    that are presented by the matters in front of you," | though she noted ...`, `... in "good
    enough overall health to serve as president," | while 73 percent said the same of Trump`):
    the comma inside the mark ends the reported clause. Not when the content opens with a
    subordinator (`that while the policies have provided "important social benefits, ...," the
    climb ... are ...`: the main clause follows). PolNeAR train gold, unquoted parts with such a
    `,”` before a word of `AFTER_CLOSED_QUOTE` or a capitalised word: 202 end there, 18 run on."""
    out = []
    for a, b in content:
        lead = lower[a + 1] if lower[a] == "that" and a + 1 < b else lower[a]
        if tokens[a].text not in QUOTES and lead not in FRONTED_SUBORDINATORS:
            for k in range(a + 2, b - 2):
                if lower[k] == "," and tokens[k + 1].text in QUOTES and _open_quote(tokens, a, k):
                    if lower[k + 2] in AFTER_CLOSED_QUOTE or tokens[k + 2].text[:1].isupper():
                        b = k
                        break
        out.append((a, b))
    return out


# Subordinators whose clause cannot stand as a claim without its main clause (not `as`: `described
# him | as a far-left gadfly`; not `because`: a reason is a whole content).
NEEDS_MAIN_CLAUSE = frozenset({"if", "unless", "although", "though", "while", "whereas", "once",
                               "when", "whenever", "after", "before", "until"})


def through_main_clause(tokens: list[Token], lower: list[str], content: list[Range], cue: list[Range],
                        hi: int, lex: Lexicon) -> list[Range]:
    """A content after its cue that is only a subordinate clause (`warn that | if the bloc fails
    to ensure security for its citizens |, it could rapidly fall apart`) or only the
    complementiser (`joked | that |, among African Americans, Trump ranks fourth`) and stops at a
    comma goes on to the end of the sentence: a condition or an opening adverbial is no claim
    without its main clause. Not when a quotation or another reporting verb follows in the
    sentence (the clause after the comma is then another frame's). PolNeAR train gold: of the
    unquoted one-part contents opening with a subordinator, 96 run past a comma, 50 end at one
    (mostly before a frame: `..., Trump replied`, `..., according to ...`)."""
    if not cue or len(content) != 1:
        return content
    a, b = content[0]
    if a < cue[-1][1] or b >= hi or lower[b] != "," or tokens[a].text in QUOTES:
        return content
    lead = lower[a + 1] if lower[a] == "that" and a + 1 < b else lower[a]
    if not (b == a + 1 and lower[a] == "that") and lead not in NEEDS_MAIN_CLAUSE \
            or lower[cue[-1][0]].startswith(("ask", "wonder", "question", "inquir")):
        return content  # `asked if he was ever bullied, ...`: `if` is `whether`, a whole question
    end = hi
    while end > b + 1 and (lower[end - 1] in (".", "!", "?") or tokens[end - 1].text in QUOTES):
        end -= 1
    if end <= b + 2 or any(t.text in QUOTES for t in tokens[b:end]) \
            or any(lex.match_cue(lower, k) is not None and lex.match_cue(lower, k)[1].core
                   for k in range(b + 1, end)):
        return content
    return [(a, end)]


def without_earlier_sentences(tokens: list[Token], content: list[Range], lo: int) -> list[Range]:
    """Unquoted content parts wholly in a sentence before the cue's (`That worries
    environmentalists. | Mr. Clarke said ...`) beside a part in the cue's own sentence: narration
    the tagger carried over, not the claim (a quotation running on before its frame stays)."""
    if len(content) < 2 or not any(b > lo for _, b in content):
        return content
    kept = [(a, b) for a, b in content if b > lo or any(t.text in QUOTES for t in tokens[a:b])]
    return kept or content
