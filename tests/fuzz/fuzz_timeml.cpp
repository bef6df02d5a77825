// libFuzzer target: TimeML input. The input is a TimeML document, or (when
// its first byte is odd) the content of TEXT in a TimeML frame with a DCT.
// What chronik reads (InputError refuses the rest) libxml2 reads too, with
// the same TEXT; the TimeML written for it is
// well-formed, its TEXT has the input's text content byte for byte, no
// TIMEX3 lies inside another, and the text chronik tags is TEXT's content
// (when the document declares no entities of its own).
#include "fuzz_common.hpp"
#include "../line_ends.hpp"

#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include <algorithm>
#include <string>

namespace {

bool nested_timex(xmlNode* n, bool inside) {
    for (; n; n = n->next) {
        const bool timex = n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "TIMEX3");
        if (timex && inside) return true;
        if (nested_timex(n->children, inside || timex)) return true;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string raw(reinterpret_cast<const char*>(data), size);
    if (!raw.empty() && (raw[0] & 1)) {
        raw = "<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-07-13\">2025-07-13"
              "</TIMEX3></DCT>\n<TEXT>" +
              raw.substr(1) + "</TEXT>\n</TimeML>\n";
    }
    chronik::SourceDocument doc;
    try {
        doc = chronik::parse_document("fuzz.tml", raw);
    } catch (const chronik::InputError&) {
        return 0;  // not UTF-8, binary, not well-formed, no TEXT
    }
    if (!doc.timeml) return 0;
    // The reader lets a byte order mark and white space before the XML
    // declaration be (documented); libxml2 is asked about the rest.
    std::size_t lead = raw.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\t' || raw[lead] == '\n' || raw[lead] == '\r')) ++lead;
    const bool declaration = raw.compare(lead, 5, "<?xml") == 0;
    const fuzz::XmlDoc in = fuzz::parse_xml(declaration ? std::string_view(raw).substr(lead) : std::string_view(raw));
    fuzz::require(in != nullptr, "chronik read TimeML that libxml2 finds not well-formed");
    xmlNode* in_text = fuzz::find_element(xmlDocGetRootElement(in.get()), "TEXT");
    fuzz::require(in_text != nullptr, "chronik found a TEXT libxml2 does not");
    const std::string text = fuzz::content(in_text);
    const bool own_entities = raw.find("<!ENTITY") != std::string::npos;
    // Carriage returns compared as line ends (see line_ends.hpp).
    using chronik_test::cr_as_line_ends;
    if (!own_entities)
        fuzz::require(cr_as_line_ends(text) == cr_as_line_ends(doc.text), "the text chronik tags is not TEXT's content");

    const bool nested_in = nested_timex(in_text->children, false);
    chronik::TagOptions options = chronik::tag_options_for(doc, std::nullopt);
    if (!options.published) options.published = date::year{2025} / 7 / 13;
    for (const chronik::Genre genre : {chronik::Genre::news, chronik::Genre::narrative}) {
        options.genre = genre;
        const std::string out = chronik::to_timeml(doc, chronik::tag_text(doc.text, options));
        const fuzz::XmlDoc parsed = fuzz::parse_xml(out);
        fuzz::require(parsed != nullptr, "the TimeML output is not well-formed");
        xmlNode* out_text = fuzz::find_element(xmlDocGetRootElement(parsed.get()), "TEXT");
        fuzz::require(out_text != nullptr, "the TimeML output has no TEXT");
        fuzz::require(fuzz::content(out_text) == text, "the TimeML output changed the text");
        // A TIMEX3 inside another that the input already had is kept as it came.
        fuzz::require(nested_in || !nested_timex(out_text->children, false), "a TIMEX3 inside another");
    }
    return 0;
}
