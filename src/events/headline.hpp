// Headlines from sentences (internal to the events stage; the public entry
// point is chronik::condense_headline in <chronik/events.hpp>).
#pragma once

#include <chronik/grammar.hpp>
#include <chronik/text.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace chronik::detail {

using TimePhrase = std::pair<std::uint32_t, std::uint32_t>;  // byte offsets, end exclusive

// The sentence made of `tokens` (offsets into `text`) as a headline: whole
// constituents dropped — the time phrases, reporting frames, brackets, and
// when it is longer than `target` characters appositions, relative and
// subordinate clauses — and cut with "…" only when more than `max_chars`
// are left. Every word of the result is a word of the sentence.
std::string build_headline(std::string_view text, std::span<const text::Token> tokens,
                           std::span<const TimePhrase> time_phrases, const LanguageData& language,
                           std::size_t target, std::size_t max_chars);

}  // namespace chronik::detail
