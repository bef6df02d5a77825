#!/bin/sh
# Tagging output byte-identical between two builds: every dev corpus
# (KRAUTS-dev German news, WikiWarsDE-dev narratives, TBAQ English) tagged
# to JSON and TimeML by BASE/chronik and NEW/chronik, then compared.
# Usage: tests/bench/same_tagging.sh BASE_BUILD NEW_BUILD [CORPORA_DIR]
# Exit 0 when every output is the same, 1 otherwise.
set -u
base=$1 new=$2 corpora=${3:-${CHRONIK_SHARED:-/work/shared}/corpora}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
run() {  # name, extra options, files...
    name=$1 opts=$2
    shift 2
    # JSON: every file into one stream; TimeML: one file per input.
    # shellcheck disable=SC2086
    timeout 600 "$base/chronik" tag --jobs 1 --no-progress --format json $opts "$@" >"$out/base.json" 2>&1
    # shellcheck disable=SC2086
    timeout 600 "$new/chronik" tag --jobs 1 --no-progress --format json $opts "$@" >"$out/new.json" 2>&1
    compare "$name json" "$out/base.json" "$out/new.json"
    rm -rf "$out/base.tml" "$out/new.tml"
    # shellcheck disable=SC2086
    timeout 600 "$base/chronik" tag --jobs 1 --no-progress --format timeml --out-dir "$out/base.tml" $opts "$@" >"$out/base.log" 2>&1
    # shellcheck disable=SC2086
    timeout 600 "$new/chronik" tag --jobs 1 --no-progress --format timeml --out-dir "$out/new.tml" $opts "$@" >"$out/new.log" 2>&1
    compare "$name timeml" "$out/base.tml" "$out/new.tml"
}
compare() {  # name, base output, new output
    if [ -e "$2" ] && diff -r "$2" "$3" >/dev/null 2>&1; then
        echo "same       $1 ($(du -sb "$3" | cut -f1) bytes)"
    else
        echo "DIFFERENT  $1"
        status=1
    fi
}
run KRAUTS-dev "" "$corpora"/KRAUTS-dev/KRAUTS_Dolomiten-*_raw-text/*.tml
run WikiWarsDE-dev "--genre narrative" "$corpora"/WikiWarsDE-dev/raw/*
run TBAQ "--language en" "$corpora"/TBAQ-cleaned/*_raw-text/*.tml
exit $status
