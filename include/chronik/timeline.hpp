// The timeline: dated events in order, with their sources and relations.
// The one model every writer (export/*) and the renderer (render/) read.
#pragma once

#include <chronik/calendar.hpp>
#include <chronik/timex.hpp>

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

// An article a timeline draws on.
struct Source {
    std::string id;         // stable: "s1", "s2", ... in input order
    std::string name;       // for credits: the publication if known ("Epoch Times"), else the file name
    std::string path;       // the input path, "-" for standard input
    date::year_month_day published{};  // not ok(): no date known (value-initialised: date's own default leaves it garbage)
    std::string language;   // "de"
    std::string url;        // where the article can be read ("" = unknown)
};

// How much the text tells about when an event happened.
enum class TimeKind : std::uint8_t {
    calendar,  // a calendar period, maybe cut by a mod ("Anfang 2024") or approximate
    past,      // only "before the publication" (PAST_REF, "in der Vergangenheit")
    present,   // around the publication (PRESENT_REF, "derzeit")
    future,    // only "after the publication" (FUTURE_REF, "in Zukunft")
    undated,   // no date of its own: known only through its links ("Zuvor ...")
};
std::string_view to_string(TimeKind k);

// The clock time a period names, in minutes after midnight: 20:30 → 1230
// for an hour or a minute ("um 20.30 Uhr"); nullopt for coarser periods.
std::optional<int> clock_minute(const Period& p);

struct EventTime {
    // An event in a period, any day of it: a calendar time whose interval is
    // the period's days (and whose minute_of_day is the period's clock time).
    static EventTime calendar(const Period& p, Mod mod = Mod::none);

    TimeKind kind = TimeKind::undated;
    std::optional<Period> period;  // for TimeKind::calendar
    std::optional<Period> until;   // a range's closed end ("von 1998 bis 2005"): period … until
    Mod mod = Mod::none;
    // The interval the event lies in, days inclusive; an open end is nullopt.
    std::optional<date::sys_days> earliest;
    std::optional<date::sys_days> latest;
    // A clock time the text gives for the event ("um 20.30 Uhr"), in minutes
    // after local midnight of `earliest`; nullopt when only the day is known.
    std::optional<int> minute_of_day;

    std::optional<Granularity> granularity() const;
    bool approximate() const;  // mod APPROX (or LESS_THAN / MORE_THAN)
    bool open_ended() const;   // mod BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER: the period is a bound
    // EDTF (ISO 8601-2): "2024-08", "2024~", "2024-08-01/2024-08-10" (Anfang
    // August), "../2025-07-13" (before), "2025-07-13/.." (after), "" undated.
    std::string edtf() const;
    // TIMEX3 value: "2024-08", "PAST_REF", "" when undated.
    std::string timex3() const;

    friend bool operator==(const EventTime&, const EventTime&) = default;
};

// How exactly `when` is dated, 0 … 1: a clock time 1, a day 0.95, a month
// 0.65, a year 0.45, a century 0.2, vague 0.1, undated 0; approximate and
// open-ended dates 0.1 less. Salience (src/events) and graphics use it.
double date_precision(const EventTime& when);

// A temporal expression that dates an event.
struct TimeAnchor {
    std::string text;    // as in the article ("Im August 2024")
    std::string value;   // TIMEX3 value ("2024-08")
    std::uint32_t begin = 0;  // byte offsets in the source text
    std::uint32_t end = 0;
};

// Where an event is told: one sentence of one source.
struct EventMention {
    std::size_t source = 0;  // index into Timeline::sources
    std::uint32_t sentence_begin = 0;  // byte offsets of the sentence in the source text
    std::uint32_t sentence_end = 0;
    std::string sentence;
    std::vector<TimeAnchor> anchors;
};

struct Event {
    std::string id;        // stable across runs: derived from source and sentence, not random
    std::string headline;  // the sentence condensed, at most 120 characters
    EventTime when;
    std::vector<EventMention> mentions;  // one per source that tells it (merged near-duplicates)
    // How much the event matters to a reader of the timeline, 0 … 1 (lead
    // position, sources, mentions, date precision; quotes and hypotheticals
    // lower). Graphics that cannot show every event show the most salient.
    double salience = 0.0;
    bool hidden = false;  // set by an editor in the timeline JSON: no writer shows it
};

// Which events a reader-facing output shows. Dated events always; undated
// ones (known only through their links) and vague ones (früher, künftig)
// only when asked for.
struct EventSelection {
    bool undated = false;
    bool vague = false;
};
// Whether `e` is shown under `selection` (hidden events never are).
bool shown(const Event& e, const EventSelection& selection);

// Whether a source's name is the timeline's title, whole or cut with "…"
// (an article without a publication name goes by its title; runs of spaces
// count as one): a credit that named it would repeat the title, so it names
// the article by its day instead ("Artikel vom 13. März 2014").
bool names_title(std::string_view source_name, std::string_view title);

// How two events are ordered (edge kinds of the ordering graph).
enum class Order : std::uint8_t {
    before,        // from ends before to starts
    includes,      // from's interval contains to's (2024 includes 2024-08)
    simultaneous,  // same interval
    overlaps,      // intervals overlap, neither contains the other
};
std::string_view to_string(Order o);

struct Link {
    std::size_t from = 0;  // indices into Timeline::events
    std::size_t to = 0;
    Order order = Order::before;
    bool from_cue = false;  // derived from an ordering cue ("Zuvor"), not from dates
};

struct Timeline {
    std::string title;
    std::string language;             // of the articles ("de")
    // The IANA zone the clock times are local to ("Europe/Berlin"); "" for
    // the language's usual one (Locale::time_zone).
    std::string time_zone;
    std::vector<Source> sources;
    std::vector<Event> events;        // in timeline order: oldest first
    std::vector<Link> links;
    std::vector<std::string> notes;   // contradictions found, and which link was dropped
};

}  // namespace chronik
