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
    // The article's language; nullptr: BuildOptions::language.
    const LanguageData* language = nullptr;
};

struct BuildOptions {
    const LanguageData* language = nullptr;  // of articles that name none; nullptr: German
    std::string title;                       // empty: the first article's headline line
    Genre genre = Genre::news;               // narrative: dates anchor on the narrated time
};

// Builds one timeline from several articles; near-duplicate events (same
// time, similar headline) become one event that keeps every source.
Timeline build_timeline(const std::vector<ArticleInput>& articles, const BuildOptions& options = {});

// Builds a timeline of a single text (tests, library use).
Timeline build_timeline(const SourceDocument& document, std::optional<date::year_month_day> published = std::nullopt);

}  // namespace chronik
