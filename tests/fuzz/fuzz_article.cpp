// libFuzzer target: any bytes as an article, through the whole chain —
// tagging, events, ordering, every export format, the timeline JSON read
// back, and the SVG graphic. Bad input may be refused with InputError or
// MissingPublicationDate; anything else (a crash, another exception, a
// sanitizer report, JSON that does not read back) is a bug.
#include <chronik/build.hpp>
#include <chronik/document.hpp>
#include <chronik/export.hpp>
#include <chronik/render.hpp>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    try {
        const chronik::SourceDocument doc = chronik::parse_document("fuzz", raw);
        const chronik::Timeline t = chronik::build_timeline(doc, date::year{2025} / 7 / 13);
        for (const chronik::ExportFormat f :
             {chronik::ExportFormat::json, chronik::ExportFormat::ics, chronik::ExportFormat::jsonfeed,
              chronik::ExportFormat::timelinejs, chronik::ExportFormat::markdown, chronik::ExportFormat::html,
              chronik::ExportFormat::timeml}) {
            const std::string out = chronik::export_timeline(t, f);
            if (f == chronik::ExportFormat::json) (void)chronik::read_timeline_json(out);
        }
        // Rendering shapes text with pango: kept to timelines of a readable size.
        if (t.events.size() < 60)
            (void)chronik::render::render_timeline(t, chronik::render::RenderOptions{}, chronik::render::Format::svg);
        chronik::TagOptions options;
        options.published = date::year{2025} / 7 / 13;
        const chronik::TaggedText tagged = chronik::tag_text(doc.text, options);
        (void)chronik::to_timeml(doc, tagged);
        (void)chronik::to_json({{&doc, &tagged}});
    } catch (const chronik::InputError&) {
    } catch (const chronik::MissingPublicationDate&) {
    }
    return 0;
}
