"""Title-case headlines for the events stage: which lines of an article are headlines, their
sentence-case text for a re-parse, and the verb of a headline the re-parse still misses.

In "Gunmen Kill Five Villagers" the tagger reads each capitalised word as a name and no verb
heads the line: events.py re-parses such lines in sentence case (the words the lexicons know
lose their capital; an unknown capitalised word is more often a name than not), padded so
the re-parse keeps the article's character offsets. Reads spaCy Docs; moved out of
event_context.py unchanged.
"""
from __future__ import annotations

import functools

from spacy.lang.en.stop_words import STOP_WORDS

from . import plover_lexicon as lex
from .event_context import PLACE_CLASS, PROTEST_AIMS, QUANTITY, _lower_words
from .event_refine import MAN_MADE, _accident

# Modifiers headlines capitalise that no event lexicon lists ("Sign Defence Pact").
NEWS_WORDS = frozenset({"defence", "defense", "peace", "security", "trade", "foreign",
                        "national", "federal", "central", "new", "opposition", "nuclear",
                        "border", "election", "vote", "court", "rebel", "rebels", "war",
                        "diplomatic", "military", "rescue", "rights", "human", "oil", "gas",
                        "bill", "law", "deal", "ties", "year", "years", "move", "region",
                        # headline verbs and nouns outside the lexicons: "Fail To Agree On Text"
                        "fail", "fails", "text", "medical", "team", "teams", "bid", "plan",
                        "plans", "amid", "over", "after", "ahead", "again", "first",
                        # "Gives Green Light To", "Unveils Aid Package For" (event_light.py)
                        "green", "light", "nod", "package", "packages", "tranche"})


def headline_lines(doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case (headlines), where spaCy tags event
    nouns as proper nouns ('Killing of ... Will Lead to Liberation'); once per doc, since
    Doc.text is rebuilt on each call (``text``: the string the doc was parsed from, if the
    caller holds it)."""
    key = "newsprism.headline_lines"
    if key not in doc.user_data:
        doc.user_data[key] = _title_case_lines(doc.text if text is None else text)
    return doc.user_data[key]


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def recased_lines(doc) -> list[tuple[int, int]]:
    """Title-case lines of an English parse, to be re-parsed in sentence case: in "Gunmen
    Kill Five Villagers" the tagger reads every word as a name, so no verb heads the line."""
    key = "newsprism.recased_lines"
    if key not in doc.user_data:
        title_case = doc.lang_ == "en" and doc.has_annotation("DEP") and not doc.user_data.get(
            "newsprism.recased") and any(t.is_title for t in doc[1:12])
        doc.user_data[key] = headline_lines(doc) if title_case else []
    return doc.user_data[key]


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words a headline writes with a capital only for style: the event lexicon's triggers
    and classes, the words naming groups and places, and English function words."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from . import lexicon_roles as roles
    words = set(STOP_WORDS) | set(lex.VERBS) | set(lex.NOUNS) | QUANTITY | PLACE_CLASS | NEWS_WORDS
    for value in vars(lex).values():
        if isinstance(value, frozenset):
            words |= {w for w in value if isinstance(w, str) and w.isalpha()}
    for value in (roles.ACTOR_NOUNS, roles.ORG_NOUNS, roles.ORG_WORDS, roles.PARTY_WORDS,
                  roles.OWNER_NOUNS, roles.ANONYMOUS_HEADS):
        words |= {w for w in value if w.isalpha()}
    return frozenset(words)


def common(word: str) -> bool:
    w = word.lower()
    forms = {w}
    # inflected forms: "Kills", "Frees", "Detained", "Talks", "Seizing"
    if w.endswith("s"):
        forms |= {w[:-1], w[:-2]}
    if w.endswith("ed"):
        forms |= {w[:-1], w[:-2], w[:-3]}
    if w.endswith("ing"):
        forms |= {w[:-3], w[:-3] + "e", w[:-4]}
    return bool(forms & _common_words())


def sentence_case(doc, a: int, b: int) -> str:
    """A headline's text with its style capitals dropped from the words the lexicons know
    (the first word's too); capitals inside a word (EU, al-Sudani) and unknown words stay."""
    # only the line's own tokens: a long article's others never pass the range test (nor
    # is Doc.text read: it is rebuilt from every token of the article on each call)
    line = doc.char_span(a, b, alignment_mode="expand") if b > a else None
    if line is not None:
        start = line.start_char
        chars = list("".join(t.text_with_ws for t in line)[a - start:b - start])
    else:
        chars = list(doc.text[a:b])
    for t in (line if line is not None else doc):
        if t.idx < a or t.idx >= b or not t.is_alpha:
            continue
        if not t.is_title or not common(t.text):
            continue  # an unknown capitalised word is more often a name than not
        chars[t.idx - a] = t.text[0].lower()
    return "".join(chars)


def may_hold_event(nlp, text: str) -> bool:
    """Whether a sentence-cased headline may yield any event once re-parsed: some word of it,
    under any lemma the pipeline could give it, is a trigger word of the lexicons (or a
    hyphen joins a word to one before it, 'Sit-In'). A line with none is not re-parsed, the
    dearest step of the events stage; a conservative test, so the events stay the same."""
    rules, exc, forced, anywhere = _lemma_tables(nlp)
    if anywhere:
        return True
    for t in nlp.tokenizer(text):
        low = t.lower_
        if "-" in low:
            return True
        forms = {low, low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-4],
                 *exc.get(low, ()), *forced.get(low, ())}
        forms.update(low[:len(low) - len(old)] + new for old, new in rules if low.endswith(old))
        if any(f in lex.VERBS or f in lex.NOUNS or f in _ALSO_TRIGGERS for f in forms):
            return True
    return False


# words a headline reading may take up besides the lexicons' keys: the purposes that make
# a gathering a protest, 'support', 'fire'/'use' with tear gas
_ALSO_TRIGGERS = PROTEST_AIMS | frozenset({"support", "fire", "use"})


@functools.lru_cache(maxsize=4)
def _lemma_tables(nlp):
    """Every lemma the rule lemmatizer or the attribute ruler may give a word: suffix rules
    and exceptions over all parts of speech, lemmas fixed by word; ``anywhere`` when a
    fixed lemma that is a trigger word may land on any word at all."""
    rules, exc = set(), {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_rules"):
            for by_pos in lookups.get_table("lemma_rules").values():
                rules.update((old, new) for old, new in by_pos)
        if lookups.has_table("lemma_exc"):
            for by_pos in lookups.get_table("lemma_exc").values():
                for word, lemmas in by_pos.items():
                    exc.setdefault(word, set()).update(lemmas)
    forced, anywhere = {}, False
    if "attribute_ruler" in nlp.pipe_names:
        for pat in nlp.get_pipe("attribute_ruler").patterns:
            lemma = next((v for k, v in pat.get("attrs", {}).items() if k.upper() == "LEMMA"),
                         None)
            if lemma is None:
                continue
            for seq in pat.get("patterns", ()):
                words = set()
                for tok in seq:
                    for key, val in tok.items():
                        if key.upper() in ("LOWER", "ORTH", "NORM", "TEXT"):
                            vals = val.get("IN", ()) if isinstance(val, dict) else (val,)
                            words |= {str(v).lower() for v in vals}
                if words:
                    for w in words:
                        forced.setdefault(w, set()).add(lemma.lower())
                elif lemma.lower() in lex.VERBS or lemma.lower() in lex.NOUNS:
                    anywhere = True
    return tuple(rules), exc, forced, anywhere


def unparsed_headline_verb(doc, a: int, b: int, taken: set[int]):
    """'Police detain opposition leader', 'Police fire tear gas at students': even in
    sentence case the parser may read a headline's bare present verb as a modifier. Read
    the line as subject + verb + object: the first lexicon verb after a noun splits it.
    Returns (verb token, type, needs_agent, actors, targets, places) or None."""
    toks = [t for t in doc if a <= t.idx < b and not t.is_space]
    for n, t in enumerate(toks[1:], 1):
        before = toks[n - 1]
        # "Houthis release crew": the tagger may read an unknown capitalised name as a
        # determiner; a word no determiner list holds is a noun
        if t.i in taken or before.pos_ not in ("NOUN", "PROPN", "ADJ", "INTJ") and not (
                before.pos_ == "DET" and before.is_title and before.lower_ not in STOP_WORDS):
            continue
        obj = _phrase_head(toks[n + 1:])
        if obj is not None and obj.i in taken and _carried_noun(t, obj):
            continue  # the event noun the verb carries is read already, with its parties
        found = _bare_sense(t, obj, toks[n + 1].lower_ if n + 1 < len(toks) else "")
        if found is not None and found[0] == "THREATEN" and not any(
                x.lemma_.lower() in lex.VOW_COMPLEMENTS | lex.THREAT_WORDS
                or x.lower_ in lex.THREAT_WORDS or x.pos_ == "VERB" and any(
                    s.type in ("ASSAULT", "COERCE") for s in lex.senses(x.lemma_.lower()))
                for x in toks[n + 1:]):
            continue  # "Minister Vows Reform": only a vow of force or revenge threatens
        if found is None:
            continue
        type_, needs = found
        aim = [x for x in toks[n + 1:] if x.dep_ == "pobj" and x.head.lower_ in (
            "at", "on", "against")]
        given = [x for x in toks[n + 1:] if x.dep_ == "pobj" and x.head.lower_ in (
            "to", "on", "against")]
        targets = aim[:1] if type_ == "COERCE" and obj is not None and _lower_words(
            obj) & lex.CROWD_CONTROL else ([obj] if obj is not None else [])
        if given and obj is not None and _carried_noun(t, obj):
            targets = given[:1]  # "Grants Amnesty To Jailed Protesters": those it reaches
        places = [x for x in toks[n + 1:] if x.dep_ == "pobj" and x.head.lower_ == "in"
                  and x.ent_type_ in ("GPE", "LOC", "FAC")]
        # "Marvia rejects calls": an invented name the tagger read as an adjective
        doer = _phrase_head(toks[:n]) or toks[n - 1]
        if _accident(doer) and doer.lower_ not in MAN_MADE:
            return None  # "Storm Batters Coast": weather hits no one on purpose
        return t, type_, needs, [doer], targets, places
    return None


def _phrase_head(toks: list):
    """The head of the noun phrase opening ``toks``: its last noun before a preposition,
    a verb or punctuation."""
    head = None
    for t in toks:
        if t.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ") and head is not None:
            break
        # "rejects calls for talks": a plural noun the tagger read as a present verb
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.tag_ == "VBZ" and head is None:
            head = t
    return head


def _carried_noun(verb, obj) -> bool:
    """Whether a headline's verb is a light verb carrying an event noun ('Grants Amnesty')."""
    sense = lex.noun_sense(obj.lower_)
    low = verb.lower_
    return sense is not None and sense.mods is None and bool({
        low, verb.lemma_.lower(), low[:-1], low[:-2]} & lex.LIGHT_VERBS)


def _bare_sense(tok, obj, nxt: str = "") -> tuple[str, bool] | None:
    """The category of a verb read off a headline without its parse: the first sense of
    its lemma whose particle or preposition, if any, is the next word ('Navy Fires On
    Fishing Boats') and whose object class fits."""
    low = tok.lower_
    forms = [low, tok.lemma_.lower(), low[:-1] if low.endswith("s") else low,
             low[:-2] if low.endswith("es") else low]
    words = _lower_words(obj) if obj is not None else set()
    if {"fire", "use"} & set(forms) and words & lex.CROWD_CONTROL:
        return "COERCE", False  # "police fire tear gas at students"
    if obj is not None and _carried_noun(tok, obj):
        # "Junta Grants Amnesty To Jailed Protesters": a light verb only performs the
        # event its object noun names, as in a parsed sentence (events._light_verb)
        noun = lex.noun_sense(obj.lower_)
        return noun.type, noun.needs_agent
    for form in forms:
        for sense in lex.senses(form):
            if (sense.prt or sense.prep) and nxt not in (sense.prt, sense.prep):
                continue
            if sense.objs is not None and not words & sense.objs:
                continue
            return sense.type, sense.needs_agent
    return None
