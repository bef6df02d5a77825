// A JSON writer that writes each value as it is given, in the layout of
// nlohmann::json::dump(indent) (indent < 0: compact), so that streamed output
// is byte-identical to a dumped tree. Internal to the library's writers.
#pragma once

#include "output_sink.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace chronik::io {

class JsonStream {
public:
    JsonStream(OutputSink& sink, int indent) : sink_(sink), indent_(indent) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // A member's name; the next call writes its value.
    void key(std::string_view name) {
        element();
        string_literal(name);
        sink_.put(indent_ >= 0 ? std::string_view(": ") : std::string_view(":"));
        after_key_ = true;
    }
    void value(std::string_view s) {
        element();
        string_literal(s);
    }
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::uint64_t n) {
        element();
        char digits[24];
        char* p = digits + sizeof digits;
        do *--p = char('0' + n % 10);
        while ((n /= 10) != 0);
        sink_.put(std::string_view(p, std::size_t(digits + sizeof digits - p)));
    }
    void null() {
        element();
        sink_.put("null");
    }
    // Each of these: the member with its value.
    template <typename T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    void null_member(std::string_view name) {
        key(name);
        null();
    }

private:
    void open(char bracket) {
        element();
        sink_.put(bracket);
        counts_.push_back(0);
    }
    void close(char bracket) {
        const std::size_t n = counts_.back();
        counts_.pop_back();
        if (n > 0) newline();
        sink_.put(bracket);
    }
    // Before a value: the separator and the line break of its container, unless
    // it is the value of a member whose name was just written.
    void element() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (counts_.empty()) return;
        if (counts_.back()++ > 0) sink_.put(',');
        newline();
    }
    void newline() {
        if (indent_ < 0) return;
        sink_.put('\n');
        static constexpr std::string_view kSpaces = "                                                                ";
        for (std::size_t n = counts_.size() * std::size_t(indent_); n > 0;) {
            const std::size_t k = std::min(n, kSpaces.size());
            sink_.put(kSpaces.substr(0, k));
            n -= k;
        }
    }
    // As nlohmann writes strings (UTF-8 kept): the two-character escapes, and
    // \u00xx in lower-case hex for the other control characters.
    void string_literal(std::string_view s) {
        static constexpr char kHex[] = "0123456789abcdef";
        sink_.put('"');
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            sink_.put(s.substr(run, i - run));
            run = i + 1;
            switch (c) {
                case '"': sink_.put("\\\""); break;
                case '\\': sink_.put("\\\\"); break;
                case '\b': sink_.put("\\b"); break;
                case '\f': sink_.put("\\f"); break;
                case '\n': sink_.put("\\n"); break;
                case '\r': sink_.put("\\r"); break;
                case '\t': sink_.put("\\t"); break;
                default: {
                    const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                    sink_.put(std::string_view(u, 6));
                }
            }
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
