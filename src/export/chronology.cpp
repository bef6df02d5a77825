// The chronology appendix, in Markdown and as an HTML page. Conventions of
// the timeline's language (Wikipedia "Formatvorlage Chronik" for German):
// a heading per year, entries that lead with the date as readers write it
// ("12. Juli 2025: …", "ca. 2024: …"), one sentence, the source per entry.
// Entries keep the timeline order: an event without a date of its own
// stands where the order puts it, with its display date ("früher",
// "ohne Datum") — the sort position and the displayed date are kept apart.
#include "support.hpp"

namespace chronik::exporting {

namespace {

struct Entry {
    std::string date;      // "12. Juli 2025", "früher"
    std::string datetime;  // HTML <time> value ("2024-08"), "" when HTML has none
    std::string text;      // one line
    std::string credit;    // "Quelle: Epoch Times, 13. Juli 2025"
};

struct Section {
    std::string heading;  // "2024", "1990er-Jahre"; "" before the first dated event
    std::vector<Entry> entries;
};

// The section an event opens: its year, or the decade/century/millennium
// as written; nullopt for events without a period, which join the section
// they stand in.
std::optional<std::string> heading_of(const EventTime& w, const Locale& l) {
    if (w.kind != TimeKind::calendar || !w.period) return std::nullopt;
    const Period& p = *w.period;
    if (p.granularity() < Granularity::year) return format_period(p, l);
    return std::to_string(p.year_value());
}

// A valid HTML date value of the same precision (a year, month, week, day
// or local date-time string), or "" where HTML has none (quarters, seasons,
// decades, open ends): those dates are written without <time>.
std::string html_datetime(const EventTime& w) {
    if (w.kind != TimeKind::calendar || !w.period || w.period->year_value() < 1) return "";
    switch (w.mod) {
        case Mod::before:
        case Mod::after:
        case Mod::on_or_before:
        case Mod::on_or_after: return "";  // the date is a bound, not the event's time
        default: break;
    }
    const Period& p = *w.period;
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

std::vector<Section> chronology(const Timeline& t, const Locale& l) {
    std::vector<Section> sections;
    for (const Event& e : t.events) {
        const auto heading = heading_of(e.when, l);
        if (sections.empty() || (heading && *heading != sections.back().heading)) sections.push_back({heading.value_or(""), {}});
        sections.back().entries.push_back(
            {format_time(e.when, l), html_datetime(e.when), one_line(event_text(e)), credit_line(t, e, l)});
    }
    return sections;
}

// Markdown: a backslash before every ASCII punctuation character that
// CommonMark could read as markup, entity (&) or raw HTML (<).
std::string md_escape(std::string_view s) {
    constexpr std::string_view kSpecial = "\\`*_[]<>#!|~&";
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char c : s) {
        if (kSpecial.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

std::string write_markdown(const Timeline& t, ExportReport& report) {
    const Locale& l = locale_of(t);
    std::string out = "# " + md_escape(title_of(t)) + "\n";
    for (const Section& s : chronology(t, l)) {
        out += "\n";
        if (!s.heading.empty()) out += "## " + md_escape(s.heading) + "\n\n";
        for (const Entry& e : s.entries) {
            out += "- **" + md_escape(e.date) + ":** " + md_escape(e.text);
            if (!e.credit.empty()) out += " *(" + md_escape(e.credit) + ")*";
            out += "\n";
        }
    }
    report.written = t.events.size();
    return out;
}

std::string write_html(const Timeline& t, ExportReport& report) {
    const Locale& l = locale_of(t);
    const std::string title = xml_escape(title_of(t));
    std::string out = "<!DOCTYPE html>\n<html";
    if (!t.language.empty()) out += " lang=\"" + xml_escape(one_line(t.language)) + "\"";
    out += ">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
           "</title>\n"
           "<style>\n"
           "body { font-family: Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }\n"
           "ul.chronik { list-style: none; padding-left: 0; }\n"
           "ul.chronik li { margin: 0.5em 0; }\n"
           ".chronik-date { font-weight: bold; }\n"
           ".chronik-credit { color: #555; font-size: 0.9em; }\n"
           "</style>\n</head>\n<body>\n<article>\n<h1>" +
           title + "</h1>\n";
    for (const Section& s : chronology(t, l)) {
        out += "<section>\n";
        if (!s.heading.empty()) out += "<h2>" + xml_escape(s.heading) + "</h2>\n";
        out += "<ul class=\"chronik\">\n";
        for (const Entry& e : s.entries) {
            const std::string date = xml_escape(e.date);
            out += "<li>";
            out += e.datetime.empty() ? "<span class=\"chronik-date\">" + date + "</span>"
                                      : "<time class=\"chronik-date\" datetime=\"" + e.datetime + "\">" + date + "</time>";
            out += ": " + xml_escape(e.text);
            if (!e.credit.empty()) out += " <span class=\"chronik-credit\">(" + xml_escape(e.credit) + ")</span>";
            out += "</li>\n";
        }
        out += "</ul>\n</section>\n";
    }
    out += "</article>\n</body>\n</html>\n";
    report.written = t.events.size();
    return out;
}

}  // namespace chronik::exporting
