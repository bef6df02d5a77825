#!/usr/bin/env bash
# Command-line contract: bad input gives a clear message and a non-zero exit
# code, never a crash or a hang; TimeML comes back byte for byte with only
# TIMEX3 tags added; output is deterministic.
#   cli_test.sh path/to/chronik path/to/source-dir
set -u
chronik=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect EXIT-CODE STDERR-PATTERN -- command...
expect() {
    local want=$1 pattern=$2
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" != "$want" ]; then fail "$* → exit $got, expected $want ($(head -c 300 "$work/err"))"; return; fi
    if [ -n "$pattern" ] && ! grep -q -- "$pattern" "$work/err"; then
        fail "$* → stderr lacks '$pattern': $(head -c 300 "$work/err")"
    fi
}

# Invalid UTF-8: the message names the byte offset.
printf 'Am 13. Juli 2025 \xff kam er.' >"$work/bad.txt"
expect 1 "byte offset 17" -- "$chronik" tag --published 2025-07-13 "$work/bad.txt"

# Empty file: an empty result, exit 0.
: >"$work/empty.txt"
expect 0 "" -- "$chronik" tag "$work/empty.txt"
grep -q '"expressions": \[\]' "$work/out" || fail "empty input: no empty expression list"

# Binary file.
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0' >"$work/image.png"
expect 1 "binary" -- "$chronik" tag --published 2025-07-13 "$work/image.png"

# Unreadable: missing file, a directory.
expect 1 "cannot open" -- "$chronik" tag --published 2025-07-13 "$work/missing.txt"
expect 1 "directory" -- "$chronik" tag --published 2025-07-13 "$work"

# Absurd publication date.
echo "Am Samstag kam er." >"$work/a.txt"
expect 1 "not a calendar date" -- "$chronik" tag --published 2025-02-30 "$work/a.txt"
expect 1 "not a calendar date" -- "$chronik" tag --published yesterday "$work/a.txt"

# No publication date anywhere: exit 2, asking for --published.
expect 2 "--published" -- "$chronik" tag "$work/a.txt"

# Unknown option, missing input.
expect 1 "" -- "$chronik" tag --frobnicate "$work/a.txt"
expect 1 "" -- "$chronik" tag

# Standard input.
echo "Am 13. Juli 2025 traf er ihn." | "$chronik" tag --published 2025-07-14 - >"$work/stdin.json" 2>&1 ||
    fail "stdin: exit $?"
grep -q '"value": "2025-07-13"' "$work/stdin.json" || fail "stdin: date not found"

# The seed: dateline found without --published.
expect 0 "" -- "$chronik" tag "$src/examples/000_2bb625ef10a0835c.txt"
grep -q '"published_from": "dateline"' "$work/out" || fail "seed: dateline not used"
[ "$(grep -c '"value"' "$work/out")" = 9 ] || fail "seed: expected 9 expressions"

# TimeML in, TimeML out: the same bytes apart from the added TIMEX3 tags.
expect 0 "" -- "$chronik" tag --format timeml "$src/tests/data/sample.tml"
cp "$work/out" "$work/sample.out.tml"
strip() { sed -E 's#<TIMEX3 [^>]*[^/]>##g; s#</TIMEX3>##g' "$1"; }
if ! diff <(strip "$src/tests/data/sample.tml") <(strip "$work/sample.out.tml") >/dev/null; then
    fail "TimeML text changed: $(diff <(strip "$src/tests/data/sample.tml") <(strip "$work/sample.out.tml") | head -5)"
fi
grep -q 'tid="t8"' "$work/sample.out.tml" || fail "TimeML: new tids must follow the file's own (t0, t7)"
grep -q '&amp; mehr' "$work/sample.out.tml" || fail "TimeML: entities must stay as they were"
grep -q '>20.30 Uhr</TIMEX3>' "$work/sample.out.tml" || fail "TimeML: clock time not tagged"

# --out-dir: one output per input, under its name.
expect 0 "" -- "$chronik" tag --format timeml --out-dir "$work/outdir" "$src/tests/data/sample.tml" "$work/a.txt" --published 2025-07-13
[ -f "$work/outdir/sample.tml" ] || fail "--out-dir: sample.tml missing"
[ -f "$work/outdir/a.txt.tml" ] || fail "--out-dir: a.txt.tml missing"
expect 1 "out-dir" -- "$chronik" tag --format timeml --published 2025-07-13 "$work/a.txt" "$work/a.txt"

# Deterministic: two runs give the same bytes.
"$chronik" tag "$src/examples/000_2bb625ef10a0835c.txt" >"$work/r1.json"
"$chronik" tag "$src/examples/000_2bb625ef10a0835c.txt" >"$work/r2.json"
cmp -s "$work/r1.json" "$work/r2.json" || fail "output differs between runs"

# build: every format of the seed, twice, byte-identical; render reads the JSON back.
seed="$src/examples/000_2bb625ef10a0835c.txt"
for ext in json ics md html tml svg pdf png; do
    expect 0 "" -- "$chronik" build "$seed" -o "$work/seed1.$ext"
    expect 0 "" -- "$chronik" build "$seed" -o "$work/seed2.$ext"
    cmp -s "$work/seed1.$ext" "$work/seed2.$ext" || fail "build -o .$ext differs between runs"
done
for f in jsonfeed timelinejs; do
    "$chronik" build "$seed" --format $f >"$work/seed1.$f" 2>/dev/null && "$chronik" build "$seed" --format $f >"$work/seed2.$f" 2>/dev/null ||
        fail "build --format $f failed"
    cmp -s "$work/seed1.$f" "$work/seed2.$f" || fail "build --format $f differs between runs"
done
# An article without a dated event: exit 0, a warning, and outputs that say so.
printf 'Der Verein hat einen neuen Vorstand. Er wurde einstimmig gewählt.\n' >"$work/undated.txt"
for ext in md svg; do
    expect 0 "no dated events" -- "$chronik" build --published 2025-07-13 "$work/undated.txt" -o "$work/undated.$ext"
    grep -q "Keine datierten Ereignisse" "$work/undated.$ext" || fail "build -o .$ext of an undated article does not say so"
done
expect 0 "" -- "$chronik" build "$seed" -o "$work/seed-quiet.md"
grep -q "no dated events" "$work/err" && fail "build of the seed warns of no dated events"
expect 0 "left out" -- "$chronik" build "$seed" -o "$work/seed.ics"
expect 0 "" -- "$chronik" render "$work/seed1.json" -o "$work/rendered.svg" --layout-json "$work/layout.json"
cmp -s "$work/rendered.svg" "$work/seed1.svg" || fail "render from JSON differs from build -o .svg"
grep -q '"role"' "$work/layout.json" || fail "--layout-json wrote no boxes"
expect 0 "" -- "$chronik" render "$work/seed1.json" --format json -o "$work/again.json"
cmp -s "$work/again.json" "$work/seed1.json" || fail "JSON does not survive a read and write"
expect 1 "not a chronik timeline" -- "$chronik" render "$work/a.txt" -o "$work/x.svg"
expect 1 "output format" -- "$chronik" build "$seed" -o "$work/x.docx"
expect 1 "with -o FILE" -- "$chronik" build "$seed" --format png

# build: several articles, a publication date per file, one missing.
printf 'Am 9. Mai 2024 wurde die Brücke eröffnet. Im Januar 2024 begannen die Arbeiten.\n' >"$work/b1.txt"
printf 'Am 9. Mai 2024 wurde die Brücke eröffnet. Zuvor gab es Streit.\n' >"$work/b2.txt"
expect 0 "" -- "$chronik" build "$work/b1.txt" "$work/b2.txt" --published "$work/b1.txt=2024-05-10" \
    --published "$work/b2.txt=2024-05-11" -o "$work/merged.json"
grep -q '"published": "2024-05-11"' "$work/merged.json" || fail "per-file --published not used"
expect 2 "b2.txt" -- "$chronik" build "$work/b1.txt" "$work/b2.txt" --published "$work/b1.txt=2024-05-10" -o "$work/x.json"
expect 1 "not a calendar date" -- "$chronik" build "$work/b1.txt" --published "$work/b1.txt=2024-13-01"

# --language: auto recognises the text's language and names it in the JSON; a
# mixed text, an unknown language or an unknown code is an error naming the candidates.
printf 'WASHINGTON (AP) — The minister said on Thursday that the talks had failed and that he would resign.\n' >"$work/en.txt"
"$chronik" tag --published 2025-03-14 "$work/en.txt" >"$work/en.json" 2>&1 || fail "tag English text"
grep -q '"language": "en"' "$work/en.json" || fail "English text not recognised: $(head -c 300 "$work/en.json")"
grep -q '"value": "2025-03-13"' "$work/en.json" || fail "English weekday not resolved: $(head -c 300 "$work/en.json")"
"$chronik" tag --published 2025-03-14 --language de "$work/a.txt" | grep -q '"language": "de"' || fail "--language de"
printf 'The minister said that the talks had failed and that he would resign. Der Minister sagte, dass die Gespräche gescheitert seien und er zurücktreten werde, auch wenn es nicht leicht sei.\n' >"$work/mixed.txt"
expect 1 "de|en" -- "$chronik" tag --published 2025-03-14 "$work/mixed.txt"
expect 0 "" -- "$chronik" tag --published 2025-03-14 --language en "$work/mixed.txt"
expect 1 "" -- "$chronik" tag --published 2025-03-14 --language fr "$work/en.txt"
printf '<?xml version="1.0"?>\n<TimeML xml:lang="en"><DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-14">2025-03-14</TIMEX3></DCT><TEXT>Am Samstag kam er, said the police.</TEXT></TimeML>\n' >"$work/lang.tml"
"$chronik" tag "$work/lang.tml" | grep -q '"language": "en"' || fail "TimeML xml:lang does not decide the language"
expect 0 "" -- "$chronik" build --language en "$work/en.txt" --published 2025-03-14 -o "$work/en-timeline.json"
grep -q '"language": "en"' "$work/en-timeline.json" || fail "build --language en: timeline not English"
# Options and files in any order; --published FILE=DATE matched by the
# file's real path, and one that names no input is an error.
expect 0 "" -- "$chronik" build --published 2024-05-10 "$work/b1.txt" -o "$work/any-order.json"
grep -q '"published": "2024-05-10"' "$work/any-order.json" || fail "build --published DATE FILE: date not used"
expect 0 "" -- "$chronik" build --published 2024-05-10 "$work/b1.txt" --title T "$work/b2.txt" -o "$work/any-order2.json"
grep -q '"path": ".*b2.txt"' "$work/any-order2.json" || fail "build: a file after an option was lost"
cd "$work"
expect 0 "" -- "$chronik" build ./b1.txt b2.txt --published "b1.txt=2024-05-10" --published "./b2.txt=2024-05-11" -o "$work/canonical.json"
cd - >/dev/null
grep -q '"published": "2024-05-11"' "$work/canonical.json" || fail "--published ./b2.txt=DATE did not match b2.txt"
expect 1 "names no input" -- "$chronik" build "$work/b1.txt" --published "$work/b3.txt=2024-05-10" -o "$work/x.json"

# Unknown or missing subcommand: named, with a suggestion.
expect 1 "did you mean 'build'" -- "$chronik" biuld "$work/b1.txt"
expect 1 "unknown command 'frobnicate'" -- "$chronik" frobnicate
expect 1 "no command given" -- "$chronik"
"$chronik" --help | grep -q "internal error" || fail "--help does not document the exit codes"

# UTF-16 and UTF-32 are named as such, not called binary.
printf '\xff\xfeA\0m\0 \0S\0a\0m\0s\0t\0a\0g\0' >"$work/utf16.txt"
expect 1 "UTF-16 (little-endian)" -- "$chronik" tag --published 2025-07-13 "$work/utf16.txt"
printf 'A\0\0\0m\0\0\0 \0\0\0S\0\0\0a\0\0\0m\0\0\0s\0\0\0t\0\0\0' >"$work/utf32.txt"
expect 1 "UTF-32 (little-endian)" -- "$chronik" tag --published 2025-07-13 "$work/utf32.txt"
printf '\0A\0m\0 \0S\0a\0m\0s\0t\0a\0g\0 \0k\0a\0m' >"$work/utf16be.txt"
expect 1 "UTF-16 (big-endian)" -- "$chronik" tag --published 2025-07-13 "$work/utf16be.txt"

# An invalid DCT is named; a DCT or --published of year 0 is refused, not
# silently left without resolved expressions.
printf '<TimeML><DCT><TIMEX3 tid="t0" value="2025-02-30"/></DCT><TEXT>Am Samstag kam er.</TEXT></TimeML>' >"$work/bad-dct.tml"
expect 2 'DCT value "2025-02-30" is not a calendar date' -- "$chronik" tag "$work/bad-dct.tml"
expect 0 "" -- "$chronik" tag --published 2025-07-13 "$work/bad-dct.tml"
printf '<TimeML><DCT><TIMEX3 tid="t0" value="0000-07-13"/></DCT><TEXT>Am Samstag kam er.</TEXT></TimeML>' >"$work/year0.tml"
expect 2 "outside the years 1" -- "$chronik" tag "$work/year0.tml"
expect 2 "outside the years 1" -- "$chronik" build "$work/year0.tml" -o "$work/x.json"
expect 1 "outside the years 1" -- "$chronik" tag --published 0000-07-13 "$work/a.txt"

# Characters XML 1.0 forbids (U+FFFE, U+FFFF, C0 controls) never reach an XML output.
printf 'BERLIN, 13.07.2025 \xe2\x80\x93 Am Samstag \xef\xbf\xbe kam er \x01 an.\nAm Sonntag \xef\xbf\xbf ging er.\n' >"$work/nonchar.txt"
# (enough text that one control byte is not taken for a binary file)
for i in 1 2 3 4 5 6 7 8 9 10; do echo "Die Arbeiten an der Strecke dauern noch einige Wochen, sagte ein Sprecher." >>"$work/nonchar.txt"; done
for ext in tml svg; do
    expect 0 "" -- "$chronik" build "$work/nonchar.txt" -o "$work/nonchar.$ext"
    xmllint --noout "$work/nonchar.$ext" 2>"$work/xmllint.err" || fail "build -o .$ext with U+FFFE: not well-formed: $(head -c 300 "$work/xmllint.err")"
done
expect 0 "" -- "$chronik" tag --format timeml -o "$work/nonchar-tag.tml" "$work/nonchar.txt"
xmllint --noout "$work/nonchar-tag.tml" 2>/dev/null || fail "tag --format timeml with U+FFFE: not well-formed"
grep -q 'Samstag</TIMEX3>' "$work/nonchar-tag.tml" || fail "tag --format timeml with U+FFFE: the text around it lost its tags"

# TimeML is read as XML: not well-formed → exit 1 with the parser's place; 500,000
# stray '<' refused at once; a commented-out TEXT does not win.
{ printf '<TimeML><TEXT>'; yes 'a < b ' | head -n 500000 | tr -d '\n'; printf '</TEXT></TimeML>'; } >"$work/stray.tml"
expect 1 "not well-formed XML (line 1, column" -- timeout 3 "$chronik" tag --published 2025-07-13 "$work/stray.tml"
printf '<TimeML><!-- <TEXT>Am Montag</TEXT> --><TEXT>Am <EVENT eid="e1">Sams</EVENT>tag kam er.</TEXT></TimeML>' >"$work/inline.tml"
expect 0 "" -- "$chronik" tag --published 2025-07-13 --format timeml "$work/inline.tml"
xmllint --noout "$work/out" 2>/dev/null || fail "TimeML with an expression across <EVENT>: not well-formed"
grep -q '<TIMEX3[^>]*><EVENT eid="e1">Sams</EVENT>tag</TIMEX3>' "$work/out" || fail "TimeML: the TIMEX3 does not take in the crossed <EVENT>: $(cat "$work/out")"
grep -q 'Montag</TIMEX3>' "$work/out" && fail "TimeML: the commented-out TEXT was tagged"

# A timeline from −9999 to 9999 read back from JSON draws in every graphic format (exit 0,
# never 3 "internal error"); one past the calendar is refused with exit 1.
python3 - "$src/examples/timeline.json" "$work" <<'PY'
import copy, json, sys
t = json.load(open(sys.argv[1]))
first, last = copy.deepcopy(t["events"][0]), copy.deepcopy(t["events"][0])
for e, y, name in ((first, "-9999", "a"), (last, "9999", "b")):
    e["id"] = name
    e["when"].update(timex3=y, granularity="year", earliest=y + "-01-01", latest=y + "-12-31", edtf=y, display=y)
t["events"], t["links"] = [first, last], []
json.dump(t, open(sys.argv[2] + "/edges.json", "w"))
last["when"].update(timex3="10000", earliest="10000-01-01")
json.dump(t, open(sys.argv[2] + "/past-edges.json", "w"))
PY
for ext in svg pdf png; do
    expect 0 "" -- timeout 60 "$chronik" render "$work/edges.json" -o "$work/edges.$ext"
done
expect 1 "not a chronik timeline" -- "$chronik" render "$work/past-edges.json" -o "$work/past-edges.svg"

# --source FILE=NAME[,URL]: the name in the JSON and the credits, the URL a link; a
# file not among the inputs, or no '=', is refused with exit 1.
printf 'BOZEN. Am Samstag um 20.30 Uhr beginnt das Konzert im Waltherhaus.\nZuvor spricht der Bürgermeister.\nIn der Vergangenheit gab es das Fest auf dem Platz.\n' >"$work/news.txt"
expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --source "$work/news.txt=Dolomiten,https://example.org/a" -o "$work/src.json"
python3 - "$work/src.json" <<'PY' || fail "--source: name or URL not in the timeline JSON"
import json, sys
s = json.load(open(sys.argv[1]))["sources"][0]
assert s["name"] == "Dolomiten" and s["url"] == "https://example.org/a", s
PY
expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --source "$work/news.txt=Dolomiten,https://example.org/a" -o "$work/src.html"
grep -q 'href="https://example.org/a"' "$work/src.html" || fail "--source: the URL is no link in the HTML chronology"
expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --source "$work/news.txt=Dolomiten" -o "$work/src.svg"
grep -q 'Dolomiten' "$work/src.svg" || fail "--source: the name is not in the graphic's credit line"
expect 1 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --source "$work/other.txt=X" -o "$work/x.json"
expect 1 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --source "Dolomiten" -o "$work/x.json"

# --include: the undated ("Zuvor …") and vague ("In der Vergangenheit …") events reach the calendar,
# TimelineJS and the graphics only when asked for; never an "ohne Datum" label otherwise.
count_json() { python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['$2']))" "$1"; }
for inc in none undated,vague; do
    opt=(); [ "$inc" != none ] && opt=(--include "$inc")
    expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 "${opt[@]}" -o "$work/inc-$inc.svg" --layout-json "$work/inc-$inc.layout.json"
    expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 "${opt[@]}" --format timelinejs -o "$work/inc-$inc.tljs.json"
done
[ "$(count_json "$work/inc-none.layout.json" events)" = 1 ] || fail "--include: without it the graphic shows more than the dated event"
[ "$(count_json "$work/inc-undated,vague.layout.json" events)" = 3 ] || fail "--include undated,vague: the graphic does not show all three events"
[ "$(count_json "$work/inc-none.tljs.json" events)" = 1 ] || fail "--include: without it TimelineJS has more than the dated event"
[ "$(count_json "$work/inc-undated,vague.tljs.json" events)" -ge 2 ] || fail "--include undated,vague: TimelineJS lacks them"
grep -q 'ohne Datum' "$work/inc-none.svg" && fail "--include: an 'ohne Datum' label without it"
expect 1 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --include later -o "$work/x.svg"

# --max-events that cannot fit the canvas: a usage error (exit 1) naming the limit and what lifts
# it, in every graphic format (the graphics module passes the kind of error on; never exit 3).
seed_article="$src/examples/000_2bb625ef10a0835c.txt"
for ext in svg pdf png; do
    expect 1 "only [0-9]* events fit" -- "$chronik" build "$seed_article" --include undated,vague --max-events 60 --orientation horizontal -o "$work/crowded.$ext"
    expect 0 "" -- "$chronik" build "$seed_article" --max-events 2 -o "$work/two.$ext"
done

# --timezone: the zone of the articles' clock times. DTSTART of "um 20.30 Uhr" in
# Europe/Berlin by default (with a VTIMEZONE), at 20:30 UTC for --timezone UTC,
# floating without a zone; an unknown zone is exit 1.
expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 -o "$work/tz.ics"
grep -q 'DTSTART;TZID=Europe/Berlin:20250712T203000' "$work/tz.ics" || fail "--timezone default: no Berlin DTSTART at 20:30: $(grep DTSTART "$work/tz.ics")"
grep -q 'BEGIN:VTIMEZONE' "$work/tz.ics" || fail "--timezone default: no VTIMEZONE"
expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --timezone UTC -o "$work/tz-utc.ics"
grep -q 'DTSTART:20250712T203000Z' "$work/tz-utc.ics" || fail "--timezone UTC: not 20:30Z: $(grep DTSTART "$work/tz-utc.ics")"
grep -q 'VTIMEZONE' "$work/tz-utc.ics" && fail "--timezone UTC: a VTIMEZONE"
expect 0 "" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --timezone floating -o "$work/tz-float.ics"
grep -q 'DTSTART:20250712T203000$' "$work/tz-float.ics" || grep -q $'DTSTART:20250712T203000\r' "$work/tz-float.ics" || fail "--timezone floating: $(grep DTSTART "$work/tz-float.ics")"
expect 1 "unknown time zone" -- "$chronik" build "$work/news.txt" --published 2025-07-14 --timezone Mars/Olympus -o "$work/x.ics"

# Editing the timeline JSON: hide one event, delete another that links name, change a
# headline; `chronik render` reads it (links to the hidden or deleted event do not make it
# invalid) and every output leaves the hidden event out and shows the new headline.
expect 0 "" -- "$chronik" build "$src/examples/000_2bb625ef10a0835c.txt" -o "$work/edit.json"
python3 - "$work/edit.json" <<'PY' || fail "editing: could not prepare the edited JSON"
import json, sys
t = json.load(open(sys.argv[1]))
linked = {l["from"] for l in t["links"]} | {l["to"] for l in t["links"]}
events = t["events"]
hidden = next(e for e in events if e["id"] in linked and e["when"]["kind"] == "calendar")
hidden["hidden"] = True
gone = next(e for e in events if e["id"] in linked and e is not hidden)
events.remove(gone)
assert any(gone["id"] in (l["from"], l["to"]) for l in t["links"])
keep = next(e for e in events if e is not hidden and e["when"]["kind"] == "calendar")
keep["headline"] = "Redaktion: neue Zeile"
json.dump(t, open(sys.argv[1], "w"), ensure_ascii=False)
open(sys.argv[1] + ".hidden", "w").write(hidden["headline"])
PY
for out in edit.svg edit.png edit.pdf edit.md edit.html edit.ics edit-back.json; do
    expect 0 "" -- "$chronik" render "$work/edit.json" -o "$work/$out"
done
expect 0 "" -- "$chronik" render "$work/edit.json" --format timelinejs -o "$work/edit.tljs.json"
hidden_headline=$(cat "$work/edit.json.hidden")
for out in edit.md edit.html edit.ics edit.tljs.json; do
    grep -qF "$hidden_headline" "$work/$out" && fail "editing: the hidden event is in $out"
done
grep -q 'Redaktion: neue Zeile' "$work/edit.md" || fail "editing: the changed headline is not in the chronology"
python3 - "$work/edit-back.json" "$src/src/export/schema/timeline.schema.json" <<'PY' || fail "editing: the JSON written back is not valid"
import json, sys, jsonschema
t = json.load(open(sys.argv[1]))
jsonschema.validate(t, json.load(open(sys.argv[2])))
assert any(e["hidden"] for e in t["events"]), "the hidden event is no longer in the JSON"
assert any("dropped" in n for n in t["notes"]), "no note for the dropped links"
PY

# A 50 MB single line finishes (linear time), and so does a 10 MB line without spaces.
# Under the sanitizers (CHRONIK_SANITIZED, .ci/sanitize-and-fuzz.sh) a tenth of
# each: the path is the same, the time is the plain build's to show.
huge=50000000 word=10000000
if [ -n "${CHRONIK_SANITIZED:-}" ]; then huge=5000000 word=1000000; fi
yes "Am 13. Juli 2025 traf er ihn, gestern kam sie und seit drei Jahren wartet man" | head -c "$huge" | tr '\n' ' ' >"$work/huge.txt"
start=$(date +%s)
expect 0 "" -- timeout 120 "$chronik" tag --published 2025-07-13 --format timeml -o "$work/huge.tml" "$work/huge.txt"
echo "$((huge / 1000000)) MB single line: $(( $(date +%s) - start )) s"
head -c "$word" /dev/zero | tr '\0' 'a' >"$work/word.txt"
expect 0 "" -- timeout 60 "$chronik" tag --published 2025-07-13 "$work/word.txt"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all CLI checks passed"
