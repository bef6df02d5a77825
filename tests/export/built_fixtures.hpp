// Timelines built by the whole chain (tag → events → graph) from articles,
// for the real-consumer checks: the example article, an adversarial article
// that tries to break every format, two articles merged, an article with
// times of day, and the merge with source URLs, a hidden event and every
// vague and undated event asked for.
#pragma once

#include <chronik/export.hpp>
#include <chronik/timeline.hpp>

#include <string>
#include <vector>

namespace chronik::fixtures {

struct Built {
    std::string name;
    Timeline timeline;
    ExportOptions options{};  // what the exports of this fixture are asked for
};

// `source_dir`: the project's top folder (for examples/).
std::vector<Built> built(const std::string& source_dir);

// The article text of the adversarial fixture (CRLF line ends, markup,
// quotes, ';' and ',', a 500-character word).
std::string adversarial_article();

// An article with times of day (published 2025-03-31): "um 20.30 Uhr",
// "Gegen 8 Uhr" on a Saturday, a time the clocks skip (2.30 on the night
// summer time begins), "um 10 Uhr" on the Sunday.
std::string timed_article();

}  // namespace chronik::fixtures
