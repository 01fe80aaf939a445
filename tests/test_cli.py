"""The command line: every command answers --help, JSON output keeps to the contract,
bad input gives one clear line and the right exit code, never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsprism.cli import build_parser, main

COMMANDS = ["analyze", "ingest", "stories", "story", "quotes", "timeline", "export", "serve", "eval"]
ANALYSIS_KEYS = {"schema", "id", "outlet", "url", "language", "published", "published_inferred",
                 "title", "text", "entities", "quotes", "timexes", "events", "framing"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newsprism " + command)
    assert len(out.splitlines()) > 4


def test_console_script_installed():
    out = subprocess.run([sys.executable, "-m", "newsprism.cli", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for c in COMMANDS:
        assert c in out


def test_analyze_seed_json_keeps_to_contract(seed_path, capsys):
    assert main(["analyze", str(seed_path), "--published", "2020-02-13", "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert ANALYSIS_KEYS <= set(d)
    assert d["schema"] == "newsprism.analysis/1"
    assert d["published"] == "2020-02-13" and d["published_inferred"] is False
    assert d["text"] == seed_path.read_text(encoding="utf-8")
    text = d["text"]
    for e in d["entities"]:
        assert e["type"] and e["mentions"]
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(text) and m["kind"] in ("name", "nominal", "pronoun")
    for q in d["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert set(q["speaker"]) == {"entity", "name", "start", "end"}
        assert all(set(v) == {"entity", "name"} for v in q["via"])


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_analyze_human_formats(seed_path, capsys, fmt):
    assert main(["analyze", str(seed_path), "--published", "2020-02-13", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Soleimani" in out
    if fmt == "html":
        assert out.lstrip().startswith("<!doctype html>") and "</html>" in out


def test_html_never_runs_article_markup(tmp_path, capsys):
    p = tmp_path / "hostile.txt"
    p.write_text('Officials met on Monday.\n\n"<script>alert(1)</script> is fine," the mayor said.\n'
                 '<img src=x onerror=alert(2)>\n', encoding="utf-8")
    assert main(["analyze", str(p), "--format", "html", "--published", "2024-01-02"]) == 0
    out = capsys.readouterr().out
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out


def test_stdin(monkeypatch, capsys):
    import io
    data = "The minister said on Tuesday that the bridge would reopen.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["analyze", "-", "--format", "json", "--published", "2024-05-02"]) == 0
    assert json.loads(capsys.readouterr().out)["text"].startswith("The minister")


def test_bad_date_is_usage_error(seed_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(seed_path), "--published", "13/02/2020"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\x00\x01\x02PK\x03\x04binary\x00"])
def test_bad_input_one_line_no_traceback(tmp_path, capsys, content):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    assert main(["analyze", str(p)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_missing_file(capsys):
    assert main(["analyze", "/nonexistent/article.txt"]) == 1
    err = capsys.readouterr().err
    assert "article.txt" in err and "Traceback" not in err


def test_jsonl_keeps_order_and_reports_bad_lines(tmp_path, capsys):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a1", "text": "The council voted on Monday to close the bridge.",
                    "published": "2024-03-05"}),
        "{not json",
        json.dumps({"id": "a2", "text": "Farmers protested in the capital, police said.",
                    "language": "en"}),
    ]) + "\n", encoding="utf-8")
    assert main(["analyze", "--jsonl", str(p), "--format", "json"]) == 1
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["a1", "a2"]
    assert "in.jsonl:2" in captured.err


def test_store_commands_need_a_database(tmp_path, capsys):
    assert main(["stories", "--db", str(tmp_path / "none.db")]) == 2
    assert "ingest" in capsys.readouterr().err


def test_parser_lists_every_contract_command():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(COMMANDS) <= set(sub.choices)
