// How dates are written for readers, per language: "12. Juli 2025",
// "August 2024", "ca. 2024", "Anfang der 1990er-Jahre", "Aug. 2024".
// Used by the chronology writers, TimelineJS display dates and the renderer.
#pragma once

#include <chronik/timeline.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

struct Locale {
    std::string_view code;                      // "de", "en"
    std::array<std::string_view, 12> months;    // "Januar"
    std::array<std::string_view, 12> months_short;  // "Jan.", "Mai"
    std::array<std::string_view, 4> seasons;    // spring, summer, fall, winter
    std::array<std::string_view, 6> parts_of_day;  // morning, midday, afternoon, evening, night, daytime
    bool day_first = true;                      // "12. Juli 2025" / "July 12, 2025"
    std::string_view day_suffix;                // "." in German ("12. Juli")
    bool ordinal_dot = false;                   // "19." (German) / "19th"
    bool numbered_parts = false;                // "1. Halbjahr 2024" / "H1 2024" (halves, quarters)
    bool numeric_dates = false;                 // credit lines: "13.07.2025" / "13 July 2025"
    std::string_view approx;                    // "ca."
    std::string_view before;                    // "vor" → "vor 2024"
    std::string_view after;                     // "nach" → "nach August 2024"
    std::string_view day_article;               // "dem " → "vor dem 13. Juli 2025"
    std::string_view start;                     // "Anfang"
    std::string_view mid;                       // "Mitte"
    std::string_view mid_separator;             // " " → "Mitte 2024" / "-" → "mid-2024"
    std::string_view end;                       // "Ende"
    std::string_view past;                      // "früher"
    std::string_view present;                   // "derzeit"
    std::string_view future;                    // "künftig"
    std::string_view undated;                   // "ohne Datum"
    std::string_view source;                    // "Quelle"
    std::string_view sources;                   // "Quellen"
    std::string_view century;                   // "Jahrhundert" → "19. Jahrhundert" / "19th century"
    std::string_view millennium;                // "Jahrtausend"
    std::string_view boundary_decade_article;   // "der " → "Anfang der 1990er-Jahre"
    std::string_view boundary_century_article;  // "des " → "Ende des 19. Jahrhunderts"
    std::string_view boundary_century_suffix;   // "s"
    std::string_view clock_suffix;              // " Uhr"
    std::string_view clock_separator;           // "." → "20.30 Uhr" / ":" → "8:30 p.m."
    bool twelve_hour = false;                   // "8:30 p.m." rather than "20:30"
    std::string_view am;                        // "a.m."
    std::string_view pm;                        // "p.m."
    std::string_view time_zone;                 // IANA zone of the language's articles ("Europe/Berlin"), "" unknown
    std::string_view undated_heading;           // "Ohne genaues Datum": the chronology's section of vague and undated events
    std::string_view decade_suffix;             // "er-Jahre" → "1990er-Jahre" / "s" → "1990s"
    std::string_view quarter;                   // "Quartal" → "3. Quartal 2024" / "Q3 2024"
    std::string_view half;                      // "Halbjahr" → "1. Halbjahr 2024" / "H1 2024"
    std::string_view week;                      // "KW" → "KW 28/2025" / "week 28, 2025"
    std::string_view week_year_separator;       // "/" / ", "
    std::string_view weekend;                   // "Wochenende"
    std::string_view day_pair_separator;        // "/" → "15./16. Februar" / "–" → "15–16 February"
    std::string_view merged_title;              // "Chronik: {n} Artikel": the title of a merge of several articles
    std::string_view before_christ;             // "v. Chr." → "499 v. Chr." / "BC" → "499 BC"
    std::string_view article_of;                // "Artikel vom {d}": a source known only by the timeline's title
    std::string_view no_dated_events;           // "Keine datierten Ereignisse": what a graphic or chronology without any says
};

const Locale& german_locale();
const Locale& english_locale();
// The locale for a language code; English for codes chronik has no locale for.
const Locale& locale_for(std::string_view code);
// The locale's name for an article known only by its day: "Artikel vom 13. März 2014".
std::string article_of(const Locale& l, std::string_view day);

// A period as a reader writes it: "12. Juli 2025", "August 2024", "2024",
// "1990er-Jahre", "19. Jahrhundert", "3. Quartal 2024", "Sommer 2024",
// "12. Juli 2025, 20.30 Uhr". `short_months` gives "Aug. 2024", "12. Juli".
std::string format_period(const Period& p, const Locale& l, bool short_months = false);

// A year as a reader writes it: "2024"; years before 1 AD (astronomical 0,
// -1, ...) counted back with the era: "1 v. Chr.", "499 v. Chr." / "499 BC".
std::string format_year(int year, const Locale& l);

// A clock time as the language's press writes it: "20.30 Uhr", "8 Uhr"
// (German), "8:30 p.m.", "8 a.m." (English). `minute` after midnight.
std::string format_clock(int minute, const Locale& l);

// An event time with its modifier: "ca. 2024", "Anfang 2024", "vor dem
// 13. Juli 2025", "früher", "künftig", "ohne Datum"; with its clock time
// (minute_of_day): "12. Juli 2025, 20.30 Uhr".
std::string format_time(const EventTime& t, const Locale& l, bool short_months = false);

// An event's date as a reader writes it in a chronology or a label: its
// time (format_time), or for an event without a date of its own, its place
// from the timeline's cue links: "nach August 2024", "vor dem 12. Juli 2025".
std::string format_event_time(const Timeline& t, std::size_t event, const Locale& l, bool short_months = false);

// For every event of `t`, the index of the link format_event_time places it
// by (SIZE_MAX for none), in one pass over the links; and format_event_time
// with it, for writers that format every event (a scan of the links for
// each event would be quadratic).
std::vector<std::size_t> placing_links(const Timeline& t);
std::string format_event_time(const Timeline& t, std::size_t event, const Locale& l,
                              const std::vector<std::size_t>& placing, bool short_months = false);

// A day for axis ticks and labels: "12. Juli" (with year: "12. Juli 2025").
std::string format_day(date::sys_days d, const Locale& l, bool with_year, bool short_months = false);

// A day as a credit line dates a source: "13.07.2025"; "13 July 2025" where
// the language writes dates in words.
std::string format_source_date(date::year_month_day d, const Locale& l);

}  // namespace chronik
