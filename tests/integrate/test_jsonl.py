"""chronik tag --jsonl / build --jsonl: records in input order, error records
for broken lines, the same bytes whatever --jobs, the same expressions as
chronik tag --format json. Run by ctest with Debian's python3 and pytest;
CHRONIK_CLI names the binary, CHRONIK_SOURCE_DIR the repository."""

import json
import os
import subprocess
import tempfile

import pytest

CLI = os.environ["CHRONIK_CLI"]
SOURCE = os.environ["CHRONIK_SOURCE_DIR"]
EXAMPLE = os.path.join(SOURCE, "examples", "000_2bb625ef10a0835c.txt")

# Our own sentences (no corpus text), with and without datelines.
TEXTS = [
    "Die Messe beginnt am 3. März 2026 und endet im April, teilte der Veranstalter in einer langen Erklärung mit.",
    "BERLIN, 10.02.2026 – Am Montag trifft sich der Rat. Im vergangenen Jahr war es anders.",
    "Seit 2019 baut die Stadt am Bahnhof; die Arbeiten sollen Ende 2027 fertig sein.",
    "Am Samstag hatte der Verein gefeiert. Zwei Tage später kam die Rechnung.",
]


def run(*args, stdin=None, check_rc=None):
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True)
    if check_rc is not None:
        assert p.returncode == check_rc, p.stderr.decode()
    return p


def write_lines(tmp, lines, name="in.jsonl"):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    return path


def records(n):
    out = []
    for i in range(n):
        r = {"id": f"a{i}", "text": TEXTS[i % len(TEXTS)]}
        if i % 3 != 1:  # every third takes its date from its dateline, or fails without one
            r["published"] = f"2026-0{1 + i % 9}-1{i % 10}"
        out.append(json.dumps(r, ensure_ascii=False))
    return out


def test_records_in_order_with_error_lines(tmp_path):
    lines = records(300)
    lines.insert(100, '{"id": "broken", "text": "unterminated')
    lines.insert(200, "")  # blank: skipped
    lines.insert(250, '[1, 2]')
    lines.insert(260, '{"id": 7, "text": "Am Montag.", "published": "2025-02-30"}')
    lines.insert(270, '{"id": "no-text"}')
    lines.insert(280, '{"id": "lang", "text": "x", "language": "xx"}')
    path = write_lines(str(tmp_path), lines)
    p = run("tag", "--jsonl", path, "--jobs", "2", check_rc=1)
    out = p.stdout.decode().splitlines()
    assert len(out) == len(lines) - 1  # the blank line has no record
    recs = [json.loads(x) for x in out]
    errors = [r for r in recs if "error" in r]
    by_line = {r["line"]: r for r in errors}
    assert set(by_line) >= {101, 251, 261, 271, 281}, by_line
    assert "id" not in by_line[101] and by_line[101]["error"].startswith("not JSON")
    assert by_line[251]["error"] == "not a JSON object"
    assert by_line[261]["id"] == 7 and "2025-02-30 is not a calendar date" in by_line[261]["error"]
    assert by_line[271] == {"id": "no-text", "line": 271, "error": '"text" is missing'}
    assert by_line[281]["id"] == "lang" and "language" in by_line[281]["error"]
    ok = [r for r in recs if "error" not in r]
    assert [r["id"] for r in ok] == [json.loads(x)["id"] for x in records(300)
                                     if "published" in json.loads(x) or "BERLIN" in json.loads(x)["text"]]
    for r in ok:
        assert list(r) == ["id", "published", "published_from", "language", "expressions"]
        assert r["language"] == "de"
    assert "failed" in p.stderr.decode()


def test_jobs_give_identical_bytes(tmp_path):
    path = write_lines(str(tmp_path), records(2500))
    outs = [run("tag", "--jsonl", path, "--jobs", str(j), "--no-progress").stdout for j in (1, 2, 5)]
    assert outs[0] == outs[1] == outs[2]
    assert outs[0].count(b"\n") == 2500


def test_same_expressions_as_tag_json(tmp_path):
    text = open(EXAMPLE, encoding="utf-8").read()
    line = json.dumps({"id": 1, "text": text})
    rec = json.loads(run("tag", "--jsonl", "-", stdin=(line + "\n").encode(), check_rc=0).stdout)
    doc = json.loads(run("tag", EXAMPLE, check_rc=0).stdout)["documents"][0]
    assert rec["expressions"] == doc["expressions"] and len(doc["expressions"]) > 5
    assert (rec["published"], rec["published_from"]) == (doc["published"], doc["published_from"])


def test_progress_on_request_only(tmp_path):
    path = write_lines(str(tmp_path), records(20))
    quiet = run("tag", "--jsonl", path)  # stderr is a pipe: no bar
    shown = run("tag", "--jsonl", path, "--progress")
    assert quiet.stdout == shown.stdout
    assert "records" not in quiet.stderr.decode()
    assert "20 records" in shown.stderr.decode()


def test_bad_arguments():
    assert run("tag").returncode == 1
    assert run("tag", EXAMPLE, "--jsonl", "-").returncode == 1
    assert run("tag", "--jsonl", "-", "--format", "timeml", stdin=b"").returncode == 1
    assert run("tag", "--jsonl", "/nonexistent.jsonl").returncode == 1
    assert run("tag", "--jsonl", "-", "--jobs", "0", stdin=b"").returncode == 1


def test_build_jsonl(tmp_path):
    lines = [json.dumps({"id": "x", "text": TEXTS[0], "published": "2026-02-10", "name": "Messe-Blatt",
                         "url": "https://example.org/messe"}, ensure_ascii=False),
             json.dumps({"id": "y", "text": TEXTS[1]}, ensure_ascii=False)]
    path = write_lines(str(tmp_path), lines)
    tl = json.loads(run("build", "--jsonl", path, check_rc=0).stdout)
    assert [s["name"] for s in tl["sources"]][0] == "Messe-Blatt"
    assert len(tl["events"]) >= 3
    # A broken line is reported and the rest is built; exit 1.
    path = write_lines(str(tmp_path), lines + ["{"], "broken.jsonl")
    p = run("build", "--jsonl", path)
    assert p.returncode == 1 and f"{path}:3:" in p.stderr.decode()
    assert json.loads(p.stdout)["events"] == tl["events"]


def test_language_detected_and_genre_passed_per_line(tmp_path):
    english = "The council met on Monday, March 3, 2025, and will meet again next week, the mayor said."
    narrative = "Im Sommer 1914 begann der Krieg. Im folgenden Jahr trat Italien ein; am 11. November 1918 endete er."
    lines = [json.dumps({"id": "en", "text": english, "published": "2025-03-05"}),
             json.dumps({"id": "de-narrative", "text": narrative, "genre": "narrative"}),
             json.dumps({"id": "de-news", "text": narrative}),
             json.dumps({"id": "poem", "text": narrative, "genre": "poem"})]
    p = run("tag", "--jsonl", write_lines(str(tmp_path), lines), "--jobs", "1", check_rc=1)
    en, story, news, poem = [json.loads(l) for l in p.stdout.decode().splitlines()]
    assert en["language"] == "en" and "2025-03-03" in [x["value"] for x in en["expressions"]]
    for path, args in ((tmp_path / "en.txt", ["--published", "2025-03-05"]), (tmp_path / "n.txt", ["--genre", "narrative"])):
        path.write_text(english if path.name == "en.txt" else narrative, encoding="utf-8")
        want = json.loads(run("tag", str(path), *args, check_rc=0).stdout)["documents"][0]["expressions"]
        assert (en if path.name == "en.txt" else story)["expressions"] == want
    assert story["language"] == "de" and {"1915", "1918-11-11"} <= {x["value"] for x in story["expressions"]}
    assert "publication date" in news["error"]
    assert "genre" in poem["error"] and "narrative" in poem["error"]


def test_build_jsonl_keeps_name_and_url(tmp_path):
    url = "https://example.org/rat"
    lines = [json.dumps({"text": TEXTS[0], "published": "2026-02-01", "name": "Ratsblatt", "url": url}),
             json.dumps({"text": TEXTS[1], "name": "Ohne Link"})]
    p = run("build", "--jsonl", write_lines(str(tmp_path), lines), "--format", "json", check_rc=0)
    sources = json.loads(p.stdout)["sources"]
    assert [(s["name"], s.get("url") or "") for s in sources] == [("Ratsblatt", url), ("Ohne Link", "")]
    bad = [json.dumps({"text": TEXTS[0], "published": "2026-02-01", "url": "javascript:alert(1)"})]
    p = run("build", "--jsonl", write_lines(str(tmp_path), bad, "bad.jsonl"), "--format", "json")
    assert p.returncode == 1 and "not an http(s) URL" in p.stderr.decode()
