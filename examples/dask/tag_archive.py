#!/usr/bin/python3
"""Tags a JSON-lines archive on a dask.distributed cluster with chronik's
Python module, partition by partition, and writes the records as JSON lines:
the same bytes as `chronik tag --jsonl ARCHIVE`.

    # one machine: a LocalCluster on 127.0.0.1 with a worker process per core
    PYTHONPATH=build/python /usr/bin/python3 examples/dask/tag_archive.py archive.jsonl records.jsonl

    # a cluster: the scheduler's address (chronik installed on every worker)
    /usr/bin/python3 examples/dask/tag_archive.py archive.jsonl records.jsonl --scheduler tcp://10.0.0.5:8786

Input lines: {"id", "text", "published"?, "language"?, "genre"?}. Output:
one record per non-blank line, in input order; a line that cannot be read or
tagged gives {"id"?, "line", "error"}. Exit code 1 when any line failed, 0
otherwise (2 for bad arguments).

The client reads the archive in partitions of --partition-lines lines and
keeps at most --in-flight partitions on the cluster; workers get the lines
themselves (no shared file system needed) and send back the records, which the
client writes in order. Memory on the client is bounded by the partitions in
flight, whatever the archive's size.
"""

import argparse
import itertools
import sys


def tag_partition(lines, first_line):
    """Runs on a worker: the records of `lines` (lines[0] is line `first_line`
    of the archive) as one block of text, and how many failed."""
    import chronik  # on the worker: the module installed there (or on PYTHONPATH)

    records = chronik.tag_jsonl(lines, first_line)
    return "".join(r + "\n" for r, _ in records), sum(1 for _, failed in records if failed)


def _without_break(line):
    if line.endswith(b"\n"):
        line = line[:-1]
    return line[:-1] if line.endswith(b"\r") else line


def partitions(stream, size):
    """(first line number, lines) of `size` lines each, as bytes without line
    breaks: the module reads them as the CLI does (invalid UTF-8 gives an
    error record, not an exception here)."""
    number = 1
    while True:
        lines = [_without_break(line) for line in itertools.islice(stream, size)]
        if not lines:
            return
        yield number, lines
        number += len(lines)


def tag_archive(client, source, sink, partition_lines=1000, in_flight=None, progress=None):
    """Tags the lines of `source` (a binary stream) on `client`'s cluster and
    writes the records to `sink` in input order. Returns (records, failed)."""
    from distributed import wait

    if in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        in_flight = 2 * threads
    pending = []  # futures in input order
    records = failed = 0

    def write_first():
        nonlocal records, failed
        text, bad = pending.pop(0).result()
        sink.write(text)
        records += text.count("\n")
        failed += bad
        if progress:
            progress(records, failed)

    for first, lines in partitions(source, partition_lines):
        # The lines go to a worker as data of their own, not inside the task
        # graph through the scheduler (a partition is megabytes).
        [data] = client.scatter([lines], hash=False)
        pending.append(client.submit(tag_partition, data, first, pure=False))
        del data  # released with the task's future
        while len(pending) >= in_flight:
            wait(pending[:1])
            write_first()
    while pending:
        write_first()
    return records, failed


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("archive", help="JSON lines in (- for standard input)")
    p.add_argument("records", help="JSON lines out (- for standard output)")
    p.add_argument("--scheduler", help="address of a running dask scheduler (default: a LocalCluster on 127.0.0.1)")
    p.add_argument("--workers", type=int, default=None, help="LocalCluster: worker processes (default: the cores)")
    p.add_argument("--partition-lines", type=int, default=1000, help="lines a task tags (default: 1000)")
    p.add_argument("--in-flight", type=int, default=None,
                   help="partitions on the cluster at once (default: twice the worker threads)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = p.parse_args(argv)
    if args.partition_lines < 1 or (args.in_flight is not None and args.in_flight < 1):
        p.error("--partition-lines and --in-flight must be at least 1")

    from distributed import Client, LocalCluster

    if args.scheduler:
        client, cluster = Client(args.scheduler), None
    else:
        # Loopback only; one single-threaded process per core (the GIL is
        # released while chronik tags, but processes also keep Python's own
        # work apart).
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, processes=True)
        client = Client(cluster)

    def progress(records, failed):
        if not args.quiet:
            print(f"\r{records:,} records ({failed:,} failed)", end="", file=sys.stderr, flush=True)

    source = sys.stdin.buffer if args.archive == "-" else open(args.archive, "rb")
    sink = sys.stdout if args.records == "-" else open(args.records, "w", encoding="utf-8", newline="")
    try:
        with source, sink:
            records, failed = tag_archive(client, source, sink, args.partition_lines, args.in_flight, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if not args.quiet:
        print(file=sys.stderr)
    if failed:
        print(f"tag_archive: {failed} of {records} lines failed (see their \"error\")", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
