"""chronik: temporal expressions and event timelines from news articles.

    import chronik
    doc = chronik.tag(text, published="2025-07-13")      # one document of `chronik tag --format json`
    tl = chronik.build_timeline([{"text": text, "published": "2025-07-13", "name": "AFP"}])
    svg = chronik.render(tl, "svg", size="social", theme="dark")
    ics = chronik.export(tl, "ics")

Errors are exceptions with the command line's messages: InputError (a
ValueError) for input chronik cannot read or an unknown option value,
MissingPublicationDate (an InputError) when an article has no date to be
resolved against, TimelineFormatError (an InputError) for a timeline that is
not chronik's. The C++ work runs with the GIL released, so threads tag in
parallel.
"""

import datetime as _datetime
import json as _json

from . import _chronik
from ._chronik import InputError, MissingPublicationDate, TimelineFormatError

__all__ = ["tag", "build_timeline", "render", "export", "tag_jsonl",
           "InputError", "MissingPublicationDate", "TimelineFormatError", "has_graphics"]

has_graphics = _chronik.has_graphics

# The graphic options of `chronik build` / `chronik render`, by their Python
# names, with the command line's defaults.
_GRAPHIC_OPTIONS = {
    "size": "web", "theme": "light", "orientation": "auto", "font": "DejaVu Sans",
    "label_language": "", "max_lines": 6, "title": "", "subtitle": "", "hyphenation": True,
}


def _date_text(published, what="published"):
    if published is None:
        return None
    if isinstance(published, (_datetime.date, _datetime.datetime)):
        return published.strftime("%Y-%m-%d")
    if isinstance(published, str):
        return published
    raise TypeError(f"{what} must be a str YYYY-MM-DD, a datetime.date or None, not {type(published).__name__}")


def tag(text, published=None, language="auto", genre="news", *, source="-"):
    """Finds and resolves the temporal expressions of one article.

    text: plain text or a TimeML document (DCT + TEXT). published: the
    publication date (str YYYY-MM-DD or datetime.date); None takes the TimeML
    DCT or a dateline in the text. language: "auto" (the TimeML xml:lang, else
    detected from the text, as `chronik tag --language auto`) or a language
    code chronik has a grammar for ("de", "en"); genre: "news" (dates count
    from the publication date) or "narrative" (from the narrated time; no
    publication date needed); other values raise InputError (a ValueError).
    source: what the "source" field says ("-" as for standard input on the
    command line).

    Returns a dict with the fields of one document of `chronik tag --format
    json`: source, published, published_from, format, language, expressions.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _json.loads(_chronik.tag(text, _date_text(published), language, genre, source))


def _article_json(article, index):
    if not isinstance(article, dict):
        raise TypeError(f"article {index} must be a dict with 'text' (and 'published', 'name', 'url'), "
                        f"not {type(article).__name__}")
    a = dict(article)
    if "published" in a:
        a["published"] = _date_text(a["published"], f"article {index}: published")
    return _json.dumps(a, ensure_ascii=False)


def build_timeline(articles, title=""):
    """Builds one ordered timeline from articles.

    articles: dicts {"text", "published"?, "name"?, "url"?} (also "id",
    "language", "genre" as in `chronik build --jsonl`); a single dict is taken
    as one article. Returns the timeline as `chronik build -o x.json` writes
    it, as a dict.
    """
    if isinstance(articles, dict):
        articles = [articles]
    lines = [_article_json(a, i) for i, a in enumerate(articles)]
    return _json.loads(_chronik.build_timeline(lines, title))


def _timeline_json(timeline):
    if isinstance(timeline, str):
        return timeline
    if isinstance(timeline, dict):
        return _json.dumps(timeline, ensure_ascii=False)
    raise TypeError(f"timeline must be a dict (from build_timeline) or its JSON text, not {type(timeline).__name__}")


def render(timeline, format="svg", **graphic_options):
    """Draws a timeline (a dict from build_timeline, or its JSON text).

    format: "svg" (returns str), "pdf" or "png" (return bytes). Graphic
    options as on the command line: size ("web", "social", "a4"), theme
    ("light", "dark", "print"), orientation ("auto", "horizontal",
    "vertical"), font, label_language, max_lines (1-12), title, subtitle,
    hyphenation (bool).
    """
    unknown = sorted(set(graphic_options) - set(_GRAPHIC_OPTIONS))
    if unknown:
        raise TypeError(f"render() got unknown graphic options: {', '.join(unknown)} "
                        f"(known: {', '.join(_GRAPHIC_OPTIONS)})")
    o = dict(_GRAPHIC_OPTIONS, **graphic_options)
    return _chronik.render(_timeline_json(timeline), format, o["size"], o["theme"], o["orientation"], o["font"],
                           o["label_language"] or "", int(o["max_lines"]), o["title"] or "", o["subtitle"] or "",
                           bool(o["hyphenation"]))


def export(timeline, format):
    """Writes a timeline in an export format: "json", "ics", "jsonfeed",
    "timelinejs", "markdown" ("md"), "html", "timeml". Returns str."""
    return _chronik.export(_timeline_json(timeline), format)


def tag_jsonl(lines, first_line=1):
    """Tags JSON lines (str or bytes, without line breaks) as `chronik tag
    --jsonl` does: returns, for each line
    that is not blank, the output record (a str without newline) and whether
    it failed, [(record, failed), ...]. first_line: the number of lines[0] in
    its file (error records name their line)."""
    return _chronik.tag_jsonl(list(lines), first_line)
