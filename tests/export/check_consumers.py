#!/usr/bin/python3
"""Checks chronik's exports with the programs their readers use.

usage: check_consumers.py CHECK EXPORT_DIR NAME [NAME ...]
CHECK is one of: ics, schema, html, markdown, timeml.

EXPORT_DIR holds what chronik_export_fixtures wrote: NAME.timeline.json (the
truth the other files are compared with, read with Python's json), NAME.ics,
NAME.feed.json, NAME.html, NAME.md, NAME.tml. Each check first shows that its
validator rejects a broken file (so a pass means something), then checks
every fixture. Run with Debian's /usr/bin/python3 (python3-vobject,
python3-jsonschema, python3-html5lib; cmark for Markdown).
"""
import copy
import datetime
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_DIR = os.path.join(HERE, "..", "..", "src", "export", "schema")


def lines_to_lf(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


def one_line(s):
    return re.sub(r"[ \t\n]+", " ", lines_to_lf(s)).strip(" ")


def event_text(event):
    """The first mention's sentence, else the headline: what the writers show."""
    if event["mentions"] and event["mentions"][0]["sentence"]:
        return event["mentions"][0]["sentence"]
    return event["headline"]


def entry_text(event):
    """What a chronology entry says: the headline with a full stop, the whole
    sentence where the headline was cut short."""
    headline = event["headline"]
    if not headline or headline.endswith("\u2026"):
        return event_text(event)
    return headline if headline[-1] in ".!?" else headline + "."


def visible(truth):
    """The events reader-facing formats show: all but the hidden ones."""
    return [e for e in truth["events"] if not e.get("hidden", False)]


def chronology_order(truth):
    """Chronologies: the dated events in timeline order, then the vague and undated ones."""
    events = visible(truth)
    return [e for e in events if e["when"]["kind"] == "calendar"] + [e for e in events if e["when"]["kind"] != "calendar"]


def load(export_dir, name, suffix, mode="r"):
    with open(os.path.join(export_dir, name + "." + suffix), mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
        return f.read()


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def must_reject(what, action):
    try:
        action()
    except Exception:  # the validator said no: as it should
        return
    raise AssertionError("the validator accepted a broken file (%s): it checks nothing" % what)


# --- iCalendar: python3-vobject, strict --------------------------------------------------------

def check_ics(export_dir, names):
    import vobject

    def read(text):
        return vobject.readOne(text, validate=True)

    good = load(export_dir, names[0], "ics")
    must_reject("a VEVENT without UID", lambda: read(good.replace("\r\nUID:", "\r\nX-NO-UID:", 1)))
    must_reject("month 13", lambda: read(re.sub(r"DTSTART;VALUE=DATE:(\d{4})\d\d", r"DTSTART;VALUE=DATE:\g<1>13", good, 1)))

    for name in names:
        text = load(export_dir, name, "ics")
        truth = json.loads(load(export_dir, name, "timeline.json"))
        cal = read(text)
        # What vobject does not insist on, RFC 5545 does.
        expect(text.count("\r\nVERSION:") == 1 and text.count("\r\nPRODID:") == 1, "one VERSION, one PRODID")
        expect("\n" not in text.replace("\r\n", ""), "only CRLF line ends")
        for line in text.split("\r\n"):
            expect(len(line.encode("utf-8")) <= 75, "line longer than 75 octets: %r" % line[:40])
        expect(cal.contents["x-wr-calname"][0].value == cal.contents["name"][0].value == (one_line(truth["title"]) or "chronik"),
               "calendar name")
        dated = [e for e in visible(truth) if e["when"]["kind"] == "calendar" and e["when"]["earliest"] and e["when"]["latest"]]
        vevents = cal.contents.get("vevent", [])
        expect(len(vevents) == len(dated), "%d VEVENTs for %d dated events" % (len(vevents), len(dated)))
        uids = set()
        for v, e in zip(vevents, dated):
            uid = v.uid.value
            expect(uid not in uids, "UID %s twice" % uid)
            uids.add(uid)
            stamp = v.dtstamp.value
            expect(isinstance(stamp, datetime.datetime) and stamp.utcoffset() == datetime.timedelta(0), "DTSTAMP in UTC")
            start = v.dtstart.value
            timed = e["when"].get("time") and e["when"]["earliest"] == e["when"]["latest"]
            if timed:
                # A clock time: DTSTART is a DATE-TIME at that time, in the zone a VTIMEZONE defines, for an hour.
                expect(type(start) is datetime.datetime, "%s: DTSTART %r is not a date-time" % (e["id"], start))
                expect(start.date().isoformat() == e["when"]["earliest"], "%s: DTSTART %s" % (e["id"], start))
                expect(start.strftime("%H:%M") == e["when"]["time"], "%s: DTSTART %s at %s" % (e["id"], start, e["when"]["time"]))
                if truth["language"] == "de" and truth.get("time_zone") in (None, "Europe/Berlin"):
                    expect(start.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(hours=2)),
                           "%s: DTSTART %s is not in Europe/Berlin" % (e["id"], start))
                expect(v.duration.value == datetime.timedelta(hours=1) and "dtend" not in v.contents, "%s: DURATION" % e["id"])
            else:
                end = v.dtend.value
                expect(type(start) is datetime.date and type(end) is datetime.date, "all-day DATE values")
                expect(start.isoformat() == e["when"]["earliest"], "%s: DTSTART %s" % (e["id"], start))
                expect(end == datetime.date.fromisoformat(e["when"]["latest"]) + datetime.timedelta(days=1),
                       "%s: DTEND %s is not the day after the last day" % (e["id"], end))
            expect(v.summary.value == one_line(e["headline"]), "%s: SUMMARY %r" % (e["id"], v.summary.value))
            expected = e["when"]["display"] + ": " + lines_to_lf(event_text(e))
            expect(v.description.value.startswith(expected), "%s: DESCRIPTION %r" % (e["id"], v.description.value[:80]))
            expect(v.transp.value == "TRANSPARENT", "TRANSP")
            expect(v.contents["x-chronik-granularity"][0].value == e["when"]["granularity"], "granularity")
            expect(v.contents["x-chronik-edtf"][0].value == e["when"]["edtf"], "edtf")
        print("ok: %s.ics: vobject validate=True, %d events, RFC 5545 line and date rules" % (name, len(vevents)))


# --- JSON Schemas: python3-jsonschema -------------------------------------------------------

def check_schema(export_dir, names):
    import jsonschema

    def validator(schema_name):
        with open(os.path.join(SCHEMA_DIR, schema_name), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    timeline_schema = validator("timeline.schema.json")
    feed_schema = validator("jsonfeed.schema.json")

    sample = json.loads(load(export_dir, names[0], "timeline.json"))
    broken = copy.deepcopy(sample)
    broken["events"][0]["when"]["granularity"] = "monthly"
    must_reject("granularity 'monthly'", lambda: timeline_schema.validate(broken))
    broken = copy.deepcopy(sample)
    broken["events"][0]["when"]["earliest"] = "13.07.2025"
    must_reject("a German date", lambda: timeline_schema.validate(broken))
    feed = json.loads(load(export_dir, names[0], "feed.json"))
    broken = copy.deepcopy(feed)
    broken["items"][0]["date_published"] = "2025-07-13"
    must_reject("a date without time", lambda: feed_schema.validate(broken))
    broken = copy.deepcopy(feed)
    del broken["items"][0]["_timeline"]["granularity"]
    must_reject("_timeline without granularity", lambda: feed_schema.validate(broken))

    for name in names:
        timeline = json.loads(load(export_dir, name, "timeline.json"))
        timeline_schema.validate(timeline)
        feed = json.loads(load(export_dir, name, "feed.json"))
        feed_schema.validate(feed)
        expect(len(feed["items"]) == len(visible(timeline)), "one feed item per event that is not hidden")
        for item, event in zip(feed["items"], visible(timeline)):
            expect(item["title"] == one_line(event["headline"]), "item title")
            expect(item["content_text"].startswith(lines_to_lf(event_text(event))), "item content_text")
            tl = item["_timeline"]
            when = event["when"]
            expect((tl["start"], tl["end"], tl["edtf"], tl["granularity"]) ==
                   (when["earliest"], when["latest"], when["edtf"], when["granularity"]), "item _timeline")
        print("ok: %s: timeline.json and feed.json valid against their schemas" % name)


# --- HTML: python3-html5lib, strict (any parse error raises) -----------------------------------

HTML_DATE = re.compile(r"^[0-9]{4,}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2})?)?)?$|^[0-9]{4,}-W[0-9]{2}$")


def text_of(element):
    return "".join(element.itertext())


def check_entries(items, truth, where):
    events = chronology_order(truth)
    expect(len(items) == len(events), "%s: %d entries for %d events" % (where, len(items), len(events)))
    for li, event in zip(items, events):
        expected = event["when"]["display"] + ": " + one_line(entry_text(event))
        expect(text_of(li).startswith(expected), "%s: entry %r, expected it to start with %r" % (where, text_of(li)[:80], expected[:80]))


def check_html(export_dir, names):
    import html5lib

    def parse(data):
        return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(data)

    must_reject("a stray end tag", lambda: parse(b"<!DOCTYPE html><html><head><title>x</title></head><body><p>a</b></body></html>"))
    must_reject("no doctype", lambda: parse(b"<html><head><title>x</title></head><body></body></html>"))

    for name in names:
        data = load(export_dir, name, "html", "rb")
        truth = json.loads(load(export_dir, name, "timeline.json"))
        doc = parse(data)
        expect(doc.find(".//script") is None, "a script element")
        for a in doc.iter("a"):
            expect(re.match(r"^https?://", a.get("href", "")), "a link to %r" % a.get("href"))
        expect(doc.find(".//head/meta[@charset='utf-8']") is not None, "meta charset")
        expect(text_of(doc.find(".//head/title")) == (one_line(truth["title"]) or "chronik"), "title")
        expect(doc.get("lang") == (truth["language"] or None), "lang attribute")
        for t in doc.iter("time"):
            expect(HTML_DATE.match(t.get("datetime", "")), "time datetime %r is no HTML date" % t.get("datetime"))
        check_entries(list(doc.iter("li")), truth, name + ".html")
        print("ok: %s.html: html5lib strict, %d entries, %d <time> elements" % (name, len(truth["events"]), len(list(doc.iter("time")))))


# --- Markdown: cmark (CommonMark reference), raw HTML let through as a careless renderer would ----

def check_markdown(export_dir, names):
    import html5lib

    def render(markdown):
        done = subprocess.run(["cmark", "--unsafe"], input=markdown, capture_output=True, check=True)
        return html5lib.parseFragment(done.stdout.decode("utf-8"), namespaceHTMLElements=False)

    allowed = {"h1", "h2", "ul", "li", "strong", "em", "p", "a"}

    def only_allowed(fragment):
        tags = {e.tag for e in fragment.iter()} - {"DOCUMENT_FRAGMENT"}
        expect(tags <= allowed, "markup from the text: %s" % sorted(tags - allowed))

    must_reject("raw HTML", lambda: only_allowed(render(b"- **2024:** <script>alert(1)</script>\n")))

    for name in names:
        fragment = render(load(export_dir, name, "md", "rb"))
        truth = json.loads(load(export_dir, name, "timeline.json"))
        only_allowed(fragment)
        for a in fragment.iter("a"):
            expect(re.match(r"^https?://", a.get("href", "")), "a link to %r" % a.get("href"))
        expect(text_of(fragment.find("h1")) == (one_line(truth["title"]) or "chronik"), "h1 title")
        check_entries(list(fragment.iter("li")), truth, name + ".md")
        print("ok: %s.md: cmark renders %d entries, the text as text" % (name, len(truth["events"])))


# --- TimeML: well-formed XML (Python's expat), text and references intact -----------------------

REL_TYPES = {"BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING", "DURING_INV", "SIMULTANEOUS", "IAFTER",
             "IBEFORE", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}


def check_timeml(export_dir, names):
    must_reject("an unescaped &", lambda: ET.fromstring(b"<TimeML><TEXT>a & b</TEXT></TimeML>"))

    for name in names:
        root = ET.fromstring(load(export_dir, name, "tml", "rb"))
        truth = json.loads(load(export_dir, name, "timeline.json"))
        expect(root.tag == "TimeML", "root element")
        text = root.find("TEXT")
        expected = "\n".join(event_text(e) for e in visible(truth))
        expect(text_of(text) == expected, "TEXT is not the sentences byte for byte:\n%r\n%r" % (text_of(text)[:200], expected[:200]))
        dct = root.find("DCT/TIMEX3")
        if truth["sources"] and truth["sources"][0]["published"]:
            expect(dct is not None and dct.get("value") == truth["sources"][0]["published"]
                   and dct.get("functionInDocument") == "CREATION_TIME", "DCT")
        events = [e.get("eid") for e in text.iter("EVENT")]
        expect(len(events) == len(set(events)) == len(visible(truth)), "one EVENT per event")
        tids = {t.get("tid") for t in root.iter("TIMEX3")}
        values = [t.get("value") for t in text.iter("TIMEX3")]
        for e in visible(truth):
            if e["when"]["timex3"]:
                expect(e["when"]["timex3"] in values, "no TIMEX3 with the value %s" % e["when"]["timex3"])
        instances = {}
        for m in root.findall("MAKEINSTANCE"):
            expect(m.get("eventID") in events, "MAKEINSTANCE of an unknown event")
            instances[m.get("eiid")] = m.get("eventID")
        expect(len(instances) == len(events), "one MAKEINSTANCE per EVENT")
        links = root.findall("TLINK")
        for link in links:
            expect(link.get("relType") in REL_TYPES, "relType %s is not TimeML 1.2.1" % link.get("relType"))
            expect(link.get("eventInstanceID") in instances, "TLINK from an unknown instance")
            target = link.get("relatedToEventInstance") or link.get("relatedToTime")
            expect(target in instances or target in tids, "TLINK to unknown %s" % target)
        shown_ids = {e["id"] for e in visible(truth)}
        kept = [l for l in truth["links"] if l["from"] in shown_ids and l["to"] in shown_ids]
        expect(len([l for l in links if l.get("relatedToEventInstance")]) == len(kept), "one TLINK per link")
        print("ok: %s.tml: well-formed, TEXT byte for byte, %d TLINKs resolve" % (name, len(links)))


CHECKS = {"ics": check_ics, "schema": check_schema, "html": check_html, "markdown": check_markdown, "timeml": check_timeml}


def main(argv):
    if len(argv) < 4 or argv[1] not in CHECKS:
        print(__doc__)
        return 2
    try:
        CHECKS[argv[1]](argv[2], argv[3:])
    except AssertionError as e:
        print("FAIL: %s" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
