// Shared by tests/test_timeml_input.cpp and tests/fuzz/fuzz_timeml.cpp:
// text compared with carriage returns taken as line ends ("\r\n" and a lone
// "\r" both become "\n"). libxml2 keeps a carriage return right after
// "<![CDATA[" as it is in some reads and not in others, so the TimeML tests
// compare TEXT's content with chronik's text this way.
#pragma once

#include <cstddef>
#include <string>

namespace chronik_test {

inline std::string cr_as_line_ends(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] != '\r') out += s[i];
        else if (i + 1 >= s.size() || s[i + 1] != '\n') out += '\n';
    return out;
}

}  // namespace chronik_test
