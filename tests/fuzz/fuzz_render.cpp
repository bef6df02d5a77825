// libFuzzer target: every graphic format with options from the input's
// first bytes. The rest is a timeline JSON (what `chronik render` reads) or,
// when that is refused, an article built into a timeline. SVG must be
// well-formed XML, PDF and PNG non-empty with their signatures; a timeline
// too large for the options may be refused with LimitError (an InputError).
#include "fuzz_common.hpp"

#include <chronik/build.hpp>
#include <chronik/document.hpp>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Choices c{std::string_view(reinterpret_cast<const char*>(data), size)};
    const chronik::render::RenderOptions options = fuzz::render_options(c);
    const std::string payload(c.data);
    chronik::Timeline t;
    try {
        t = chronik::read_timeline_json(payload);
    } catch (const chronik::TimelineFormatError&) {
        try {
            const chronik::SourceDocument doc = chronik::parse_document("fuzz.txt", payload);
            t = chronik::build_timeline(doc, date::year{2025} / 7 / 13);
        } catch (const chronik::InputError&) {
            return 0;
        }
    }
    if (t.events.size() > 80) return 0;  // painting cost, not coverage
    using chronik::render::Format;
    for (const Format f : {Format::svg, Format::pdf, Format::png}) {
        std::string bytes;
        try {
            bytes = chronik::render::render_timeline(t, options, f);
        } catch (const chronik::render::LimitError&) {
            continue;
        }
        if (f == Format::svg) fuzz::require(fuzz::parse_xml(bytes) != nullptr, "the SVG is not well-formed");
        if (f == Format::pdf) fuzz::require(bytes.starts_with("%PDF-"), "not a PDF");
        if (f == Format::png) fuzz::require(bytes.starts_with("\x89PNG"), "not a PNG");
    }
    return 0;
}
