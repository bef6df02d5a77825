#!/usr/bin/env bash
# The commands that do not draw never load the graphics libraries: the CLI
# does not link cairo or pango, tagging and text exports run without them
# being loaded, and drawing loads them from the graphics module. Likewise
# libxml2 (and the ICU it brings): not linked, not loaded for plain text,
# opened at the first TimeML input.
# Usage: lazy_graphics_test.sh CHRONIK EXAMPLE
set -euo pipefail
chronik=$1 example=$2
if ldd "$chronik" | grep -E 'libcairo|libpango|libhyphen'; then
  echo "the CLI links the graphics libraries" >&2; exit 1
fi
loaded() { LD_DEBUG=libs "$@" 2>&1 >/dev/null | grep -E 'calling init: .*/lib(cairo|pango)' || true; }
for cmd in "tag $example" "tag --format timeml $example" "build $example --format json" "build $example --format ics"; do
  # shellcheck disable=SC2086
  if [ -n "$(loaded "$chronik" $cmd)" ]; then echo "chronik $cmd loads the graphics libraries" >&2; exit 1; fi
done
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
if [ -f "$(dirname "$chronik")/chronik-graphics.so" ]; then
  [ -n "$(loaded "$chronik" build "$example" -o "$out/t.png")" ] || { echo "drawing did not load cairo" >&2; exit 1; }
  test -s "$out/t.png"
else
  # Built with CHRONIK_RENDER=OFF: drawing is refused with a message and exit 1.
  set +e; "$chronik" build "$example" -o "$out/t.svg" 2>"$out/err"; rc=$?; set -e
  [ "$rc" = 1 ] && grep -q "draws no graphics" "$out/err"
fi
# libxml2: opened for TimeML input only.
if ldd "$chronik" | grep -E 'libxml2|libicu'; then
  echo "the CLI links libxml2 or ICU" >&2; exit 1
fi
xml_loaded() { LD_DEBUG=libs "$@" 2>&1 >/dev/null | grep -E 'calling init: .*/lib(xml2|icuuc)' || true; }
if [ -n "$(xml_loaded "$chronik" tag "$example")" ]; then echo "chronik tag of plain text loads libxml2" >&2; exit 1; fi
printf '<?xml version="1.0"?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-07-13">13.07.2025</TIMEX3></DCT><TEXT>Am Montag kam er.</TEXT></TimeML>\n' >"$out/t.tml"
[ -n "$(xml_loaded "$chronik" tag "$out/t.tml")" ] || { echo "TimeML input did not load libxml2" >&2; exit 1; }
"$chronik" tag --format json "$out/t.tml" | grep -q '"value": "2025-07-07"' || { echo "TimeML input not tagged" >&2; exit 1; }
echo "lazy graphics and libxml2: ok"
