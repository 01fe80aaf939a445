"""Where a tagged name begins and ends: NER spans with the pieces the tagger split apart put
back together, a body's name run on past of/for, the name a bracketed acronym spells, and
hyphenated names; moved out of mentions.py to keep it legible.
"""
from __future__ import annotations

from . import lexicon_roles as L
from .name_shapes import and_body

DROP_LABELS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())


def joined_ents(doc) -> list[tuple[int, int, str]]:
    """NER spans, with name pieces the tagger split apart put back together ("Elena" PRODUCT +
    "Costa" ORG -> "Elena Costa"): adjacent spans of proper nouns are one name."""
    out: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in DROP_LABELS or out and ent.start < out[-1][1]:
            continue  # (or inside a name an acronym let run on)
        spelt = _spelt_before(doc, ent.start, ent.end, out[-1][1] if out else 0)
        if spelt is not None:
            out.append((spelt, ent.start - 1, "ORG"))
        det = bool(out) and doc[out[-1][0]].lower_ == "the" and out[-1][2] == "ORG"
        if out and out[-1][1] == ent.start and ent.start > 0 and \
                doc[ent.start - 1].whitespace_ == " " and \
                all(t.pos_ == "PROPN" for t in doc[out[-1][0] + det:ent.end]):
            # ('The New Zealand Transport Agency' + 'Waka Kotahi': a body named in two
            # languages, or by its brand after its name, is one name; the body's 'The' opens
            # it, and it stays the body it was tagged as)
            s, _, label = out.pop()
            out.append((s, ent.end, label if det else
                         "PERSON" if "PERSON" in (label, ent.label_) else ent.label_))
        else:
            out.append((ent.start, ent.end, ent.label_))
        s, e, label = out[-1]
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper() and \
                doc[s - 1].ent_iob_ == "O" and doc[s - 1].dep_ == "compound" and \
                s <= doc[s - 1].head.i < e and doc[s - 1].lower_ not in L.TITLES and \
                doc[s - 1].lower_ not in L.CAPITAL_STOPWORDS:
            s -= 1  # "Omid" left out of "Rahimi"
        while e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and \
                doc[e].ent_iob_ == "O" and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i >= e:
            e += 1  # "Elena" tagged, "Costa" (its head) left out
        e = _to_acronym(doc, s, e)
        e = _body_name_tail(doc, s, e, label)
        e, label = and_body(doc, s, e, label)
        while e + 1 < len(doc) and hyphen_joins(doc, e):
            e += 2  # "Okonkwo-Ibe": the tokenizer splits a double-barrelled surname
        while s > 1 and hyphen_joins(doc, s - 1) and doc[s - 2].pos_ == "PROPN":
            s -= 2
        out[-1] = (s, e, label)
    return [piece for span in out for piece in _comma_split(doc, *span)]


def _comma_split(doc, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """'In an interview with BBC Radio Eastmoor, Okafor said': a span the tagger ran on over
    a comma into the next clause's subject is two names; 'Washington, D.C.' (the part after
    the comma hangs on the part before it) stays one."""
    for k in range(s + 1, e - 1):
        if doc[k].text != ",":
            continue
        roots = [t for t in doc[k + 1:e] if not k < t.head.i < e]
        if len(roots) == 1 and roots[0].dep_ in ("nsubj", "nsubjpass") \
                and not s <= roots[0].head.i < e:
            return [(s, k, label), (k + 1, e, label)]
    return [(s, e, label)]


# Bodies whose names run on past 'of'/'for' ('Commission for the Investigation of Abuse of
# Authority', 'Council for Scientific and Industrial Research').
_BODY_HEADS = frozenset("""commission committee council ministry department office institute
authority agency bureau board federation association union society foundation chamber league
tribunal centre center fund organisation organization""".split())
_NAME_GLUE = ("of", "for", "the", "and", "&")


def _body_name_tail(doc, s: int, e: int, label: str) -> int:
    """'Nepal's Commission [for the Investigation of Abuse of Authority]': the tagger may stop
    a body's name at its head noun; capitalised words joined by of/for/the/and belong to it, up
    to an office or a person's name ('the Ministry of Health Director X' keeps 'of Health')."""
    if label != "ORG" or e >= len(doc) or doc[e - 1].lower_ not in _BODY_HEADS \
            or doc[e].lower_ not in ("of", "for"):
        return e
    k, end = e, e
    while k < len(doc) and k - e < 12:
        t = doc[k]
        if t.lower_ in _NAME_GLUE:
            k += 1
            continue
        if not (t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN") \
                or t.ent_type_ in ("PERSON", "DATE", "TIME") or t.lower_ in L.ROLE_NOUNS \
                or t.lower_ in L.TITLES:
            break
        k += 1
        end = k
    return end


def _spelt_before(doc, s: int, e: int, low: int) -> int | None:
    """'The Commission for the Investigation of Abuse of Authority (CIAA)': where the name a
    bracketed acronym spells begins, when the tagger left that name out (None otherwise)."""
    if e - s != 1 or s < 3 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
        return None
    acronym = doc[s].text
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return None
    k = s - 1
    while k > low and k > s - 14 and (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha
                                      or doc[k - 1].lower_ in ("of", "for", "the", "and", "&")):
        k -= 1
    while k < s - 1 and doc[k].lower_ in ("of", "for", "the", "and", "&"):
        k += 1  # the run opens on a name's word, not on 'the'
    words = [t for t in doc[k:s - 1] if t.text[:1].isupper()]
    if s - 1 - k < 2 or not doc[s - 2].text[:1].isupper() \
            or any(t.ent_type_ and t.ent_type_ not in ("ORG", "FAC") for t in words):
        return None
    initials = "".join(t.text[0] for t in words)
    return k if _spells(acronym, initials) else None


def _to_acronym(doc, s: int, e: int) -> int:
    """'Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)': the tagger
    stops at the comma; the acronym that follows spells out where the name ends."""
    k = e
    while k < len(doc) and k - e < 12 and (doc[k].text in (",", "&") or doc[k].lower_ in (
            "and", "of", "for") or doc[k].text[:1].isupper()) and doc[k].text != "(":
        k += 1
    if k == e or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return e
    acronym = doc[k + 1].text
    initials = "".join(t.text[0] for t in doc[s:k] if t.text[:1].isupper() and t.pos_ != "DET")
    return k if acronym.isupper() and _spells(acronym, initials) else e


def _spells(acronym: str, initials: str) -> bool:
    """Initials an acronym follows, one skipped at most ('KMPDU' for K-M-P-P-D-U)."""
    if not acronym or acronym[0] != initials[:1] or acronym[-1] != initials[-1:] \
            or not 0 <= len(initials) - len(acronym) <= 1:
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym)


def name_syllable(doc, i: int) -> bool:
    """'hoon' in 'Ji-hoon', 'yeon' in 'Soo-yeon': the lower-case second half of a hyphenated
    given name, glued to a capitalised first half; the tagger keeps it in the name (and may
    tag the syllable a common noun, so a short one inside the tagged name counts too)."""
    return 1 < i and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper() \
        and doc[i - 2].is_alpha and doc[i].is_alpha \
        and (doc[i].pos_ == "PROPN" or doc[i].ent_iob_ == "I" and len(doc[i]) <= 5)


def hyphen_joins(doc, i: int) -> bool:
    """Whether token i is a bare hyphen between two capitalised words ('Okonkwo-Ibe')."""
    return doc[i].text in ("-", "‐") and i > 0 and i + 1 < len(doc) \
        and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper() \
        and doc[i - 1].is_alpha and doc[i + 1].is_alpha


__all__ = ["DROP_LABELS", "joined_ents", "hyphen_joins", "name_syllable"]
