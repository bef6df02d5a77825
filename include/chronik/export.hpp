// The export stage: a Timeline written in the formats its readers use —
// chronik's own JSON (and back), iCalendar, JSON Feed, TimelineJS, a
// chronology appendix in Markdown or HTML, and TimeML.
#pragma once

#include <chronik/timeline.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

enum class ExportFormat : std::uint8_t {
    json,        // chronik's own timeline JSON (schema: src/export/schema/timeline.schema.json)
    ics,         // iCalendar (RFC 5545): the dated events as all-day entries
    jsonfeed,    // JSON Feed 1.1 with a "_timeline" extension per item
    timelinejs,  // Knight Lab TimelineJS 3 data
    markdown,    // chronology appendix (.md)
    html,        // chronology appendix as a self-contained HTML5 page
    timeml,      // TimeML 1.2.1: TIMEX3, EVENT, MAKEINSTANCE, TLINK
};

// "json", "ics", "jsonfeed", "timelinejs", "markdown", "html", "timeml".
std::string_view to_string(ExportFormat f);

// By name as given to --format: the names above, and "md" for markdown.
std::optional<ExportFormat> format_from_name(std::string_view name);

// By file extension: .json .ics .md .html (.htm) .tml; JSON Feed and
// TimelineJS are JSON too, so they are chosen only by name.
std::optional<ExportFormat> format_from_path(std::string_view path);

// What an export left out: hidden events (every format but JSON), events
// the selection does not show (calendar, TimelineJS), and what a format
// cannot hold — iCalendar an event without a calendar period (past/present/
// future, undated, or open-ended "vor dem 13. Juli"), TimelineJS one without
// anything that dates it, chronologies with dated_only the vague and undated
// ones. The CLI reports `left_out` on stderr.
struct ExportReport {
    std::size_t written = 0;            // events in the output
    std::vector<std::string> left_out;  // ids of the events left out, in timeline order
    std::vector<std::string> notes;     // what the reader should know (a time zone not found)

    friend bool operator==(const ExportReport&, const ExportReport&) = default;
};

// What a reader-facing export shows, beyond the timeline itself.
struct ExportOptions {
    // Which vague (früher, künftig) and undated events the calendar and
    // TimelineJS show; by default none (`--include undated,vague`).
    EventSelection include;
    // Chronologies (Markdown, HTML): leave out the section of vague and
    // undated events (`--dated-only`).
    bool dated_only = false;
    // The IANA time zone of the events' clock times ("Europe/Berlin"),
    // "UTC", or "floating" (local time without a zone); "" = the timeline's
    // time_zone, else its language's (Locale::time_zone), else floating.
    std::string time_zone;
};

// The timeline in a format; deterministic: the same timeline gives the same
// bytes (no clock, no random numbers). `report`, when given, is filled in.
// Hidden events (Event::hidden) are in no format but chronik's JSON.
// Throws std::invalid_argument for a time zone the zone database does not know.
std::string export_timeline(const Timeline& timeline, ExportFormat format, ExportReport* report = nullptr);
std::string export_timeline(const Timeline& timeline, ExportFormat format, const ExportOptions& options,
                            ExportReport* report = nullptr);
// The same bytes written to `out`: chronik's JSON as it is produced (memory
// does not grow with the output), the other formats once they are complete.
// Check `out` for write errors afterwards.
void export_timeline(std::ostream& out, const Timeline& timeline, ExportFormat format, const ExportOptions& options,
                     ExportReport* report = nullptr);

// Whether a source URL is one the writers link to: http:// or https://, a
// host, and only the characters RFC 3986 allows in a URI (no spaces, quotes
// or angle brackets), at most 2,000 of them. Others are refused by the CLI
// and the JSON reader rather than written as links.
bool valid_source_url(std::string_view url);

// Whether `name` is a time zone export_timeline can write: "UTC",
// "floating", or an IANA zone of the system's zone database (tzdata).
bool known_time_zone(std::string_view name);

// Thrown by read_timeline_json for input that is not a chronik timeline;
// what() names the place ("events[2].when.granularity: ...").
class TimelineFormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The inverse of export_timeline(…, ExportFormat::json):
// read_timeline_json(export_timeline(t, json)) == t.
Timeline read_timeline_json(std::string_view json);

}  // namespace chronik
