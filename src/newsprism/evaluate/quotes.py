"""Quote attribution evaluation: is each gold quote found, with the right speaker and the right
chain of intermediaries (via), on a JSONL file of articles carrying "gold_quotes".

Input records are the contract's JSONL shape plus "gold_quotes": [{"quote": a unique substring of
the quoted content, "speaker": canonical name, "via": [names, nearest first]}]; ids ending in
"-a" are the dev split, "-b" the held-out split, "-c" a blind split written later and scored
once, "-d" a fresh split written in a later session (tests/data/quotes_gold.jsonl).
"""
from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

from ..errors import InputError, NotFound

def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


SPLITS = {"dev": "-a", "heldout": "-b", "blind": "-c", "fresh": "-d"}

# Determiners in front of a name change nothing about whom it names (English, then the
# articles and indefinites of the other languages the scorer reads: "une source", "ein Sprecher").
_LEADING = {"the", "a", "an", "one", "his", "her", "its", "their", "our", "my",
            "le", "la", "les", "l'", "un", "une", "der", "die", "das", "ein", "eine", "el", "los",
            "las", "una", "uno", "il", "lo", "gli", "bir", "ο", "η", "το", "ενας", "μια", "یک", "ایک"}
# A phrase's head ends before its first preposition: "doctors in the city" names doctors, as
# "source au ministère", "Sprecher des Ministeriums" or "مادری در ..." name their first words.
_PREPS = {"in", "at", "of", "for", "from", "with", "on", "to", "near",
          "de", "du", "des", "au", "aux", "di", "del", "della", "dello", "dei", "delle", "von",
          "vom", "der", "des", "im", "beim", "του", "της", "των", "در", "في", "کے", "کی",
          # 'from' in the set's other languages, as the English 'from' above
          "من", "از", "από", "da", "aus"}
# Words that describe a medium rather than name it: "the semi-official Fars news agency" is Fars.
_MEDIUM_WORDS = {"news", "agency", "semi-official", "official", "state-run", "state-owned",
                 "newspaper", "broadcaster", "channel", "television", "tv", "radio", "website",
                 "site", "account", "station", "public", "daily", "wire", "service"}


def _folded(words: set[str]) -> set[str]:
    """The set as tokens() writes words: accent-free and lower case ('από' is read 'απο')."""
    return {_fold(w) for w in words}


_LEADING, _PREPS = _folded(_LEADING), _folded(_PREPS)
# An elided article glued to its noun ("l'agence", "l'assessore", "un'infermiera") is a
# determiner all the same.
_ELIDED = re.compile(r"^(?:l|un)'(?=\w)")
# Adjectives and participles that follow their noun and open its complement: "people familiar
# with the matter" and "a source close to the talks" are headed by "people" and "source".
_POSTNOMINAL = {"familiar", "close", "aware", "involved", "briefed", "knowledgeable", "privy",
                "linked", "connected", "affiliated", "loyal"}


def same_medium_name(a: str | None, b: str | None) -> bool:
    """One known medium written in two scripts or spellings ('ایرنا' and 'IRNA', 'Deutsche
    Presse-Agentur' and 'dpa'): the analysis gives each agency one name, the gold keeps the
    article's own spelling."""
    from ..analyze.ml_canon import same_medium_name as same
    return same(a, b)


def tokens(name: str | None) -> list[str]:
    """Lower-cased, accent-free words of a name without leading determiners or edge punctuation."""
    if not name:
        return []
    words = [w.strip(".,;:!?\"'()[]“”‘’") for w in _fold(name).replace("’", "'").split()]
    words = [w for w in words if w]
    while words and words[0] in _LEADING:
        words = words[1:]
    if words and _ELIDED.match(words[0]):
        words[0] = _ELIDED.sub("", words[0])
    return words


def _suffix(a: list[str], b: list[str]) -> bool:
    """a is b's last words: a surname for a full name, 'Guards' for 'Revolutionary Guards'."""
    return bool(a) and len(a) <= len(b) and b[len(b) - len(a):] == a


def _head(words: list[str]) -> list[str]:
    for i, w in enumerate(words):
        if i and (w in _PREPS or w in _POSTNOMINAL and i + 1 < len(words)
                  and words[i + 1] in _PREPS | {"about"}):
            return words[:i]
    return words


def _country(words: list[str]) -> str | None:
    """'UAE' and 'United Arab Emirates' are one country."""
    from ..analyze.lexicon_roles import COUNTRY_ALIASES
    return COUNTRY_ALIASES.get(" ".join(words))


def same_speaker(gold: str, pred: str | None) -> bool:
    """Same entity named two ways: case, accents, determiners, surname-only, or a phrase whose
    head before its first preposition is the gold name ('Officials in Kyiv' for 'officials')."""
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return False
    if g == p or _suffix(p, g) or _suffix(g, p) or _country(g) == _country(p) is not None:
        return True
    gh, ph = _head(g), _head(p)
    if gh == ph or _suffix(g, ph) or _suffix(ph, g):
        return True
    gm = [w for w in g if w not in _MEDIUM_WORDS]
    pm = [w for w in p if w not in _MEDIUM_WORDS]
    return bool(gm) and gm == pm or _acronym_of(gold, pred) or _acronym_of(pred, gold) \
        or same_medium_name(gold, pred)


def _acronym_of(short: str, full: str) -> bool:
    """'ISPR' for 'Inter Services Public Relations', 'KMPDU' for 'Kenya Medical
    Practitioners, Pharmacists and Dentists Union': the capitals' initials."""
    short = short.strip()
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", full) if w[0].isupper())
    return initials == short


def same_medium(gold: str, pred: str | None) -> bool:
    """One intermediary: 'the Tasnim news agency' for 'Tasnim', 'his official account on X'
    for 'X' (the gold's distinctive words all present in the prediction, or the reverse)."""
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    gm = [w.removesuffix("'s") for w in g if w not in _MEDIUM_WORDS]
    pm = [w.removesuffix("'s") for w in p if w not in _MEDIUM_WORDS]
    # A medium named by its kind alone ('website', 'state radio' against 'radio') is the same
    # intermediary as that kind named with its owner ("the ministry's website"): the kind
    # words of the bare side all appear in the other.
    if not gm or not pm:
        bare, other = (g, p) if not gm else (p, g)
        if set(bare) <= {w.removesuffix("'s") for w in other}:
            return True
    gm, pm = gm or g, pm or p
    return set(gm) <= set(pm) or set(pm) <= set(gm) or same_medium_name(gold, pred)


def same_via(gold: list[str], pred: list[tuple[str, str]]) -> bool:
    """pred: (name, covered text) per Via, nearest first; either may match the gold name."""
    if len(gold) != len(pred):
        return False
    return all(same_medium(g, name) or same_medium(g, text) for g, (name, text) in zip(gold, pred))


# ---------------------------------------------------------------- reading

def read_gold(path: str | Path, split: str = "all") -> list[tuple]:
    """(Article, gold quotes) per record of the file, keeping only the split's ids."""
    p = Path(path)
    if not p.is_file():
        raise NotFound(f"no evaluation file at {p}", input=str(p))
    from ..read.jsonl import read_jsonl_records
    suffix = SPLITS.get(split)
    out = []
    for art, raw in read_jsonl_records(p):
        if isinstance(art, InputError):
            raise art
        gold = raw.get("gold_quotes")
        if not isinstance(gold, list):
            raise InputError(f"record {art.id!r} has no 'gold_quotes' list", input=str(p))
        if suffix and not art.id.endswith(suffix):
            continue
        out.append((art, gold))
    return out


# ---------------------------------------------------------------- scoring

def _best_quote(quotes, start: int, end: int):
    """The predicted quote overlapping the gold span most (None when none overlaps); among
    equal overlaps one with a speaker, then the shortest, the most specific attribution of
    those words: in 'X said Y, Tasnim reported' the medium's report holds X's quote, and the
    words are X's."""
    best, best_key = None, (0, 0, 0)
    for q in quotes:
        ov = min(q.end, end) - max(q.start, start)
        key = (ov, q.speaker.name is not None, -(q.end - q.start))
        if ov > 0 and key > best_key:
            best, best_key = q, key
    return best


def score_article(analysis, gold: list[dict]) -> list[dict]:
    """One row per gold quote: what was predicted for it and which parts are right."""
    text = analysis.text
    rows = []
    for g in gold:
        at = text.find(g["quote"])
        if at < 0:
            raise InputError(f"gold quote {g['quote']!r} is not in {analysis.article.id!r}",
                             input=analysis.article.id)
        q = _best_quote(analysis.quotes, at, at + len(g["quote"]))
        row = {"article": analysis.article.id, "quote": g["quote"], "gold_speaker": g["speaker"],
               "gold_via": list(g.get("via") or []), "found": q is not None,
               "speaker": None, "mention": None, "via": [], "speaker_ok": False, "via_ok": False}
        if q is not None:
            sp = q.speaker
            row["speaker"] = sp.name
            row["mention"] = text[sp.start:sp.end] if sp.start is not None else None
            vias = [(v.name, text[v.start:v.end] if v.start is not None else v.name)
                    for v in q.via]
            row["via"] = [v[0] for v in vias]
            row["speaker_ok"] = same_speaker(g["speaker"], sp.name)
            row["via_ok"] = same_via(row["gold_via"], vias)
        rows.append(row)
    return rows


def _unmatched(analysis, gold: list[dict]) -> int:
    """Predicted quotes overlapping no gold quote: attributions the gold does not hold."""
    spans = []
    for g in gold:
        at = analysis.text.find(g["quote"])
        spans.append((at, at + len(g["quote"])))
    return sum(1 for q in analysis.quotes
               if not any(min(q.end, e) > max(q.start, s) for s, e in spans))


def evaluate(path: str | Path, split: str = "all", limit: int | None = None) -> dict:
    from ..analyze.pipeline import analyze
    records = read_gold(path, split)[:limit]
    rows, extra = [], 0
    t0 = time.perf_counter()
    for art, gold in records:
        a = analyze(art)
        rows.extend(score_article(a, gold))
        extra += _unmatched(a, gold)
    n = len(rows) or 1
    count = {k: sum(1 for r in rows if r[k]) for k in ("found", "speaker_ok", "via_ok")}
    both = sum(1 for r in rows if r["speaker_ok"] and r["via_ok"])
    return {"file": str(path), "split": split, "articles": len(records), "gold": len(rows),
            "found": count["found"] / n, "speaker": count["speaker_ok"] / n,
            "via": count["via_ok"] / n, "both": both / n, "unmatched_predictions": extra,
            "seconds": round(time.perf_counter() - t0, 2),
            "failures": [r for r in rows if not (r["speaker_ok"] and r["via_ok"])]}


def _failure_line(r: dict) -> str:
    if not r["found"]:
        return f"  {r['article']}: NOT FOUND {r['quote']!r} ({r['gold_speaker']})"
    parts = []
    if not r["speaker_ok"]:
        parts.append(f"speaker {r['speaker']!r} (mention {r['mention']!r}) "
                     f"!= {r['gold_speaker']!r}")
    if not r["via_ok"]:
        parts.append(f"via {r['via']} != {r['gold_via']}")
    return f"  {r['article']}: {r['quote']!r}: " + "; ".join(parts)


def report(result: dict, verbose: bool = False) -> str:
    lines = [f"quotes: {result['file']} ({result['split']}), {result['articles']} articles, "
             f"{result['gold']} gold quotes, {result['seconds']} s",
             f"  found          {result['found']:.3f}",
             f"  speaker right  {result['speaker']:.3f}",
             f"  via right      {result['via']:.3f}",
             f"  both right     {result['both']:.3f}",
             f"  predicted quotes matching no gold quote: {result['unmatched_predictions']}"]
    if verbose and result["failures"]:
        lines.append("failures:")
        lines.extend(_failure_line(r) for r in result["failures"])
    return "\n".join(lines)


__all__ = ["evaluate", "report", "read_gold", "score_article", "same_speaker", "same_medium",
           "same_via", "tokens"]
