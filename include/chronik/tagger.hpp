// The temporal tagger: text → sentences → mentions → resolved expressions.
#pragma once

#include <chronik/extract.hpp>
#include <chronik/resolve.hpp>
#include <chronik/text.hpp>

#include <date/date.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

// Where a document's publication date came from.
enum class PublishedFrom : std::uint8_t { argument, dct, dateline };
std::string_view to_string(PublishedFrom p);  // "argument", "dct", "dateline"

// Bad input: the message says what is wrong and where.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// No publication date: none given, none in a DCT, no dateline in the text.
class MissingPublicationDate : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TagOptions {
    const LanguageData* language = nullptr;  // nullptr: German
    std::optional<date::year_month_day> published;
    PublishedFrom published_from = PublishedFrom::argument;
    // News (the default) anchors on the publication date and needs one; a
    // narrative anchors on the narrated time and needs none.
    Genre genre = Genre::news;
    // Keep every sentence's tokens in the result, for the stages after
    // tagging (events); without, memory stays bounded by a sentence.
    bool keep_tokens = false;
    // The caller has already run check_text on the text (tag_options_for
    // sets it for a document parse_document read): tag_text skips it.
    bool text_checked = false;
};

struct TaggedText {
    std::string_view language;  // the code of the language it was tagged in ("de", "en")
    // Absent for a text without any words (nothing to anchor), and for a
    // narrative that has no publication date.
    std::optional<date::year_month_day> published;
    PublishedFrom published_from = PublishedFrom::argument;
    // Where the dateline's date stands, when the text has one (it dates the
    // article, not an event).
    std::optional<std::uint32_t> dateline_begin;
    std::vector<Expression> expressions;  // in text order
    std::vector<text::Sentence> sentences;
    // With TagOptions::keep_tokens: all tokens, their WordClass bits, and
    // where each sentence's tokens begin.
    std::vector<text::Token> tokens;
    std::vector<std::uint16_t> token_classes;
    std::vector<std::uint32_t> sentence_tokens;  // index of each sentence's first token
};

// Checks that `text` is something chronik can read: valid UTF-8, not binary,
// under 4 GiB. Throws InputError naming the problem and its byte offset.
void check_text(std::string_view text);

// A dateline near the top of an article ("Epoch Times13. Juli 2025",
// "BERLIN, 13.07.2025 –"): a full date on one of the first lines that the
// date makes up most of.
struct Dateline {
    date::year_month_day date;
    std::uint32_t begin;  // byte offset of the date in the text
};
std::optional<Dateline> find_dateline(std::string_view text, const Grammar& grammar);

// Tags a text. Throws InputError for unreadable text and, for news,
// MissingPublicationDate when no publication date is given or found.
TaggedText tag_text(std::string_view text, const TagOptions& options);

}  // namespace chronik
