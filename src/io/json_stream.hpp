// A JSON writer that writes each value as it is given, in the layout of
// nlohmann::json::dump(indent) (indent < 0: compact), so that streamed output
// is byte-identical to a dumped tree. Internal to the library's writers.
#pragma once

#include "output_sink.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <cstdint>
#include <string_view>
#include <vector>

namespace chronik::io {

// "00", "01", ..., "99": two decimal digits at a time.
inline constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

inline constexpr std::uint64_t kPowersOf10[20] = {1,
                                                  10,
                                                  100,
                                                  1000,
                                                  10000,
                                                  100000,
                                                  1000000,
                                                  10000000,
                                                  100000000,
                                                  1000000000,
                                                  10000000000,
                                                  100000000000,
                                                  1000000000000,
                                                  10000000000000,
                                                  100000000000000,
                                                  1000000000000000,
                                                  10000000000000000,
                                                  100000000000000000,
                                                  1000000000000000000,
                                                  10000000000000000000u};

class JsonStream {
public:
    JsonStream(OutputSink& sink, int indent) : sink_(sink), indent_(indent) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // A member's name, known when compiled: a literal without a byte that
    // needs an escape (which is checked when compiled), copied as it is.
    struct Key {
        template <std::size_t N>
        consteval Key(const char (&name)[N]) : data(name), size(N - 1) {
            for (std::size_t i = 0; i + 1 < N; ++i)
                if (needs_escape(static_cast<unsigned char>(name[i]))) throw "a key that needs an escape";
        }
        const char* data;
        std::size_t size;
    };

    // A member's name; the next call writes its value.
    [[gnu::always_inline]] void key(Key name) {
        char* o = element_to(sink_.room(element_room() + name.size + 4));
        *o++ = '"';
        std::memcpy(o, name.data, name.size);
        o += name.size;
        std::memcpy(o, "\": ", 3);
        sink_.commit(o + (indent_ >= 0 ? 3 : 2));
        after_key_ = true;
    }
    void value(std::string_view s) {
        if (char* o = room(s)) {
            sink_.commit(literal_to(element_to(o), s));
        } else {
            sink_.commit(element_to(sink_.room(element_room())));
            string_literal_slow(s);
        }
    }
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::uint64_t n) {
        // The number of digits from the number of bits (1233 / 4096 is just
        // above log10(2)), one less when n is below that power of ten.
        const unsigned guess = (unsigned(std::bit_width(n | 1)) * 1233) >> 12;
        const std::size_t digits = guess + ((n | 1) >= kPowersOf10[guess] ? 1 : 0);
        char* o = element_to(sink_.room(element_room() + 20));
        char* p = o + digits;
        // Two digits at a time, from a table of the pairs "00" to "99".
        for (; n >= 100; n /= 100) std::memcpy(p -= 2, kDigitPairs + 2 * (n % 100), 2);
        if (n >= 10) std::memcpy(p - 2, kDigitPairs + 2 * n, 2);
        else p[-1] = char('0' + n);
        sink_.commit(o + digits);
    }
    void null() {
        char* o = element_to(sink_.room(element_room() + 4));
        std::memcpy(o, "null", 4);
        sink_.commit(o + 4);
    }
    // Each of these: the member with its value.
    template <typename T>
    [[gnu::always_inline]] void member(Key name, const T& v) {
        key(name);
        value(v);
    }
    void null_member(Key name) {
        key(name);
        null();
    }

private:
    // Most of what is written goes straight into the sink's buffer: room for
    // the separator, the line break and indentation before an element, and a
    // string at its longest escaped (six bytes a byte), asked for at once. A
    // string too long for the buffer goes through put().
    // (With sixteen bytes of slack: the indentation is written sixteen spaces at a time.)
    std::size_t element_room() const { return 18 + (indent_ >= 0 ? counts_.size() * std::size_t(indent_) : 0); }
    char* room(std::string_view s) {
        const std::size_t need = element_room() + 6 * s.size() + 4;
        return need <= OutputSink::kSize ? sink_.room(need) : nullptr;
    }

    void open(char bracket) {
        char* o = element_to(sink_.room(element_room() + 1));
        *o++ = bracket;
        sink_.commit(o);
        counts_.push_back(0);
    }
    void close(char bracket) {
        const std::size_t n = counts_.back();
        counts_.pop_back();
        char* o = sink_.room(element_room() + 1);
        if (n > 0) o = newline_to(o);
        *o++ = bracket;
        sink_.commit(o);
    }
    // Before a value: the separator and the line break of its container, unless
    // it is the value of a member whose name was just written.
    char* element_to(char* o) {
        if (after_key_) {
            after_key_ = false;
            return o;
        }
        if (counts_.empty()) return o;
        if (counts_.back()++ > 0) *o++ = ',';
        return newline_to(o);
    }
    char* newline_to(char* o) {
        if (indent_ < 0) return o;
        *o++ = '\n';
        const std::size_t n = counts_.size() * std::size_t(indent_);
        // Sixteen spaces at a time, into element_room()'s slack.
        for (std::size_t k = 0; k < n; k += 16) std::memcpy(o + k, "                ", 16);
        return o + n;
    }
    // As nlohmann writes strings (UTF-8 kept): the two-character escapes, and
    // \u00xx in lower-case hex for the other control characters.
    static char* escape_to(char* o, unsigned char c) {
        static constexpr char kHex[] = "0123456789abcdef";
        *o++ = '\\';
        switch (c) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '\b': *o++ = 'b'; break;
            case '\f': *o++ = 'f'; break;
            case '\n': *o++ = 'n'; break;
            case '\r': *o++ = 'r'; break;
            case '\t': *o++ = 't'; break;
            default:
                std::memcpy(o, "u00", 3);
                o[3] = kHex[c >> 4];
                o[4] = kHex[c & 15];
                o += 5;
        }
        return o;
    }
    static constexpr bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }
    // The string literal, written at o, which has room for 6 * s.size() + 2 bytes.
    // Eight bytes at a time: they are copied, then the bytes that need an
    // escape (below 0x20, '"', '\') are found by a mask; most strings have none.
    static char* literal_to(char* o, std::string_view s) {
        *o++ = '"';
        const char* p = s.data();
        const std::size_t n = s.size();
        std::size_t i = 0;
        if constexpr (std::endian::native == std::endian::little) {
            constexpr std::uint64_t kOnes = 0x0101010101010101u;
            constexpr std::uint64_t kLow = 0x7F * kOnes;
            constexpr std::uint64_t kHigh = 0x80 * kOnes;
            // High bit of each byte that is zero (exact: no carry between bytes).
            auto zero = [&](std::uint64_t x) { return ~(((x & kLow) + kLow) | x) & kHigh; };
            while (i + 8 <= n) {
                std::uint64_t w;
                std::memcpy(&w, p + i, 8);
                std::memcpy(o, &w, 8);
                const std::uint64_t below = ~((w & kLow) + (0x80 - 0x20) * kOnes) & ~w & kHigh;
                const std::uint64_t escape = below | zero(w ^ ('"' * kOnes)) | zero(w ^ ('\\' * kOnes));
                if (escape == 0) {
                    i += 8;
                    o += 8;
                    continue;
                }
                const unsigned k = unsigned(std::countr_zero(escape)) / 8;
                o = escape_to(o + k, static_cast<unsigned char>(p[i + k]));
                i += k + 1;
            }
        }
        for (; i < n; ++i) {
            const auto c = static_cast<unsigned char>(p[i]);
            if (needs_escape(c)) o = escape_to(o, c);
            else *o++ = char(c);
        }
        *o++ = '"';
        return o;
    }
    // The same through put(), for a string longer than the buffer.
    void string_literal_slow(std::string_view s) {
        sink_.put('"');
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (!needs_escape(c)) continue;
            sink_.put(s.substr(run, i - run));
            run = i + 1;
            char e[6];
            sink_.put(std::string_view(e, std::size_t(escape_to(e, c) - e)));
        }
        sink_.put(s.substr(run));
        sink_.put('"');
    }

    OutputSink& sink_;
    int indent_;
    std::vector<std::size_t> counts_;  // elements written so far, per open container
    bool after_key_ = false;
};

}  // namespace chronik::io
