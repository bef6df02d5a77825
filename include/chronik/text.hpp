// The text stage: UTF-8 checks, tokens with byte offsets, sentences.
//
// Everything here is language-neutral; what a language knows about sentence
// ends (abbreviations such as "z. B." or "Dr.") comes in as SentenceRules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace chronik::text {

// Byte offset of the first byte that is not part of a well-formed UTF-8
// sequence (overlong forms, surrogates and code points above U+10FFFF are
// ill-formed), or nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// True for data that is not text: NUL bytes, or many control characters.
bool looks_binary(std::string_view s);

// Decodes one code point at s[i] (s must be valid UTF-8); advances i.
char32_t decode(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of code point `cp` (a scalar value) to out.
void append_utf8(std::string& out, char32_t cp);

// One space between words, none at the ends: source texts bring double
// spaces, tabs and line breaks that would show as gaps in a one-line field.
std::string collapse_spaces(std::string_view s);

// Wire copy's ASCII quotation marks (``...'', `...') as typographic ones
// (“...”, ‘...’): what a reader is shown. Offsets into the source text do not
// carry over to the result.
std::string typographic_quotes(std::string_view s);

// Byte length of the first `chars` code points of s (all of s when it has fewer).
std::size_t prefix_bytes(std::string_view s, std::size_t chars);

// Counts code points up to increasing byte offsets in one forward pass.
class CharCounter {
public:
    explicit CharCounter(std::string_view s) : s_(s) {}
    // Code points before byte offset `byte` (which must not decrease between calls).
    std::size_t at(std::size_t byte);

private:
    std::string_view s_;
    std::size_t byte_ = 0;
    std::size_t chars_ = 0;
};

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
    std::uint32_t begin = 0;  // byte offsets into the document text, end exclusive
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::punct;
    std::uint8_t flags = 0;

    static constexpr std::uint8_t space_before = 1;    // white space between this and the previous token
    static constexpr std::uint8_t newline_before = 2;  // a line break in that white space
    static constexpr std::uint8_t upper_initial = 4;   // word starts with an upper-case letter
    static constexpr std::uint8_t all_upper = 8;       // word of two or more letters, all upper case

    bool has(std::uint8_t f) const { return (flags & f) != 0; }
    std::size_t size() const { return end - begin; }
    std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Lower-cases a word for lexicon look-up: ASCII and Latin-1 letters (Ä→ä,
// ẞ→ß); other bytes are kept as they are.
void fold_lower(std::string_view word, std::string& out);
// The same, appended to out.
void fold_lower_append(std::string_view word, std::string& out);
// The same, written to out, which has room for word.size() bytes (the folded
// word is never longer); returns its length.
std::size_t fold_lower_to(std::string_view word, char* out);

struct Sentence {
    std::uint32_t begin = 0;  // byte offsets of the first and past the last token
    std::uint32_t end = 0;
};

// A set of short words, asked for by a string_view: a word longer than the
// longest in the set (most words asked for) is not looked up.
class WordSet {
public:
    void insert(std::string word);
    bool contains(std::string_view word) const {
        return word.size() <= longest_ && !words_.empty() && words_.find(word) != words_.end();
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_set<std::string, Hash, std::equal_to<>> words_;
    std::size_t longest_ = 0;
};

// What a language contributes to sentence splitting.
struct SentenceRules {
    // Lower-case words that end in a dot without ending the sentence ("dr", "nr", "bzw").
    WordSet abbreviations;
    // Lower-case endings of compounds that are abbreviations too
    // ("Speckbacherstr.", "Bahnhofstr.": "str"); the word must be longer than the ending.
    std::vector<std::string> abbreviation_suffixes;
    // A number of up to three digits followed by a dot is an ordinal ("13. Juli"), not a sentence end.
    bool ordinal_dot = false;
};

// Longest sentence, in tokens. Longer runs (a 50 MB line without a full
// stop) are cut, which keeps every later pass linear and bounded.
inline constexpr std::size_t kMaxSentenceTokens = 400;

// Splits a document into sentences of tokens, one sentence at a time, so
// memory stays bounded by a sentence rather than the document.
class SentenceReader {
public:
    SentenceReader(std::string_view text, const SentenceRules& rules);

    // Reads the next sentence into `tokens` (cleared first); false at the end.
    bool next(std::vector<Token>& tokens, Sentence& sentence);
    // The same, appending to `tokens`: the sentence is tokens[from, size()).
    bool next_appended(std::vector<Token>& tokens, std::size_t& from, Sentence& sentence);

private:
    bool next_token(Token& t);
    bool ends_sentence(std::span<const Token> tokens, const Token& next);

    std::string_view text_;
    const SentenceRules& rules_;
    std::size_t pos_ = 0;
    std::optional<Token> pending_;
    std::string fold_;  // scratch for abbreviation lookups of long words
};

// All sentences of a document (offsets only).
std::vector<Sentence> split_sentences(std::string_view text, const SentenceRules& rules);

}  // namespace chronik::text
