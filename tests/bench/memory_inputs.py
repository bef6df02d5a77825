#!/usr/bin/python3
"""Inputs for the memory and scaling measurements (issue 10), made from the
KRAUTS-dev Dolomiten raw texts (markup stripped); never kept in the repository.

    tests/bench/memory_inputs.py OUT_DIR [MB ...]        (default MB: 2 5 10 20)

For each MB it writes
  news{MB}.txt   the texts concatenated repeatedly into ONE file of MB MB
                 (build it with --published, the texts carry no DCT);
  many{MB}/      the same texts as many files, one per article, MB MB in all,
                 each with its own first line ("Meldung 17.") so that none is
                 the same article as another: built with one --published,
                 every repeat is a near-duplicate of its first telling (the
                 largest blocks the near-duplicate search can meet);
and single-line inputs of 11 and 55 MB (news sentences joined by spaces, no
newline): line11.txt, line55.txt.  Corpora: $CHRONIK_SHARED or /work/shared.
"""
import glob, os, re, sys

out = sys.argv[1]
sizes = [int(a) for a in sys.argv[2:]] or [2, 5, 10, 20]
corpora = os.environ.get('CHRONIK_SHARED', '/work/shared') + '/corpora'
texts = []
for f in sorted(glob.glob(corpora + '/KRAUTS-dev/KRAUTS_Dolomiten-*_raw-text/*.tml')):
    texts.append(re.sub(r'<[^>]*>', '', open(f, encoding='utf-8').read()).strip())
if not texts:
    sys.exit('no KRAUTS-dev raw texts under ' + corpora)
os.makedirs(out, exist_ok=True)
MB = 1_000_000

def fill(write, limit, chunks):
    n = k = 0
    while n < limit:
        c = chunks[k % len(chunks)]
        write(k, c)
        n += len(c.encode())
        k += 1

for mb in sizes:
    with open(f'{out}/news{mb}.txt', 'w', encoding='utf-8') as o:
        fill(lambda k, c: o.write(c), mb * MB, [t + '\n\n' for t in texts])
    d = f'{out}/many{mb}'
    os.makedirs(d, exist_ok=True)
    def one(k, c):
        with open(f'{d}/a{k:06d}.txt', 'w', encoding='utf-8') as o:
            o.write(f'Meldung {k}.\n\n' + c)
    fill(one, mb * MB, [t + '\n' for t in texts])

sentences = ' '.join(' '.join(t.split()) for t in texts) + ' '
for mb in (11, 55):
    with open(f'{out}/line{mb}.txt', 'w', encoding='utf-8') as o:
        fill(lambda k, c: o.write(c), mb * MB, [sentences])
