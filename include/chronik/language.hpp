// Which language a text is written in: asked for, marked up, or recognised
// from its function words ("der", "und" against "the", "and").
#pragma once

#include <chronik/grammar.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

struct LanguageEvidence {
    const LanguageData* language;
    std::size_t function_words;  // how many of the text's words are its function words
};

struct DetectedLanguage {
    // nullptr when the text does not say: too few function words of any
    // language, or two languages about equally strong (mixed text).
    const LanguageData* language = nullptr;
    bool mixed = false;
    std::vector<LanguageEvidence> evidence;  // every known language, strongest first
    std::size_t words = 0;                   // words looked at
};

// Counts the function words of every known language in the text's first
// 64 KiB (a linear pass) and decides: the language with the most, unless
// another has three or more and over half as many (mixed), or none has any.
DetectedLanguage detect_language(std::string_view text);

// "auto", or a language code: the language to tag `text` in, given what the
// document's markup says (TimeML xml:lang; empty when none). A requested code
// wins, then the markup, then detection. Throws InputError with a message
// naming the candidates for an unknown code, mixed text, or a text of forty
// words or more none of which is a function word of a known language; a text
// too short to tell is German, the default.
const LanguageData& choose_language(std::string_view requested, std::string_view markup, std::string_view text);

// The codes chronik knows, for messages: "de, en".
std::string language_codes(std::string_view separator = ", ");

}  // namespace chronik
