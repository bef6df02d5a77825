// Pieces of a TimeML document that the tagger's writer (src/io) and the
// timeline's writer (src/export) write alike. Internal to the library.
#pragma once

#include <chronik/timex.hpp>

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronik::timeml {

// The XML prolog, the root element, DOCID and the DCT (when there is one),
// up to and including "<TEXT>".
std::string head(std::string_view docid, std::optional<date::year_month_day> dct);

// "<TIMEX3 tid="tN" type="…" value="…" [mod="…"]", open for more attributes.
std::string timex_open(std::size_t tid, std::string_view type, std::string_view value, Mod mod);

}  // namespace chronik::timeml
