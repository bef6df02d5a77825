// The extract stage: a language's grammar applied to sentences, giving
// mentions — spans of text with the temporal form they express.
#pragma once

#include <chronik/form.hpp>
#include <chronik/grammar.hpp>
#include <chronik/text.hpp>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace chronik {

struct Mention {
    std::uint32_t begin = 0;  // byte offsets into the document text, end exclusive
    std::uint32_t end = 0;
    std::uint32_t phrase_begin = 0;  // with a leading signal ("am Samstag"); else == begin
    TemporalForm form;
    std::string_view rule;  // the rule's name, e.g. "date.day_month_year"
    Tense tense = Tense::unknown;
    std::uint32_t sentence = 0;  // index of the sentence in the document
    bool opens_sentence = false; // nothing but punctuation before it in its sentence
    // The closing end of a range whose opening end is the mention before
    // ("von Oktober bis März": set on "März").
    bool closes_range = false;
};

// A language's lexicon and rules, compiled once and then shared (read-only,
// safe to use from several threads).
class Grammar {
public:
    // Throws std::invalid_argument naming the rule when a pattern is malformed.
    explicit Grammar(const LanguageData& language);
    ~Grammar();
    Grammar(Grammar&&) noexcept;
    Grammar& operator=(Grammar&&) noexcept;

    const text::SentenceRules& sentence_rules() const;

    // Appends the temporal expressions found in one sentence to `out`; with
    // `classes`, also appends each token's WordClass bits (0 for numbers,
    // punctuation and unknown words).
    void extract(std::string_view text, std::span<const text::Token> sentence, std::uint32_t sentence_index,
                 std::vector<Mention>& out, std::vector<std::uint16_t>* classes = nullptr) const;

    // The WordClass bits of a word (lower case, as fold_lower gives it).
    std::uint16_t word_class(std::string_view folded_word) const;


    // Names of all rules that find expressions (not the negative ones).
    std::vector<std::string_view> rule_names() const;
    // Names of the negative rules (what is not temporal: "Nr. 2024").
    std::vector<std::string_view> negative_rule_names() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The grammar of a language, compiled on first use.
const Grammar& grammar_for(const LanguageData& language);

}  // namespace chronik
