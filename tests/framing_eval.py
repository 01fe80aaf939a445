"""Scores the framing stage on tests/data/framing_probe.jsonl, news sentences written for this
project in several outlets' voices; run directly to print the figures (also importable).

Each row: text, gold loaded spans (text, kind, in_quote), and the event words a reader would
compare across outlets. Spans are scored technique-blind (a media researcher marks the
wording, our technique names are a second question): exact and overlap P/R/F1 with one-to-one
matching, kind and in-quote accuracy on overlap matches, the share of neutral rows (no gold
span) with any span flagged, and event-word recall (a predicted event_word span equal to the
gold word, or, loosely, holding it). Options: --probe (p rows, default), --b (the -b batch,
written after the first fixes), --c (the -c batch, written after the -b fixes), --d, --e
and --f (session 5's batches), --g and --h (session 6's), --i, --j, --k and
--l (session 7's), --m and --n (session 8's), --o, --pb and --q (session 9's), --r (session
9's learned-lexicon check), --s and --t (session 10's), --file PATH (every row of another file in
the probe's shape), --all, --verbose (print misses, false alarms and, for
overlapping pairs, where the bounds differ).

Gold rule for quotes: a span inside attributed speech, direct or indirect ('..., state
television reported'), is the speaker's (in_quote true), as the quotes stage models it.
First looks (overlap P/R/F1; neutral rows flagged; event words exact), each before fixes:
  p (60 rows, before any change):  .881/.416/.565; 7/20 neutral rows flagged; .610
  -b (30, after the p fixes):      .955/.404/.568; 0/11; .765
  -c (24, after the -b fixes):     .958/.575/.719; 0/9;  .750
  -d (40, 12 neutral; op-ed and tabloid register, dehumanising metaphor, euphemism, scare
     quotes, neutral senses of listed words; written in session 5 before its changes):
                                   .868/.508/.641; 4/12; .933
  -e (30, 10 neutral; written after the -d fixes): .913/.500/.646; 2/10; .800
     (the code before session 5 scores -e .613: the -d fixes, general patterns, lifted
     unseen recall from .452 to .500)
  -f (21, 7 neutral; written after the -e fixes): .900/.692/.783; 0/7; .500 (2 words)
     (the code before session 5 scores -f .833/.577/.682 with 1/7 neutral rows flagged)
  -g (40, 12 neutral; session 6, written before its changes: migration and war metaphor,
     sports metaphor in politics, militarised protest wording, loaded speech verbs, group
     labels, euphemisms, quoted vs paraphrased, literal senses of the same words):
                                   .862/.510/.641; 0/12; .750 (exact P/R/F1 .621/.367/.462)
  -h (30, 10 neutral; written after the -g fixes, before further change):
                                   .889/.632/.738; 1/10; .500 (exact .815/.579/.677)
     (the code before session 6 scores -h .885/.605/.719, exact F1 .688, 1/10 neutral:
     the -g fixes, general figures and the span policy, lifted unseen overlap F1 a little
     and left exact F1 flat)
  -i (40, 12 neutral; session 7, written before its changes: economic and health
     hyperbole, crime labels, dehumanising nouns, scare quotes, intensified adjectives,
     euphemisms, loaded words quoted vs the outlet's own, literal senses of the same words):
                                   .857/.453/.593; 0/12; .312 (exact P/R/F1 .679/.358/.469)
     (the session's starting code, the same code, scores the same)
  -j (30, 10 neutral; written after the -i fixes, before further change):
                                   .909/.465/.615; 0/10; .444 (exact .818/.419/.554)
     (the code before session 7 scores -j .900/.419/.571, exact F1 .508, 0/10 neutral:
     the -i fixes, framing_evaluative.py, lifted unseen overlap F1 by .044 and exact F1
     by .046; most -j misses were words and idioms no mechanism reached)
  -k (24, 8 neutral; written after the -j fixes: council waste, energy deals, fare
     dodging, weather hyperbole, war and tech euphemism, literal senses):
                                   .875/.424/.571; 2/8; .667 (exact .688/.333/.449)
     (the code before session 7 scores -k the same: the -i and -j fixes reached none of
     its wording, and both flag 'a 3-0 whitewash' and the noun 'scheme')
  -l (22, 8 neutral; written after the -k fixes and the idiom list of framing_idioms.py:
     sport, climate protest, housing, courts, health misinformation, state praise):
                                   .769/.370/.500; 0/8; .167 (exact .615/.296/.400)
     (the code before session 7 scores -l .727/.296/.421, exact F1 .263, 0/8 neutral)
  -m (40, 12 neutral; session 8, written before its changes: sport in politics, markets
     and pensions, migration and protest labels, war euphemism and dysphemism, sarcasm,
     loaded verbs of saying, quoted vs the outlet's own, literal senses of the same words):
                                   .971/.516/.673; 1/12; .235 (exact .971/.516/.673)
     (the session's starting code, the same code, scores the same)
  -n (30, 10 neutral; written after the -m fixes, before further change: vandalism,
     perks and pay, state praise and euphemism, protest labels, sneering speech verbs,
     soft sentences, tech, heat hyperbole, sport in politics, literal senses):
                                   .947/.391/.554; 1/10; .429 (exact .842/.348/.492)
     (the session's starting code scores -n the same: the -m fixes reached none of its
     wording)
  -o (40, 12 neutral; session 9, written before its changes: election-night and campaign
     copy, disaster coverage, diplomatic rows, crime labels, health scares, state praise,
     corporate and military euphemism, loaded words quoted vs the outlet's own, literal
     senses of the same words):
                                   .977/.672/.796; 1/12; 1.0 (exact .864/.594/.704)
     (the session's starting code, the same code, scores the same)
  -p (30, 10 neutral; written with -o, before any change, and held out unread until the
     session's end; --pb runs it, since --p is the first batch):
                                   .929/.619/.743; 0/10; 1.0 (exact .821/.548/.657)
     (scored once more with the session's end code, before its errors were read: the
     same figures, as the start code's: the -o fixes, though each a general figure,
     reached none of -p's 16 missed spans)
     After its errors were read (fitted, not a first look): .950/.905/.927; 0/10
     (exact .850/.810/.829), by staff tuned like a machine, disorder as what a party
     caused, a scolding lecture, pests that 'who' makes people, infection of a place, a
     virtue's lack after '-ful', 'a polite name for' no longer read as speech, idioms.
  -q (24, 8 neutral; written after the -p fixes, before any further change, as a second
     unseen check: election copy, storms, diplomatic rows, animal cruelty, consultation,
     corporate and military euphemism, health scares, greenwash, state slander, fraud):
                                   .733/.324/.449; 0/8 (exact .533/.235/.327)
     (the session's starting code scores -q .769/.294/.426, exact F1 .298, 0/8: the
     session's figures lifted unseen overlap F1 by .023 and exact F1 by .029; recall on
     fresh wording stays the weakness). Some -q gold joins an adjective to its label
     ('Sick beast', 'traitorous clique', 'shameless slander') against the older split
     convention, so those rows stay bound misses. After its errors were read (fitted):
     .826/.559/.667, exact .561; 0/8 (mocking participles, '-washing' compounds, 'a
     reduction in headcount', cowering, flaunting, conning, box-ticking, flip-flopping).
  -r (30, 10 neutral; written before the learned adjective table of scripts/build_loaded_expansion.py: editorials,
     economics op-eds, sports columns, celebrity and tabloid copy, partisan newsletters,
     reader letters, loaded words quoted vs the outlet's own, literal neutral rows):
                                   .857/.590/.699; 0/10 (exact .762/.525/.621)
     (with that table hooked into framing, scored once:
     .837/.590/.692; 1/10, exact .615; no gain, so the hook was left out)
After fixing (p, -b and -c were each tuned on once seen): p .922, -b .909, -c .907 overlap
F1, no neutral row flagged. After session 5 (framing_rules.py; -d, -e and -f tuned on once
seen): p .937, -b .909, -c .935, -d .944, -e .952, -f .880; all 205 rows .932 (the code
before session 5: .823 on the 205), 1/69 neutral rows flagged (6/69 before). The rise on
each batch after its own look is fitted; its first look is the honest figure for unseen text.
After session 6 (framing_figures.py; -g and -h tuned on once seen): the 205 older rows .937
overlap / .834 exact (.932 / .810 before), -g .940 / .840, -h .901 / .845; all 275 rows .934
overlap, exact .835 (the code before session 6: .887 / .767), 1/91 neutral rows flagged
(2/91 before). Some -g gold joins an adjective to its label ('fascist invaders', 'heroic
martyrs', 'Extremists and thugs') where older batches split them; the code keeps the older
convention, so those rows stay exact misses.
Session 7's event lists name economic and administrative verbs ('fell', 'raised',
'approved') that event_word leaves out by design, so their event figures are not comparable
with the older batches'.
After session 7 (framing_evaluative.py, framing_idioms.py; -i, -j, -k and -l tuned on once
seen): the 275 older rows .937 overlap / .840 exact (.934 / .835 before), -i .935 / .841,
-j .929 / .857, -k .881 / .780, -l .776 / .694; all 391 rows .926 overlap, exact .832 (the
code before session 7: .853 / .751), 1/129 neutral rows flagged (3/129 before).
After session 8 (-m and -n tuned on once seen; the mechanisms are framing_figures.py's
concessions, contradicted claims, feeding, exclamations and praise formulas, and
framing_evaluative.py's judged acts, astonished degrees, scorned crowds and masked
coercion, with idioms and a few listed words): the 391 older rows .926 / .832 (the same;
-d .946, -j .940), -m .960 / .944, -n .905 / .881; all 461 rows .928 overlap, .846 exact
(the code before session 8: .889 / .804), 1/151 neutral rows flagged (3/151 before). The
-n first look equalled the start code's: the -m fixes, measured on unseen wording, reached
none of it; each batch's wording is mostly its own.
After session 9 (framing_unlisted.py: headline capitals, heat on a quarrel or a speech,
stumbling motion of plans, disease of institutions, crowd moods, judging morphology, war
scenes made of a town's trouble, wrecked ideas, rises told as blasts, praise of a state's
deeds, sackings named as a process, germs cast as hunters; -o tuned on once seen): the 461
older rows .932 overlap / .848 exact (.928 / .846 before), -o .984 / .906; 1/151 older
neutral rows flagged, 1/12 of -o's (the same 'puppet show' as at the first look).
  -s (40, 12 neutral; session 10, written before its changes: tech and business hype,
     layoff and war euphemism, sport and celebrity copy, partisan newsletters, state praise
     and blame in translation, crime and immigration copy, op-ed invective, climate and
     health scares, neutral senses of evaluative words):
                                   .971/.447/.613; 0/12; .667 (exact .886/.408/.559)
     After its errors were read (fitted): .960/.632/.762, exact .683; 0/12, by
     framing_valence.py (adjectives strongly rated in VADER's lexicon in judging positions,
     adjectives on people outside a closed class of description, how a person looks told
     by the writer), sackings told as a leave-taking, three labels and 'like wildfire'. All
     625 rows .895 -> .905 overlap, .813 -> .818 exact; the older 585 .913 -> .915 overlap,
     .829 -> .828 exact; neutral rows flagged 2/191 and 0/12, as before.
  -t (30, 10 neutral; written with -s, before any change, in the same habits on other
     stories, and held out unread outside the repository until the session's end; --t):
     first look .971/.708/.819; 1/10 (exact .886/.646/.747); scored once with the end
     code before its errors were read: .949/.771/.851; 1/10 (exact .872/.708/.782). Its
     misses then: 11 of 48 spans (unrated adjectives 'garish', 'stodgy', 'far-sighted',
     'meteoric'; -ing praise 'stunning', 'adoring' below the rating bar or on people;
     verbs 'storming', 'pocketed'; nouns 'hypocrisy', 'wasteland'; 'optimises its cost
     base'); false: 'the very voters' (an intensifier read as an epithet) and the start
     code's 'catastrophic structural failure'. Not tuned on.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys
import time

PROBE = pathlib.Path(__file__).parent / "data" / "framing_probe.jsonl"
PUBLISHED = dt.date(2024, 3, 1)


def load_rows(path: pathlib.Path = PROBE, batch: str | None = "p") -> list[dict]:
    """Rows of the probe; ``batch`` "p" keeps the first batch, "b" the -b rows, "c" the -c
    rows, None all."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if batch is None:
        return rows
    if batch == "p":
        return [r for r in rows if "-" not in r["id"]]
    if batch == "-p":  # session 9's held-out batch; its ids end "-p", unlike the first batch's
        return [r for r in rows if r["id"].endswith("-p")]
    return [r for r in rows if r["id"].endswith("-" + batch)]


def _gold_spans(row: dict) -> list[tuple[int, int, str, bool]]:
    out = []
    for s in row["spans"]:
        start = row["text"].index(s["text"])
        out.append((start, start + len(s["text"]), s["kind"], s["in_quote"]))
    return out


def _match(gold, pred, exact: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index): equal spans, or overlapping ones, the
    largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact and (g[0], g[1]) == (p[0], p[1]):
                pairs.append((g[1] - g[0], gi, pi))
            elif not exact and min(g[1], p[1]) > max(g[0], p[0]):
                pairs.append((min(g[1], p[1]) - max(g[0], p[0]), gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3)}


def score(pipeline=None, rows: list[dict] | None = None, verbose: bool = False) -> dict:
    """Figures for ``rows`` (default: the first batch) run through the whole pipeline, so
    quote ownership comes from the real quotes stage."""
    from newsprism.analyze.pipeline import Pipeline
    from newsprism.records import Article
    pipeline = pipeline or Pipeline()
    rows = load_rows() if rows is None else rows
    c = dict(gold=0, pred=0, exact=0, overlap=0, kind=0, quote=0, neutral=0, neutral_hit=0,
             ev=0, ev_exact=0, ev_loose=0)
    for row in rows:
        a = pipeline.analyze(Article(id=row["id"], text=row["text"]), PUBLISHED)
        text = a.text
        gold = _gold_spans(row)
        pred = [(f.start, f.end, f.technique, f.quote is not None)
                for f in a.framing if f.technique != "event_word"]
        words = [text[f.start:f.end].lower() for f in a.framing if f.technique == "event_word"]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["exact"] += len(_match(gold, pred, True))
        pairs = _match(gold, pred, False)
        c["overlap"] += len(pairs)
        c["kind"] += sum(gold[g][2] == pred[p][2] for g, p in pairs)
        c["quote"] += sum(gold[g][3] == pred[p][3] for g, p in pairs)
        if not gold:
            c["neutral"] += 1
            c["neutral_hit"] += bool(pred)
        for e in row["events"]:
            c["ev"] += 1
            c["ev_exact"] += e.lower() in words
            c["ev_loose"] += any(e.lower() in w for w in words)
        if verbose:
            _show(row, text, gold, pred, pairs, words)
    return {
        "rows": len(rows), "gold_spans": c["gold"], "pred_spans": c["pred"],
        "exact": _prf(c["exact"], c["pred"], c["gold"]),
        "overlap": _prf(c["overlap"], c["pred"], c["gold"]),
        "kind_acc": round(c["kind"] / c["overlap"], 3) if c["overlap"] else 0.0,
        "in_quote_acc": round(c["quote"] / c["overlap"], 3) if c["overlap"] else 0.0,
        "neutral_fp_rate": round(c["neutral_hit"] / c["neutral"], 3) if c["neutral"] else 0.0,
        "neutral_rows": c["neutral"],
        "event_word_exact": round(c["ev_exact"] / c["ev"], 3) if c["ev"] else 0.0,
        "event_word_loose": round(c["ev_loose"] / c["ev"], 3) if c["ev"] else 0.0,
        "event_words": c["ev"],
    }


def _show(row, text, gold, pred, pairs, words) -> None:
    got_g = {g for g, _ in pairs}
    got_p = {p for _, p in pairs}
    lines = [f"  miss {text[s:e]!r} ({k}{', quote' if q else ''})"
             for i, (s, e, k, q) in enumerate(gold) if i not in got_g]
    lines += [f"  false {text[s:e]!r} ({k}{', quote' if q else ''})"
              for i, (s, e, k, q) in enumerate(pred) if i not in got_p]
    lines += [f"  quote? {text[gold[g][0]:gold[g][1]]!r} gold={gold[g][3]}"
              for g, p in pairs if gold[g][3] != pred[p][3]]
    lines += [f"  bounds {text[gold[g][0]:gold[g][1]]!r} as {text[pred[p][0]:pred[p][1]]!r}"
              for g, p in pairs if gold[g][:2] != pred[p][:2]]
    lines += [f"  event {e!r} not in {words}" for e in row["events"] if e.lower() not in words]
    if lines:
        print(row["id"], text)
        print("\n".join(lines))


def main(argv: list[str]) -> None:
    batch = next((b for b in "bcdefghijklmnoqrst" if f"--{b}" in argv),
                 None if "--all" in argv else "p")
    batch = "-p" if "--pb" in argv else batch
    t0 = time.time()
    if "--file" in argv:  # another file of rows in the probe's shape, all its rows
        rows = load_rows(pathlib.Path(argv[argv.index("--file") + 1]), batch=None)
    else:
        rows = load_rows(batch=batch)
    figures = score(rows=rows, verbose="--verbose" in argv)
    print(json.dumps(figures, indent=1))
    print(f"{time.time() - t0:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
