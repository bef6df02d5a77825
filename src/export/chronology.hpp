// The chronology appendix as a document: sections by year with entries in
// timeline order. markdown.cpp and html.cpp write it.
#pragma once

#include "support.hpp"

#include <string>
#include <vector>

namespace chronik::exporting {

struct Entry {
    std::string date;      // "12. Juli 2025", "12. Juli 2025, 20.30 Uhr", "früher"
    std::string datetime;  // HTML <time> value ("2024-08", "2025-07-12T20:30"), "" when HTML has none
    std::string text;      // one line
    std::vector<const Source*> sources;  // for the credit: "Quelle: Epoch Times, 13. Juli 2025"
};

struct Section {
    std::string heading;  // "2024", "1990er-Jahre"; "" before the first dated event
    bool undated = false;  // the section of vague and undated events
    std::vector<Entry> entries;
};

// The timeline's events as sections and entries, in the timeline's
// language: the dated ones (a calendar date, maybe a bound such as "vor dem
// 13. Juli 2025") under their year, then the vague and undated ones in a
// section of their own, headed Locale::undated_heading — left out (and
// reported) with ExportOptions::dated_only.
std::vector<Section> chronology(const Timeline& t, const Locale& l, Writing& w);

}  // namespace chronik::exporting
