"""Starts `chronik serve` on a free loopback port for a test and talks to it.

Standard library only (run with Debian's /usr/bin/python3). Traffic goes to
127.0.0.1 alone.
"""
import http.client
import json
import os
import re
import signal
import subprocess
import threading
import time


class Server:
    """`chronik serve --port 0`: the port it took is read from its first line."""

    def __init__(self, chronik, *args):
        self.proc = subprocess.Popen(
            [chronik, "serve", "--port", "0", *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.log = []
        self.port = None
        deadline = time.monotonic() + 20
        first = self.proc.stderr.readline().decode("utf-8", "replace")
        self.log.append(first)
        match = re.search(r"serving on http://127\.0\.0\.1:(\d+)/", first)
        if not match or time.monotonic() > deadline:
            self.proc.kill()
            raise RuntimeError("chronik serve did not start: %r" % first)
        self.port = int(match.group(1))
        # Keep reading the access log so that the pipe never fills.
        self._reader = threading.Thread(target=self._read_log, daemon=True)
        self._reader.start()

    def _read_log(self):
        for line in self.proc.stderr:
            self.log.append(line.decode("utf-8", "replace"))

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def request(self, method, path, body=None, content_type="application/json", headers=None, timeout=60):
        """One request on a new connection: (status, headers dict, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            h = dict(headers or {})
            if body is not None:
                if isinstance(body, (dict, list)):
                    body = json.dumps(body).encode("utf-8")
                elif isinstance(body, str):
                    body = body.encode("utf-8")
                if content_type is not None:
                    h["Content-Type"] = content_type
            conn.request(method, path, body=body, headers=h)
            res = conn.getresponse()
            return res.status, {k.lower(): v for k, v in res.getheaders()}, res.read()
        finally:
            conn.close()

    def post_json(self, path, body, **kw):
        status, headers, data = self.request("POST", path, body, **kw)
        return status, headers, data

    def stop(self, sig=signal.SIGTERM, timeout=20):
        """Sends the signal; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("chronik serve did not stop within %d s of %s" % (timeout, sig))
        self._reader.join(timeout=5)
        return code


class Results:
    """Counts checks and prints the closing line CI reads ('N passed, N failed')."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, fn):
        start = time.monotonic()
        try:
            fn()
            self.passed += 1
            print("ok: %s (%.2f s)" % (name, time.monotonic() - start), flush=True)
        except Exception as e:  # a failing check must not stop the others
            self.failed += 1
            print("FAIL: %s: %s: %s" % (name, type(e).__name__, e), flush=True)

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0


def example_path(source_dir):
    return os.path.join(source_dir, "examples", "000_2bb625ef10a0835c.txt")
