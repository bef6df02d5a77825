// Shared by the libFuzzer targets: taking options from the input's first
// bytes, and checking XML with libxml2 (independent of chronik's reader).
#pragma once

#include <chronik/export.hpp>
#include <chronik/render.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace fuzz {

// A failed check: the message, then an abort (libFuzzer keeps the input).
[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}
inline void require(bool ok, const char* what) {
    if (!ok) fail(what);
}

// Bytes taken one at a time from the front of the input for choices; what
// is left is the payload.
struct Choices {
    std::string_view data;
    std::uint8_t next() {
        if (data.empty()) return 0;
        const auto b = static_cast<std::uint8_t>(data.front());
        data.remove_prefix(1);
        return b;
    }
};

inline chronik::render::RenderOptions render_options(Choices& c) {
    using namespace chronik::render;
    RenderOptions o;
    const std::uint8_t a = c.next(), b = c.next();
    o.size = SizePreset(a % 3);
    o.theme = Theme((a / 3) % 3);
    o.orientation = Orientation((a / 9) % 3);
    o.hyphenate = (a & 0x80) == 0;
    o.language = b % 3 == 0 ? "" : b % 3 == 1 ? "de" : "en";
    o.max_headline_lines = 1 + (b / 3) % 8;
    o.selection.undated = b & 0x40;
    o.selection.vague = b & 0x80;
    const std::uint8_t m = c.next();
    o.max_events = m % 4 == 0 ? int(m / 4) : 0;
    if (m & 1) o.title = "Titel <&> \xe2\x80\x93 " + std::to_string(m);
    if (m & 2) o.subtitle = std::string(m % 64, 'x') + " Untertitel";
    o.png_scale = 0.25 + (c.next() % 4) * 0.25;  // small PNGs: the painting, not the pixels
    return o;
}

inline chronik::ExportOptions export_options(Choices& c) {
    chronik::ExportOptions o;
    const std::uint8_t a = c.next();
    o.include.undated = a & 1;
    o.include.vague = a & 2;
    o.dated_only = a & 4;
    static const char* const zones[] = {"", "UTC", "floating", "Europe/Berlin", "America/New_York"};
    o.time_zone = zones[(a >> 3) % 5];
    return o;
}

struct FreeDoc {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, FreeDoc>;

// The document as libxml2 reads it (no network, no entity expansion); null
// when it is not well-formed.
inline XmlDoc parse_xml(std::string_view xml) {
    return XmlDoc(xmlReadMemory(xml.data(), int(xml.size()), nullptr, "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC));
}

inline xmlNode* find_element(xmlNode* n, const char* name) {
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(name))) return n;
        if (xmlNode* inner = find_element(n->children, name)) return inner;
    }
    return nullptr;
}

inline std::string content(xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    std::string s = c ? reinterpret_cast<const char*>(c) : "";
    xmlFree(c);
    return s;
}

}  // namespace fuzz
