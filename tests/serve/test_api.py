#!/usr/bin/python3
"""The HTTP API of `chronik serve`, through a real HTTP client on 127.0.0.1.

usage: test_api.py path/to/chronik SOURCE_DIR

Compares what the API answers with what the command line writes for the same
input (tag, build, render), and checks the contract's errors: 400 for bad
JSON or fields, 413 above the request-size limit (a 64 MB body), 415 for a
wrong content type, 422 without a publication date; 200 concurrent requests
from 16 clients; the access log; a graceful stop on SIGTERM.
"""
import concurrent.futures
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_harness import Results, Server, example_path  # noqa: E402

MIB = 1 << 20


def main(argv):
    chronik, source_dir = argv[1], argv[2]
    with open(example_path(source_dir), encoding="utf-8") as f:
        example = f.read()
    work = tempfile.mkdtemp(prefix="chronik-serve-test-")
    results = Results()

    def cli(*args):
        done = subprocess.run([chronik, *args], capture_output=True, timeout=60)
        assert done.returncode == 0, "chronik %s: %s" % (" ".join(args), done.stderr.decode()[-500:])
        return done.stdout

    cli_tag = json.loads(cli("tag", "--format", "json", example_path(source_dir)))["documents"][0]
    timeline_path = os.path.join(work, "timeline.json")
    cli("build", example_path(source_dir), "-o", timeline_path)
    with open(timeline_path, encoding="utf-8") as f:
        cli_timeline = json.load(f)

    server = Server(chronik, "--max-request-mb", "4", "--threads", "8", "--timeout", "1")
    s = server

    def expect_error(status, got):
        code, headers, body = got
        assert code == status, "status %d, expected %d: %r" % (code, status, body[:300])
        assert headers["content-type"].startswith("application/json"), headers["content-type"]
        error = json.loads(body)["error"]
        assert isinstance(error, str) and error, body
        return error

    # ---- /api/tag -------------------------------------------------------
    def tag_example():
        code, headers, body = s.post_json("/api/tag", {"text": example})
        assert code == 200, body[:300]
        assert headers["content-type"].startswith("application/json")
        doc = json.loads(body)
        for key in ("published", "published_from", "format", "expressions"):
            assert doc[key] == cli_tag[key], "%s: %r != %r" % (key, doc[key], cli_tag[key])
        assert len(doc["expressions"]) >= 5
        assert set(doc) == set(cli_tag), sorted(set(doc) ^ set(cli_tag))
    results.check("tag: the example as `chronik tag --format json` tags it", tag_example)

    def tag_published():
        code, _, body = s.post_json("/api/tag", {"text": "Am Samstag traf er Kim.", "published": "2025-07-13",
                                                 "language": "de", "genre": "news"})
        assert code == 200, body
        doc = json.loads(body)
        assert doc["published"] == "2025-07-13" and doc["published_from"] == "argument", doc
        assert [x["value"] for x in doc["expressions"]] == ["2025-07-12"], doc["expressions"]
    results.check("tag: published and language given", tag_published)

    def tag_language_and_genre():
        # No language: detected, as chronik tag --language auto; a narrative needs no publication date.
        code, _, body = s.post_json("/api/tag", {"text": "The council met on Monday, March 3, 2025, and will meet "
                                                 "again next week, the mayor said.", "published": "2025-03-05"})
        assert code == 200, body
        doc = json.loads(body)
        assert doc["language"] == "en" and "2025-03-03" in [x["value"] for x in doc["expressions"]], doc
        story = {"text": "Im Sommer 1914 begann der Krieg. Im folgenden Jahr trat Italien ein."}
        expect_error(422, s.post_json("/api/tag", story))
        code, _, body = s.post_json("/api/tag", dict(story, genre="narrative"))
        assert code == 200, body
        assert "1915" in [x["value"] for x in json.loads(body)["expressions"]], body
        assert "narrative" in expect_error(400, s.post_json("/api/tag", dict(story, genre="poem")))
    results.check("tag: the language detected, genre narrative passed on", tag_language_and_genre)

    results.check("tag: bad JSON is 400", lambda: expect_error(400, s.post_json("/api/tag", '{"text": "a",')))
    results.check("tag: JSON that is not an object is 400", lambda: expect_error(400, s.post_json("/api/tag", [1, 2])))
    results.check("tag: text missing is 400",
                  lambda: expect_error(400, s.post_json("/api/tag", {"published": "2025-07-13"})))
    results.check("tag: text not a string is 400", lambda: expect_error(400, s.post_json("/api/tag", {"text": 5})))
    results.check("tag: an impossible date is 400",
                  lambda: expect_error(400, s.post_json("/api/tag", {"text": "x", "published": "2025-02-30"})))
    results.check("tag: an unknown field is 400",
                  lambda: "publishd" in expect_error(400, s.post_json("/api/tag", {"text": "x", "publishd": "2025-07-13"})))
    results.check("tag: an unknown language is 400",
                  lambda: expect_error(400, s.post_json("/api/tag", {"text": "x", "published": "2025-07-13", "language": "xx"})))
    results.check("tag: binary text is 400",
                  lambda: expect_error(400, s.post_json("/api/tag", {"text": "\u0000\u0001PNG\u0000\u0000", "published": "2025-07-13"})))
    results.check("tag: no publication date is 422",
                  lambda: expect_error(422, s.post_json("/api/tag", {"text": "Am Samstag traf Lawrow Kim in Wonsan."})))
    results.check("tag: text/plain is 415",
                  lambda: expect_error(415, s.post_json("/api/tag", json.dumps({"text": example}), content_type="text/plain")))
    results.check("tag: a form post is 415",
                  lambda: expect_error(415, s.post_json("/api/tag", "text=x", content_type="application/x-www-form-urlencoded")))
    results.check("tag: no content type is 415",
                  lambda: expect_error(415, s.post_json("/api/tag", json.dumps({"text": example}), content_type=None)))
    results.check("tag: GET is 405", lambda: expect_error(405, s.request("GET", "/api/tag")))
    results.check("an unknown route is a JSON 404", lambda: expect_error(404, s.request("GET", "/api/nothing")))

    def deep_nesting():
        body = "[" * (3 * MIB // 2) + "]" * (3 * MIB // 2)
        expect_error(400, s.post_json("/api/tag", body))
        assert s.post_json("/api/tag", {"text": example})[0] == 200
    results.check("tag: 3 MB of nested arrays is 400 and the server lives on", deep_nesting)

    # ---- request size -----------------------------------------------------
    def raw_request(headers, body_chunks=(), expect_continue=False):
        """Sends a request by hand; returns (status, body) of the response or None if the connection broke."""
        sock = socket.create_connection(("127.0.0.1", s.port), timeout=20)
        try:
            sock.sendall(headers.encode("ascii"))
            for chunk in body_chunks:
                readable, _, _ = select.select([sock], [], [], 0)
                if readable:
                    break  # the server answered before the body was sent
                try:
                    sock.sendall(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    break
            data = b""
            try:
                while b"\r\n\r\n" not in data or len(data) < data.index(b"\r\n\r\n") + 4 + content_length(data):
                    part = sock.recv(65536)
                    if not part:
                        break
                    data += part
            except ConnectionResetError:
                pass
            if not data:
                return None
            head, _, body = data.partition(b"\r\n\r\n")
            return int(head.split(b" ")[1]), body
        finally:
            sock.close()

    def content_length(data):
        head = data.split(b"\r\n\r\n")[0].decode("latin-1").lower()
        for line in head.split("\r\n"):
            if line.startswith("content-length:"):
                return int(line.split(":")[1])
        return 0

    def oversized_expect_continue():
        # As curl sends a large body: headers with Expect: 100-continue first.
        size = 64 * MIB
        got = raw_request("POST /api/tag HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: %d\r\nExpect: 100-continue\r\n\r\n" % size)
        assert got is not None, "no response"
        assert got[0] == 413, got
        assert "limit" in json.loads(got[1])["error"]
    results.check("a 64 MB body is 413 (Expect: 100-continue, as curl sends it)", oversized_expect_continue)

    def oversized_sent_whole():
        # A client that sends the whole 64 MB without waiting: 413 before the
        # body is read (or the connection closes on the unread rest); the
        # server stays up either way.
        chunk = b" " * MIB
        got = raw_request("POST /api/tag HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: %d\r\n\r\n" % (64 * MIB), [chunk] * 64)
        assert got is None or got[0] == 413, got
        assert s.post_json("/api/tag", {"text": example})[0] == 200
    results.check("a 64 MB body sent whole is refused, and the server serves on", oversized_sent_whole)

    def oversized_chunked():
        chunk = b"%x\r\n%s\r\n" % (MIB, b" " * MIB)
        got = raw_request("POST /api/tag HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n", [chunk] * 8)
        assert got is None or got[0] == 413, got
        assert s.post_json("/api/tag", {"text": example})[0] == 200
    results.check("an 8 MB chunked body (no Content-Length) is refused", oversized_chunked)

    def under_limit():
        # 3.5 MB of text, under the 4 MB limit: tagged whole.
        paragraph = "Am 13. Juli 2025 traf Lawrow Kim. " + "Die Delegation sprach lange über Handel und Verkehr. " * 30 + "\n"
        text = paragraph * (7 * MIB // 2 // len(paragraph.encode()))
        start = time.monotonic()
        code, _, body = s.post_json("/api/tag", {"text": text, "published": "2025-07-13"})
        took = time.monotonic() - start
        assert code == 200, body[:200]
        assert len(json.loads(body)["expressions"]) == text.count("Am 13. Juli 2025")
        print("   3.5 MB tagged in %.2f s" % took)
    results.check("a 3.5 MB text under the limit is tagged", under_limit)

    def slow_client():
        # A client that sends half a request and stops: dropped after --timeout; others are served meanwhile.
        sock = socket.create_connection(("127.0.0.1", s.port), timeout=20)
        sock.sendall(b"POST /api/tag HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert s.post_json("/api/tag", {"text": example})[0] == 200
        start = time.monotonic()
        data = sock.recv(4096)
        took = time.monotonic() - start
        sock.close()
        assert took < 10, "connection held %.1f s" % took
        assert data == b"" or b" 400 " in data.split(b"\r\n")[0] or b" 408 " in data.split(b"\r\n")[0], data[:100]
    results.check("a stalled client is dropped after the timeout", slow_client)

    # ---- /api/timeline ------------------------------------------------------
    def timeline_example():
        code, headers, body = s.post_json("/api/timeline", {"articles": [{"text": example}]})
        assert code == 200, body[:300]
        t = json.loads(body)
        assert t["format"] == "chronik-timeline"
        assert [e["headline"] for e in t["events"]] == [e["headline"] for e in cli_timeline["events"]]
        assert [e["when"] for e in t["events"]] == [e["when"] for e in cli_timeline["events"]]
        assert t["title"] == cli_timeline["title"]
        assert t["sources"][0]["name"] == cli_timeline["sources"][0]["name"]
    results.check("timeline: the example's events as `chronik build` gives them", timeline_example)

    def timeline_named():
        body = {"articles": [{"text": example, "name": "Agentur", "url": "https://example.org/a"},
                             {"text": "Am Montag sprach Kim in Pjöngjang.", "published": "2025-07-15", "name": "Zweite"}],
                "options": {"title": "Kim und Lawrow", "language": "de"}}
        code, _, data = s.post_json("/api/timeline", body)
        assert code == 200, data[:300]
        t = json.loads(data)
        assert t["title"] == "Kim und Lawrow"
        assert [x["name"] for x in t["sources"]] == ["Agentur", "Zweite"], t["sources"]
        assert t["sources"][0].get("url", "https://example.org/a") == "https://example.org/a"
        assert t["sources"][1]["published"] == "2025-07-15"
        assert any(m["source"] == "s2" for e in t["events"] for m in e["mentions"])
    results.check("timeline: two articles with names, a URL and a title", timeline_named)

    results.check("timeline: no publication date is 422", lambda: expect_error(
        422, s.post_json("/api/timeline", {"articles": [{"text": example}, {"text": "Am Samstag traf Lawrow Kim."}]})))
    results.check("timeline: no articles is 400", lambda: expect_error(400, s.post_json("/api/timeline", {"articles": []})))
    results.check("timeline: an article without text is 400",
                  lambda: "articles[0].text" in expect_error(400, s.post_json("/api/timeline", {"articles": [{"name": "x"}]})))
    results.check("timeline: an unknown option is 400", lambda: expect_error(
        400, s.post_json("/api/timeline", {"articles": [{"text": example}], "options": {"size": "web"}})))
    results.check("timeline: a URL that is not http(s) is 400", lambda: "url" in expect_error(
        400, s.post_json("/api/timeline", {"articles": [{"text": example, "url": "javascript:alert(1)"}]})))
    results.check("timeline: a bad date is 400", lambda: expect_error(
        400, s.post_json("/api/timeline", {"articles": [{"text": example, "published": "13.07.2025"}]})))

    # ---- /api/render --------------------------------------------------------
    timeline_body = json.dumps(cli_timeline)
    formats = {
        "svg": ("image/svg+xml", b"<svg"), "pdf": ("application/pdf", b"%PDF-"), "png": ("image/png", b"\x89PNG"),
        "ics": ("text/calendar", b"BEGIN:VCALENDAR"), "md": ("text/markdown", b""), "html": ("text/html", b"<!DOCTYPE"),
        "jsonfeed": ("application/feed+json", b"{"), "timelinejs": ("application/json", b"{"),
        "timeml": ("application/xml", b"<?xml"), "json": ("application/json", b"{"),
    }
    cli_format = {"md": "markdown"}

    def render_all():
        for fmt, (ctype, magic) in formats.items():
            code, headers, body = s.post_json("/api/render?format=" + fmt, timeline_body)
            assert code == 200, "%s: %d %r" % (fmt, code, body[:200])
            assert headers["content-type"].startswith(ctype), "%s: %s" % (fmt, headers["content-type"])
            assert magic in body[:200], "%s: %r" % (fmt, body[:60])
            assert "filename=" in headers.get("content-disposition", ""), fmt
            if fmt not in ("pdf", "png"):  # the command line writes these to files only
                assert body == cli("render", timeline_path, "--format", cli_format.get(fmt, fmt)), \
                    fmt + ": not the bytes `chronik render` writes"
    results.check("render: every format, with its content type, as `chronik render` writes it", render_all)

    def render_options():
        code, _, body = s.post_json("/api/render?format=svg&size=social&theme=dark&orientation=vertical"
                                    "&label-language=en&max-lines=2&title=Hallo%20%26%20Welt&no-hyphenation=1", timeline_body)
        assert code == 200, body[:300]
        expected = cli("render", timeline_path, "--format", "svg", "--size", "social", "--theme", "dark",
                       "--orientation", "vertical", "--label-language", "en", "--max-lines", "2",
                       "--title", "Hallo & Welt", "--no-hyphenation")
        assert body == expected, "the query's options are not the flags' options"
        root = ET.fromstring(body)
        assert root.tag.endswith("svg")
        default = s.post_json("/api/render?format=svg", timeline_body)[2]
        assert body != default
    results.check("render: graphic options as query parameters are the command line's flags", render_options)

    results.check("render: an unknown format is 400",
                  lambda: expect_error(400, s.post_json("/api/render?format=gif", timeline_body)))
    results.check("render: no format is 400", lambda: expect_error(400, s.post_json("/api/render", timeline_body)))
    results.check("render: a bad size is 400",
                  lambda: expect_error(400, s.post_json("/api/render?format=svg&size=huge", timeline_body)))
    results.check("render: max-lines out of range is 400",
                  lambda: expect_error(400, s.post_json("/api/render?format=svg&max-lines=99", timeline_body)))
    results.check("render: an unknown parameter is 400",
                  lambda: expect_error(400, s.post_json("/api/render?format=svg&colour=red", timeline_body)))
    results.check("render: a body that is not a timeline is 400",
                  lambda: expect_error(400, s.post_json("/api/render?format=svg", {"events": []})))
    results.check("render: bad JSON is 400",
                  lambda: expect_error(400, s.post_json("/api/render?format=svg", timeline_body[:-20])))

    # ---- the page -------------------------------------------------------------
    def page():
        code, headers, body = s.request("GET", "/")
        assert code == 200 and headers["content-type"].startswith("text/html"), (code, headers)
        assert b"/app.js" in body
        code, headers, body = s.request("GET", "/app.js")
        assert code == 200 and headers["content-type"].startswith("text/javascript")
        code, _, body = s.request("GET", "/example.txt")
        assert code == 200 and body.decode("utf-8") == example
    results.check("the page, its script and the example article are served", page)

    # ---- concurrency ------------------------------------------------------------
    def many_clients():
        tag_body = json.dumps({"text": example})
        sequential = s.post_json("/api/tag", tag_body)[2]
        kinds = [("/api/tag", tag_body), ("/api/timeline", json.dumps({"articles": [{"text": example}]})),
                 ("/api/render?format=svg", timeline_body)]
        expected = {path: s.post_json(path, body)[2] for path, body in kinds}
        assert expected["/api/tag"] == sequential

        def one(i):
            path, body = kinds[i % len(kinds)]
            code, _, data = s.post_json(path, body)
            return code == 200 and data == expected[path]

        start = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
            ok = list(pool.map(one, range(200)))
        took = time.monotonic() - start
        assert all(ok), "%d of 200 failed or differed" % ok.count(False)
        print("   200 requests from 16 clients in %.2f s" % took)
    results.check("200 concurrent requests from 16 clients all succeed with the sequential answers", many_clients)

    # ---- log and stop ---------------------------------------------------------
    def access_log():
        text = "".join(s.log)
        assert '"POST /api/tag" 200' in text, text[-500:]
        assert '"POST /api/render?format=svg" 200' in text
        assert '"POST /api/tag" 413' in text
        assert "127.0.0.1" in text
    results.check("every request is in the access log on stderr", access_log)

    def graceful_stop():
        # A request under way when SIGTERM comes is answered; then the process ends with 0.
        answers = []
        big = json.dumps({"articles": [{"text": example * 40}]})
        t = threading.Thread(target=lambda: answers.append(s.post_json("/api/timeline", big)[0]))
        t.start()
        time.sleep(0.05)
        code = s.stop(signal.SIGTERM)
        t.join(timeout=30)
        assert code == 0, "exit code %d" % code
        assert answers == [200], answers
        assert "stopped" in "".join(s.log)
    results.check("SIGTERM: the request under way is answered, then exit 0", graceful_stop)

    def sigint_stop():
        other = Server(chronik, "--quiet")
        assert other.request("GET", "/")[0] == 200
        code = other.stop(signal.SIGINT)
        assert code == 0, code
        assert not any('"GET /"' in line for line in other.log), "--quiet still logs"
    results.check("SIGINT stops too; --quiet logs no requests", sigint_stop)

    def port_in_use():
        holder = socket.socket()
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        done = subprocess.run([chronik, "serve", "--port", str(holder.getsockname()[1])],
                              capture_output=True, timeout=20)
        holder.close()
        assert done.returncode == 1 and b"cannot listen" in done.stderr, (done.returncode, done.stderr)
    results.check("a port in use: a message and exit code 1", port_in_use)

    if server.proc.poll() is None:
        server.stop()
    return results.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
