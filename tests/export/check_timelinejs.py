#!/usr/bin/python3
"""Loads chronik's TimelineJS exports into the real TimelineJS bundle in headless Chromium.

usage: check_timelinejs.py EXPORT_DIR NAME:LANG [NAME:LANG ...]

For each fixture NAME, EXPORT_DIR/NAME.timelinejs.json is served on 127.0.0.1
together with tests/export/timelinejs/check.html and the npm package in its
node_modules; Chromium opens the page, which writes a JSON result into the
DOM. Asserts: TimelineJS loaded, config.getErrors() is empty, no error message,
no page errors, one marker per event with the event's unique_id, and a
blockquote media (the quoted sentence with its linked credit) where slides
have one.
Exits 77 (ctest: skipped) when chromium or node_modules is missing.
"""
import functools
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE_DIR = os.path.join(HERE, "timelinejs")
BUNDLE = os.path.join(PAGE_DIR, "node_modules", "@knight-lab", "timelinejs", "dist", "js", "timeline.js")
SKIP = 77


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run_page(chromium, url):
    with tempfile.TemporaryDirectory(prefix="chronik-chromium-") as profile:
        cmd = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--window-size=1280,900",
            "--dump-dom", url,
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    match = re.search(r'<pre id="chronik-result">(.*?)</pre>', done.stdout, re.S)
    if not match:
        raise AssertionError("no result in the page; chromium said:\n" + done.stderr[-2000:])
    text = match.group(1)
    if text == "pending":
        raise AssertionError("the page did not finish (result still 'pending')")
    return json.loads(html.unescape(text))


def load_export(export_dir, name):
    with open(os.path.join(export_dir, name + ".timelinejs.json"), encoding="utf-8") as f:
        return json.load(f)


def check(result, data, name):
    problems = []
    if not result["loaded"]:
        problems.append("TimelineJS did not fire 'loaded'")
    if result["configErrors"]:
        problems.append("config.getErrors(): %r" % result["configErrors"])
    if result["message"].strip():
        problems.append("TimelineJS shows a message: %r" % result["message"])
    if result.get("mediaErrors"):
        problems.append("media errors: %r" % result["mediaErrors"])
    quoted = [e for e in data["events"] if e.get("media", {}).get("url", "").startswith("<blockquote>")]
    if quoted and not result.get("blockquotes"):
        problems.append("%d slides quote their source, but TimelineJS shows no blockquote media" % len(quoted))
    if result["pageErrors"]:
        problems.append("page errors: %r" % result["pageErrors"])
    if result["scripts"]:
        problems.append("%d script elements inside the timeline" % result["scripts"])
    expected = sorted(e["unique_id"] + "-marker" for e in data["events"])
    if sorted(result["markerIds"]) != expected:
        problems.append("markers %r, expected one per event %r" % (sorted(result["markerIds"]), expected))
    shown = dict(zip(result["markerIds"], result["markerHeadlines"]))
    for e in data["events"]:
        # The headline is HTML: the marker must show its text, markup and entities resolved.
        expected = html.unescape(e["text"]["headline"])
        if shown.get(e["unique_id"] + "-marker", expected) != expected:
            problems.append("marker shows %r, expected %r" % (shown[e["unique_id"] + "-marker"], expected))
    if result["configEvents"] != len(data["events"]):
        problems.append("TimelineJS kept %d of %d events" % (result["configEvents"], len(data["events"])))
    if problems:
        raise AssertionError(name + ": " + "; ".join(problems))


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    chromium = find_chromium()
    if not chromium:
        print("SKIP: chromium is not installed (Debian package 'chromium')")
        return SKIP
    if not os.path.exists(BUNDLE):
        print("SKIP: TimelineJS is not installed: run npm ci --prefix tests/export/timelinejs")
        return SKIP
    export_dir = os.path.abspath(argv[1])
    with tempfile.TemporaryDirectory(prefix="chronik-tljs-") as root:
        os.symlink(PAGE_DIR, os.path.join(root, "page"))
        os.symlink(export_dir, os.path.join(root, "data"))
        server = serve(root)
        port = server.server_address[1]
        def url(data_path, lang):
            return "http://127.0.0.1:%d/page/check.html?data=%s&lang=%s" % (port, data_path, lang or "en")

        failures = 0
        try:
            # First a control: a month name instead of a number must fail the check, or it checks nothing.
            name, _, lang = argv[2].partition(":")
            broken = load_export(export_dir, name)
            broken["events"][-1]["start_date"]["month"] = "August"
            with open(os.path.join(root, "broken.json"), "w", encoding="utf-8") as f:
                json.dump(broken, f)
            try:
                check(run_page(chromium, url("/broken.json", lang)), broken, "control")
                print("FAIL: a month name passed the check: it checks nothing")
                failures += 1
            except AssertionError as e:
                print("ok: the control with a month name fails as it should (%s)" % str(e)[:100])

            for spec in argv[2:]:
                name, _, lang = spec.partition(":")
                data = load_export(export_dir, name)
                try:
                    result = run_page(chromium, url("/data/%s.timelinejs.json" % name, lang))
                    check(result, data, name)
                    print("ok: %s: %d markers, no errors; slide dates %s" % (name, len(result["markerIds"]), result["slideDates"]))
                except (AssertionError, subprocess.TimeoutExpired) as e:
                    failures += 1
                    print("FAIL: %s" % e)
        finally:
            server.shutdown()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
