"""The Python module against the CLI: tag equals chronik tag --format json,
build_timeline equals chronik build, render and export work, errors are
exceptions with the CLI's messages, threads tag at once. Run by ctest with
Debian's python3 and pytest; PYTHONPATH has build/python, CHRONIK_CLI names
the binary, CHRONIK_SOURCE_DIR the repository."""

import concurrent.futures
import datetime
import json
import os
import subprocess
import xml.dom.minidom

import pytest

import chronik

CLI = os.environ["CHRONIK_CLI"]
SOURCE = os.environ["CHRONIK_SOURCE_DIR"]
EXAMPLE = os.path.join(SOURCE, "examples", "000_2bb625ef10a0835c.txt")
SHARED = os.path.join(os.environ.get("CHRONIK_SHARED_DIR", os.path.join(SOURCE, "..", "shared")),
                      "corpora", "KRAUTS-dev", "KRAUTS_Dolomiten-42_raw-text")


def cli(*args):
    p = subprocess.run([CLI, *args], capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode()


def example_text():
    with open(EXAMPLE, encoding="utf-8") as f:
        return f.read()


def test_tag_equals_cli_json():
    rc, out, _ = cli("tag", EXAMPLE)
    assert rc == 0
    want = json.loads(out)["documents"][0]
    got = chronik.tag(example_text(), source=EXAMPLE)
    assert got == want
    assert len(got["expressions"]) >= 9 and got["published_from"] == "dateline"


def test_tag_published_argument_and_date_object():
    text = "Die Sitzung des Rates war am 3. März 2025; am Montag tagt er wieder."
    a = chronik.tag(text, published="2026-02-11")
    b = chronik.tag(text, published=datetime.date(2026, 2, 11))
    assert a == b and a["published_from"] == "argument" and a["published"] == "2026-02-11"
    assert [x["value"] for x in a["expressions"]][0] == "2025-03-03"


@pytest.mark.skipif(not os.path.isdir(SHARED), reason="../shared corpora not present")
def test_tag_equals_cli_on_timeml_corpus_files():
    files = sorted(os.listdir(SHARED))[:10]
    for name in files:
        path = os.path.join(SHARED, name)
        want = json.loads(cli("tag", path)[1])["documents"][0]
        with open(path, encoding="utf-8") as f:
            assert chronik.tag(f.read(), source=path) == want


def test_errors_carry_the_cli_messages():
    with pytest.raises(chronik.MissingPublicationDate) as e:
        chronik.tag("Am Samstag hatte der Verein gefeiert. Danach kam die Rechnung.")
    assert "no publication date" in str(e.value)
    with pytest.raises(chronik.InputError, match="2025-02-30 is not a calendar date"):
        chronik.tag("Am Montag.", published="2025-02-30")
    with pytest.raises(ValueError, match="language"):
        chronik.tag("Am Montag.", published="2025-02-10", language="xx")
    with pytest.raises(ValueError, match="genre"):
        chronik.tag("Am Montag.", published="2025-02-10", genre="poetry")
    with pytest.raises(chronik.InputError, match="invalid UTF-8|binary"):
        chronik.tag("a\x00b" * 100, published="2025-02-10")
    with pytest.raises(TypeError):
        chronik.tag(b"bytes")
    with pytest.raises(chronik.TimelineFormatError, match="not a chronik timeline"):
        chronik.export({"events": 3}, "ics")
    with pytest.raises(chronik.InputError, match="unknown export format"):
        chronik.export(chronik.build_timeline([{"text": example_text()}]), "docx")
    with pytest.raises(chronik.InputError, match="article 1: \"text\" is missing"):
        chronik.build_timeline([{"text": example_text()}, {"name": "leer"}])


def test_missing_date_message_equals_cli(tmp_path):
    text = "Am Samstag hatte der Verein gefeiert. Danach kam die Rechnung."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    rc, _, err = cli("tag", str(path))
    assert rc == 2
    with pytest.raises(chronik.MissingPublicationDate) as e:
        chronik.tag(text)
    assert err.strip() == f"chronik: {path}: {e.value}"


def test_build_timeline_equals_cli():
    rc, out, _ = cli("build", EXAMPLE, "--format", "json")
    assert rc == 0
    want = json.loads(out)
    got = chronik.build_timeline([{"text": example_text(), "name": EXAMPLE}])
    # The name given replaces the publication the CLI reads off the dateline.
    assert got["sources"][0]["name"] == EXAMPLE
    got["sources"][0]["name"] = want["sources"][0]["name"]
    assert got == want
    assert len(got["events"]) >= 9


def test_build_several_articles_and_title():
    t = chronik.build_timeline([
        {"text": example_text()},
        {"text": "Der Rat tagt am Montag; im vergangenen Jahr tagte er im Mai.", "published": "2026-02-11",
         "name": "Ratsblatt"},
    ], title="Zwei Artikel")
    assert t["title"] == "Zwei Artikel"
    assert [s["name"] for s in t["sources"]][1] == "Ratsblatt"
    assert {m["source"] for e in t["events"] for m in e["mentions"]} == {"s1", "s2"}


needs_graphics = pytest.mark.skipif(not chronik.has_graphics, reason="built with CHRONIK_RENDER=OFF")


@pytest.mark.skipif(chronik.has_graphics, reason="built with the graphics")
def test_render_without_graphics_says_so():
    t = chronik.build_timeline({"text": example_text()})
    with pytest.raises(chronik.InputError, match="CHRONIK_RENDER=OFF"):
        chronik.render(t, "svg")
    assert chronik.export(t, "ics").startswith("BEGIN:VCALENDAR")


@needs_graphics
def test_render_and_export():
    t = chronik.build_timeline({"text": example_text()})
    svg = chronik.render(t, "svg", size="social", theme="dark", title="Titel & <Test>")
    assert isinstance(svg, str)
    doc = xml.dom.minidom.parseString(svg.encode())
    assert doc.documentElement.tagName == "svg"
    assert doc.documentElement.getAttribute("width") == "1080"
    png = chronik.render(t, "png")
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    pdf = chronik.render(json.dumps(t), "pdf", size="a4")
    assert pdf.startswith(b"%PDF-")
    assert chronik.render(t) == chronik.render(t)  # deterministic
    with pytest.raises(TypeError, match="unknown graphic options"):
        chronik.render(t, "svg", colour="red")
    with pytest.raises(ValueError, match="theme"):
        chronik.render(t, "svg", theme="neon")
    ics = chronik.export(t, "ics")
    assert ics.startswith("BEGIN:VCALENDAR")
    assert json.loads(chronik.export(t, "json")) == t


@needs_graphics
def test_render_equals_cli(tmp_path):
    path = tmp_path / "t.json"
    t = chronik.build_timeline({"text": example_text()})
    path.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    rc, out, err = cli("render", str(path), "--format", "svg", "--theme", "print")
    assert rc == 0, err
    assert chronik.render(t, "svg", theme="print") == out.decode()


def test_threads_tag_concurrently_with_the_same_results():
    text = example_text()
    want = chronik.tag(text)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: chronik.tag(text), range(16)))
    assert all(r == want for r in results)


def test_tag_jsonl_equals_cli():
    lines = [json.dumps({"id": i, "text": example_text()}) for i in range(3)] + ["{"]
    got = chronik.tag_jsonl(lines, first_line=1)
    p = subprocess.run([CLI, "tag", "--jsonl", "-"], input=("\n".join(lines) + "\n").encode(), capture_output=True)
    assert p.returncode == 1
    assert [r for r, _ in got] == p.stdout.decode().splitlines()
    assert [f for _, f in got] == [False, False, False, True]


# Our own sentences: English news, a German narrative without a publication date.
ENGLISH = ("The council met on Monday, March 3, 2025, and will meet again next week. "
           "Last year it met only in May, the mayor said on Tuesday.")
NARRATIVE = ("Im Sommer 1914 begann der Krieg. Im folgenden Jahr erklärte Italien den Krieg; "
             "am 11. November 1918 endete er.")


def cli_document(tmp_path, text, *args):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    rc, out, err = cli("tag", str(path), *args)
    assert rc == 0, err
    return json.loads(out)["documents"][0], str(path)


@pytest.mark.parametrize("language", ["auto", "en"])
def test_tag_language_passes_through_as_the_cli(tmp_path, language):
    want, path = cli_document(tmp_path, ENGLISH, "--published", "2025-03-05", "--language", language)
    got = chronik.tag(ENGLISH, published="2025-03-05", language=language, source=path)
    assert got == want
    assert got["language"] == "en"
    assert "2025-03-03" in [x["value"] for x in got["expressions"]]
    # The same text forced to German is read otherwise (fewer or other expressions).
    german = chronik.tag(ENGLISH, published="2025-03-05", language="de", source=path)
    assert german["language"] == "de" and german != got


def test_tag_genre_passes_through_as_the_cli(tmp_path):
    # News needs a publication date; a narrative anchors on the narrated time.
    with pytest.raises(chronik.MissingPublicationDate):
        chronik.tag(NARRATIVE)
    want, path = cli_document(tmp_path, NARRATIVE, "--genre", "narrative")
    got = chronik.tag(NARRATIVE, genre="narrative", source=path)
    assert got == want
    values = [x["value"] for x in got["expressions"]]
    assert "1915" in values and "1918-11-11" in values


def test_build_timeline_keeps_name_and_url(tmp_path):
    url = "https://example.org/2025/07/wonsan"
    t = chronik.build_timeline([{"text": example_text(), "name": "Agentur", "url": url}])
    assert t["sources"][0]["name"] == "Agentur" and t["sources"][0]["url"] == url
    # As chronik build --jsonl writes it.
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"text": example_text(), "name": "Agentur", "url": url}) + "\n", encoding="utf-8")
    rc, out, err = cli("build", "--jsonl", str(lines), "--format", "json")
    assert rc == 0, err
    assert json.loads(out) == t
    with pytest.raises(chronik.InputError, match="url"):
        chronik.build_timeline([{"text": example_text(), "url": "javascript:alert(1)"}])


def test_build_timeline_articles_in_two_languages():
    t = chronik.build_timeline([{"text": example_text()}, {"text": ENGLISH, "published": "2025-03-05", "name": "EN"}])
    assert len(t["sources"]) == 2
    assert any(m["source"] == "s2" for e in t["events"] for m in e["mentions"])


def test_the_gil_is_released_while_cpp_tags():
    import threading
    import time
    # The text grows until one call takes long enough to tell a held GIL
    # from a released one on this machine, however fast the tagger is.
    repeats = 300
    while True:
        text = example_text() * repeats
        start = time.monotonic()
        chronik._chronik.tag(text, None, "auto", "news", "-")
        alone = time.monotonic() - start
        if alone > 0.2 or repeats >= 300 * 64:
            break
        repeats *= 2
    assert alone > 0.05, "the text is too short to tell"
    stamps = []
    worker = threading.Thread(target=lambda: chronik._chronik.tag(text, None, "auto", "news", "-"))
    worker.start()
    while worker.is_alive():
        stamps.append(time.monotonic())
    worker.join()
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    # Held, the GIL would stop this loop for the whole call.
    assert len(stamps) > 100 and max(gaps) < alone / 2, (len(stamps), max(gaps, default=0), alone)
