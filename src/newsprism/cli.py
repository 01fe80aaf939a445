"""The `newsprism` command: a thin shell over the library (read, analyze, store, corpus, web).

Exit codes: 0 success; 1 some inputs were rejected (each named on stderr with its reason);
2 usage error. Bad input never produces a Python traceback.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
from pathlib import Path

from . import __version__
from .errors import InputError, NewsprismError, UsageError
from .render import story_json
from .settings import DEFAULTS, help_for

FORMATS_OUT = ("json", "text")


def _date(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'published' must be YYYY-MM-DD (got {value!r})") from None


def _lang(value: str) -> str:
    v = value.strip().lower()
    if not (2 <= len(v) <= 3 and v.isalpha()):
        raise argparse.ArgumentTypeError(f"'lang' must be an ISO 639-1 code such as 'en' (got {value!r})")
    return v


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"'port' must be a number from 1 to 65535 (got {value!r})")
    return port


# Article text, titles and file names are untrusted: an escape sequence printed as it is
# could retitle the terminal, hide text or overwrite lines already shown. JSON escapes C0
# itself; DEL and C1 (8-bit CSI) are escaped the JSON way, so every value reads back the
# same. Plain text shows each such character as \xNN.
_C1 = re.compile("[\x7f-\x9f]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _JSONText(str):
    """Output that is JSON already, safe for a terminal once C1 is escaped."""


def terminal_safe(text: str) -> str:
    if isinstance(text, _JSONText):
        return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _emit(text: str) -> None:
    text = terminal_safe(text)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _warn(text: str) -> None:
    print(terminal_safe(text), file=sys.stderr)


def _json(obj) -> str:
    return _JSONText(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _report_rejected(rejected) -> int:
    for err in rejected:
        _warn(f"rejected {err}")
    return 1 if rejected else 0


# --- commands ---------------------------------------------------------------------------

def cmd_analyze(args) -> int:
    from .analyze.pipeline import Pipeline
    from .render import analysis_html, analysis_json, analysis_text

    if args.jsonl and args.path:
        raise UsageError("give either PATH or --jsonl FILE, not both")
    if not args.jsonl and not args.path:
        raise UsageError("give a PATH to analyse (or - for stdin, or --jsonl FILE)")
    pipeline = Pipeline()
    render = {"json": lambda a: _JSONText(json.dumps(analysis_json(a), ensure_ascii=False)),
              "text": analysis_text, "html": analysis_html}[args.format]
    if args.jsonl:
        from .read import read_jsonl_records
        rejected: list[InputError] = []

        def good():
            for art, _raw in read_jsonl_records(args.jsonl):
                if isinstance(art, InputError):
                    rejected.append(art)
                    _warn(f"rejected {art}")
                    continue
                art = _override(art, args)
                yield art, args.published
        for analysis in pipeline.analyze_many(good()):
            _emit(render(analysis))
        return 1 if rejected else 0
    from .read import read_article
    article = read_article(args.path, outlet=args.outlet, language=args.lang,
                           published=args.published)
    analysis = pipeline.analyze(article, args.published)
    _emit(render(analysis))
    return 0


def _override(art, args):
    import dataclasses
    changes = {}
    if args.outlet:
        changes["outlet"] = args.outlet
    if args.lang:
        changes["language"] = args.lang
    if args.published:
        changes["published"] = args.published
    if not changes.get("language") and not art.language:
        from .read import detect_language
        changes["language"] = detect_language(art.text) or "en"
    return dataclasses.replace(art, **changes) if changes else art


def demo_corpus_path() -> Path:
    return Path(__file__).parent / "data" / "demo" / "demo.jsonl"


def cmd_ingest(args) -> int:
    from .ingest import ingest

    paths = list(args.paths)
    if args.demo:
        paths.append(str(demo_corpus_path()))
    if not paths:
        raise UsageError("give at least one PATH to ingest (or --demo for the bundled corpus)")
    fresh = not Path(args.db).exists()
    report = ingest(paths, args.db, outlet=args.outlet, language=args.lang,
                    published=args.published, batch_size=args.batch_size,
                    progress=not args.quiet)
    revised = f" ({report.revisions} as later versions of a page)" if report.revisions else ""
    if fresh and report.added == 0:
        _remove_db(args.db)  # nothing was stored: leave no empty database behind
        where = f"{args.db} was not created"
    else:
        where = f"{report.stories} stories in {args.db}"
    print(f"{report.added} added{revised}, {report.skipped} already stored, "
          f"{len(report.rejected)} rejected; {where}", file=sys.stderr)
    return _report_rejected(report.rejected)


def _remove_db(db: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(db + suffix).unlink(missing_ok=True)


def _open_store(db: str):
    from .store.db import Store
    if not Path(db).exists():
        raise UsageError(f"no database at {db!r}: run `newsprism ingest PATH --db {db}` first")
    return Store(db)


def cmd_stories(args) -> int:
    store = _open_store(args.db)
    stories = store.stories()
    if args.format == "json":
        _emit(_json([story_json(s) for s in stories]))
        return 0
    for s in stories:
        date = s.first_published.isoformat() if s.first_published else "????-??-??"
        langs = ",".join(s.languages)
        _emit(f"{s.id:<14} {date}  {len(s.articles):>3} articles  {len(s.outlets):>2} outlets  "
              f"[{langs}]  {s.title}")
    print(f"{len(stories)} stories", file=sys.stderr)
    return 0


def cmd_story(args) -> int:
    from .corpus.compare import compare_story, compare_text
    store = _open_store(args.db)
    d = compare_story(store, args.id)
    _emit(_json(d) if args.format == "json" else compare_text(d))
    return 0


def cmd_quotes(args) -> int:
    store = _open_store(args.db)
    rows = store.quotes(speaker=args.speaker)
    if args.format == "json":
        _emit(_json(rows))
        return 0
    for r in rows:
        via = " <- ".join(r.get("via_names") or ())
        who = r.get("speaker_name") or "unknown speaker"
        date = r.get("published") or "????-??-??"
        _emit(f"{date}  {r.get('outlet') or '-'}  {who}" + (f"  via {via}" if via else "")
              + f"  [{r.get('kind')}]  ({r.get('article_id')})")
        text = " ".join(str(r.get("text", "")).split())
        _emit(f"    \u201c{text[:300]}{'...' if len(text) > 300 else ''}\u201d")
    print(f"{len(rows)} quotes", file=sys.stderr)
    return 0


def cmd_timeline(args) -> int:
    from .timeline import timeline, timeline_text
    if not args.name.strip():
        raise UsageError("NAME is empty: give an entity name (any spelling or part of it)")
    store = _open_store(args.db)
    rows = timeline(store, args.name)
    _emit(_json(rows) if args.format == "json" else timeline_text(rows))
    return 0


def cmd_export(args) -> int:
    from .store.export import export
    store = _open_store(args.db)
    result = export(store, args.format, args.out)
    counts = ", ".join(f"{n} {k}" for k, n in (result.get("counts") or {}).items())
    print(f"exported {args.db} as {args.format} to {args.out}" + (f": {counts}" if counts else ""),
          file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    from .web.app import serve
    _open_store(args.db).close()
    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_eval(args) -> int:
    if args.dataset == "polnear":
        if args.split not in ("dev", "train"):
            raise UsageError("eval polnear splits are dev and train")
        from .evaluate import polnear as ev
        result = ev.evaluate(args.data or "../shared/eval/polnear", split=args.split,
                             limit=args.limit)
    elif args.dataset == "tempeval3":
        from .evaluate import tempeval3 as ev
        if args.file:  # hand-annotated sentences (JSONL) instead of the TimeML folder
            result = ev.evaluate_probe(args.file, with_errors=args.verbose)
        else:
            result = ev.evaluate(args.data or "../shared/eval/tempeval3", limit=args.limit,
                                 with_errors=args.verbose)
        if args.verbose and args.format != "json":
            _emit(ev.report(result) + "\n" + ev.errors_report(result["errors"]))
            return 0
    elif args.dataset == "quotes":
        from .evaluate import quotes as ev
        if not args.file:
            raise UsageError("eval quotes needs a FILE.jsonl whose records carry 'gold_quotes'")
        if args.split == "train":
            raise UsageError("eval quotes splits are dev, heldout, blind, fresh and all")
        result = ev.evaluate(args.file, split=args.split, limit=args.limit)
        _emit(_json(result) if args.format == "json" else ev.report(result, args.verbose))
        return 0
    else:
        from .evaluate import stories as ev
        if not args.file:
            raise UsageError("eval stories needs a FILE.jsonl whose records carry a gold 'story'")
        result = ev.evaluate(args.file, shuffle=args.shuffle or 0)
    _emit(_json(result) if args.format == "json" else ev.report(result))
    return 0


# --- parser ----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsprism",
        description="Reads news the way a careful analyst does: who said what, through whom, "
                    "about whom, when, how sure, in what words; then lines up many outlets' "
                    "reports of one story.")
    p.add_argument("--version", action="version", version=f"newsprism {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add_db(sp):
        sp.add_argument("--db", default=DEFAULTS["db"], help=help_for("db"))

    def add_meta(sp):
        sp.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                        help="publication date; dates in the text are resolved against it "
                             "(default: from the source, else inferred from the text)")
        sp.add_argument("--outlet", metavar="NAME", help="outlet that published the article(s)")
        sp.add_argument("--lang", type=_lang, metavar="xx",
                        help="language code (default: from the source, else detected)")

    sp = sub.add_parser("analyze", help="analyse one article (or every record of a JSONL file)",
                        description="Analyses one article (.txt, .html/.htm, or - for stdin) and "
                                    "prints its entities, quotes with speakers and source chains, "
                                    "time expressions, events and framing.")
    sp.add_argument("path", nargs="?", metavar="PATH", help="article file, or - for stdin")
    sp.add_argument("--jsonl", metavar="FILE",
                    help="analyse every record of a JSONL file; one JSON object per line, in order")
    add_meta(sp)
    sp.add_argument("--format", choices=("json", "text", "html"), default="text",
                    help="json (schema newsprism.analysis/1), text or a standalone html page "
                         "(default: text)")
    sp.set_defaults(func=cmd_analyze)

    sp = sub.add_parser("ingest", help="read, analyse, cluster and store articles",
                        description="Reads files, folders, .jsonl, .warc/.warc.gz and RSS/Atom "
                                    "files; analyses each article; clusters them into stories; "
                                    "stores everything. Re-running on the same input adds nothing "
                                    "twice; an interrupted run resumes where it stopped. A page "
                                    "captured again with new text is kept as a later version "
                                    "(id URL#rev-HASH).")
    sp.add_argument("paths", nargs="*", metavar="PATH",
                    help="files or folders to ingest (a folder's hidden files, and the database "
                         "being written with its -wal/-shm files, are skipped)")
    sp.add_argument("--demo", action="store_true",
                    help="also ingest the bundled demo corpus (written for newsprism)")
    add_db(sp)
    add_meta(sp)
    sp.add_argument("--batch-size", type=int, default=DEFAULTS["batch_size"],
                    help=help_for("batch_size"))
    sp.add_argument("--quiet", action="store_true", help="no progress bar")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("stories", help="list the stories, newest first",
                        description="Lists the stories in the database, newest first: every "
                                    "ingested article is in exactly one story.")
    add_db(sp)
    sp.add_argument("--format", choices=FORMATS_OUT, default="text", help="json or text (default: text)")
    sp.set_defaults(func=cmd_stories)

    sp = sub.add_parser("story", help="one story compared across its outlets",
                        description="Shows one story across its outlets: shared entities, what "
                                    "each outlet includes and omits, its words for the event, "
                                    "loaded language, sources cited, conflicting figures.")
    sp.add_argument("id", metavar="ID", help="story id (see `newsprism stories`)")
    add_db(sp)
    sp.add_argument("--format", choices=FORMATS_OUT, default="text", help="json or text (default: text)")
    sp.set_defaults(func=cmd_story)

    sp = sub.add_parser("quotes", help="quotes with speakers and source chains",
                        description="Lists stored quotes with their speaker, the intermediaries "
                                    "they came through (via) and the outlet that printed them.")
    add_db(sp)
    sp.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker (any name form)")
    sp.add_argument("--format", choices=FORMATS_OUT, default="text", help="json or text (default: text)")
    sp.set_defaults(func=cmd_quotes)

    sp = sub.add_parser("timeline", help="dated events and quotes about one entity",
                        description="Merges dated events and quotes about one entity across the "
                                    "corpus, in date order, with their sources.")
    sp.add_argument("name", metavar="NAME", help="entity name (any spelling or part of it)")
    add_db(sp)
    sp.add_argument("--format", choices=FORMATS_OUT, default="text", help="json or text (default: text)")
    sp.set_defaults(func=cmd_timeline)

    sp = sub.add_parser("export", help="export the database as parquet, jsonl, csv or graphml",
                        description="Exports the stored analyses: parquet or csv tables (a folder), "
                                    "jsonl (one analysis per line), graphml (entity-event-quote graph).")
    add_db(sp)
    sp.add_argument("--format", choices=("parquet", "jsonl", "csv", "graphml"), required=True,
                    help="output format")
    sp.add_argument("--out", required=True, metavar="PATH", help="output file or folder")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("serve", help="web UI at / and JSON API under /api/",
                        description="Serves the web UI at /, the JSON API under /api/ and its "
                                    "OpenAPI description at /openapi.json.")
    add_db(sp)
    sp.add_argument("--host", default=DEFAULTS["host"], help=help_for("host"))
    sp.add_argument("--port", type=_port, default=DEFAULTS["port"], help=help_for("port"))
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("eval", help="score newsprism on an evaluation set",
                        description="polnear: quote cue/source/content P/R/F1 (exact and overlap); "
                                    "tempeval3: TIMEX3 span and value F1; stories: B-cubed and "
                                    "pairwise F1 of story clustering on a JSONL file with gold "
                                    "'story' fields; quotes: found / speaker / via rates on a "
                                    "JSONL file with 'gold_quotes'.")
    sp.add_argument("dataset", choices=("polnear", "tempeval3", "stories", "quotes"))
    sp.add_argument("file", nargs="?", metavar="FILE",
                    help="JSONL file (for `stories` and `quotes`; for `tempeval3`, "
                         "hand-annotated sentences such as tests/data/timex_probe.jsonl)")
    sp.add_argument("--data", metavar="DIR", help="dataset folder (default: ../shared/eval/NAME)")
    sp.add_argument("--split", default="dev",
                    choices=("dev", "train", "heldout", "blind", "fresh", "all"),
                    help="PolNeAR split: dev or train (default: dev); quotes: dev (ids ending -a), "
                         "heldout (-b), blind (-c), fresh (-d) or all")
    sp.add_argument("--verbose", action="store_true", help="quotes: list every failure; tempeval3: count value errors, "
                                              "missed and extra spans by category")
    sp.add_argument("--limit", type=int, metavar="N", help="score only the first N documents")
    sp.add_argument("--shuffle", type=int, metavar="N",
                    help="stories: also score N seeded random arrival orders (mean/min F1)")
    sp.add_argument("--format", choices=FORMATS_OUT, default="text", help="json or text (default: text)")
    sp.set_defaults(func=cmd_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except UsageError as exc:
        _warn(f"newsprism {args.command}: error: {exc}")
        return 2
    except NewsprismError as exc:
        _warn(f"newsprism {args.command}: error: {exc}")
        return 1
    except KeyboardInterrupt:
        print("interrupted; what was committed is kept (re-run to resume)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not bad input: one line, traceback only on request
        if os.environ.get("NEWSPRISM_DEBUG"):
            raise
        print(f"newsprism {args.command}: internal error: {type(exc).__name__}: {exc} "
              f"(set NEWSPRISM_DEBUG=1 for a traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
