// XML escaping in runs, for writers that stream (OutputSink) and for strings.
// Internal to the library; the public form is chronik::xml_escape.
#pragma once

#include <string_view>

namespace chronik::io {

// Calls put(piece) with the escaped form of s: & < > " as entities, a
// carriage return as "&#13;" (so that it survives end-of-line handling), and
// U+FFFD for each character XML 1.0 cannot hold at all: the C0 controls but
// tab and newline, and U+FFFE and U+FFFF (EF BF BE, EF BF BF in UTF-8;
// surrogates cannot occur in validated UTF-8).
template <typename Put>
void xml_escape_into(std::string_view s, Put&& put) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::string_view replacement;
        std::size_t length = 1;
        switch (c) {
            case '&': replacement = "&amp;"; break;
            case '<': replacement = "&lt;"; break;
            case '>': replacement = "&gt;"; break;
            case '"': replacement = "&quot;"; break;
            case '\r': replacement = "&#13;"; break;
            case '\n':
            case '\t': continue;
            case 0xEF:
                if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                    (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
                    replacement = kReplacement;
                    length = 3;
                    break;
                }
                continue;
            default:
                if (c >= 0x20) continue;
                replacement = kReplacement;
        }
        if (i > run) put(s.substr(run, i - run));
        put(replacement);
        i += length - 1;
        run = i + 1;
    }
    if (run < s.size()) put(s.substr(run));
}

}  // namespace chronik::io
