#!/bin/bash
# Batch throughput, by hand (not in ctest: the speed-up needs the machine's
# cores to itself). Makes a JSON-lines archive of COUNT articles from the
# development corpora's raw texts (plus one broken line), tags it with
# --jobs 1 and --jobs 2 side by side (wall time), checks that both give the
# same bytes, COUNT records in input order and one error record; then tags
# the first DASK articles with the Dask example and compares with the CLI.
#
#   tests/integrate/measure_archive.sh BUILD_DIR [CORPORA_DIR] [COUNT] [DASK]
#   (defaults: $CHRONIK_SHARED_DIR/corpora or ../shared/corpora, 20000, 2000)
#
# Everything is written to a temporary directory that is removed at the end.
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${2:-${CHRONIK_SHARED_DIR:-$src/../shared}/corpora}
count=${3:-20000}
dask=${4:-2000}
cli=$build/chronik
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

$py "$src/tests/integrate/make_archive.py" "$corpora" "$count" "$tmp/archive.jsonl"
for jobs in 1 2; do
  start=$(date +%s.%N)
  set +e
  "$cli" tag --jsonl "$tmp/archive.jsonl" --jobs $jobs --no-progress -o "$tmp/jobs$jobs.jsonl" 2>/dev/null
  rc=$?
  set -e
  end=$(date +%s.%N)
  [ $rc -eq 1 ] || { echo "jobs $jobs: exit code $rc, expected 1 (the broken line)"; exit 1; }
  echo "$start $end" > "$tmp/time$jobs"
  awk -v j=$jobs -v n=$count '{ printf "--jobs %d: %.2f s wall, %.0f articles/s\n", j, $2 - $1, n / ($2 - $1) }' "$tmp/time$jobs"
done
cmp "$tmp/jobs1.jsonl" "$tmp/jobs2.jsonl" && echo "--jobs 1 and --jobs 2: byte-identical"
paste "$tmp/time1" "$tmp/time2" | awk '{ printf "speed-up: %.2fx\n", ($2 - $1) / ($4 - $3) }'
$py - "$tmp/archive.jsonl" "$tmp/jobs1.jsonl" "$count" <<'EOF'
import json, sys
archive, records, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = []
for line in open(archive, encoding="utf-8"):
    try:
        ids.append(json.loads(line)["id"])
    except ValueError:
        ids.append(None)
out = [json.loads(line) for line in open(records, encoding="utf-8")]
assert len(out) == count + 1, len(out)
errors = [r for r in out if "error" in r]
assert len(errors) == 1 and errors[0]["line"] == ids.index(None) + 1, errors
assert [r.get("id") for r in out if "error" not in r] == [i for i in ids if i is not None]
print(f"{count} records in input order + 1 error record (line {errors[0]['line']}: {errors[0]['error'][:40]}...)")
EOF

head -n "$dask" "$tmp/archive.jsonl" | grep -v '"id": "broken"' > "$tmp/dask_in.jsonl" || true
"$cli" tag --jsonl "$tmp/dask_in.jsonl" --no-progress -o "$tmp/dask_cli.jsonl" 2>/dev/null || true
start=$(date +%s.%N)
set +e
PYTHONPATH=$build/python $py "$src/examples/dask/tag_archive.py" "$tmp/dask_in.jsonl" "$tmp/dask.jsonl" --workers 2 --quiet
set -e
end=$(date +%s.%N)
cmp "$tmp/dask_cli.jsonl" "$tmp/dask.jsonl"
echo "Dask (LocalCluster, 2 workers) on $(wc -l < "$tmp/dask_in.jsonl") articles: the same $(wc -l < "$tmp/dask.jsonl") records as the CLI, byte for byte, in $(awk -v a=$start -v b=$end 'BEGIN { printf "%.2f", b - a }') s"
