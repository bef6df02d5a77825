// German (and any language with a Debian hyphen-* dictionary) hyphenation
// for pango, which breaks words only where it is told: libhyphen's break
// points become soft hyphens (U+00AD) that pango honours and draws.
#pragma once

#include <string>
#include <string_view>

namespace chronik::render::detail {

// The text with U+00AD after every permitted break point of its longer
// words. Unchanged when no dictionary for `language` is found in `dir`
// (hyph_de_DE.dic, hyph_en_US.dic, ...). Dictionaries are loaded once.
std::string hyphenate(std::string_view text, std::string_view language, const std::string& dir);

}  // namespace chronik::render::detail
