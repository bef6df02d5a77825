#!/usr/bin/env python3
"""Headline quality on real articles, as a copy desk would check it.

Builds the timeline JSON of every article given (and of merges of the first
3, 10, 30 articles with at least three events and of all of them) with
`chronik build`, and reports for the headlines of those timelines:

  well-formed  every word is a word of its sentence, brackets and quotes
               balanced, no empty bracket, no dangling article, preposition
               or conjunction, no hole ("in der Zeit und in der Zeit")
  complete     at most 100 characters and not cut off with "…"

Usage: tools/headline_report.py CHRONIK ARTICLE... [--show N] [--bad] [--all]
"""
import json
import os
import subprocess
import sys
import tempfile

# German function words that never end a headline or stand before a comma.
ARTICLES = set("der die das den dem des ein eine einen einem einer eines".split())
PREPOSITIONS = set("""am im an in um seit vor nach bis ab vom zum zur von gegen während innerhalb binnen zwischen
auf aus bei mit zu für über unter durch ohne wegen trotz laut""".split())
CONJUNCTIONS = set("und oder sowie aber sondern".split())
SUBORDINATORS = set("dass weil wenn als wie ob".split())
DANGLING = ARTICLES | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS
QUOTES = "\u201e\u201c\u201d\"\u00bb\u00ab"
EDGE = ".,;:!?\u201e\u201c\u201d\"'()[]\u00bb\u00ab\u2018\u2019\u201a"


def words(s):
    out = []
    for ch in QUOTES + "()[]":
        s = s.replace(ch, " ")
    for w in s.split():
        w = w.strip(EDGE)
        if w.endswith("\u2026"):
            w = w[:-1]
        if w:
            out.append(w)
    return out


def problems(headline, sentences):
    """What is wrong with a headline (empty list = well-formed)."""
    found = []
    hw = words(headline)
    if not hw:
        return ["empty"]
    pools = [set(words(s)) for s in sentences]
    def in_sentence(w, i):
        for p in pools:
            if w in p or (i == 0 and (w[:1].lower() + w[1:] in p or w[:1].upper() + w[1:] in p)):
                return True
        return False
    # A headline ending in "…" may end in a cut word only when the sentence
    # itself had no word boundary close by; count it as foreign anyway.
    for i, w in enumerate(hw):
        if not in_sentence(w, i):
            found.append("foreign word %r" % w)
    for o, c in ("()", "[]"):
        depth = 0
        for ch in headline:
            depth += (ch == o) - (ch == c)
            if depth < 0:
                break
        if depth != 0:
            found.append("unbalanced " + o + c)
    # Quotes: „ opens, “ ” close; " and » « open before a word and close after one.
    depth = 0
    for i, ch in enumerate(headline):
        if ch not in QUOTES:
            continue
        before = headline[i - 1] if i > 0 else " "
        after = headline[i + 1] if i + 1 < len(headline) else " "
        opens = (ch == "\u201e"
                 or (ch not in "\u201c\u201d" and before in " (" and after not in " ,.;:")
                 or (ch == "\u201c" and before == " " and after.isalnum()))
        depth += 1 if opens else -1
        if depth < 0:
            break
    if depth != 0:
        found.append("unbalanced quotes")
    for bad in ("()", "( ", " )", "(,", ",)", "[]", ", ,", ",,", " ,", "\u201e\u201c"):
        if bad in headline:
            found.append("empty or broken %r" % bad)
    # A function word whose neighbour in the headline is not its neighbour in
    # the sentence lost what it governed (an article or preposition before a
    # dropped phrase, "und" before nothing).
    def toks(s):
        for ch in ",;:()\u2026":
            s = s.replace(ch, " " + ch + " ")
        return [t.strip("\u201e\u201c\u201d\"'.!?\u00bb\u00ab").lower() or t for t in s.split()]
    pairs = set()
    for s in sentences:
        t = toks(s) + ["<end>"]
        pairs.update(zip(t, t[1:]))
        pairs.update((a, "<end>") for a, b in zip(t, t[1:]) if b in (",", ";", ":", ")", "<end>"))
    ht = toks(headline) + ["<end>"]
    hw_raw = [t for t in headline.replace(",", " , ").replace(":", " : ").replace(";", " ; ").replace("\u2026", " \u2026 ").split()]
    for i, (a, b) in enumerate(zip(ht, ht[1:])):
        if a not in DANGLING or b == "\u2026" or (a, b) in pairs or (i == 0 and a == "das"):
            continue
        punct = b in (",", ";", ":", ")", "<end>")
        if a in SUBORDINATORS or a in CONJUNCTIONS:
            bad = punct or b in CONJUNCTIONS
        else:
            # An article or preposition needs its noun phrase: a capitalised
            # word, a number or another article before the next mark.
            bad = punct or b in CONJUNCTIONS
            if not bad and a in ARTICLES:
                rest = hw_raw[i + 1:]
                ok = False
                for w in rest:
                    w = w.strip(QUOTES + "()")
                    if not w or w in (",", ";", ":", "\u2026"):
                        break
                    if w[:1].isupper() or w[:1].isdigit():
                        ok = True
                        break
                    if w.lower() in DANGLING:
                        break
                bad = not ok and "\u2026" not in rest
        if bad:
            found.append("dangling %r before %r" % (a, b))
    found.extend(copy_desk(headline, sentences))
    # Holes: a phrase of two or more words repeated around "und"/"oder"/",".
    for n in (3, 2):
        for i in range(len(hw) - 2 * n):
            a = [w.lower() for w in hw[i:i + n]]
            if hw[i + n].lower() in ("und", "oder", "sowie") and [w.lower() for w in hw[i + n + 1:i + 2 * n + 1]] == a:
                joined = " ".join(hw[i:i + 2 * n + 1])
                if not any(joined in s for s in sentences):
                    found.append("hole %r" % joined)
    return found


SALUTATIONS = set("hallo liebe lieber liebes servus hi sehr".split())
FOCUS = set("auch bereits schon erst noch nur sogar gerade".split())


def sentence_words(sentences):
    """(word, next word or mark) pairs of the sentences, marks as themselves."""
    nxt = {}
    for s in sentences:
        t = s
        for ch in ",;:()\u2026" + QUOTES:
            t = t.replace(ch, " " + ch + " ")
        ws = t.split()
        for a, b in zip(ws, ws[1:] + ["<end>"]):
            nxt.setdefault(a.strip(".!?"), set()).add(b)
    return nxt


def copy_desk(headline, sentences):
    """What a copy desk rejects though every word is the sentence's: a
    headline that ends on an adjective before its noun, a fragment that opens
    with a lone particle and a comma ("Auch, um ..."), a salutation ("Hallo
    Anna, ..."), the rest of a time phrase ("Am heutigen beginnt ...")."""
    found = []
    body = headline.rstrip("\u2026").rstrip()
    hw = body.split()
    if not hw:
        return found
    nxt = sentence_words(sentences)
    # Ends on a lower-case word that in the sentence stood before a noun (or
    # "oder"/"und" and another adjective): an adjective or article left alone.
    last = hw[-1].strip(QUOTES + "()")
    if last and last[:1].islower() and last.lower() not in SUBORDINATORS and \
            last.endswith(("e", "en", "em", "er", "es")):
        after = nxt.get(last, set())
        opened = len(hw) > 1 and hw[-2].lower() in ARTICLES | PREPOSITIONS
        if opened and after and all(b[:1].isupper() or b in CONJUNCTIONS for b in after) and \
                not any(b in (",", ";", ":", ")", "<end>") or b[:1] in QUOTES for b in after):
            found.append("dangling adjective or article %r" % last)
    # A leading particle cut off by a comma: "Auch, um ...".
    if len(hw) > 1 and hw[0].endswith(",") and hw[0][:-1].lower() in FOCUS:
        found.append("fragment %r" % hw[0])
    if hw[0].lower().strip(",") in SALUTATIONS and "," in body.split(" ", 3)[-1][:40]:
        found.append("salutation %r" % hw[0])
    # A preposition or article and an adjective whose noun (a time word) was
    # cut: "Am heutigen beginnt", "am kommenden wird".
    for i in range(len(hw) - 2):
        a, adj, b = hw[i].lower(), hw[i + 1], hw[i + 2].strip(QUOTES)
        if (a in PREPOSITIONS or a in ARTICLES) and adj[:1].islower() and adj.lower() not in DANGLING and \
                adj.endswith(("en", "em", "er", "es", "e")) and b[:1].islower() and b.lower() not in CONJUNCTIONS:
            after = nxt.get(adj, set())
            if after and all(x[:1].isupper() for x in after):
                found.append("time-phrase leftover %r" % " ".join(hw[i:i + 2]))
    return found


def complete(headline):
    return len(headline) <= 100 and not headline.endswith("\u2026")


def build(chronik, files, out):
    r = subprocess.run([chronik, "build", *files, "-o", out], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("build failed (%d) for %s: %s" % (r.returncode, files[:3], r.stderr[-500:]))
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_bad = "--bad" in sys.argv
    show_all = "--all" in sys.argv
    chronik, files = args[0], sorted(args[1:])
    tmp = tempfile.mkdtemp()
    singles, rich = {}, []
    for i, f in enumerate(files):
        t = build(chronik, [f], os.path.join(tmp, "a%d.json" % i))
        singles[f] = t
        if len(t["events"]) >= 3:
            rich.append(f)
    runs = [("article", f, singles[f]) for f in rich]
    for n in (3, 10, 30):
        if len(rich) >= n:
            runs.append(("merge", "first %d" % n, build(chronik, rich[:n], os.path.join(tmp, "m%d.json" % n))))
    runs.append(("merge", "all %d" % len(files), build(chronik, files, os.path.join(tmp, "all.json"))))

    total = good = whole = 0
    lengths = []
    for kind, name, t in runs:
        for e in t["events"]:
            h = e["headline"]
            sents = [m["sentence"] for m in e["mentions"]]
            p = problems(h, sents)
            total += 1
            good += not p
            whole += complete(h)
            lengths.append(len(h))
            if (p and show_bad) or show_all or (show_bad and not complete(h)):
                print("%s %s | %s%s\n   <- %s" % (kind, os.path.basename(name), h,
                      "  !! " + "; ".join(p) if p else "", sents[-1][:300]))
    lengths.sort()
    print("articles: %d, with >= 3 events: %d, timelines checked: %d, headlines: %d" % (len(files), len(rich), len(runs), total))
    print("well-formed: %d/%d = %.1f %%" % (good, total, 100.0 * good / max(total, 1)))
    print("complete (<= 100 chars, not cut): %d/%d = %.1f %%" % (whole, total, 100.0 * whole / max(total, 1)))
    print("<= 90 chars: %.1f %%, median length %d" % (100.0 * sum(l <= 90 for l in lengths) / max(total, 1), lengths[len(lengths) // 2] if lengths else 0))


if __name__ == "__main__":
    main()
