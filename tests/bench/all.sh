#!/bin/bash
# Every speed figure the README quotes, in one run, in a fixed order, on one
# core (the whole script re-runs itself under taskset -c 0 where available, so
# that no timed command includes a taskset of its own): one warm-up run, then
# the median of RUNS runs (default 3; start-up: 51 runs, with /bin/true timed
# the same way for the cost of starting any process).
#
#   tests/bench/all.sh [BUILD_DIR]        (default build; corpora from $CHRONIK_SHARED or /work/shared)
#
# 1. 50 MB of German news in one file (the KRAUTS-dev Dolomiten texts, markup
#    stripped, repeated): `wc -w`, `chronik tag --format json`, and the
#    library (chronik_bench_tag), in MB/s and as a share of wc -w;
# 2. start-up of `chronik tag` on an empty file;
# 3. `chronik build` of 1,000 and of 4,000 articles (the same texts, each
#    with its own first line and publication date) and the ratio;
# 4. English against German tagging: 20 MB of English news (the TBAQ
#    TimeBank and AQUAINT raw texts, markup stripped, repeated) and 20 MB of
#    German news (every KRAUTS-dev raw text, the same way), each tagged by
#    `chronik tag --format json` in its language; MB/s and English's share.
set -eu
if [ -z "${CHRONIK_BENCH_PINNED:-}" ] && command -v taskset >/dev/null 2>&1; then
    CHRONIK_BENCH_PINNED=1 exec taskset -c 0 bash "$0" "$@"
fi
build=${1:-build}
corpora=${CHRONIK_SHARED:-/work/shared}/corpora
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The inputs, made with python3 from the corpus (never kept in the repository).
python3 - "$corpora" "$work" <<'PY'
import glob, json, re, sys, datetime
corpora, work = sys.argv[1], sys.argv[2]
texts = []
for f in sorted(glob.glob(corpora + '/KRAUTS-dev/KRAUTS_Dolomiten-*_raw-text/*.tml')):
    texts.append(re.sub(r'<[^>]*>', '', open(f, encoding='utf-8').read()).strip())
one = ''.join(t + '\n\n' for t in texts)
with open(work + '/news50.txt', 'w', encoding='utf-8') as o:
    n = 0
    while n < 50_000_000:
        o.write(one)
        n += len(one.encode())
def repeated(pattern, name, size=20_000_000):
    docs = [re.sub(r'<[^>]*>', '', open(f, encoding='utf-8').read().split('<TEXT>')[-1]).strip()
            for f in sorted(glob.glob(corpora + pattern))]
    block = ''.join(t + '\n\n' for t in docs)
    with open(work + '/' + name, 'w', encoding='utf-8') as o:
        n = 0
        while n < size:
            part = block.encode()[:size - n].decode('utf-8', 'ignore')
            o.write(part)
            n += len(part.encode())
repeated('/TBAQ-cleaned/*_raw-text/*.tml', 'en20.txt')
repeated('/KRAUTS-dev/*_raw-text/*.tml', 'de20.txt')
for count in (1000, 4000):
    with open(f'{work}/build{count}.jsonl', 'w', encoding='utf-8') as o:
        for k in range(count):
            day = datetime.date(2020, 1, 1) + datetime.timedelta(days=(k * 7) % 1500)
            o.write(json.dumps({"id": f"a{k}", "text": f"Meldung {k}.\n\n" + texts[k % len(texts)],
                                "published": day.isoformat(), "language": "de"}, ensure_ascii=False) + "\n")
PY
: >"$work/empty.txt"
file="$work/news50.txt"
mb=$(awk -v b="$(wc -c <"$file")" 'BEGIN { printf "%.1f", b / 1048576 }')

# median of the runs' seconds: `timed N command...`. The clock is bash's
# $EPOCHREALTIME, read without a process of its own (a `date` around each
# run added about a millisecond to every start-up sample).
timed() {
    n=$1
    shift
    "$@" >/dev/null 2>&1  # warm-up
    i=0
    while [ "$i" -lt "$n" ]; do
        t0=$EPOCHREALTIME
        "$@" >/dev/null 2>&1
        t1=$EPOCHREALTIME
        echo "$t0 $t1" | awk '{ printf "%.6f\n", $2 - $1 }'
        i=$((i + 1))
    done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
rate() { awk -v mb="$mb" -v s="$1" 'BEGIN { printf "%.1f", mb / s }'; }
share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b / a }'; }

wc_s=$(timed "$runs" wc -w "$file")
cli_s=$(timed "$runs" "$build/chronik" tag --jobs 1 --no-progress --format json --published 2025-01-01 "$file")
# The library: the same file, tagged once per run (chronik_bench_tag prints its own time).
lib_line() { "$build/tests/bench/chronik_bench_tag" --mb 1 "$file" | sed -n 's/.* in \([0-9.]*\) s$/\1/p'; }
lib_line >/dev/null
lib_s=$(i=0; while [ "$i" -lt "$runs" ]; do lib_line; i=$((i + 1)); done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
true_s=$(timed 51 /bin/true)
start_s=$(timed 51 "$build/chronik" tag --jobs 1 --no-progress --format json --published 2025-01-01 "$work/empty.txt")
b1_s=$(timed "$runs" "$build/chronik" build --jsonl "$work/build1000.jsonl" -o "$work/b1000.json")
b4_s=$(timed "$runs" "$build/chronik" build --jsonl "$work/build4000.jsonl" -o "$work/b4000.json")
# Alternately, so that both languages see the same machine.
en_s="" de_s=""
i=0
while [ "$i" -lt "$runs" ]; do
    en_s="$en_s $(timed 1 "$build/chronik" tag --jobs 1 --no-progress --format json --language en --published 2025-01-01 "$work/en20.txt")"
    de_s="$de_s $(timed 1 "$build/chronik" tag --jobs 1 --no-progress --format json --language de --published 2025-01-01 "$work/de20.txt")"
    i=$((i + 1))
done
median() { for v in "$@"; do echo "$v"; done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# shellcheck disable=SC2086
en_s=$(median $en_s)
# shellcheck disable=SC2086
de_s=$(median $de_s)
mb20=$(awk -v b="$(wc -c <"$work/en20.txt")" 'BEGIN { printf "%.1f", b / 1048576 }')

printf '%-44s %10s %10s %8s\n' "what ($mb MB German news, one file, one core)" "seconds" "MB/s" "of wc -w"
printf '%-44s %10s %10s %8s\n' "wc -w" "$wc_s" "$(rate "$wc_s")" "1.00"
printf '%-44s %10s %10s %8s\n' "chronik tag --format json" "$cli_s" "$(rate "$cli_s")" "$(share "$cli_s" "$wc_s")"
printf '%-44s %10s %10s %8s\n' "library (chronik_bench_tag)" "$lib_s" "$(rate "$lib_s")" "$(share "$lib_s" "$wc_s")"
printf '%-44s %10s ms (median of 51)\n' "start-up: chronik tag on an empty file" "$(awk -v s="$start_s" 'BEGIN { printf "%.1f", s * 1000 }')"
printf '%-44s %10s ms (median of 51)\n' "start-up: /bin/true, the same way" "$(awk -v s="$true_s" 'BEGIN { printf "%.1f", s * 1000 }')"
printf '%-44s %10s\n' "chronik build, 1,000 articles" "$b1_s"
printf '%-44s %10s  (%sx of 1,000)\n' "chronik build, 4,000 articles" "$b4_s" "$(awk -v a="$b1_s" -v b="$b4_s" 'BEGIN { printf "%.2f", b / a }')"
printf '%-44s %10s %10s %8s\n' "chronik tag, $mb20 MB German (KRAUTS-dev)" "$de_s" "$(awk -v mb="$mb20" -v s="$de_s" 'BEGIN { printf "%.1f", mb / s }')" ""
printf '%-44s %10s %10s %8s\n' "chronik tag, $mb20 MB English (TBAQ)" "$en_s" "$(awk -v mb="$mb20" -v s="$en_s" 'BEGIN { printf "%.1f", mb / s }')" ""
printf '%-44s %10s\n' "English speed as a share of German" "$(awk -v e="$en_s" -v d="$de_s" 'BEGIN { printf "%.2f", d / e }')"
