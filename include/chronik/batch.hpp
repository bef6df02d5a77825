// Articles as JSON objects, one a line (JSON lines): how `chronik tag --jsonl`,
// `chronik build --jsonl`, the Python module and the Dask example read them
// and write their records, so that every front end gives the same bytes.
#pragma once

#include <chronik/build.hpp>
#include <chronik/document.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

// One article of a batch: {"id"?, "text", "published"?, "language"?, "genre"?,
// "name"?, "url"?}.
struct BatchArticle {
    std::string id_json;  // the "id" as written in the output ("17", "\"a-17\""); "" when absent
    SourceDocument document;  // source: the name, else the id, else "line N"
    std::optional<date::year_month_day> published;
    // The language it is tagged in: the one asked for, else the TimeML
    // xml:lang, else detected from the text (choose_language, as the CLI's
    // --language auto).
    const LanguageData* language = nullptr;
    std::optional<Genre> genre;  // as asked for; absent: the caller's (news)
    std::string name;  // for credits; "" = the library's choice
    std::string url;
};

// Languages and genres a batch may ask for. `language`: "auto" (nullptr), or
// a code chronik has a grammar for; `genre`: "news" or "narrative". Anything
// else is an InputError naming what is known.
const LanguageData* batch_language(std::string_view language);
Genre batch_genre(std::string_view genre);

// Reads one line; throws InputError (what() says what is wrong, e.g.
// "not JSON: …", "\"text\" is missing", "\"published\" 2025-02-30 is not a
// calendar date") — with `id_json` set when the line had a readable id.
BatchArticle read_batch_article(std::string_view line, std::uint64_t line_number, std::string* id_json = nullptr);

// The output record of one input line, without the newline:
//   {"id","published","published_from","language","expressions":[…]}
// with the expressions as in chronik tag --format json, or, for a line that
// cannot be read or tagged, {"id" (when readable),"line","error"}.
struct BatchRecord {
    std::string json;
    bool failed = false;
};
BatchRecord tag_batch_line(std::string_view line, std::uint64_t line_number);

// The document of one tagged article as chronik tag --format json writes it
// (one element of "documents"), compact.
std::string tagged_document_json(const SourceDocument& document, const TaggedText& tagged);

// One timeline of batch articles, each in its own language; names and URLs
// given in the articles replace the library's. The articles' genre, when they
// name one, is the timeline's (InputError when they name two).
Timeline build_timeline(const std::vector<BatchArticle>& articles, const BuildOptions& options);

// True for a line with nothing but white space (skipped in a batch).
bool blank_line(std::string_view line);

}  // namespace chronik
