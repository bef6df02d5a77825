// Hand-built timelines for the export tests: what the lead's timeline stage
// makes of the seed article, a merge of two sources, an English one, and an
// adversarial one whose text tries to break every format.
#pragma once

#include <chronik/timeline.hpp>

#include <string>
#include <vector>

namespace chronik::fixtures {

Timeline seed();         // German, one source (Epoch Times, 2025-07-13), nine events
Timeline two_sources();  // German, two sources, one merged event, approximate/cut/open dates
Timeline english();      // English, one source
Timeline adversarial();  // markup, quotes, ; , \ CRLF, a 500-character word

struct Named {
    std::string name;
    Timeline timeline;
};
std::vector<Named> all();

// The 500-character word of the adversarial fixture.
std::string long_word();

}  // namespace chronik::fixtures
