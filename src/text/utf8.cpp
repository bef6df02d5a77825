#include <chronik/text.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace chronik::text {

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t w;
            __builtin_memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= n) break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;  // no overlong forms
            if (c == 0xED) hi = 0x9F;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::nullopt;
}

bool looks_binary(std::string_view s) {
    // Text never holds NUL; a few stray control bytes are tolerated, but a
    // file where they are common (more than 1 in 100) is not an article.
    std::size_t control = 0;
    const std::size_t probe = s.size() < (1u << 20) ? s.size() : (1u << 20);
    for (std::size_t i = 0; i < probe; ++i) {
        // Eight bytes at a time past runs without a byte below 0x20 (the
        // "has less than" test of Bit Twiddling Hacks).
        while (i + 8 <= probe) {
            std::uint64_t w;
            __builtin_memcpy(&w, s.data() + i, 8);
            if ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= probe) break;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++control;
    }
    return probe > 0 && control * 100 > probe;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

char32_t decode(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    auto cont = [&](std::size_t k) { return char32_t(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    char32_t cp;
    if (c < 0xE0) {
        cp = (char32_t(c & 0x1F) << 6) | cont(1);
        i += 2;
    } else if (c < 0xF0) {
        cp = (char32_t(c & 0x0F) << 12) | (cont(1) << 6) | cont(2);
        i += 3;
    } else {
        cp = (char32_t(c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        i += 4;
    }
    return cp;
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (const char ch : s) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

std::string typographic_quotes(std::string_view s) {
    if (s.find('`') == std::string_view::npos && s.find("''") == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    auto letter = [&](std::size_t at) {
        return at < s.size() && (std::isalnum(static_cast<unsigned char>(s[at])) || (s[at] & 0x80));
    };
    bool single_open = false;  // after a lone `: the next ' not inside a word ("Elian's") closes it
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool doubled = i + 1 < s.size() && s[i + 1] == c;
        if (c == '`') {
            out += doubled ? "\u201c" : "\u2018";  // “ ‘
            single_open = !doubled;
            i += doubled;
        } else if (c == '\'' && doubled) {
            out += "\u201d";  // ”
            ++i;
        } else if (c == '\'' && single_open && !(i > 0 && letter(i - 1) && letter(i + 1))) {
            out += "\u2019";  // ’
            single_open = false;
        } else {
            out += c;
        }
    }
    return out;
}

std::size_t prefix_bytes(std::string_view s, std::size_t chars) {
    std::size_t bytes = 0;
    for (std::size_t n = 0; bytes < s.size() && n < chars; ++n) {
        ++bytes;
        while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
    }
    return bytes;
}

std::size_t CharCounter::at(std::size_t byte) {
    const std::size_t upto = std::min(byte, s_.size());
    // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a code point.
    constexpr std::uint64_t kHigh = 0x8080808080808080u;
    // Thirty-two bytes a step: each byte's continuation bit moved to its
    // lowest bit, four words' added up (at most 4 a byte), one multiply.
    for (; byte_ + 32 <= upto; byte_ += 32) {
        std::uint64_t sum = 0;
        for (unsigned k = 0; k < 4; ++k) {
            std::uint64_t x;
            std::memcpy(&x, s_.data() + byte_ + 8 * k, 8);
            sum += (x & kHigh & ~(x << 1)) >> 7;
        }
        chars_ += 32 - ((sum * 0x0101010101010101u) >> 56);
    }
    for (; byte_ + 8 <= upto; byte_ += 8) {
        std::uint64_t x;
        std::memcpy(&x, s_.data() + byte_, 8);
        const std::uint64_t continuation = x & kHigh & ~(x << 1);
        chars_ += 8 - (((continuation >> 7) * 0x0101010101010101u) >> 56);
    }
    for (; byte_ < upto; ++byte_)
        if ((static_cast<unsigned char>(s_[byte_]) & 0xC0) != 0x80) ++chars_;
    return chars_;
}

void fold_lower(std::string_view word, std::string& out) {
    out.clear();
    fold_lower_append(word, out);
}

void fold_lower_append(std::string_view word, std::string& out) {
    const std::size_t from = out.size();
    out.resize(from + word.size());
    out.resize(from + fold_lower_to(word, out.data() + from));
}

std::size_t fold_lower_to(std::string_view word, char* o) {
    const std::size_t n = word.size();
    // ASCII, the common case, without branches: 'A'..'Z' gain 0x20.
    std::size_t i = 0;
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 0x80) break;
        o[i] = char(c + (unsigned(c - 'A') < 26u ? 0x20 : 0));
    }
    if (i == n) return n;
    std::size_t j = i;
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            o[j++] = c >= 'A' && c <= 'Z' ? char(c + 32) : char(c);
        } else if (c == 0xC3 && i + 1 < n) {
            // U+00C0..U+00DE (but not U+00D7 ×) → U+00E0..U+00FE
            const auto d = static_cast<unsigned char>(word[i + 1]);
            o[j++] = char(c);
            o[j++] = d >= 0x80 && d <= 0x9E && d != 0x97 ? char(d + 0x20) : char(d);
            ++i;
        } else if (c == 0xE1 && i + 2 < n && static_cast<unsigned char>(word[i + 1]) == 0xBA &&
                   static_cast<unsigned char>(word[i + 2]) == 0x9E) {
            // U+1E9E capital sharp s → ß
            o[j++] = '\xC3';
            o[j++] = '\x9F';
            i += 2;
        } else {
            o[j++] = char(c);
        }
    }
    return j;
}

}  // namespace chronik::text
