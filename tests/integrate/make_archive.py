#!/usr/bin/python3
"""Make a JSON-lines archive for `chronik tag --jsonl` from the development
corpora's raw texts (KRAUTS-dev, WikiWarsDE-dev, TBAQ-cleaned), repeated in
a fixed round-robin order until COUNT articles, with one broken line in the
middle. Nothing of the corpora lands in the repository: the archive is
written where you say (e.g. /tmp) and used to measure batch throughput.

    make_archive.py CORPORA_DIR COUNT OUT.jsonl [--broken-at N] [--no-broken]

Each line: {"id", "text", "published" (the document's DCT), "language",
"genre"} — German news, German narratives (genre "narrative"), English news.
The broken line (an unterminated string) comes before article N (default
COUNT // 2), so the output has COUNT records plus one error record."""

import argparse
import json
import os
import re
import sys

PARTS = [  # (folder under CORPORA_DIR, language, genre)
    ("KRAUTS-dev/KRAUTS_Dolomiten-42_raw-text", "de", "news"),
    ("KRAUTS-dev/KRAUTS_Dolomiten-100_raw-text", "de", "news"),
    ("WikiWarsDE-dev/raw", "de", "narrative"),
    ("TBAQ-cleaned/TimeBank_raw-text", "en", "news"),
    ("TBAQ-cleaned/AQUAINT_raw-text", "en", "news"),
]

DCT = re.compile(r'<DCT>.*?value="([0-9]{4}-[0-9]{2}-[0-9]{2})', re.S)
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TAG = re.compile(r"<[^>]+>")
ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}


def unescape(s):
    return re.sub(r"&(lt|gt|quot|apos|amp);", lambda m: ENTITIES[m.group(0)], s)


def documents(corpora):
    docs = []
    for folder, language, genre in PARTS:
        path = os.path.join(corpora, folder)
        for name in sorted(os.listdir(path)):
            if not name.endswith(".tml"):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                xml = f.read()
            dct, text = DCT.search(xml), TEXT.search(xml)
            if not dct or not text:
                continue
            docs.append({"name": name, "text": unescape(TAG.sub("", text.group(1))).strip(),
                         "published": dct.group(1), "language": language, "genre": genre})
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora")
    ap.add_argument("count", type=int)
    ap.add_argument("out")
    ap.add_argument("--broken-at", type=int, default=None)
    ap.add_argument("--no-broken", action="store_true")
    a = ap.parse_args()
    docs = documents(a.corpora)
    if not docs:
        sys.exit("no documents under " + a.corpora)
    broken_at = None if a.no_broken else (a.count // 2 if a.broken_at is None else a.broken_at)
    size = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for i in range(a.count):
            if i == broken_at:
                out.write('{"id": "broken", "text": "an unterminated string\n')
            d = docs[i % len(docs)]
            line = json.dumps({"id": "%06d-%s" % (i, d["name"]), "text": d["text"], "published": d["published"],
                               "language": d["language"], "genre": d["genre"]}, ensure_ascii=False)
            size += len(line.encode("utf-8")) + 1
            out.write(line + "\n")
    print("%d articles (%d distinct documents), %.1f MB, broken line before article %s"
          % (a.count, len(docs), size / 1e6, broken_at), file=sys.stderr)


if __name__ == "__main__":
    main()
