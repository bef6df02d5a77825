#!/usr/bin/env bash
# CI stage: one build with clang, AddressSanitizer, UndefinedBehaviorSanitizer
# and libFuzzer's coverage hooks; in it
#   1. the test suite, with LeakSanitizer on (lsan.supp: the one-time
#      allocations of fontconfig and libhyphen, see there);
#   2. every libFuzzer target (tests/fuzz) for a bounded time from its seeds
#      in tests/fuzz/corpus/<target>.
#   .ci/sanitize-and-fuzz.sh [SECONDS_PER_TARGET] [BUILD_DIR]   (60 s, build-san)
# The benchmarks are not built (CHRONIK_BENCH=OFF): no test runs them.
# Left out of the sanitized test run: the Python module (a sanitized
# extension cannot be loaded into Debian's python3 without preloading
# libasan; its tests run in the plain build at the end of .ci/run) and
# integrate.package (its outside consumer is built without the sanitizer).
# A crash, a sanitizer report, a failed check or a timeout fails the stage;
# the input that caused it is kept in BUILD_DIR/artifacts and printed as
# base64. New inputs the fuzzer finds go to BUILD_DIR/corpus, not into the
# source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
dir=${2:-build-san}
targets="timeml article build render layout_json timeline_json"
# -O1 -g1: a quarter of the compile time of -O2 -g, line numbers in reports.
flags="-O1 -g1 -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
start=$(date +%s)
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_COMPILER=clang++ -DCHRONIK_FUZZ=ON -DCHRONIK_PYTHON=OFF -DCHRONIK_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$dir" -j2
built=$(date +%s)
echo "sanitizer build: $((built - start)) s"

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export CHRONIK_SANITIZED=1  # tests/cli: the 50 MB line at a tenth
ctest --test-dir "$dir" -j2 --output-on-failure -E '^integrate\.package$'
tested=$(date +%s)
echo "sanitized test suite: $((tested - built)) s"

mkdir -p "$dir/artifacts"
status=0
for t in $targets; do
  mkdir -p "$dir/corpus/$t"
  log="$dir/fuzz-$t.log"
  if "$dir/tests/fuzz/chronik_fuzz_$t" "$dir/corpus/$t" "tests/fuzz/corpus/$t" \
       -max_total_time="$seconds" -max_len=12000 -timeout=30 -rss_limit_mb=2560 \
       -print_final_stats=1 -artifact_prefix="$dir/artifacts/$t-" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    tail -n 60 "$log"
    for a in "$dir/artifacts/$t-"*; do [ -f "$a" ] && { echo "input $a (base64):"; base64 -w0 "$a"; echo; }; done
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "fuzz $t: $result, ${runs:-?} executions in ${seconds} s, ${cov:-cov: ?}, $(ls "$dir/corpus/$t" | wc -l) new inputs"
done
echo "fuzzing: $(( $(date +%s) - tested )) s; sanitizer and fuzz stage: $(( $(date +%s) - start )) s"
exit $status
