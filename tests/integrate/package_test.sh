#!/usr/bin/env bash
# cmake --install into a temporary prefix, then an outside project finds the
# package, links chronik::chronik and tags a sentence; the installed CLI tags
# and draws (its graphics module found from bin/), the installed Python
# package imports.
# Usage: package_test.sh BUILD_DIR SOURCE_DIR [PYTHON]
set -euo pipefail
build=$1 src=$2 python=${3:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/chronik-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null
test -f "$prefix/lib/cmake/chronik/chronikConfig.cmake"
test -f "$prefix/lib/cmake/chronik/chronikConfigVersion.cmake"
test -f "$prefix/include/chronik/tagger.hpp"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$src/tests/integrate/consumer" -B "$work/consumer" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$prefix" "${launcher[@]}" >"$work/configure.log" || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/consumer" >"$work/build.log" || { cat "$work/build.log"; exit 1; }
got=$("$work/consumer/consumer" "Die Messe beginnt am 3. März 2026 und endet im April." 2026-02-10)
echo "$got"
grep -qx "2026-03-03 2026-03-03 2026-03-03" <<<"$got"
grep -qx "2026-04 2026-04-01 2026-04-30" <<<"$got"

# A version the package is not compatible with is refused.
mkdir -p "$work/old"
cat >"$work/old/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.25)
project(old LANGUAGES CXX)
find_package(chronik 9.0 QUIET)
if(chronik_FOUND)
  message(FATAL_ERROR "chronik 9.0 found")
endif()
CM
cmake -S "$work/old" -B "$work/old/b" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null

# The installed CLI.
printf 'BERLIN, 10.02.2026 – Die Messe beginnt am 3. März 2026.\n' >"$work/a.txt"
"$prefix/bin/chronik" tag --format text "$work/a.txt" | grep -q "DATE 2026-03-03"
if [ -f "$prefix/lib/chronik/chronik-graphics.so" ]; then
  "$prefix/bin/chronik" build "$work/a.txt" -o "$work/a.svg"
  grep -q "<svg" "$work/a.svg"
fi
test -f "$prefix/share/man/man1/chronik.1"

# The installed Python package.
if [ -n "$python" ] && [ -d "$prefix/lib/python3"*"/dist-packages/chronik" ]; then
  PYTHONPATH=$(echo "$prefix"/lib/python3*/dist-packages) "$python" -c '
import chronik, sys
d = chronik.tag("Die Messe beginnt am 3. März 2026.", published="2026-02-10")
assert [x["value"] for x in d["expressions"]] == ["2026-03-03"], d
assert chronik.__file__.startswith(sys.argv[1]), chronik.__file__
' "$prefix"
fi
echo "package: ok"
