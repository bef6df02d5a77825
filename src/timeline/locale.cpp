#include <chronik/locale.hpp>

#include "../calendar/digits.hpp"

#include <cstdint>


namespace chronik {

const Locale& german_locale() {
    static const Locale l{
        .code = "de",
        .months = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                   "November", "Dezember"},
        .months_short = {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
        .seasons = {"Frühjahr", "Sommer", "Herbst", "Winter"},
        .parts_of_day = {"morgens", "mittags", "nachmittags", "abends", "nachts", "tagsüber"},
        .day_first = true,
        .day_suffix = ".",
        .ordinal_dot = true,
        .numbered_parts = true,
        .numeric_dates = true,
        .approx = "ca.",
        .before = "vor",
        .after = "nach",
        .day_article = "dem ",
        .start = "Anfang",
        .mid = "Mitte",
        .mid_separator = " ",
        .end = "Ende",
        .past = "früher",
        .present = "derzeit",
        .future = "künftig",
        .undated = "ohne Datum",
        .source = "Quelle",
        .sources = "Quellen",
        .century = "Jahrhundert",
        .millennium = "Jahrtausend",
        .boundary_decade_article = "der ",
        .boundary_century_article = "des ",
        .boundary_century_suffix = "s",
        .clock_suffix = " Uhr",
        .clock_separator = ".",
        .twelve_hour = false,
        .am = "",
        .pm = "",
        .time_zone = "Europe/Berlin",
        .undated_heading = "Ohne genaues Datum",
        .decade_suffix = "er-Jahre",
        .quarter = "Quartal",
        .half = "Halbjahr",
        .week = "KW",
        .week_year_separator = "/",
        .weekend = "Wochenende",
        .day_pair_separator = "/",
        .merged_title = "Chronik: {n} Artikel",
        .before_christ = "v. Chr.",
        .article_of = "Artikel vom {d}",
        .no_dated_events = "Keine datierten Ereignisse",
    };
    return l;
}

const Locale& english_locale() {
    static const Locale l{
        .code = "en",
        .months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"},
        .months_short = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
        .seasons = {"spring", "summer", "autumn", "winter"},
        .parts_of_day = {"morning", "midday", "afternoon", "evening", "night", "daytime"},
        .day_first = true,
        .day_suffix = "",
        .approx = "c.",
        .before = "before",
        .after = "after",
        .day_article = "",
        .start = "early",
        .mid = "mid",
        .mid_separator = "-",
        .end = "late",
        .past = "in the past",
        .present = "currently",
        .future = "in future",
        .undated = "undated",
        .source = "Source",
        .sources = "Sources",
        .century = "century",
        .millennium = "millennium",
        .boundary_decade_article = "",
        .boundary_century_article = "",
        .boundary_century_suffix = "",
        .clock_suffix = "",
        .clock_separator = ":",
        .twelve_hour = true,
        .am = "a.m.",
        .pm = "p.m.",
        .time_zone = "",
        .undated_heading = "Without an exact date",
        .decade_suffix = "s",
        .quarter = "Q",
        .half = "H",
        .week = "week",
        .week_year_separator = ", ",
        .weekend = "weekend",
        .day_pair_separator = "\u2013",
        .merged_title = "Chronology: {n} articles",
        .before_christ = "BC",
        .article_of = "article of {d}",
        .no_dated_events = "No dated events",
    };
    return l;
}

const Locale& locale_for(std::string_view code) {
    if (code == "de") return german_locale();
    return english_locale();
}

std::string article_of(const Locale& l, std::string_view day) {
    std::string out(l.article_of);
    if (const auto at = out.find("{d}"); at != std::string::npos) out.replace(at, 3, day);
    return out;
}

namespace {

std::string two_digits(unsigned v) { return detail::zero_padded(v % 100, 2); }

std::string ordinal(int n, const Locale& l) {
    if (l.ordinal_dot) return std::to_string(n) + ".";
    const int t = n % 100;
    const char* suffix = (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return std::to_string(n) + suffix;
}

std::string month_name(unsigned m, const Locale& l, bool short_months) {
    return std::string(short_months ? l.months_short[m - 1] : l.months[m - 1]);
}

}  // namespace

std::string format_day(date::sys_days d, const Locale& l, bool with_year, bool short_months) {
    const date::year_month_day ymd{d};
    const std::string day = std::to_string(unsigned(ymd.day())) + std::string(l.day_suffix);
    std::string out = l.day_first ? day + " " + month_name(unsigned(ymd.month()), l, short_months)
                                  : month_name(unsigned(ymd.month()), l, short_months) + " " + day;
    if (with_year) out += (l.day_first ? " " : ", ") + format_year(int(ymd.year()), l);
    return out;
}

std::string format_source_date(date::year_month_day d, const Locale& l) {
    if (!l.numeric_dates) return format_day(date::sys_days{d}, l, true);
    return two_digits(unsigned(d.day())) + "." + two_digits(unsigned(d.month())) + "." + std::to_string(int(d.year()));
}

std::string format_year(int year, const Locale& l) {
    if (year >= 1) return std::to_string(year);
    return std::to_string(1 - year) + " " + std::string(l.before_christ);
}

std::string format_period(const Period& p, const Locale& l, bool short_months) {
    const std::string y = format_year(p.year_value(), l);
    switch (p.granularity()) {
        // Before Christ, index -6 is the 6th century BC and decade -47 the 460s BC (as Period::timex3).
        case Granularity::millennium:
            if (p.year_value() < 0)
                return ordinal(-p.year_value(), l) + " " + std::string(l.millennium) + " " + std::string(l.before_christ);
            return ordinal(p.year_value() + 1, l) + " " + std::string(l.millennium);
        case Granularity::century:
            if (p.year_value() < 0)
                return ordinal(-p.year_value(), l) + " " + std::string(l.century) + " " + std::string(l.before_christ);
            return ordinal(p.year_value() + 1, l) + " " + std::string(l.century);
        case Granularity::decade:
            if (p.year_value() < 0)
                return std::to_string((-p.year_value() - 1) * 10) + std::string(l.decade_suffix) + " " +
                       std::string(l.before_christ);
            return std::to_string(p.year_value() * 10) + std::string(l.decade_suffix);
        case Granularity::year: return y;
        case Granularity::half:
            return l.numbered_parts ? ordinal(int(p.sub()), l) + " " + std::string(l.half) + " " + y
                                  : std::string(l.half) + std::to_string(p.sub()) + " " + y;
        case Granularity::quarter:
            return l.numbered_parts ? ordinal(int(p.sub()), l) + " " + std::string(l.quarter) + " " + y
                                  : std::string(l.quarter) + std::to_string(p.sub()) + " " + y;
        case Granularity::season: {
            const std::string name(l.seasons[p.sub() - 1]);
            if (Season(p.sub()) == Season::winter)
                return name + " " + std::to_string(p.year_value() - 1) + "/" + two_digits(unsigned(p.year_value() % 100));
            return name + " " + y;
        }
        case Granularity::month: return month_name(p.sub(), l, short_months) + " " + y;
        case Granularity::week:
            return std::string(l.week) + " " + std::to_string(p.sub()) + std::string(l.week_year_separator) + y;
        case Granularity::weekend: {
            // "Wochenende 15./16. Februar 2014", "weekend 15–16 February 2014";
            // across a month end both days in full.
            const DayInterval d = p.days();
            const date::year_month_day a{d.first}, b{d.last};
            if (a.month() != b.month())
                return std::string(l.weekend) + " " + format_day(d.first, l, a.year() != b.year(), short_months) +
                       " \u2013 " + format_day(d.last, l, true, short_months);
            const std::string first = std::to_string(unsigned(a.day())) + std::string(l.day_suffix);
            return std::string(l.weekend) + " " + first + std::string(l.day_pair_separator) +
                   format_day(d.last, l, true, short_months);
        }
        case Granularity::day: return format_day(p.first_day(), l, true, short_months);
        case Granularity::part_of_day:
            return format_day(p.first_day(), l, true, short_months) + ", " +
                   std::string(l.parts_of_day[unsigned(p.part()) - 1]);
        case Granularity::hour:
        case Granularity::minute:
            return format_day(p.first_day(), l, true, short_months) + ", " + format_clock(*clock_minute(p), l);
    }
    return y;
}

namespace {

// A range says what both ends share once: "25.–26. August 2012",
// "25. Juli–3. August 2012", "Juli–August 2014" ("25–26 August 2012",
// "August 25–26, 2012" where the month comes first); ends in different years,
// or of different kinds, in full: "1998–2005", "Dezember 2013–Januar 2014".
std::string format_range(const Period& a, const Period& b, const Locale& l, bool short_months) {
    const std::string dash = "\u2013";
    const Granularity g = a.granularity();
    const bool days = g == Granularity::day && b.granularity() == Granularity::day;
    const bool months = g == Granularity::month && b.granularity() == Granularity::month;
    if ((days || months) && a == b) return format_period(a, l, short_months);
    if ((days || months) && a.year_value() == b.year_value()) {
        const std::string year = format_year(a.year_value(), l);
        if (months)
            return month_name(a.sub(), l, short_months) + dash + month_name(b.sub(), l, short_months) + " " + year;
        const date::year_month_day x{a.first_day()}, y{b.first_day()};
        const std::string dx = std::to_string(unsigned(x.day())) + std::string(l.day_suffix);
        const std::string dy = std::to_string(unsigned(y.day())) + std::string(l.day_suffix);
        const std::string mx = month_name(unsigned(x.month()), l, short_months);
        const std::string my = month_name(unsigned(y.month()), l, short_months);
        if (l.day_first)
            return x.month() == y.month() ? dx + dash + dy + " " + my + " " + year
                                          : dx + " " + mx + dash + dy + " " + my + " " + year;
        return x.month() == y.month() ? mx + " " + dx + dash + dy + ", " + year
                                      : mx + " " + dx + dash + my + " " + dy + ", " + year;
    }
    return format_period(a, l, short_months) + dash + format_period(b, l, short_months);  // en dash: "1998–2005"
}

}  // namespace

std::string format_clock(int minute, const Locale& l) {
    minute = ((minute % 1440) + 1440) % 1440;
    int hour = minute / 60;
    const int rest = minute % 60;
    std::string_view half;
    if (l.twelve_hour) {
        half = hour < 12 ? l.am : l.pm;
        hour = hour % 12 == 0 ? 12 : hour % 12;
    }
    std::string out = std::to_string(hour);
    if (rest != 0) out += std::string(l.clock_separator) + two_digits(unsigned(rest));
    if (!half.empty()) out += " " + std::string(half);
    return out + std::string(l.clock_suffix);
}

std::string format_time(const EventTime& t, const Locale& l, bool short_months) {
    switch (t.kind) {
        case TimeKind::past: return std::string(l.past);
        case TimeKind::present: return std::string(l.present);
        case TimeKind::future: return std::string(l.future);
        case TimeKind::undated: return std::string(l.undated);
        case TimeKind::calendar: break;
    }
    if (!t.period) return std::string(l.undated);
    const Period& p = *t.period;
    std::string base;
    if (t.minute_of_day && p.granularity() >= Granularity::day && !t.until)
        // The time of day the event keeps, on the period's day ("12. Juli 2025, 20.30 Uhr").
        base = format_day(p.first_day(), l, true, short_months) + ", " + format_clock(*t.minute_of_day, l);
    else
        base = format_period(p, l, short_months);
    if (t.until) base = format_range(p, *t.until, l, short_months);
    auto boundary = [&](std::string_view word) {
        const std::string w(word);
        const std::string sep(word == l.mid ? l.mid_separator : " ");  // "mid-2024"
        if (p.granularity() == Granularity::decade) return w + sep + std::string(l.boundary_decade_article) + base;
        if (p.granularity() == Granularity::century)
            return w + sep + std::string(l.boundary_century_article) + base + std::string(l.boundary_century_suffix);
        return w + sep + base;
    };
    switch (t.mod) {
        case Mod::start: return boundary(l.start);
        case Mod::mid: return boundary(l.mid);
        case Mod::end: return boundary(l.end);
        case Mod::approx:
        case Mod::less_than:
        case Mod::more_than: return std::string(l.approx) + " " + base;
        case Mod::before:
        case Mod::on_or_before:
        case Mod::after:
        case Mod::on_or_after: {
            // "vor dem 13. Juli 2025", but "vor 2024", "nach August 2024".
            const bool before = t.mod == Mod::before || t.mod == Mod::on_or_before;
            const bool days = p.granularity() >= Granularity::day || p.granularity() == Granularity::weekend;
            const std::string article = days ? std::string(l.day_article) : "";
            return std::string(before ? l.before : l.after) + " " + article + base;
        }
        default: return base;
    }
}

namespace {

// Whether cue link `link` places `event`, which has no date of its own: a
// BEFORE link from or to it whose other end has a calendar date.
bool places(const Timeline& t, const Link& link, std::size_t event) {
    if (!link.from_cue || link.order != Order::before) return false;
    if (link.from != event && link.to != event) return false;
    const std::size_t other = link.from == event ? link.to : link.from;
    if (other >= t.events.size()) return false;
    const EventTime& anchor = t.events[other].when;
    return anchor.kind == TimeKind::calendar && anchor.period;
}

// "vor dem 12. Juli 2025" / "nach August 2024": `event` by a link that places it.
std::string placed_time(const Timeline& t, const Link& link, std::size_t event, const Locale& l, bool short_months) {
    const bool before = link.from == event;
    EventTime relative = t.events[before ? link.to : link.from].when;
    relative.until.reset();
    relative.mod = before ? Mod::before : Mod::after;
    return format_time(relative, l, short_months);
}

}  // namespace

std::vector<std::size_t> placing_links(const Timeline& t) {
    std::vector<std::size_t> out(t.events.size(), SIZE_MAX);
    for (std::size_t k = 0; k < t.links.size(); ++k) {
        const Link& link = t.links[k];
        for (const std::size_t end : {link.from, link.to})
            if (end < out.size() && out[end] == SIZE_MAX && places(t, link, end)) out[end] = k;
    }
    return out;
}

std::string format_event_time(const Timeline& t, std::size_t event, const Locale& l,
                              const std::vector<std::size_t>& placing, bool short_months) {
    const EventTime& when = t.events.at(event).when;
    if (when.kind != TimeKind::undated) return format_time(when, l, short_months);
    // The first cue link to an event that has a calendar date places it.
    if (event < placing.size() && placing[event] < t.links.size())
        return placed_time(t, t.links[placing[event]], event, l, short_months);
    return format_time(when, l, short_months);
}

std::string format_event_time(const Timeline& t, std::size_t event, const Locale& l, bool short_months) {
    const EventTime& when = t.events.at(event).when;
    if (when.kind != TimeKind::undated) return format_time(when, l, short_months);
    for (const Link& link : t.links)
        if (places(t, link, event)) return placed_time(t, link, event, l, short_months);
    return format_time(when, l, short_months);
}

}  // namespace chronik
