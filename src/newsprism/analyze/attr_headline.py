"""Attribution candidates in title-case headline lines, whose parse is often broken (session 17).

'Glenn Beck Blasts Drudge for Mocking His Fast', 'Media Reports Reveal Reason Behind ...',
'Donald Trump Finally Endorses House Speaker Paul Ryan': the tagger reads the capitalised
verb as a proper noun, so no clause candidate and no learned one ever looks at it. In a
line whose words are mostly capitalised, a word whose lower-case form is an inflection of a
cue verb ('blasts', 'endorsed', 'denies') heads an attribution when capitalised words stand
right before it (its source: the names, not a preposition, article or possessive, which make
the word a noun) and words follow it (its content, up to the next comma, colon or dash).
The words are read by their form alone (closed-class words and the cue verb lists), never
by the broken tags.

Input: a parsed spaCy Doc (English model) and the candidates kept so far.
"""
from __future__ import annotations

import functools
import re

from . import attribution as A
from . import cues

# Closed-class words before a word make it a noun ('Against Claims', 'The Mythology Of',
# 'Trump's Support'), or end the source run.
_FUNCTION = frozenset("""of to for with on in at by about from against into over after before
as than the a an his her their its our my your this that these those and or but nor why how
what where when who whom whose which if while amid despite via vs vs. is are was were be been
""".split())
# Auxiliaries and adverbs a headline puts between the name and its verb: part of the cue.
_BEFORE_VERB = frozenset("""just finally now also again still even reportedly quietly openly
won't won’t will would can can't can’t could don't don’t doesn't doesn’t didn't didn’t has
have had never not already must should may might shall once""".split())
_AUX_AFTER = frozenset("""is are was were has have had will would can could should must may might
does do did isn't isn’t""".split())
# A name run preceded by one of these is a noun phrase's inside ('A Familiar Name Back').
_DETERMINERS = frozenset("a an the this that these those his her their its our my your".split())
_WORD = re.compile(r"[^\s]+")
_STOPS = ",:;–—|"
_POSSESSIVE = ("'s", "’s", "'", "’")


def _cue_verbs() -> frozenset:
    return cues.SPEECH_VERBS | cues.ATTITUDE_VERBS | cues.OBJECT_CUE_VERBS


@functools.lru_cache(maxsize=4096)
def verb_form(word: str) -> bool:
    """Whether a lower-case word is a finite or participle form of a cue verb: the lemma
    itself, -s/-es/-ies, -d/-ed/-ied, a doubled consonant before -ed ('slammed')."""
    verbs = _cue_verbs()
    w = word.lower()
    forms = {w}
    if w.endswith("ies") or w.endswith("ied"):
        forms.add(w[:-3] + "y")
    if w.endswith("es") or w.endswith("ed"):
        forms.add(w[:-2])
    if w.endswith("s") or w.endswith("d"):
        forms.add(w[:-1])
    if w.endswith("ed") and len(w) > 4 and w[-3] == w[-4]:
        forms.add(w[:-3])
    return any(f in verbs for f in forms)


_PLURAL_PRONOUNS = frozenset("we they some many most all others both few several".split())


def _plural(word: str) -> bool:
    """Whether a source's last word looks plural, so that a bare verb form after it agrees
    ('Media Reports Reveal', 'Some Say', 'Wyoming Republicans Support')."""
    low = word.lower()
    return low in _PLURAL_PRONOUNS or (low.endswith("s") and not low.endswith("ss")
                                       and len(low) > 3)


def _title_case(words: list[str]) -> bool:
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) >= 3 and sum(w[0].isupper() for w in alpha) >= 0.7 * len(alpha)


def _clean(w: str) -> str:
    return w.strip("‘’'\"“”.,:;!?()")


def _line_candidates(text: str, start: int, line: str, tag_at=None) -> list[tuple]:
    """(cue, source, content) character spans in one headline line: a title-case one, or
    (``tag_at`` given: a word's span -> the parse's tag) the article's sentence-case title,
    where only a lower-case cue verb form the tagger read as a noun, after a source of no
    verb and before no verb, is taken ('Terrorism experts rebuke Trump proposal', 'Obama
    rips rhetoric'; not 'Jobs report gives Democrats a lift')."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(line)]
    title = tag_at is None

    def tag(m: int) -> str:
        a, _, word = words[m]
        return tag_at(a, a + len(_clean(word)) or 1)

    out = []
    for k, (s, e, w) in enumerate(words):
        core = _clean(w)
        last_word = k == len(words) - 1
        if k == 0 or not verb_form(core) or (title and not core[:1].isupper()) \
                or w[-1] in ":," or (w[-1] in ".!?;" and not last_word) \
                or ":" in line[:s - start]:
            continue  # a word ending a sentence inside the line or a 'Name:' label's words
        if not title and (not core.islower() or not tag(k).startswith("NN") or (
                k + 1 < len(words) and tag(k + 1).startswith(("VB", "MD")))):
            continue
        if k + 1 < len(words) and verb_form(_clean(words[k + 1][2])) \
                and (_clean(words[k + 1][2])[:1].isupper() or not title):
            continue  # 'Media Reports Reveal': the noun before the verb
        if k + 1 < len(words) and _clean(words[k + 1][2]).lower() in _AUX_AFTER:
            continue  # 'Rules Report Is Presented': the noun before its verb
        j = k - 1
        while j >= 0 and _clean(words[j][2]).lower() in _BEFORE_VERB:
            j -= 1
        cue = (words[j + 1][0], s + len(core) if last_word else e)
        if j < 0:
            continue
        prev = words[j][2]
        if prev[-1] in _STOPS or _clean(prev).lower() in _FUNCTION \
                or prev.endswith(_POSSESSIVE):
            continue
        first = j
        while first >= 0 and j - first < 6:
            pw = words[first][2]
            low = _clean(pw).lower()
            if (title and not (pw[:1].isupper() or pw[:1].isdigit())) or low in _FUNCTION \
                    or (first < j and pw[-1] in _STOPS):
                break
            first -= 1
        first += 1
        if first > j or (first > 0 and _clean(words[first - 1][2]).lower() in _DETERMINERS):
            continue
        if not title and ((first > 0 and words[first - 1][2][-1] not in _STOPS)
                          or any(tag(m).startswith(("VB", "MD")) for m in range(first, j + 1))
                          or not tag(j).startswith(("NN", "PRP"))):
            continue  # in running words the source opens the line or follows a comma
        if core.lower() in _cue_verbs() and not _plural(_clean(prev)):
            continue  # a bare form after a singular is as often a noun ('Wife Joke')
        source = (words[first][0], words[j][1] - (1 if words[j][2][-1] in _STOPS else 0))
        if first >= 4 and words[first - 1][2].rstrip("’'\"”")[-1:] == ",":
            # 'X is a natural-born citizen, board finds': what was said comes before (not
            # a short fronted phrase: 'Amid discord, Trump claims nomination')
            content = A.trim(text, start, words[first - 1][1], " \t,;:.–—-‘’'\"“”")
            content = (content[0], content[1])
            if content[1] > content[0]:
                out.append((cue, source, content))
            continue
        last = k
        for m in range(k + 1, len(words)):
            last = m
            if words[m][2][-1] in _STOPS or words[m][2] in ("-", "–", "—"):
                break
        if last == k:
            continue
        content = A.trim(text, e, words[last][1], " \t,;:.–—-")
        if content[1] > content[0]:
            out.append((cue, source, content))
    return out


def candidates(doc, kept) -> list:
    """Headline candidates whose cue no kept candidate's cue overlaps."""
    text = A.text_of(doc)
    out = []
    used = [c.cue for c in kept if c.cue]
    pos = 0

    def tag_at(a: int, b: int) -> str:
        span = doc.char_span(a, b, alignment_mode="expand")
        return span[0].tag_ if span is not None and len(span) == 1 else ""

    for n, line in enumerate(text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        if not line or len(line) > 200:
            continue
        if _title_case(line.split()):
            found = _line_candidates(text, start, line)
        elif n == 0 and len(line) <= 150:  # the article's title, in sentence case
            found = _line_candidates(text, start, line, tag_at)
        else:
            continue
        for cue, source, content in found:
            if any(cue[0] < b and a < cue[1] for a, b in used):
                continue
            src = doc.char_span(*source, alignment_mode="expand")
            verb = doc.char_span(*cue, alignment_mode="expand")
            if src is None or not len(src) or verb is None or not len(verb):
                continue
            out.append(A.Cand(content=content, cue=cue, source=source, origin="headline",
                              cue_tok=verb[-1], src_tok=src.root, sent=start))
            used.append(cue)
    return out


__all__ = ["candidates", "verb_form"]
