#include <chronik/document.hpp>
#include <chronik/text.hpp>

#include "timeml_markup.hpp"
#include "xml_escape.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace chronik {

namespace {

// Decodes the XML entity at s[0] ('&'); returns its length in s, or 0 if it is not one.
std::size_t decode_entity(std::string_view s, std::string& out) {
    const std::size_t semi = s.find(';');
    if (semi == std::string_view::npos || semi > 12) return 0;
    const std::string_view name = s.substr(1, semi - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        char32_t cp = 0;
        for (char c : digits) {
            int v;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
            else return 0;
            cp = cp * (hex ? 16 : 10) + char32_t(v);
            if (cp > 0x10FFFF) return 0;
        }
        if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        text::append_utf8(out, cp);
    } else {
        return 0;
    }
    return semi + 1;
}

// UTF-16 and UTF-32 are named rather than called binary: by their byte order
// mark, or by the zero bytes that ASCII letters bring in them.
const char* wide_encoding(std::string_view raw) {
    auto at = [&](std::size_t i) { return i < raw.size() ? static_cast<unsigned char>(raw[i]) : 0x100u; };
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return "UTF-32 (little-endian)";
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32 (big-endian)";
    if (at(0) == 0xFF && at(1) == 0xFE) return "UTF-16 (little-endian)";
    if (at(0) == 0xFE && at(1) == 0xFF) return "UTF-16 (big-endian)";
    // Without a mark: most of the first units hold an ASCII character and zeros.
    const std::size_t probe = std::min<std::size_t>(raw.size() & ~std::size_t(3), 256);
    if (probe < 8) return nullptr;
    std::size_t zero[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < probe; ++i) zero[i % 4] += raw[i] == 0;
    const std::size_t units = probe / 4;
    auto most = [&](std::size_t n) { return n * 10 >= units * 9; };
    auto few = [&](std::size_t n) { return n * 10 <= units; };
    if (few(zero[0]) && most(zero[1]) && most(zero[2]) && most(zero[3])) return "UTF-32 (little-endian)";
    if (most(zero[0]) && most(zero[1]) && most(zero[2]) && few(zero[3])) return "UTF-32 (big-endian)";
    if (few(zero[0]) && few(zero[2]) && most(zero[1]) && most(zero[3])) return "UTF-16 (little-endian)";
    if (most(zero[0]) && most(zero[2]) && few(zero[1]) && few(zero[3])) return "UTF-16 (big-endian)";
    return nullptr;
}

bool looks_like_timeml(std::string_view raw) {
    const std::string_view head = raw.substr(io::markup_start(raw), 4096);
    return head.substr(0, 5) == "<?xml" ? head.find("<TimeML") != std::string_view::npos : head.substr(0, 7) == "<TimeML";
}

}  // namespace

namespace {

// The segment of decoded text that holds text byte `offset`.
const TextSegment* holding(const std::vector<TextSegment>& segments, std::size_t offset) {
    auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                               [](std::size_t o, const TextSegment& s) { return o < s.text_begin; });
    while (it != segments.begin()) {
        --it;
        if (it->text_size == 0) continue;
        return offset < it->text_begin + it->text_size ? &*it : nullptr;
    }
    return nullptr;
}

}  // namespace

std::size_t SourceDocument::raw_begin_of(std::size_t offset) const {
    if (!timeml) return offset;
    const TextSegment* s = holding(segments, offset);
    if (!s) return raw_text_end;
    return s->verbatim ? s->raw_begin + (offset - s->text_begin) : s->raw_begin;
}

std::size_t SourceDocument::raw_end_of(std::size_t offset) const {
    if (!timeml) return offset;
    if (offset == 0) return raw_text_begin;
    const TextSegment* s = holding(segments, offset - 1);
    if (!s) return raw_text_begin;
    return s->verbatim ? s->raw_begin + (offset - s->text_begin) : s->raw_begin + s->raw_size;
}

bool publication_year_ok(const date::year_month_day& d) { return int(d.year()) >= 1 && int(d.year()) <= 9999; }

SourceDocument parse_document(std::string source, std::string raw) {
    if (const char* encoding = wide_encoding(raw))
        throw InputError(std::string("input is ") + encoding +
                         " text; chronik reads UTF-8: convert it first (iconv -f " +
                         std::string(encoding).substr(0, 6) + " -t UTF-8)");
    check_text(raw);
    SourceDocument doc;
    doc.source = std::move(source);
    doc.raw = std::move(raw);
    doc.text_checked = true;
    if (!looks_like_timeml(doc.raw)) {
        doc.text = doc.raw;
        return doc;
    }
    doc.timeml = true;
    io::read_timeml(doc);
    check_text(doc.text);
    return doc;
}

TagOptions tag_options_for(const SourceDocument& doc, std::optional<date::year_month_day> published,
                           const LanguageData* language) {
    TagOptions options;
    options.language = language;
    options.text_checked = doc.text_checked;
    if (published) {
        options.published = published;
        options.published_from = PublishedFrom::argument;
    } else if (doc.dct) {
        options.published = doc.dct;
        options.published_from = PublishedFrom::dct;
    }
    return options;
}

namespace {

// A stream without a size: large blocks into a string that doubles.
std::string read_stream(std::istream& in) {
    constexpr std::size_t kBlock = 1 << 20;
    std::string raw;
    for (;;) {
        const std::size_t have = raw.size();
        raw.resize(have + kBlock);
        in.read(raw.data() + have, std::streamsize(kBlock));
        raw.resize(have + std::size_t(in.gcount()));
        if (!in) return raw;
    }
}

}  // namespace

SourceDocument read_document(const std::string& path) {
    std::string raw;
    if (path == "-") {
        raw = read_stream(std::cin);
        if (std::cin.bad()) throw InputError("cannot read standard input");
    } else {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) throw InputError(path + ": is a directory, not a file");
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in) throw InputError(path + ": cannot open: " + std::strerror(errno));
        const std::streamoff size = in.tellg();
        if (size >= 0 && std::filesystem::is_regular_file(path, ec)) {
            // The whole file in one read, into a string of its size.
            in.seekg(0);
            raw.resize(std::size_t(size));
            in.read(raw.data(), size);
            raw.resize(std::size_t(in.gcount()));
        } else {
            in.clear();
            raw = read_stream(in);  // a pipe or a device: no size to ask for
        }
        if (in.bad()) throw InputError(path + ": read error");
    }
    try {
        return parse_document(path, std::move(raw));
    } catch (const InputError& e) {
        throw InputError(path + ": " + e.what());
    }
}

std::string xml_unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&')
            if (const std::size_t n = decode_entity(s.substr(i, 16), out)) {
                i += n - 1;
                continue;
            }
        out += s[i];
    }
    return out;
}

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    io::xml_escape_into(s, [&](std::string_view piece) { out += piece; });
    return out;
}

}  // namespace chronik
