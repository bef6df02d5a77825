// The chronology appendix as Markdown (CommonMark): "# title", "## 2024",
// "- **12. Juli 2025:** sentence *(Quelle: …)*".
#include "chronology.hpp"

namespace chronik::exporting {

namespace {

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

// A link to a source URL; the URL in angle brackets, so that its
// parentheses need no escape (valid_source_url admits no < > or spaces).
// An '&' is escaped too: CommonMark decodes entities ("&copy;") in destinations.
std::string md_link(std::string_view escaped_name, std::string_view url) {
    std::string out = "[" + std::string(escaped_name) + "](<";
    for (const char c : url) {
        if (c == '&') out += '\\';
        out += c;
    }
    return out + ">)";
}

}  // namespace

std::string write_markdown(const Timeline& t, Writing& w) {
    const Locale& l = locale_of(t);
    std::string out = "# " + md_escape(title_of(t)) + "\n";
    const std::vector<Section> sections = chronology(t, l, w);
    if (sections.empty()) out += "\n*" + md_escape(l.no_dated_events) + "*\n";
    for (const Section& s : sections) {
        out += "\n";
        if (!s.heading.empty()) out += "## " + md_escape(s.heading) + "\n\n";
        for (const Entry& e : s.entries) {
            out += "- **" + md_escape(e.date) + ":** " + md_escape(e.text);
            if (!e.sources.empty()) out += " *(" + credit_markup(e.sources, l, md_escape, md_link, t.title) + ")*";
            out += "\n";
        }
    }
    return out;
}

}  // namespace chronik::exporting
