// Timelines built by the whole chain (tag → events → graph) from articles,
// for the real-consumer checks: the example article, an adversarial article
// that tries to break every format, and two articles merged.
#pragma once

#include <chronik/timeline.hpp>

#include <string>
#include <vector>

namespace chronik::fixtures {

struct Built {
    std::string name;
    Timeline timeline;
};

// `source_dir`: the project's top folder (for examples/).
std::vector<Built> built(const std::string& source_dir);

// The article text of the adversarial fixture (CRLF line ends, markup,
// quotes, ';' and ',', a 500-character word).
std::string adversarial_article();

}  // namespace chronik::fixtures
