// German (and any language with a Debian hyphen-* dictionary) hyphenation
// for pango, which breaks words only where it is told: libhyphen's break
// points become soft hyphens (U+00AD) that pango honours and draws.
//
// libhyphen builds its pattern automaton from the whole .dic file, which
// takes seconds for hyph_de_DE.dic (78,000 patterns). Only the patterns that
// can match the words at hand are handed to it: those give the same break
// points (see patterns_for_words).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct _HyphenDict;  // <hyphen.h>

namespace chronik::render::detail {

// Each text with U+00AD after every permitted break point of its longer
// words; texts that hold a soft hyphen already are left as they are.
// Unchanged when no dictionary for `language` is found in `dir`
// (hyph_de_DE.dic, hyph_en_US.dic, ...). A dictionary file is read once per
// process; libhyphen loads the patterns these texts need.
std::vector<std::string> hyphenate(const std::vector<std::string>& texts, std::string_view language,
                                   const std::string& dir);

// A UTF-8 word in lower case in the 8-bit encoding of Debian's dictionaries
// (ISO-8859-1), the form libhyphen matches; nullopt when a letter has no such byte.
std::optional<std::string> latin1_lower(std::string_view utf8_word);

// The text of a libhyphen .dic file cut down to what hyphenating `words`
// (as latin1_lower gives them) can use: the charset line, directives and
// NEXTLEVEL as they are; of each level the pattern lines whose letters can
// occur in what libhyphen matches — ".word." and, at compound boundaries,
// ".part." for parts of a word — plus, for each pattern left out, the part of
// it that can occur as a pattern without break points, so that the automaton
// keeps every state the full file gives it on these words. The whole text
// when a pattern that would stay carries a non-standard replacement.
std::string patterns_for_words(std::string_view dictionary, const std::vector<std::string>& words);

enum class Break : std::uint8_t { none, standard, replaced };

// A libhyphen dictionary.
class HyphenDictionary {
public:
    // nullopt when libhyphen cannot read the file or the text.
    static std::optional<HyphenDictionary> from_file(const std::string& path);
    static std::optional<HyphenDictionary> from_text(const std::string& text);

    bool utf8() const;
    // Per byte of a word in the dictionary's encoding: may it break after
    // that letter, and does the break change the spelling ("ck" → "k-k").
    std::vector<Break> breaks(const std::string& word) const;

private:
    struct Free {
        void operator()(_HyphenDict* d) const;
    };
    explicit HyphenDictionary(_HyphenDict* d) : dict_(d) {}
    std::unique_ptr<_HyphenDict, Free> dict_;
};

}  // namespace chronik::render::detail
