// The chronology appendix as a self-contained HTML5 page. Dates are <time>
// elements whose datetime keeps the precision ("2024", "2024-08",
// "2025-W28", "2025-07-12"); where HTML has no such value (quarters,
// seasons, decades, open ends, vague dates) the date is a plain span.
#include "chronology.hpp"

namespace chronik::exporting {

std::string write_html(const Timeline& t, Writing& w) {
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
    const std::vector<Section> sections = chronology(t, l, w);
    if (sections.empty()) out += "<p class=\"chronik-empty\">" + xml_escape(l.no_dated_events) + "</p>\n";
    for (const Section& s : sections) {
        out += s.undated ? "<section class=\"chronik-undated\">\n" : "<section>\n";
        if (!s.heading.empty()) out += "<h2>" + xml_escape(s.heading) + "</h2>\n";
        out += "<ul class=\"chronik\">\n";
        for (const Entry& e : s.entries) {
            const std::string date = xml_escape(e.date);
            out += "<li>";
            out += e.datetime.empty() ? "<span class=\"chronik-date\">" + date + "</span>"
                                      : "<time class=\"chronik-date\" datetime=\"" + e.datetime + "\">" + date + "</time>";
            out += ": " + xml_escape(e.text);
            if (!e.sources.empty())
                out += " <span class=\"chronik-credit\">(" + credit_markup(e.sources, l, html_escape, html_link, t.title) + ")</span>";
            out += "</li>\n";
        }
        out += "</ul>\n</section>\n";
    }
    out += "</article>\n</body>\n</html>\n";
    return out;
}

}  // namespace chronik::exporting
