// libFuzzer target: any bytes as a timeline file (what `chronik render`
// reads). It is refused with TimelineFormatError, or it exports to every
// format, writes back as JSON that reads again unchanged, and renders.
#include <chronik/export.hpp>
#include <chronik/render.hpp>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    chronik::Timeline t;
    try {
        t = chronik::read_timeline_json(raw);
    } catch (const chronik::TimelineFormatError&) {
        return 0;
    }
    for (const chronik::ExportFormat f :
         {chronik::ExportFormat::ics, chronik::ExportFormat::jsonfeed, chronik::ExportFormat::timelinejs,
          chronik::ExportFormat::markdown, chronik::ExportFormat::html, chronik::ExportFormat::timeml})
        (void)chronik::export_timeline(t, f);
    const std::string once = chronik::export_timeline(t, chronik::ExportFormat::json);
    const std::string twice = chronik::export_timeline(chronik::read_timeline_json(once), chronik::ExportFormat::json);
    if (once != twice) __builtin_trap();
    if (t.events.size() < 60)
        (void)chronik::render::render_timeline(t, chronik::render::RenderOptions{}, chronik::render::Format::svg);
    return 0;
}
