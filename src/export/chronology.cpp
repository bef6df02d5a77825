// The chronology appendix (written as Markdown and as HTML). Conventions of
// the timeline's language (Wikipedia "Formatvorlage Chronik" for German):
// a heading per year, entries that lead with the date as readers write it
// ("12. Juli 2025: …", "ca. 2024: …"), one sentence, the source per entry.
// Dated entries keep the timeline order under their year; events without a
// calendar date of their own (früher, künftig, "nach August 2024", ohne
// Datum) follow in a section of their own, in timeline order, so that no
// reader takes their place for a date.
#include "chronology.hpp"
#include "../calendar/digits.hpp"

namespace chronik::exporting {

namespace {

// The section an event opens: its year, or the decade/century/millennium
// as written; nullopt for events without a period, which join the section
// they stand in.
std::optional<std::string> heading_of(const EventTime& w, const Locale& l) {
    if (w.kind != TimeKind::calendar || !w.period) return std::nullopt;
    const Period& p = *w.period;
    if (p.granularity() < Granularity::year) return format_period(p, l);
    return format_year(p.year_value(), l);
}

// A valid HTML date value of the same precision (a year, month, week, day
// or local date-time string), or "" where HTML has none (quarters, seasons,
// decades, open ends): those dates are written without <time>.
std::string html_datetime(const EventTime& w) {
    if (w.kind != TimeKind::calendar || !w.period || w.period->year_value() < 1) return "";
    if (w.open_ended() || w.until) return "";  // the date is a bound, not the event's time
    const Period& p = *w.period;
    if (w.minute_of_day && p.granularity() >= Granularity::day)
        return iso_date(p.first_day()) + "T" + detail::zero_padded(*w.minute_of_day / 60 % 24, 2) + ":" +
               detail::zero_padded(*w.minute_of_day % 60, 2);
    switch (p.granularity()) {
        case Granularity::year:
        case Granularity::month:
        case Granularity::week:
        case Granularity::day: return p.timex3();  // 2024, 2024-08, 2025-W28, 2025-07-12
        case Granularity::part_of_day: return iso_date(p.ymd());
        case Granularity::hour:
        case Granularity::minute: return p.edtf().substr(0, 16);  // 2025-07-12T20:30
        default: return "";
    }
}

// The entry's sentence: the headline (the event's sentence without its time
// phrase, which the entry's date already says), ending in a full stop; the
// whole sentence where the headline had to be cut short.
std::string entry_text(const Event& e) {
    const bool cut = e.headline.ends_with("\u2026");
    std::string text = one_line(e.headline.empty() || cut ? reader_text(e) : e.headline);
    // Closed already where it ends in a stop, also inside closing quotes or
    // brackets ("... side.”", "„Wer reitet so spät?“"): no second stop after them.
    std::string_view rest = text;
    for (bool more = true; more;) {
        more = false;
        for (std::string_view closer : {"\"", "'", ")", "]", "\u201d", "\u201c", "\u2019", "\u00bb", "\u00ab"})
            if (rest.size() > closer.size() && rest.ends_with(closer)) {
                rest.remove_suffix(closer.size());
                more = true;
            }
    }
    const bool closed = rest.ends_with(".") || rest.ends_with("!") || rest.ends_with("?") || rest.ends_with("\u2026");
    if (!text.empty() && !closed) text += '.';
    return text;
}

}  // namespace

std::vector<Section> chronology(const Timeline& t, const Locale& l, Writing& w) {
    std::vector<Section> sections;
    Section vague{std::string(l.undated_heading), true, {}};
    const std::vector<std::size_t> placing = placing_links(t);
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        Entry entry{format_event_time(t, i, l, placing), html_datetime(e.when), entry_text(e), sources_of(t, e)};
        if (e.when.kind != TimeKind::calendar) {
            if (w.options.dated_only)
                w.left_out.push_back(e.id);
            else
                vague.entries.push_back(std::move(entry));
            continue;
        }
        const auto heading = heading_of(e.when, l);
        if (sections.empty() || (heading && *heading != sections.back().heading))
            sections.push_back({heading.value_or(""), false, {}});
        sections.back().entries.push_back(std::move(entry));
    }
    if (!vague.entries.empty()) sections.push_back(std::move(vague));
    return sections;
}

}  // namespace chronik::exporting
