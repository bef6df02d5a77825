// What the writers in src/export share: text cleaning and escaping, the
// stable event key, source credits, the days an event covers.
#pragma once

#include <chronik/document.hpp>
#include <chronik/export.hpp>
#include <chronik/locale.hpp>

#include "../io/json_parts.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace chronik::exporting {

using json = nlohmann::ordered_json;

// The text with each byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view s);

// Text as every output format can hold it: valid UTF-8, CRLF and lone CR become LF, and
// control characters other than tab and LF (C0, DEL, C1) become U+FFFD —
// HTML, iCalendar TEXT and XML 1.0 forbid them.
std::string clean_text(std::string_view s);

// clean_text with every run of white space (LF included) made one space and
// the ends trimmed: for titles, headlines and other one-line fields.
std::string one_line(std::string_view s);

// HTML text and attribute values (double-quoted) are escaped with
// chronik::xml_escape from <chronik/document.hpp>: & < > " are all HTML needs.

// Pretty JSON with a final newline; invalid UTF-8 becomes U+FFFD instead of
// an exception, so a writer never fails on text the model let through.
std::string dump_json(const json& j);
using json_parts::day_or_null;
json null_if_empty(const std::string& s);

// A key that names the event in every export of the same article —
// iCalendar UID, JSON Feed id, TimelineJS unique_id: "chronik-" and 16 hex
// digits of a hash of the event id, its first source and its sentence.
// Event ids alone ("e3") repeat across timelines that share one calendar.
std::string stable_key(const Timeline& t, const Event& e);

// The source a mention cites; nullptr for an index out of range.
const Source* source_of(const Timeline& t, const EventMention& m);

// The words that tell the event: its first mention's sentence, else the headline.
std::string_view event_text(const Event& e);
// event_text as a reader is shown it: wire copy's ``...'' as “...”.
std::string reader_text(const Event& e);

// A source as readers know it: its name, else its path.
std::string_view display_name(const Source& s);

// "Epoch Times, 13. Juli 2025", on one line.
std::string source_credit(const Source& s, const Locale& l);

// Whether a source URL may become a link: see valid_source_url.
using chronik::valid_source_url;

// The distinct sources of the event's mentions, in mention order.
std::vector<const Source*> sources_of(const Timeline& t, const Event& e);
// The source of the event's first mention; nullptr for none.
const Source* first_source(const Timeline& t, const Event& e);

// "Quelle: Epoch Times, 13. Juli 2025", "Quellen: A, …; B, …"; "" for none.
// `urls`: each source's URL after it in parentheses, for plain text. A
// source that goes by the timeline's `title` is named by its day
// ("Quelle: Artikel vom 13. März 2014").
std::string credit_line(const std::vector<const Source*>& sources, const Locale& l, bool urls = false,
                        std::string_view title = {});
// The same for the distinct sources of the event's mentions.
std::string credit_line(const Timeline& t, const Event& e, const Locale& l, bool urls = false);

// A credit line in a markup language: `escape` makes text safe, `link`
// makes a source's (escaped) name a link to its URL ("<a href=…>").
using Escape = std::string (*)(std::string_view text);
using MakeLink = std::string (*)(std::string_view escaped_name, std::string_view url);
std::string credit_markup(const std::vector<const Source*>& sources, const Locale& l, Escape escape, MakeLink link,
                          std::string_view title = {});
// An HTML link: <a href="url">name</a> (name already escaped).
std::string html_link(std::string_view escaped_name, std::string_view url);
std::string html_escape(std::string_view s);  // xml_escape of clean_text

// The latest publication date among the sources that tell the event.
std::optional<date::sys_days> published_of(const Timeline& t, const Event& e);

// The days a calendar event lies in when both ends are known; nullopt for
// past/present/future, undated and open-ended ("vor dem 13. Juli") events.
std::optional<DayInterval> calendar_days(const EventTime& when);

const Locale& locale_of(const Timeline& t);

// The event's clock time as "20:30", "" without one.
std::string clock_time(const EventTime& w);

// The title, or "chronik" for a timeline without one (formats need a name).
std::string title_of(const Timeline& t);

// What a writer is asked for and what it reports back.
struct Writing {
    const ExportOptions& options;
    std::vector<std::string>& left_out;  // ids of the events it leaves out
    std::vector<std::string>& notes;
};

// The writers, one per format (each in its own .cpp). JSON gets the whole
// timeline; the others get it without its hidden events (see
// export_timeline) and leave out what they cannot show, adding its id to
// `left_out`.
std::string write_json(const Timeline& t);
void write_json(std::ostream& out, const Timeline& t);  // as it is produced
std::string write_jsonfeed(const Timeline& t);
std::string write_timeml(const Timeline& t);
std::string write_markdown(const Timeline& t, Writing& w);
std::string write_html(const Timeline& t, Writing& w);
std::string write_ics(const Timeline& t, Writing& w);
std::string write_timelinejs(const Timeline& t, Writing& w);
bool known_zone(std::string_view name);

}  // namespace chronik::exporting
