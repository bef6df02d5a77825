#include <chronik/document.hpp>

#include "output_sink.hpp"
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
    std::size_t n = 1;
    if (doc.timeml) {
        // New tids continue after those the file already uses (DCT, empty anchors).
        for (std::size_t at = doc.raw.find("tid=\""); at != std::string::npos; at = doc.raw.find("tid=\"", at + 5)) {
            std::size_t k = at + 5;
            if (k < doc.raw.size() && doc.raw[k] == 't') ++k;
            std::size_t v = 0;
            bool digits = false;
            while (k < doc.raw.size() && doc.raw[k] >= '0' && doc.raw[k] <= '9' && v < 100000000) {
                v = v * 10 + std::size_t(doc.raw[k++] - '0');
                digits = true;
            }
            if (digits) n = std::max(n, v + 1);
        }
        // The file as it came, with TIMEX3 tags added inside TEXT.
        const std::string_view raw = doc.raw;
        std::size_t pos = 0;
        for (const Expression& x : tagged.expressions) {
            const std::size_t b = doc.raw_begin_of(x.begin);
            const std::size_t e = doc.raw_end_of(x.end);
            if (b < pos || e < b) continue;  // cannot happen for non-overlapping expressions
            out.put(raw.substr(pos, b - pos));
            out.put(open_tag(x, n++));
            out.put(raw.substr(b, e - b));
            out.put(kClose);
            pos = e;
        }
        out.put(raw.substr(pos));
        return;
    }
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
