// iCalendar (RFC 5545, RFC 7986 NAME): each event with calendar days as an
// all-day entry, DTEND exclusive. iCalendar knows no month or year, so a
// month is the span from its first day to the first day of the next, with
// the precision in X-CHRONIK-GRANULARITY and the exact date in X-CHRONIK-EDTF.
// An event of one day with a clock time ("um 20.30 Uhr") is a timed entry:
// DTSTART in the articles' time zone (a VTIMEZONE from the zone database),
// in UTC, or as floating local time, and DURATION PT1H — the article gives
// the start only, and an hour is what calendars give a new entry.
// Events without both bounds (past/present/future, undated, "vor dem …")
// have no place in a calendar: they are left out and reported; so are the
// vague and undated ones the selection does not ask for.
#include "support.hpp"
#include "../calendar/digits.hpp"

#include <date/tz.h>

#include <map>

namespace chronik::exporting {

namespace {

// TEXT value escaping (RFC 5545 3.3.11); `s` is clean text.
std::string ics_text(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (const char c : s) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            default: out += c;
        }
    }
    return out;
}

// "20250712"
std::string ics_date(date::sys_days d) {
    std::string iso = iso_date(d);
    std::erase(iso, '-');
    return iso;
}

// "20250712T203000": a DATE-TIME's date and time, without a zone suffix.
std::string ics_date_time(date::local_seconds t) {
    const auto day = date::floor<date::days>(t);
    const date::hh_mm_ss clock{t - day};
    return ics_date(date::sys_days{day.time_since_epoch()}) + "T" + detail::zero_padded(clock.hours().count(), 2) +
           detail::zero_padded(clock.minutes().count(), 2) + detail::zero_padded(clock.seconds().count(), 2);
}

// A UTC offset as RFC 5545 writes it: "+0100", "-0500", "+005328".
std::string ics_offset(std::chrono::seconds offset) {
    const bool negative = offset < std::chrono::seconds{0};
    const long s = negative ? -offset.count() : offset.count();
    std::string out = negative ? "-" : "+";
    out += detail::zero_padded(s / 3600, 2) + detail::zero_padded(s / 60 % 60, 2);
    if (s % 60 != 0) out += detail::zero_padded(s % 60, 2);
    return out;
}

// Appends one content line, folded so that no line is longer than 75
// octets (the leading space of a continuation counts) and no fold falls
// inside a UTF-8 sequence; CRLF line ends.
void add_line(std::string& out, std::string_view line) {
    constexpr std::size_t kMax = 75;
    std::size_t limit = kMax;
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = kMax - 1;
    }
    out.append(line);
    out += "\r\n";
}

// What the clock times of the events mean.
struct ClockZone {
    enum class Kind : std::uint8_t { floating, utc, named } kind = Kind::floating;
    const date::time_zone* zone = nullptr;
    std::string name;
};

ClockZone clock_zone(const Timeline& t, const ExportOptions& options, std::vector<std::string>& notes) {
    const bool told = !options.time_zone.empty() || !t.time_zone.empty();
    const std::string name = !options.time_zone.empty() ? options.time_zone
                             : !t.time_zone.empty()     ? t.time_zone
                                                        : std::string(locale_of(t).time_zone);
    if (name.empty() || name == "floating") return {};
    if (name == "UTC") return {ClockZone::Kind::utc, nullptr, name};
    try {
        return {ClockZone::Kind::named, date::locate_zone(name), name};
    } catch (const std::exception&) {
        if (told) throw std::invalid_argument("unknown time zone '" + name + "' (expected an IANA name such as Europe/Berlin, or UTC)");
        notes.push_back("time zone " + name + " is not in this system's zone database (tzdata): clock times written as "
                        "floating local times");
        return {};
    }
}

// The VTIMEZONE of `zone` for the observances that hold the events' times:
// one STANDARD or DAYLIGHT component each, with the onset in the local time
// before it (RFC 5545 3.6.5). Only those observances: a client finds each
// event's offset in the latest onset before it.
void add_vtimezone(std::string& out, const ClockZone& zone, const std::map<date::sys_seconds, date::sys_info>& used) {
    add_line(out, "BEGIN:VTIMEZONE");
    add_line(out, "TZID:" + zone.name);
    for (const auto& [begin, info] : used) {
        // A zone without transitions reports an onset before any calendar: 1601 stands for "always".
        const bool always = begin < date::sys_days{date::year{1601} / 1 / 1};
        const std::chrono::seconds from = always ? info.offset : zone.zone->get_info(begin - std::chrono::seconds{1}).offset;
        const date::local_seconds onset = always ? date::local_days{date::year{1601} / 1 / 1}
                                                 : date::local_seconds{begin.time_since_epoch() + from};
        const std::string kind = info.save == std::chrono::minutes{0} ? "STANDARD" : "DAYLIGHT";
        add_line(out, "BEGIN:" + kind);
        add_line(out, "DTSTART:" + ics_date_time(onset));
        add_line(out, "TZOFFSETFROM:" + ics_offset(from));
        add_line(out, "TZOFFSETTO:" + ics_offset(info.offset));
        if (!info.abbrev.empty() && info.abbrev.find_first_of(";:,\"\\\r\n") == std::string::npos)
            add_line(out, "TZNAME:" + info.abbrev);
        add_line(out, "END:" + kind);
    }
    add_line(out, "END:VTIMEZONE");
}

// The local time of a timed event: one day with a clock time.
std::optional<date::local_seconds> local_start(const Event& e, const DayInterval& days) {
    if (!e.when.minute_of_day || days.first != days.last) return std::nullopt;
    return date::local_days{days.first.time_since_epoch()} + std::chrono::minutes{*e.when.minute_of_day};
}

}  // namespace

std::string write_ics(const Timeline& t, Writing& w) {
    const Locale& l = locale_of(t);
    const std::string title = ics_text(title_of(t));
    std::string lang_param;
    if (!t.language.empty() && t.language.find_first_of(";:,\"\r\n") == std::string::npos)
        lang_param = ";LANGUAGE=" + t.language;

    // Which events go in, and the zone of their clock times.
    std::vector<std::size_t> written;
    bool timed = false;
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const auto days = calendar_days(e.when);
        // DATE values have four year digits and no year 0 or before.
        if (!shown(e, w.options.include) || !days || date::year_month_day{days->first}.year() < date::year{1}) {
            w.left_out.push_back(e.id);
            continue;
        }
        written.push_back(i);
        timed = timed || local_start(e, *days);
    }
    ClockZone zone;
    if (timed) zone = clock_zone(t, w.options, w.notes);
    std::map<date::sys_seconds, date::sys_info> observances;
    std::vector<std::string> starts(t.events.size());
    for (const std::size_t i : written) {
        const auto days = *calendar_days(t.events[i].when);
        const auto local = local_start(t.events[i], days);
        if (!local) {
            starts[i] = ";VALUE=DATE:" + ics_date(days.first);
            continue;
        }
        switch (zone.kind) {
            case ClockZone::Kind::floating: starts[i] = ":" + ics_date_time(*local); break;
            case ClockZone::Kind::utc: starts[i] = ":" + ics_date_time(*local) + "Z"; break;
            case ClockZone::Kind::named: {
                // A time the clocks skip or repeat (the night of a change) is taken at its earlier reading.
                const auto instant = zone.zone->to_sys(*local, date::choose::earliest);
                const date::sys_info info = zone.zone->get_info(instant);
                observances.emplace(info.begin, info);
                starts[i] = ";TZID=" + zone.name + ":" + ics_date_time(*local);
                break;
            }
        }
    }

    std::string out;
    add_line(out, "BEGIN:VCALENDAR");
    add_line(out, "VERSION:2.0");
    add_line(out, "PRODID:-//chronik//chronik timeline export//EN");
    add_line(out, "CALSCALE:GREGORIAN");
    add_line(out, "NAME:" + title);
    add_line(out, "X-WR-CALNAME:" + title);
    if (zone.kind == ClockZone::Kind::named) {
        add_line(out, "X-WR-TIMEZONE:" + zone.name);
        add_vtimezone(out, zone, observances);
    }
    for (const std::size_t i : written) {
        const Event& e = t.events[i];
        const DayInterval days = *calendar_days(e.when);
        const date::sys_days stamp = published_of(t, e).value_or(days.first);
        const std::string when = format_time(e.when, l);
        std::string description = when + ": " + clean_text(reader_text(e));
        if (const std::string credit = credit_line(t, e, l, true); !credit.empty()) description += "\n" + credit;

        add_line(out, "BEGIN:VEVENT");
        add_line(out, "UID:" + stable_key(t, e));
        add_line(out, "DTSTAMP:" + ics_date(stamp) + "T000000Z");
        add_line(out, "DTSTART" + starts[i]);
        if (local_start(e, days))
            add_line(out, "DURATION:PT1H");
        else
            add_line(out, "DTEND;VALUE=DATE:" + ics_date(days.last + date::days{1}));
        add_line(out, "SUMMARY" + lang_param + ":" + ics_text(one_line(e.headline)));
        add_line(out, "DESCRIPTION" + lang_param + ":" + ics_text(description));
        if (const Source* s = first_source(t, e); s && valid_source_url(s->url)) add_line(out, "URL:" + s->url);
        add_line(out, "TRANSP:TRANSPARENT");
        if (const auto g = e.when.granularity()) add_line(out, "X-CHRONIK-GRANULARITY:" + std::string(to_string(*g)));
        if (const std::string edtf = e.when.edtf(); !edtf.empty()) add_line(out, "X-CHRONIK-EDTF:" + edtf);
        add_line(out, "END:VEVENT");
    }
    add_line(out, "END:VCALENDAR");
    return out;
}

bool known_zone(std::string_view name) {
    if (name == "UTC" || name == "floating") return true;
    try {
        date::locate_zone(name);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace chronik::exporting
