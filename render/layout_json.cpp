// The geometry as data: for --layout-json and for checks on a layout.
#include <chronik/render.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace chronik::render {

namespace {

Box bounds(std::initializer_list<Point> points) {
    double x0 = points.begin()->x, y0 = points.begin()->y, x1 = x0, y1 = y0;
    for (const Point& p : points) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

// Two decimals are finer than any device; they keep the file readable.
double round2(double v) { return std::round(v * 100) / 100; }

nlohmann::json box_json(const Box& b) {
    return {{"x", round2(b.x)}, {"y", round2(b.y)}, {"w", round2(b.w)}, {"h", round2(b.h)}};
}

nlohmann::json point_json(const Point& p) { return {round2(p.x), round2(p.y)}; }

}  // namespace

std::vector<RoleBox> role_boxes(const Layout& l) {
    std::vector<RoleBox> out;
    auto text = [&](const TextBlock& t, const std::string& id) { out.push_back({std::string(to_string(t.role)), id, t.box}); };
    for (const TextBlock& t : l.texts) text(t, "");
    for (const AxisSegment& s : l.segments) out.push_back({"axis", "", s.band});
    for (const Box& b : l.breaks) out.push_back({"axis_break", "", b});
    for (const Tick& t : l.ticks) {
        out.push_back({"tick", "", bounds({t.from, t.to})});
        if (t.label) text(*t.label, "");
    }
    for (const Lane& ln : l.lanes) {
        out.push_back({"lane", "", ln.box});
        if (ln.title) text(*ln.title, "");
    }
    for (const Marker& m : l.markers) {
        out.push_back({"marker", m.event_id, m.core});
        if (!m.fade_before.empty()) out.push_back({"fade", m.event_id, m.fade_before});
        if (!m.fade_after.empty()) out.push_back({"fade", m.event_id, m.fade_after});
    }
    for (const LegendEntry& e : l.legend) {
        out.push_back({"legend_swatch", "", e.swatch});
        text(e.text, "");
    }
    for (const Label& lb : l.labels) {
        out.push_back({"label", lb.event_id, lb.box});
        text(lb.date, lb.event_id);
        text(lb.headline, lb.event_id);
    }
    for (const Leader& ld : l.leaders) out.push_back({"leader", ld.event_id, bounds({ld.from, ld.control1, ld.control2, ld.to, ld.end})});
    for (const Relation& r : l.relations) out.push_back({"relation", r.event_id, bounds({r.from, r.control, r.to})});
    return out;
}

std::string layout_json(const Layout& l) {
    nlohmann::json j;
    j["width"] = round2(l.width);
    j["height"] = round2(l.height);
    j["orientation"] = to_string(l.orientation);
    j["size"] = to_string(l.options.size);
    j["theme"] = to_string(l.options.theme);
    j["font_family"] = l.options.font_family;
    j["left_out"] = l.left_out;
    j["page"] = l.page + 1;
    j["pages"] = l.pages;
    nlohmann::json boxes = nlohmann::json::array();
    for (const RoleBox& b : role_boxes(l)) {
        nlohmann::json e = box_json(b.box);
        e["role"] = b.role;
        if (!b.event_id.empty()) e["event"] = b.event_id;
        boxes.push_back(std::move(e));
    }
    j["boxes"] = std::move(boxes);
    nlohmann::json texts = nlohmann::json::array();
    auto text = [&](const TextBlock& t) {
        texts.push_back({{"role", to_string(t.role)}, {"text", t.text}, {"box", box_json(t.box)}});
    };
    for (const TextBlock& t : l.texts) text(t);
    for (const Lane& ln : l.lanes)
        if (ln.title) text(*ln.title);
    for (const LegendEntry& e : l.legend) text(e.text);
    j["texts"] = std::move(texts);
    nlohmann::json segments = nlohmann::json::array();
    for (const AxisSegment& s : l.segments)
        segments.push_back({{"first", iso_date(s.first)}, {"last", iso_date(s.last)},
                            {"begin", round2(s.along_begin)}, {"end", round2(s.along_end)}});
    j["axis"] = std::move(segments);
    nlohmann::json ticks = nlohmann::json::array();
    for (const Tick& t : l.ticks)
        ticks.push_back({{"date", iso_date(t.day)}, {"at", round2(t.along)}, {"label", t.label ? t.label->text : ""}});
    j["ticks"] = std::move(ticks);
    nlohmann::json events = nlohmann::json::array();
    for (std::size_t i = 0; i < l.markers.size(); ++i) {
        const Marker& m = l.markers[i];
        nlohmann::json e{{"id", m.event_id},  {"shape", to_string(m.shape)}, {"lane", m.lane},
                         {"begin", round2(m.along_begin)}, {"end", round2(m.along_end)}, {"approximate", m.approximate}, {"coarse", m.coarse},
                         {"marker", box_json(m.core)}};
        if (i < l.labels.size()) {
            const Label& lb = l.labels[i];
            e["label"] = box_json(lb.box);
            e["date"] = lb.date.text;
            e["headline"] = lb.headline.text;
            e["side"] = lb.side;
            e["layer"] = lb.layer;
        }
        if (i < l.leaders.size()) {
            const Leader& ld = l.leaders[i];
            e["leader"] = {point_json(ld.from), point_json(ld.control1), point_json(ld.control2), point_json(ld.to)};
            if (ld.end != ld.to) e["leader_end"] = point_json(ld.end);
        }
        events.push_back(std::move(e));
    }
    j["events"] = std::move(events);
    return j.dump(1) + "\n";
}

}  // namespace chronik::render
