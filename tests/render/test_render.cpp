// The render stage: geometry invariants on three timelines, the options, and
// the written files checked by their consumers (xmllint, pdfinfo, cairo).
#include <chronik/render.hpp>

#include "files.hpp"
#include "fixtures.hpp"
#include "placement.hpp"

#include <cairo.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>

using namespace chronik;
using namespace chronik::render;
namespace fx = chronik::render::fixtures;
using namespace chronik::render::testing;

namespace {

double along_of(const Layout& l, double day) {
    for (const AxisSegment& s : l.segments) {
        const double t0 = double(s.first.time_since_epoch().count());
        const double t1 = double(s.last.time_since_epoch().count()) + 1;
        if (day >= t0 && day <= t1) return s.along_begin + (day - t0) / (t1 - t0) * (s.along_end - s.along_begin);
    }
    FAIL("day " << day << " lies on no axis segment");
    return 0;
}

double day_number(date::sys_days d) { return double(d.time_since_epoch().count()); }

// What every layout must hold.
void check_invariants(const Layout& l, const Timeline& tl) {
    INFO("orientation " << to_string(l.orientation) << ", " << l.width << " × " << l.height);
    REQUIRE(l.markers.size() == tl.events.size());
    REQUIRE(l.labels.size() == tl.events.size());
    REQUIRE(l.leaders.size() == tl.events.size());

    // No two label boxes overlap.
    for (std::size_t i = 0; i < l.labels.size(); ++i)
        for (std::size_t k = i + 1; k < l.labels.size(); ++k) {
            INFO(l.labels[i].event_id << " and " << l.labels[k].event_id);
            CHECK_FALSE(l.labels[i].box.overlaps(l.labels[k].box));
        }

    // Every box lies inside the canvas.
    const Box canvas{0, 0, l.width, l.height};
    for (const RoleBox& b : role_boxes(l)) {
        INFO(b.role << " " << b.event_id << " at " << b.box.x << "," << b.box.y << " " << b.box.w << "×" << b.box.h);
        CHECK(canvas.contains(b.box, 0.01));
    }

    // Every event's marker at its date.
    const bool horizontal = l.orientation == Orientation::horizontal;
    for (std::size_t i = 0; i < tl.events.size(); ++i) {
        const EventTime& w = tl.events[i].when;
        const Marker& m = l.markers[i];
        INFO(m.event_id << " " << to_string(m.shape));
        CHECK(m.event_id == tl.events[i].id);
        const double core0 = horizontal ? m.core.x : m.core.y;
        const double core1 = horizontal ? m.core.right() : m.core.bottom();
        if (w.kind != TimeKind::calendar || !w.earliest || !w.latest || w.mod != Mod::none) continue;
        const double first = day_number(*w.earliest), last = day_number(*w.latest) + 1;
        if (m.shape == MarkerShape::point) {
            CHECK((core0 + core1) / 2 == Approx(along_of(l, (first + last) / 2)).margin(0.01));
        } else {
            REQUIRE(m.shape == MarkerShape::bar);
            CHECK(core0 == Approx(along_of(l, first)).margin(0.01));
            CHECK(core1 == Approx(std::max(along_of(l, last), core0 + 1.5)).margin(0.01));
        }
    }

    // Ticks ascend, in position and in date.
    REQUIRE_FALSE(l.ticks.empty());
    for (std::size_t k = 1; k < l.ticks.size(); ++k) {
        CHECK(l.ticks[k].along > l.ticks[k - 1].along);
        CHECK(l.ticks[k].day > l.ticks[k - 1].day);
    }
    // Tick labels do not run into each other.
    std::vector<Box> tick_labels;
    for (const Tick& t : l.ticks)
        if (t.label) tick_labels.push_back(t.label->box);
    for (std::size_t k = 1; k < tick_labels.size(); ++k) CHECK_FALSE(tick_labels[k - 1].overlaps(tick_labels[k]));
}

RenderOptions with(Orientation o, SizePreset s = SizePreset::web) {
    RenderOptions opt;
    opt.orientation = o;
    opt.size = s;
    return opt;
}

std::vector<std::string> tick_texts(const Layout& l) {
    std::vector<std::string> out;
    for (const Tick& t : l.ticks)
        if (t.label) out.push_back(t.label->text);
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("render: the seed-like German timeline lays out cleanly in every orientation and size", "[render]") {
    const Timeline tl = fx::seed_like();
    for (const SizePreset size : {SizePreset::web, SizePreset::social, SizePreset::a4})
        for (const Orientation o : {Orientation::automatic, Orientation::horizontal, Orientation::vertical}) {
            INFO(to_string(size) << " " << to_string(o));
            const Layout l = layout_timeline(tl, with(o, size), measurer());
            check_invariants(l, tl);
        }
}

TEST_CASE("render: the seed-like timeline is horizontal on the web preset, with German ticks and credit", "[render]") {
    const Timeline tl = fx::seed_like();
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    CHECK(l.orientation == Orientation::horizontal);
    CHECK(l.width == 1200);
    CHECK(l.height == 675);
    const std::vector<std::string> ticks = tick_texts(l);
    CHECK(contains(ticks, "Jan. 2024"));
    CHECK(contains(ticks, "Jan. 2025"));
    bool credit = false;
    for (const TextBlock& t : l.texts) credit = credit || (t.role == TextRole::credit && t.text == "Quelle: Epoch Times, 13.07.2025");
    CHECK(credit);
    CHECK(l.labels[6].date.text == "12. Juli 2025");
    CHECK(l.labels[1].date.text == "August 2024");
}

TEST_CASE("render: vague, undated and uncertain events get their own marks", "[render]") {
    Timeline tl = fx::seed_like();
    tl.events.push_back(fx::event("e10", "Anfang des Jahres beginnen Gespräche", EventTime::calendar(Period::year(2025), Mod::start)));
    tl.events.back().when.latest = fx::day(2025, 4, 30);
    tl.events.push_back(fx::event("e11", "Etwa im Jahr 2024 ein ungefähres Ereignis", EventTime::calendar(Period::year(2024), Mod::approx)));
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    check_invariants(l, tl);
    CHECK(l.markers[0].shape == MarkerShape::bar);
    CHECK(l.markers[6].shape == MarkerShape::point);
    CHECK(l.markers[3].shape == MarkerShape::open_start);  // PAST_REF
    CHECK(l.markers[8].shape == MarkerShape::open_end);    // FUTURE_REF
    CHECK_FALSE(l.markers[3].fade_before.empty());
    CHECK_FALSE(l.markers[8].fade_after.empty());
    CHECK(l.labels[3].date.text == "früher");
    CHECK(l.labels[8].date.text == "künftig");
    // Undated events sit beside their partners and say how they relate.
    CHECK(l.markers[2].shape == MarkerShape::relative);
    CHECK(l.markers[5].shape == MarkerShape::relative);
    CHECK(l.markers[2].anchor.x > l.markers[1].core.right());  // after the offensive
    CHECK(l.markers[5].anchor.x < l.markers[6].anchor.x);      // "Zuvor": before the meeting
    CHECK(l.labels[5].date.text == "vor dem 12. Juli 2025");
    CHECK(l.relations.size() == 2);
    // Uncertain margins fade; approximate periods are marked.
    CHECK_FALSE(l.markers[9].fade_after.empty());
    CHECK(l.markers[9].fade_before.empty());
    CHECK(l.markers[10].approximate);
    CHECK_FALSE(l.markers[10].fade_before.empty());
}

TEST_CASE("render: 200 events over 35 years", "[render]") {
    const Timeline tl = fx::synthetic(200, 35);
    const Layout automatic = layout_timeline(tl, RenderOptions{}, measurer());
    CHECK(automatic.orientation == Orientation::vertical);
    check_invariants(automatic, tl);
    const Layout horizontal = layout_timeline(tl, with(Orientation::horizontal), measurer());
    check_invariants(horizontal, tl);
    check_invariants(layout_timeline(tl, with(Orientation::automatic, SizePreset::a4), measurer()), tl);
}

TEST_CASE("render: one dense month of 60 events", "[render]") {
    const Timeline tl = fx::dense_month();
    for (const Orientation o : {Orientation::automatic, Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, with(o), measurer());
        check_invariants(l, tl);
        // Day ticks in German.
        const std::vector<std::string> ticks = tick_texts(l);
        CHECK(std::any_of(ticks.begin(), ticks.end(), [](const std::string& s) { return s.find("Juni") != std::string::npos; }));
    }
}

TEST_CASE("render: events far apart break the axis", "[render]") {
    Timeline tl = fx::seed_like();
    tl.events.insert(tl.events.begin(), fx::event("e0", "Ein Ereignis von 1990", EventTime::calendar(Period::month(1990, 10))));
    for (Link& k : tl.links) ++k.from, ++k.to;
    for (const Orientation o : {Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, with(o), measurer());
        check_invariants(l, tl);
        REQUIRE(l.segments.size() == 2);
        CHECK(l.breaks.size() == 1);
        CHECK(l.segments[0].last < fx::day(1992, 1, 1));
        CHECK(l.segments[1].first > fx::day(2023, 1, 1));
        CHECK(contains(tick_texts(l), "Jan. 2025"));
    }
}

TEST_CASE("render: ticks adapt to decades and speak English", "[render]") {
    Timeline tl = fx::timeline("Decades", "en", "Wire", date::year{2024} / 3 / 1);
    for (int y = 1950; y <= 2020; y += 7)
        tl.events.push_back(fx::event(fx::event_id(y), "Event of " + std::to_string(y), EventTime::calendar(Period::year(y))));
    const Layout l = layout_timeline(tl, with(Orientation::horizontal), measurer());
    check_invariants(l, tl);
    const std::vector<std::string> ticks = tick_texts(l);
    CHECK((contains(ticks, "1990s") || contains(ticks, "1990")));
    CHECK(l.texts.back().text == "Source: Wire, 1 March 2024");

    RenderOptions german;
    german.language = "de";
    const Layout de = layout_timeline(tl, german, measurer());
    const std::vector<std::string> de_ticks = tick_texts(de);
    CHECK(std::any_of(de_ticks.begin(), de_ticks.end(), [](const std::string& s) { return s == "1990er" || s == "1990"; }));
}

TEST_CASE("render: several sources become swimlanes", "[render]") {
    Timeline tl = fx::seed_like();
    tl.sources.push_back(fx::source("s2", "Tass", date::year{2025} / 7 / 12));
    for (std::size_t i = 4; i < tl.events.size(); i += 2) tl.events[i].mentions.front().source = 1;
    for (const Orientation o : {Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, with(o), measurer());
        check_invariants(l, tl);
        REQUIRE(l.lanes.size() == 2);
        REQUIRE(l.lanes[1].title);
        CHECK(l.lanes[1].title->text == "Tass");
        CHECK(l.markers[4].lane == 1);
        CHECK_FALSE(l.lanes[0].box.overlaps(l.lanes[1].box));
        CHECK(l.texts.back().text == "Quellen: Epoch Times, 13.07.2025; Tass, 12.07.2025");
    }
}

TEST_CASE("render: German headlines get soft hyphens — the line limit holds", "[render]") {
    const Timeline tl = fx::seed_like();
    RenderOptions opt;
    const Layout l = layout_timeline(tl, opt, measurer());
    const std::string soft = "\u00AD";
    bool any = false;
    for (const Label& lb : l.labels) any = any || lb.headline.text.find(soft) != std::string::npos;
    if (std::filesystem::exists("/usr/share/hyphen/hyph_de_DE.dic")) CHECK(any);
    opt.hyphenate = false;
    opt.max_headline_lines = 2;
    const Layout plain = layout_timeline(tl, opt, measurer());
    for (const Label& lb : plain.labels) {
        CHECK(lb.headline.text.find(soft) == std::string::npos);
        CHECK(lb.headline.text == tl.events[lb.event].headline);
        const TextExtent e = measurer().measure(lb.headline.text, lb.headline.style, lb.headline.wrap_width, 2);
        CHECK(e.lines <= 2);
    }
}

TEST_CASE("render: layout JSON names every box with its role and event", "[render]") {
    const Timeline tl = fx::seed_like();
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    const nlohmann::json j = nlohmann::json::parse(layout_json(l));
    CHECK(j["width"] == 1200);
    CHECK(j["orientation"] == "horizontal");
    std::size_t labels = 0;
    for (const auto& b : j["boxes"]) {
        REQUIRE(b.contains("role"));
        if (b["role"] == "label") {
            ++labels;
            CHECK(b.contains("event"));
        }
    }
    CHECK(labels == tl.events.size());
    CHECK(j["events"].size() == tl.events.size());
    CHECK(j["events"][6]["shape"] == "point");
    CHECK(layout_json(l) == layout_json(layout_timeline(tl, RenderOptions{}, measurer())));
}

TEST_CASE("render: SVG, PDF and PNG are valid and byte-identical across runs", "[render][files]") {
    const Timeline tl = fx::seed_like();
    for (const Theme theme : {Theme::light, Theme::dark, Theme::print}) {
        RenderOptions opt;
        opt.theme = theme;
        const std::string svg = render_timeline(tl, opt, Format::svg);
        const std::string pdf = render_timeline(tl, opt, Format::pdf);
        const std::string png = render_timeline(tl, opt, Format::png);
        CHECK(svg == render_timeline(tl, opt, Format::svg));
        CHECK(pdf == render_timeline(tl, opt, Format::pdf));
        CHECK(png == render_timeline(tl, opt, Format::png));

        const std::string stem = "seed-" + std::string(to_string(theme));
        write(scratch(stem + ".svg"), svg);
        write(scratch(stem + ".pdf"), pdf);
        write(scratch(stem + ".png"), png);
        CHECK(runs_clean("xmllint --noout '" + scratch(stem + ".svg").string() + "'"));
        CHECK(runs_clean("pdfinfo '" + scratch(stem + ".pdf").string() + "'"));
        // From the source's publication day, not the clock (cairo 1.16 writes it without "D:").
        CHECK(pdf.find("/CreationDate (20250713") != std::string::npos);

        cairo_surface_t* image = cairo_image_surface_create_from_png(scratch(stem + ".png").c_str());
        CHECK(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
        CHECK(cairo_image_surface_get_width(image) == 2400);
        CHECK(cairo_image_surface_get_height(image) == 1350);
        cairo_surface_destroy(image);
    }
}

TEST_CASE("render: markup in headlines and titles is escaped", "[render][files]") {
    Timeline tl = fx::seed_like();
    tl.title = "Titel <script>&\"alert\"</script>";
    tl.events[0].headline = "Kopf <script>alert('x')</script> & \"Zitat\"";
    const std::string svg = render_timeline(tl, RenderOptions{}, Format::svg);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;&amp;&quot;alert&quot;&lt;/script&gt;") != std::string::npos);
    write(scratch("escape.svg"), svg);
    CHECK(runs_clean("xmllint --noout '" + scratch("escape.svg").string() + "'"));
    const std::string pdf = render_timeline(tl, RenderOptions{}, Format::pdf);
    write(scratch("escape.pdf"), pdf);
    CHECK(runs_clean("pdfinfo '" + scratch("escape.pdf").string() + "'"));
}

TEST_CASE("render: render_file picks the format from the extension", "[render][files]") {
    const Timeline tl = fx::seed_like();
    const std::filesystem::path svg = scratch("file.SVG");
    render_file(tl, RenderOptions{}, svg.string());
    CHECK(std::filesystem::file_size(svg) > 1000);
    CHECK_THROWS_AS(render_file(tl, RenderOptions{}, scratch("file.gif").string()), std::invalid_argument);
    CHECK(format_for_path("a/b.pdf") == Format::pdf);
    CHECK(format_for_path("a.b/c") == std::nullopt);
    CHECK(parse_size_preset("1:1") == SizePreset::social);
    CHECK(parse_theme("dark") == Theme::dark);
    CHECK(parse_orientation("auto") == Orientation::automatic);
    CHECK_FALSE(parse_theme("neon"));
}

TEST_CASE("render: an empty timeline still draws title, axis and credit", "[render]") {
    const Timeline tl = fx::timeline("Leer", "de", "Epoch Times", date::year{2025} / 7 / 13);
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    CHECK(l.markers.empty());
    CHECK_FALSE(l.ticks.empty());
    CHECK_FALSE(render_timeline(tl, RenderOptions{}, Format::svg).empty());
}

TEST_CASE("render: overlap removal is the exact least-squares placement", "[render][placement]") {
    using detail::remove_overlap;
    // Two intervals of length 10 wanting the same place split evenly around it.
    std::vector<double> x = remove_overlap({0, 0}, {10, 10}, 0, -100, 100);
    CHECK(x[0] == Approx(-5));
    CHECK(x[1] == Approx(5));
    // Apart already: unchanged.
    x = remove_overlap({0, 50}, {10, 10}, 2, -100, 100);
    CHECK(x[0] == Approx(0));
    CHECK(x[1] == Approx(50));
    // Three in a cluster next to one far away: only the cluster moves.
    x = remove_overlap({0, 1, 2, 100}, {10, 10, 10, 10}, 0, -100, 200);
    CHECK(x[0] == Approx(-9));
    CHECK(x[1] == Approx(1));
    CHECK(x[2] == Approx(11));
    CHECK(x[3] == Approx(100));
    // Bounds clamp the whole chain.
    x = remove_overlap({0, 0}, {10, 10}, 0, 0, 100);
    CHECK(x[0] == Approx(0));
    CHECK(x[1] == Approx(10));
    // Layers: crowded labels are spread over more layers and never overlap.
    const detail::Placement p = detail::place_labels({10, 12, 14, 16}, {30, 30, 30, 30}, 2, 0, 200, 4, 1, 20);
    CHECK(p.layers > 1);
    CHECK(p.fits);
}
