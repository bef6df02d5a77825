#!/bin/bash
# The hardening figures (memory, time and exit code of large and hostile inputs), each case run
# under /usr/bin/time -v (peak = maximum resident set). Inputs are made from the KRAUTS-dev raw
# texts ($CHRONIK_SHARED or /work/shared) and the example article, in a temporary directory.
#
#   tests/bench/hardening.sh [BUILD_DIR]        (default build)
set -u
here=$(cd "$(dirname "$0")" && pwd)
B=$(realpath "${1:-build}"); W=$(mktemp -d); trap 'rm -rf "$W"' EXIT; cd "$W"
C=$B/chronik
m() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" > $W/out.$$ 2> $W/time.$$; rc=$?
  printf '%-34s exit=%s wall=%ss peak=%s MB\n' "$label" $rc \
    "$(grep 'Elapsed' $W/time.$$ | awk '{print $NF}')" \
    "$(( $(grep 'Maximum resident' $W/time.$$ | awk '{print $NF}') / 1024 ))"
  [ $rc -le 1 ] || grep -v '^\s' $W/time.$$ | head -3
}
png_size() { python3 -c "import struct; d=open('$1','rb').read(24); print('  png size', *struct.unpack('>II', d[16:24]))"; }
[ -f news20.txt ] || /usr/bin/python3 "$here/memory_inputs.py" $W 20 >/dev/null
[ -f samstag20.txt ] || python3 -c "
s='Am Samstag '; open('samstag20.txt','w').write(s*(20_000_000//len(s)))"
$C build "$here/../../examples/000_2bb625ef10a0835c.txt" -o ex.json
python3 - <<'PY'
import json, datetime, os
base = json.load(open('ex.json'))
def tl(n, dates, name):
    if os.path.exists(name): return
    ev = []
    for i in range(n):
        d = dates(i)
        e = json.loads(json.dumps(base['events'][0]))
        e['id'] = 'e%07d' % i
        e['headline'] = 'Ereignis Nummer %d mit <Sonderzeichen> & "Zitat"' % i
        e['when'] = {"kind": "calendar", "timex3": d, "granularity": "day", "mod": None, "until": None,
                     "earliest": d, "latest": d, "edtf": d, "display": d, "time": None}
        e['salience'] = (i * 7919 % 1000) / 1000
        ev.append(e)
    t = dict(base); t['events'] = ev; t['links'] = []
    json.dump(t, open(name, 'w'), ensure_ascii=False)
start = datetime.date(1950, 1, 1)
tl(30000, lambda i: (start + datetime.timedelta(days=i)).isoformat(), 'tl30000.json')
tl(1000, lambda i: (start + datetime.timedelta(days=i * 3)).isoformat(), 'tl1000.json')
tl(2, lambda i: ['-9999-01-01', '9999-12-31'][i], 'tl9999.json')
PY
[ -f stray.txt ] || python3 -c "open('stray.txt','w').write('Am 3. Mai 2024 < ' * 500000)"
[ -f stray.tml ] || python3 -c "open('stray.tml','w').write('<?xml version=\"1.0\"?><TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-10\" functionInDocument=\"CREATION_TIME\">2024-05-10</TIMEX3></DCT><TEXT>' + 'Am 3. Mai &lt; ' * 500000 + '</TEXT></TimeML>')"
[ -f stray-raw.tml ] || python3 -c "open('stray-raw.tml','w').write('<?xml version=\"1.0\"?><TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-10\" functionInDocument=\"CREATION_TIME\">2024-05-10</TIMEX3></DCT><TEXT>' + 'Am 3. Mai < 5 ' * 500000 + '</TEXT></TimeML>')"
[ -f fffe.txt ] || printf 'Am Samstag \xef\xbf\xbe traf \x0c er ihn am 3. Mai 2024.\n' > fffe.txt
m "tag 20 MB 'Am Samstag ' json"   $C tag --language de --published 2025-07-13 --format json samstag20.txt
m "tag 20 MB news json"             $C tag --published 2025-07-13 --format json news20.txt
m "build 20 MB news json"           $C build --published 2025-07-13 -o $W/b20.json news20.txt
m "render 30000 events pdf web"     $C render tl30000.json -o $W/r30.pdf
m "render 30000 events svg web"     $C render tl30000.json -o $W/r30.svg
m "render 30000 events pdf a4"      $C render --size a4 tl30000.json -o $W/r30a4.pdf
m "render 30000 events svg a4"      $C render --size a4 tl30000.json -o $W/r30a4.svg
m "render 1000 events png web"      $C render tl1000.json -o $W/r1k.png
png_size $W/r1k.png
m "render 1000 events png social"   $C render --size social tl1000.json -o $W/r1ks.png
png_size $W/r1ks.png
m "render -9999..9999 png"          $C render tl9999.json -o $W/r9.png
m "render -9999..9999 pdf"          $C render tl9999.json -o $W/r9.pdf
m "500k stray < text -> timeml"     $C tag --published 2025-07-13 --language de --format timeml stray.txt
grep -c '&lt;' $W/out.$$ | sed 's/^/  lines with &lt;: /'
m "500k &lt; in TimeML -> timeml"   $C tag --language de --format timeml stray.tml
m "500k raw < in TimeML (exit 1)"    $C tag --language de --format timeml stray-raw.tml
m "U+FFFE text -> timeml"           $C tag --published 2025-07-13 --language de --format timeml fffe.txt
python3 -c "d=open('$W/out.$$','rb').read(); print('  U+FFFE in output:', b'\xef\xbf\xbe' in d, ' C0 0x0c in output:', b'\x0c' in d)"
m "line 11 MB tag json"             $C tag --published 2025-07-13 --format json line11.txt
m "line 55 MB tag json"             $C tag --published 2025-07-13 --format json line55.txt
rm -f $W/out.$$ $W/time.$$
