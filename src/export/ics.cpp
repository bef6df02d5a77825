// iCalendar (RFC 5545, RFC 7986 NAME): each event with calendar days as an
// all-day entry, DTEND exclusive. iCalendar knows no month or year, so a
// month is the span from its first day to the first day of the next, with
// the precision in X-CHRONIK-GRANULARITY and the exact date in X-CHRONIK-EDTF.
// Events without both bounds (past/present/future, undated, "vor dem …")
// have no place in a calendar: they are left out and reported.
#include "support.hpp"

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

}  // namespace

std::string write_ics(const Timeline& t, std::vector<std::string>& left_out) {
    const Locale& l = locale_of(t);
    const std::string title = ics_text(title_of(t));
    std::string lang_param;
    if (!t.language.empty() && t.language.find_first_of(";:,\"\r\n") == std::string::npos)
        lang_param = ";LANGUAGE=" + t.language;

    std::string out;
    add_line(out, "BEGIN:VCALENDAR");
    add_line(out, "VERSION:2.0");
    add_line(out, "PRODID:-//chronik//chronik timeline export//EN");
    add_line(out, "CALSCALE:GREGORIAN");
    add_line(out, "NAME:" + title);
    add_line(out, "X-WR-CALNAME:" + title);
    for (const Event& e : t.events) {
        const auto days = calendar_days(e.when);
        // DATE values have four year digits and no year 0 or before.
        if (!days || date::year_month_day{days->first}.year() < date::year{1}) {
            left_out.push_back(e.id);
            continue;
        }
        const date::sys_days stamp = published_of(t, e).value_or(days->first);
        const std::string when = format_time(e.when, l);
        std::string description = when + ": " + clean_text(event_text(e));
        if (const std::string credit = credit_line(t, e, l); !credit.empty()) description += "\n" + credit;

        add_line(out, "BEGIN:VEVENT");
        add_line(out, "UID:" + stable_key(t, e));
        add_line(out, "DTSTAMP:" + ics_date(stamp) + "T000000Z");
        add_line(out, "DTSTART;VALUE=DATE:" + ics_date(days->first));
        add_line(out, "DTEND;VALUE=DATE:" + ics_date(days->last + date::days{1}));
        add_line(out, "SUMMARY" + lang_param + ":" + ics_text(one_line(e.headline)));
        add_line(out, "DESCRIPTION" + lang_param + ":" + ics_text(description));
        add_line(out, "TRANSP:TRANSPARENT");
        if (const auto g = e.when.granularity()) add_line(out, "X-CHRONIK-GRANULARITY:" + std::string(to_string(*g)));
        if (const std::string edtf = e.when.edtf(); !edtf.empty()) add_line(out, "X-CHRONIK-EDTF:" + edtf);
        add_line(out, "END:VEVENT");
    }
    add_line(out, "END:VCALENDAR");
    return out;
}

}  // namespace chronik::exporting
