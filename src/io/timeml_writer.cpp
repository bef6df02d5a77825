#include <chronik/document.hpp>

#include "output_sink.hpp"
#include "timeml_markup.hpp"
#include "timeml_parts.hpp"
#include "xml_escape.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace chronik {

namespace timeml {

std::string head(std::string_view docid, std::optional<date::year_month_day> dct) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n";
    out += "<DOCID>" + xml_escape(docid) + "</DOCID>\n";
    if (dct) {
        const std::string day = iso_date(*dct);
        out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + day +
               "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + day + "</TIMEX3></DCT>\n";
    }
    return out + "<TEXT>";
}

std::string timex_open(std::size_t tid, std::string_view type, std::string_view value, Mod mod) {
    std::string tag = "<TIMEX3 tid=\"t" + std::to_string(tid) + "\" type=\"" + std::string(type) + "\" value=\"" +
                      xml_escape(value) + "\"";
    if (mod != Mod::none) tag += " mod=\"" + std::string(to_string(mod)) + "\"";
    return tag;
}

}  // namespace timeml

namespace io {

namespace {

// The segment of doc.text that holds text byte `offset` (segments hold text).
const TextSegment* holding(const std::vector<TextSegment>& segments, std::size_t offset) {
    auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                               [](std::size_t o, const TextSegment& s) { return o < s.text_begin; });
    if (it == segments.begin()) return nullptr;
    --it;
    return offset < it->text_begin + it->text_size ? &*it : nullptr;
}

}  // namespace

std::optional<Placement> place_timex(const SourceDocument& doc, std::size_t begin, std::size_t end) {
    const TimemlMarkup* m = doc.markup.get();
    if (m == nullptr || begin >= end) return std::nullopt;
    const TextSegment* first = holding(doc.segments, begin);
    const TextSegment* last = holding(doc.segments, end - 1);
    if (first == nullptr || last == nullptr) return std::nullopt;
    constexpr std::size_t kNone = TimemlMarkup::kNone;
    const auto& el = m->elements;
    // The innermost element that holds both ends; below it, the element on
    // each side that holds one end only (the TIMEX3 takes it in whole).
    std::size_t lca = m->segment_element[std::size_t(first - doc.segments.data())];
    std::size_t left = kNone;
    while (lca != kNone && el[lca].text_end < end) {
        left = lca;
        lca = el[lca].parent;
    }
    std::size_t right = kNone;
    for (std::size_t c = m->segment_element[std::size_t(last - doc.segments.data())]; c != lca; c = el[c].parent) {
        if (c == kNone) return std::nullopt;  // cannot happen: lca holds the last byte
        right = c;
    }
    if (lca != kNone && el[lca].in_timex) return std::nullopt;  // inside an existing TIMEX3
    Placement p;
    p.begin = left != kNone ? el[left].open_begin : doc.raw_begin_of(begin);
    p.end = right != kNone ? el[right].close_end : doc.raw_end_of(end);
    // Around an existing TIMEX3: not tagged again.
    const auto timex = std::lower_bound(m->timex_opens.begin(), m->timex_opens.end(), p.begin);
    if (timex != m->timex_opens.end() && *timex < p.end) return std::nullopt;
    // Inside a CDATA section: before or after it when the tag stands at its
    // edge, else the section is split around the tag.
    auto section = [&](std::size_t raw) -> const std::pair<std::size_t, std::size_t>* {
        auto it = std::upper_bound(m->cdata.begin(), m->cdata.end(), raw,
                                   [](std::size_t r, const auto& s) { return r < s.first; });
        if (it == m->cdata.begin()) return nullptr;
        --it;
        return raw <= it->second ? &*it : nullptr;
    };
    if (left == kNone)
        if (const auto* s = section(p.begin); s && p.begin < s->second) {
            if (p.begin == s->first) p.begin -= std::string_view("<![CDATA[").size();
            else p.split_begin = true;
        }
    if (right == kNone)
        if (const auto* s = section(p.end); s && p.end > s->first) {
            if (p.end == s->second) p.end += std::string_view("]]>").size();
            else p.split_end = true;
        }
    return p;
}

}  // namespace io

namespace {

std::string open_tag(const Expression& x, std::size_t n) {
    std::string tag = timeml::timex_open(n, to_string(x.type), timex3(x.value), x.mod);
    if (const auto* r = std::get_if<Recurrence>(&x.value)) {
        if (!r->freq().empty()) tag += " freq=\"" + r->freq() + "\"";
        if (!r->quant().empty()) tag += " quant=\"" + r->quant() + "\"";
    }
    return tag + ">";
}

constexpr std::string_view kClose = "</TIMEX3>";

}  // namespace

void write_timeml(std::ostream& stream, const SourceDocument& doc, const TaggedText& tagged) {
    io::OutputSink out(stream);
    if (doc.timeml && doc.markup) {
        // The file as it came, with TIMEX3 tags added inside TEXT; new tids
        // continue after those the file already uses (DCT, anchors).
        std::size_t n = doc.markup->next_tid;
        const std::string_view raw = doc.raw;
        // White space before the XML declaration left out (see TimemlMarkup).
        out.put(raw.substr(0, doc.markup->space_before_declaration_begin));
        std::size_t pos = doc.markup->space_before_declaration_end;
        for (const Expression& x : tagged.expressions) {
            const std::optional<io::Placement> p = io::place_timex(doc, x.begin, x.end);
            if (!p || p->begin < pos) continue;  // in or around an existing TIMEX3, or over the one before
            out.put(raw.substr(pos, p->begin - pos));
            if (p->split_begin) out.put("]]>");
            out.put(open_tag(x, n++));
            if (p->split_begin) out.put("<![CDATA[");
            out.put(raw.substr(p->begin, p->end - p->begin));
            if (p->split_end) out.put("]]>");
            out.put(kClose);
            if (p->split_end) out.put("<![CDATA[");
            pos = p->end;
        }
        out.put(raw.substr(pos));
        return;
    }
    std::size_t n = 1;
    const std::string name = doc.source == "-" ? "stdin" : std::filesystem::path(doc.source).filename().string();
    out.put(timeml::head(name, tagged.published));
    auto escaped = [&](std::string_view s) { io::xml_escape_into(s, [&](std::string_view piece) { out.put(piece); }); };
    std::size_t pos = 0;
    const std::string_view text = doc.text;
    for (const Expression& x : tagged.expressions) {
        if (x.begin < pos) continue;
        escaped(text.substr(pos, x.begin - pos));
        out.put(open_tag(x, n++));
        escaped(text.substr(x.begin, x.end - x.begin));
        out.put(kClose);
        pos = x.end;
    }
    escaped(text.substr(pos));
    out.put("</TEXT>\n</TimeML>\n");
}

std::string to_timeml(const SourceDocument& doc, const TaggedText& tagged) {
    std::ostringstream out;
    write_timeml(out, doc, tagged);
    return std::move(out).str();
}

}  // namespace chronik
