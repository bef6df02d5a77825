// The chronology appendix as a document: sections by year with entries in
// timeline order. markdown.cpp and html.cpp write it.
#pragma once

#include "support.hpp"

#include <string>
#include <vector>

namespace chronik::exporting {

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

// The timeline's events as sections and entries, in the timeline's language.
std::vector<Section> chronology(const Timeline& t, const Locale& l);

}  // namespace chronik::exporting
