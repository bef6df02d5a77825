// The whole chain, callable without the command line: articles → tagged
// text → events → ordering graph → one Timeline.
#pragma once

#include <chronik/document.hpp>
#include <chronik/timeline.hpp>

#include <optional>
#include <string>
#include <vector>

namespace chronik {

struct ArticleInput {
    const SourceDocument* document = nullptr;
    // Overrides the DCT and the dateline; without any of them the build
    // throws MissingPublicationDate naming the article.
    std::optional<date::year_month_day> published;
    // The source as readers know it (`--source FILE=NAME[,URL]`): empty name:
    // the TimeML DOCID when it is words ("Reuters"; not a catalogue number
    // such as "1004479_text" or "wsj_0136"), else a publication named on the
    // dateline's line ("Epoch Times13. Juli 2025"; a place such as "BERLIN,"
    // or an agency "(dpa)" is not one), else for TimeML the article's title
    // (at most 60 characters), else the file name.
    std::string source_name{};
    std::string source_url{};  // "" unknown; see valid_source_url in <chronik/export.hpp>
    // The article's language; nullptr: BuildOptions::language.
    const LanguageData* language = nullptr;
};

struct BuildOptions {
    const LanguageData* language = nullptr;  // of articles that name none; nullptr: German
    // Empty: for one article its TimeML TITLE, else its first line when it
    // reads like a headline, else its first sentence without the dateline
    // ("Bozen (lu)."), at most kMaxTitleChars; for several articles a neutral
    // title from the language's locale: "Chronik: 3 Artikel,
    // 18.02.2014–21.08.2014" (the count and the range of publication days).
    std::string title;
    std::string time_zone;                   // Timeline::time_zone
    Genre genre = Genre::news;               // narrative: dates anchor on the narrated time
};

inline constexpr std::size_t kMaxTitleChars = 100;

// Builds one timeline from several articles; near-duplicate events (same
// time, similar headline) become one event that keeps every source. An
// article given twice (the same text) is one source: the second is skipped,
// with a note.
Timeline build_timeline(const std::vector<ArticleInput>& articles, const BuildOptions& options = {});

// Builds a timeline of a single text (tests, library use).
Timeline build_timeline(const SourceDocument& document, std::optional<date::year_month_day> published = std::nullopt);

}  // namespace chronik
