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

}  // namespace

std::string write_markdown(const Timeline& t) {
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
    return out;
}

}  // namespace chronik::exporting
