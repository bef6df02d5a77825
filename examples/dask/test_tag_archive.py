"""The Dask example gives the records of `chronik tag --jsonl`, byte for
byte, on a LocalCluster it starts itself and on a cluster given by its
scheduler's address (both on 127.0.0.1). Kept small for ctest: 200 articles.
Run by ctest with Debian's python3 and pytest (PYTHONPATH has build/python;
CHRONIK_CLI names the binary, CHRONIK_SOURCE_DIR the repository)."""

import json
import os
import subprocess
import sys

import pytest

CLI = os.environ["CHRONIK_CLI"]
SOURCE = os.environ["CHRONIK_SOURCE_DIR"]
SCRIPT = os.path.join(SOURCE, "examples", "dask", "tag_archive.py")
EXAMPLE = os.path.join(SOURCE, "examples", "000_2bb625ef10a0835c.txt")

# Our own sentences plus the example article; every seventh without a date.
TEXTS = [
    "Die Messe beginnt am 3. März 2026 und endet im April, teilte der Veranstalter in einer Erklärung mit.",
    "BERLIN, 10.02.2026 – Am Montag trifft sich der Rat. Im vergangenen Jahr war es anders.",
    "Seit 2019 baut die Stadt am Bahnhof; die Arbeiten sollen Ende 2027 fertig sein.",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with open(EXAMPLE, encoding="utf-8") as f:
        texts = TEXTS + [f.read()]
    path = tmp_path_factory.mktemp("dask") / "archive.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for i in range(200):
            r = {"id": i, "text": texts[i % len(texts)]}
            if i % 7:
                r["published"] = f"2026-02-{1 + i % 28:02d}"
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            if i == 120:
                out.write('{"id": "kaputt", "text": \n')  # a broken line
            if i == 150:
                out.write("\n")  # blank: no record
    return path


@pytest.fixture(scope="module")
def cli_records(archive):
    p = subprocess.run([CLI, "tag", "--jsonl", str(archive)], capture_output=True)
    assert p.returncode == 1  # the broken line
    return p.stdout


def run_script(archive, out, *extra):
    return subprocess.run([sys.executable, SCRIPT, str(archive), str(out), "--quiet", "--partition-lines", "17",
                           *extra], capture_output=True, timeout=240)


def test_local_cluster_equals_cli(archive, cli_records, tmp_path):
    out = tmp_path / "records.jsonl"
    p = run_script(archive, out, "--workers", "2")
    assert p.returncode == 1, p.stderr.decode()
    failed = sum(1 for line in cli_records.decode().splitlines() if "error" in json.loads(line))
    assert failed > 1 and f"{failed} of 201 lines failed".encode() in p.stderr
    got = out.read_bytes()
    assert got == cli_records
    lines = got.decode().splitlines()
    assert len(lines) == 201
    assert json.loads(lines[121])["error"].startswith("not JSON")


def test_scheduler_address_equals_cli(archive, cli_records, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, host="127.0.0.1", dashboard_address=None,
                      processes=True) as cluster:
        out = tmp_path / "records.jsonl"
        p = run_script(archive, out, "--scheduler", cluster.scheduler_address, "--in-flight", "3")
        assert p.returncode == 1, p.stderr.decode()
        assert out.read_bytes() == cli_records


def test_bad_arguments(archive, tmp_path):
    p = run_script(archive, tmp_path / "x.jsonl", "--partition-lines", "0")
    assert p.returncode == 2 and b"at least 1" in p.stderr
