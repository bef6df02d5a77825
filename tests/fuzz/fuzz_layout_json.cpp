// libFuzzer target: the layout JSON (--layout-json). A timeline JSON from
// the input, options from its first bytes; the layout JSON must be JSON,
// the same for the same input, every box on the canvas (the layout's own
// invariant), and every event id in it one of the timeline's.
#include "fuzz_common.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <string>


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Choices c{std::string_view(reinterpret_cast<const char*>(data), size)};
    const chronik::render::RenderOptions options = fuzz::render_options(c);
    chronik::Timeline t;
    try {
        t = chronik::read_timeline_json(c.data);
    } catch (const chronik::TimelineFormatError&) {
        return 0;
    }
    if (t.events.size() > 200) return 0;
    std::string once;
    try {
        once = chronik::render::layout_json(
            chronik::render::render_timeline_with_layout(t, options, chronik::render::Format::svg).layout);
    } catch (const chronik::render::LimitError&) {
        return 0;
    }
    const std::string twice = chronik::render::layout_json(
        chronik::render::render_timeline_with_layout(t, options, chronik::render::Format::svg).layout);
    fuzz::require(once == twice, "the layout JSON differs for the same input");
    const nlohmann::json j = nlohmann::json::parse(once, nullptr, false);
    fuzz::require(!j.is_discarded(), "the layout JSON is not JSON");
    std::set<std::string> ids;
    for (const chronik::Event& e : t.events) ids.insert(e.id);
    const double width = j.at("width"), height = j.at("height");
    for (const auto& box : j.at("boxes")) {
        const double x = box.at("x"), y = box.at("y"), w = box.at("w"), h = box.at("h");
        fuzz::require(w >= 0 && h >= 0 && x >= -0.02 && y >= -0.02 && x + w <= width + 0.02 && y + h <= height + 0.02,
                      "a layout box off the canvas");
        if (box.contains("event"))
            fuzz::require(ids.count(box["event"].get<std::string>()) == 1, "a layout box for an event the timeline lacks");
    }
    return 0;
}
