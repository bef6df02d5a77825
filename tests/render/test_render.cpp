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
#include <set>

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

// The canvas size of a preset, in its units.
Box canvas_of(SizePreset s) {
    switch (s) {
        case SizePreset::web: return {0, 0, 1200, 675};
        case SizePreset::social: return {0, 0, 1080, 1080};
        case SizePreset::a4: return {0, 0, 595.28, 841.89};
    }
    return {};
}

// What every layout must hold: the preset's canvas exactly, every box on
// it, no text on another, each marker at its event's date.
void check_invariants(const Layout& l, const Timeline& tl) {
    INFO("orientation " << to_string(l.orientation) << ", " << l.width << " × " << l.height);
    const Box canvas = canvas_of(l.options.size);
    CHECK(l.width == canvas.w);
    CHECK(l.height == canvas.h);
    REQUIRE(l.labels.size() == l.markers.size());
    REQUIRE(l.leaders.size() == l.markers.size());
    for (std::size_t i = 0; i < l.markers.size(); ++i) {
        REQUIRE(l.markers[i].event < tl.events.size());
        CHECK(l.labels[i].event == l.markers[i].event);
        if (i > 0) CHECK(l.markers[i].event > l.markers[i - 1].event);  // in timeline order
        CHECK(shown(tl.events[l.markers[i].event], l.options.selection));
    }

    // No text box overlaps another: labels, titles, ticks, notes, legend.
    std::vector<RoleBox> texts;
    for (const RoleBox& b : role_boxes(l))
        if (b.role == "label" || (b.role != "label_date" && b.role != "label_headline" &&
                                  (b.role == "title" || b.role == "subtitle" || b.role == "tick_label" ||
                                   b.role == "credit" || b.role == "note" || b.role == "legend" || b.role == "lane_title")))
            texts.push_back(b);
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t k = i + 1; k < texts.size(); ++k) {
            INFO(texts[i].role << " " << texts[i].event_id << " and " << texts[k].role << " " << texts[k].event_id);
            CHECK_FALSE(texts[i].box.overlaps(texts[k].box));
        }

    // Every box lies inside the canvas.
    for (const RoleBox& b : role_boxes(l)) {
        INFO(b.role << " " << b.event_id << " at " << b.box.x << "," << b.box.y << " " << b.box.w << "×" << b.box.h);
        CHECK(canvas.contains(b.box, 0.01));
    }

    // No leader crosses another or runs behind a label.
    for (const std::string& problem : leader_problems(l)) FAIL_CHECK(problem);

    // Every event's marker at its date.
    const bool horizontal = l.orientation == Orientation::horizontal;
    std::set<date::sys_days> timed_days;  // a dot of such a day may share the dot of a clock time
    for (const Marker& m : l.markers)
        if (const EventTime& w = tl.events[m.event].when; w.minute_of_day && w.earliest) timed_days.insert(*w.earliest);
    for (const Marker& m : l.markers) {
        const EventTime& w = tl.events[m.event].when;
        INFO(m.event_id << " " << to_string(m.shape));
        CHECK(m.event_id == tl.events[m.event].id);
        const double core0 = horizontal ? m.core.x : m.core.y;
        const double core1 = horizontal ? m.core.right() : m.core.bottom();
        if (w.kind != TimeKind::calendar || !w.earliest || !w.latest || w.mod != Mod::none) continue;
        const double first = day_number(*w.earliest), last = day_number(*w.latest) + 1;
        if (first < day_number(l.segments.front().first) || last > day_number(l.segments.back().last) + 1) continue;
        if (m.shape == MarkerShape::point && timed_days.count(*w.earliest)) {
            // At its clock time, or where dots of one day would smear, at their mean: inside its day.
            CHECK((core0 + core1) / 2 >= along_of(l, first) - 0.01);
            CHECK((core0 + core1) / 2 <= along_of(l, last) + 0.01);
        } else if (m.shape == MarkerShape::point) {
            CHECK((core0 + core1) / 2 == Approx(along_of(l, (first + last) / 2)).margin(0.01));
        } else {
            REQUIRE(m.shape == MarkerShape::bar);
            bool inside = false;  // a coarse bar over a break is drawn to the edges it reaches
            for (const AxisSegment& s : l.segments)
                inside = inside || (first >= day_number(s.first) && last <= day_number(s.last) + 1);
            if (!inside) continue;
            const double b = along_of(l, first), e = along_of(l, last), dot = 0.38 * l.unit;
            if (e - b < 2 * dot) {
                // A short range is drawn as long as a dot is wide, over its middle.
                CHECK(core0 == Approx((b + e) / 2 - dot).margin(0.01));
                CHECK(core1 == Approx((b + e) / 2 + dot).margin(0.01));
                continue;
            }
            CHECK(core0 == Approx(b).margin(0.01));
            CHECK(core1 == Approx(std::max(e, core0 + 1.5)).margin(0.01));
        }
    }

    // Ticks ascend, in position and in date; every stretch of axis names when it is.
    REQUIRE_FALSE(l.ticks.empty());
    for (std::size_t k = 1; k < l.ticks.size(); ++k) {
        CHECK(l.ticks[k].along > l.ticks[k - 1].along);
        CHECK(l.ticks[k].day > l.ticks[k - 1].day);
    }
    for (const AxisSegment& s : l.segments) {
        bool named = false;
        for (const Tick& t : l.ticks) named = named || (t.label && t.along >= s.along_begin - 0.01 && t.along <= s.along_end);
        CHECK(named);
    }
    // No label says "ohne Datum" unless undated events were asked for.
    if (!l.options.selection.undated)
        for (const Label& lb : l.labels) CHECK(lb.date.text.find("ohne Datum") == std::string::npos);
    // A headline cut short ends after a whole word of its event's headline.
    for (const Label& lb : l.labels) {
        std::string text = lb.headline.text;
        const std::string soft = "\u00AD";
        for (std::size_t at; (at = text.find(soft)) != std::string::npos;) text.erase(at, soft.size());
        const std::string ellipsis = "\u2026";
        if (text.size() < ellipsis.size() || text.compare(text.size() - ellipsis.size(), ellipsis.size(), ellipsis) != 0) continue;
        std::string kept = text.substr(0, text.size() - ellipsis.size());
        const std::string& whole = tl.events[lb.event].headline;
        INFO(whole << " → " << text);
        CHECK(whole.compare(0, kept.size(), kept) == 0);
        CHECK((whole.size() == kept.size() || whole[kept.size()] == ' ' || std::string(",;:").find(whole[kept.size()]) != std::string::npos));
    }
}

// How many events of `tl` a reader is shown under `opt`.
std::size_t shown_count(const Timeline& tl, const RenderOptions& opt) {
    return std::size_t(std::count_if(tl.events.begin(), tl.events.end(), [&](const Event& e) { return shown(e, opt.selection); }));
}

const Label& label_of(const Layout& l, const std::string& id) {
    for (const Label& lb : l.labels)
        if (lb.event_id == id) return lb;
    FAIL("no label for " << id);
    return l.labels.front();
}
const Marker& marker_of(const Layout& l, const std::string& id) {
    for (const Marker& m : l.markers)
        if (m.event_id == id) return m;
    FAIL("no marker for " << id);
    return l.markers.front();
}

RenderOptions with(Orientation o, SizePreset s = SizePreset::web) {
    RenderOptions opt;
    opt.orientation = o;
    opt.size = s;
    return opt;
}

// Every event, also the undated and vague ones.
RenderOptions everything(Orientation o = Orientation::automatic, SizePreset s = SizePreset::web) {
    RenderOptions opt = with(o, s);
    opt.selection = {true, true};
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
            for (const RenderOptions& opt : {with(o, size), everything(o, size)}) {
                const Layout l = layout_timeline(tl, opt, measurer());
                check_invariants(l, tl);
                CHECK(l.markers.size() + l.left_out == shown_count(tl, opt));
            }
        }
}

TEST_CASE("render: the seed-like timeline is horizontal on the web preset, with German ticks and credit", "[render]") {
    const Timeline tl = fx::seed_like();
    const Layout l = layout_timeline(tl, everything(), measurer());
    CHECK(l.orientation == Orientation::horizontal);
    CHECK(l.width == 1200);
    CHECK(l.height == 675);
    // Those whose leaders would cross another or run behind a label are counted in the note.
    CHECK(l.markers.size() >= 5);
    CHECK(l.markers.size() + l.left_out == tl.events.size());
    const std::vector<std::string> ticks = tick_texts(l);
    // Two stretches, August 2024 and spring 2025, each naming its year.
    CHECK(std::any_of(ticks.begin(), ticks.end(), [](const std::string& s) { return s.find("2024") != std::string::npos; }));
    CHECK(std::any_of(ticks.begin(), ticks.end(), [](const std::string& s) { return s.find("2025") != std::string::npos; }));
    bool credit = false;
    for (const TextBlock& t : l.texts) credit = credit || (t.role == TextRole::credit && t.text == "Quelle: Epoch Times, 13.07.2025");
    CHECK(credit);
    CHECK(label_of(l, "e7").date.text == "12. Juli 2025");
    CHECK(label_of(l, "e2").date.text == "August 2024");
    // Without asking, undated and vague events stay off the graphic.
    const Layout dated = layout_timeline(tl, RenderOptions{}, measurer());
    CHECK(dated.markers.size() == 5);
    for (const Marker& m : dated.markers) CHECK(tl.events[m.event].when.kind == TimeKind::calendar);
}

TEST_CASE("render: vague, undated and uncertain events get their own marks", "[render]") {
    Timeline tl = fx::seed_like();
    tl.events.push_back(fx::event("e10", "Anfang des Jahres beginnen Gespräche", EventTime::calendar(Period::year(2025), Mod::start)));
    tl.events.back().when.latest = fx::day(2025, 4, 30);
    tl.events.push_back(fx::event("e11", "Etwa im Jahr 2024 ein ungefähres Ereignis", EventTime::calendar(Period::year(2024), Mod::approx)));
    // Vertical on a square canvas: room for every event with leaders that cross nothing.
    RenderOptions square = everything(Orientation::vertical);
    square.size = SizePreset::social;
    const Layout l = layout_timeline(tl, square, measurer());
    check_invariants(l, tl);
    REQUIRE(l.markers.size() == tl.events.size());
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
    CHECK(l.markers[2].anchor.y > l.markers[1].core.bottom());  // after the offensive
    CHECK(l.markers[5].anchor.y < l.markers[6].anchor.y);       // "Zuvor": before the meeting
    CHECK(l.labels[5].date.text == "vor dem 12. Juli 2025");
    CHECK(l.relations.size() == 2);
    // Uncertain margins fade; approximate periods are marked.
    CHECK_FALSE(l.markers[9].fade_after.empty());
    CHECK(l.markers[9].fade_before.empty());
    CHECK(l.markers[10].approximate);
    // (its margins lie beyond the days the axis shows: it is a band over them)
}

TEST_CASE("render: 200 events over 35 years: the canvas keeps its size, the rest is counted", "[render]") {
    const Timeline tl = fx::synthetic(200, 35);
    for (const SizePreset size : {SizePreset::web, SizePreset::social, SizePreset::a4})
        for (const Orientation o : {Orientation::automatic, Orientation::horizontal, Orientation::vertical}) {
            INFO(to_string(size) << " " << to_string(o));
            const Layout l = layout_timeline(tl, with(o, size), measurer());
            check_invariants(l, tl);
            CHECK(l.markers.size() >= 5);
            CHECK(l.markers.size() + l.left_out == shown_count(tl, with(o, size)));
            REQUIRE(l.left_out > 0);
            bool note = false;
            for (const TextBlock& t : l.texts)
                note = note || (t.role == TextRole::note &&
                                t.text == std::to_string(l.left_out) + " weitere Ereignisse in der Chronik");
            CHECK(note);
        }
    // On a landscape canvas auto is horizontal when that shows about as much.
    const Layout web = layout_timeline(tl, RenderOptions{}, measurer());
    const Layout vertical = layout_timeline(tl, with(Orientation::vertical), measurer());
    if (web.orientation == Orientation::vertical) CHECK(vertical.markers.size() > web.markers.size() / 1.25 - 1);
    else CHECK(double(web.markers.size()) * 1.25 + 0.5 >= double(vertical.markers.size()));
}

TEST_CASE("render: the most salient events are the ones shown", "[render]") {
    Timeline tl = fx::synthetic(300, 10);
    // Every seventh event matters most.
    for (std::size_t i = 0; i < tl.events.size(); ++i) tl.events[i].salience = i % 7 == 0 ? 0.9 : 0.1;
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    check_invariants(l, tl);
    REQUIRE(l.markers.size() < 300 / 7);
    for (const Marker& m : l.markers) CHECK(m.event % 7 == 0);
    RenderOptions three;
    three.max_events = 3;
    const Layout few = layout_timeline(tl, three, measurer());
    check_invariants(few, tl);
    CHECK(few.markers.size() == 3);
    CHECK(few.left_out == shown_count(tl, three) - 3);
    for (const Marker& m : few.markers) CHECK(m.event % 7 == 0);
    // More than fit is refused, naming the option, not drawn overlapping.
    RenderOptions many;
    many.max_events = 250;
    try {
        (void)layout_timeline(tl, many, measurer());
        FAIL("250 events on a web canvas");
    } catch (const LimitError& e) {
        CHECK(std::string(e.what()).find("--max-events") != std::string::npos);
    }
}

TEST_CASE("render: a print chronology puts every event on A4 pages, each laid out on its own", "[render]") {
    const Timeline tl = fx::synthetic(300, 35);
    RenderOptions opt = with(Orientation::automatic, SizePreset::a4);
    std::size_t pages = 0, events = 0, last = 0;
    bool ordered = true;
    layout_pages(tl, opt, measurer(), [&](const Layout& page) {
        check_invariants(page, tl);
        CHECK(page.page == pages);
        ++pages;
        events += page.markers.size();
        for (const Marker& m : page.markers) {
            ordered = ordered && (events == page.markers.size() || m.event > last);
            last = m.event;
        }
    });
    CHECK(ordered);
    CHECK(pages > 5);
    CHECK(events == shown_count(tl, opt));
}

TEST_CASE("render: one dense month of 60 events", "[render]") {
    const Timeline tl = fx::dense_month();
    for (const Orientation o : {Orientation::automatic, Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, with(o), measurer());
        check_invariants(l, tl);
        CHECK(l.markers.size() + l.left_out == 60);
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
        const Layout l = layout_timeline(tl, everything(o), measurer());
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
    CHECK(l.markers.size() == tl.events.size());

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
        CHECK(marker_of(l, "e7").lane == 1);
        CHECK_FALSE(l.lanes[0].box.overlaps(l.lanes[1].box));
        CHECK(l.texts.back().text == "Quellen: Epoch Times, 13.07.2025; Tass, 12.07.2025");
    }
}

TEST_CASE("render: German headlines get soft hyphens — the line limit holds", "[render]") {
    const Timeline tl = fx::seed_like();
    RenderOptions opt;
    const Layout l = layout_timeline(tl, opt, measurer());
    check_invariants(l, tl);
    const std::string soft = "\u00AD";
    bool any = false;
    for (const Label& lb : l.labels) any = any || lb.headline.text.find(soft) != std::string::npos;
    if (std::filesystem::exists("/usr/share/hyphen/hyph_de_DE.dic")) CHECK(any);
    opt.hyphenate = false;
    opt.max_headline_lines = 2;
    const Layout plain = layout_timeline(tl, opt, measurer());
    check_invariants(plain, tl);
    for (const Label& lb : plain.labels) {
        CHECK(lb.headline.text.find(soft) == std::string::npos);
        const TextExtent e = measurer().measure(lb.headline.text, lb.headline.style, lb.headline.wrap_width, 2);
        CHECK(e.lines <= 2);
    }
}

TEST_CASE("render: layout JSON names every box with its role and event", "[render]") {
    const Timeline tl = fx::seed_like();
    const Layout l = layout_timeline(tl, everything(), measurer());
    const nlohmann::json j = nlohmann::json::parse(layout_json(l));
    CHECK(j["width"] == 1200);
    CHECK(j["height"] == 675);
    CHECK(j["left_out"] == tl.events.size() - l.labels.size());
    CHECK(j["orientation"] == "horizontal");
    std::size_t labels = 0;
    for (const auto& b : j["boxes"]) {
        REQUIRE(b.contains("role"));
        if (b["role"] == "label") {
            ++labels;
            CHECK(b.contains("event"));
        }
    }
    CHECK(labels == l.labels.size());
    REQUIRE(j["events"].size() == l.markers.size());
    for (std::size_t i = 0; i < l.markers.size(); ++i) CHECK(j["events"][i]["shape"] == to_string(l.markers[i].shape));
    CHECK(layout_json(l) == layout_json(layout_timeline(tl, everything(), measurer())));
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

TEST_CASE("render: a timeline without dated events says so, with title and credit, and draws no empty axis", "[render]") {
    const Timeline tl = fx::timeline("Leer", "de", "Epoch Times", date::year{2025} / 7 / 13);
    RenderOptions social;
    social.size = SizePreset::social;
    for (const RenderOptions& options : {RenderOptions{}, social}) {
        const Layout l = layout_timeline(tl, options, measurer());
        CHECK(l.markers.empty());
        CHECK(l.ticks.empty());
        CHECK(l.segments.empty());
        std::vector<std::string> roles, texts;
        for (const TextBlock& t : l.texts) {
            roles.emplace_back(to_string(t.role));
            texts.push_back(t.text);
        }
        CHECK(roles == std::vector<std::string>{"title", "note", "credit"});
        CHECK(texts[1] == "Keine datierten Ereignisse");
        CHECK(texts[2].find("Epoch Times") != std::string::npos);
        // The sentence sits between title and credit, centred.
        const Box& title = l.texts[0].box;
        const Box& message = l.texts[1].box;
        const Box& credit = l.texts[2].box;
        CHECK(message.y > title.y + title.h);
        CHECK(message.y + message.h < credit.y);
        CHECK(std::abs(message.x + message.w / 2 - l.width / 2) < 1);
    }
    RenderOptions english;
    english.language = "en";
    bool said = false;
    for (const TextBlock& t : layout_timeline(tl, english, measurer()).texts) said = said || t.text == "No dated events";
    CHECK(said);
    CHECK(render_timeline(tl, RenderOptions{}, Format::svg).find("Keine datierten Ereignisse") != std::string::npos);
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

TEST_CASE("render: a year or a decade is a band that does not set the scale of the days", "[render]") {
    Timeline tl = fx::timeline("Juli", "de", "Agentur", date::year{2025} / 7 / 20);
    for (unsigned d = 3; d <= 18; d += 3)
        tl.events.push_back(fx::event(fx::event_id(d), "Ein Ereignis am " + std::to_string(d) + ". Juli",
                                      EventTime::calendar(Period::day(fx::day(2025, 7, d)))));
    tl.events.push_back(fx::event("year", "Das ganze Jahr über wird gebaut", EventTime::calendar(Period::year(2025))));
    tl.events.push_back(fx::event("decade", "In den Neunzigerjahren begann es", EventTime::calendar(Period::decade(199))));
    for (const Orientation o : {Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, with(o), measurer());
        check_invariants(l, tl);
        REQUIRE(l.markers.size() == tl.events.size());
        // The days' stretch is about their month, not the year; the decade has its own beyond a break.
        REQUIRE(l.segments.size() == 2);
        const AxisSegment& days = l.segments.back();
        CHECK((days.last - days.first).count() < 40);
        CHECK(l.segments.front().last < fx::day(2001, 1, 1));
        // The days get most of the axis.
        CHECK(days.along_end - days.along_begin > 2 * (l.segments.front().along_end - l.segments.front().along_begin));
        // The year is a bar over all the days show.
        const Marker& year = marker_of(l, "year");
        CHECK(year.shape == MarkerShape::bar);
        CHECK(year.along_begin == Approx(days.along_begin).margin(0.01));
        CHECK(year.along_end == Approx(days.along_end).margin(0.01));
    }
}

TEST_CASE("render: a timeline from −9999 to 9999 renders", "[render][files]") {
    Timeline tl = fx::timeline("Ränder", "de", "Agentur", date::year{2025} / 1 / 1);
    tl.events.push_back(fx::event("first", "Am Anfang", EventTime::calendar(Period::year(-9999))));
    tl.events.push_back(fx::event("mid", "Dazwischen", EventTime::calendar(Period::day(fx::day(2025, 1, 1)))));
    tl.events.push_back(fx::event("last", "Am Ende", EventTime::calendar(Period::year(9999))));
    tl.events.push_back(fx::event("next", "Danach", fx::vague(TimeKind::future, fx::day(9999, 12, 31))));
    for (const Orientation o : {Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, everything(o), measurer());
        check_invariants(l, tl);
    }
    for (const Format f : {Format::svg, Format::pdf, Format::png}) CHECK_FALSE(render_timeline(tl, everything(), f).empty());
}

TEST_CASE("render: an event's clock time is in its date label", "[render]") {
    Timeline tl = fx::seed_like();
    tl.events[6].when.minute_of_day = 20 * 60 + 30;
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    CHECK(label_of(l, "e7").date.text == "12. Juli 2025, 20.30\u00A0Uhr");
    RenderOptions english;
    english.language = "en";
    // As the chronologies write it, in the label language's clock ("8:30 p.m."), once.
    const std::string en = label_of(layout_timeline(tl, english, measurer()), "e7").date.text;
    CHECK(en.find("8:30\u00A0p.m.") != std::string::npos);
    CHECK(en.find("20:30") == std::string::npos);
    // A clock time the date names already is not added again ("11 Uhr", not "11 Uhr, 11.00 Uhr").
    tl.events[6].when.minute_of_day = 11 * 60;
    const std::string de = label_of(layout_timeline(tl, RenderOptions{}, measurer()), "e7").date.text;
    CHECK(de.find("11\u00A0Uhr") != std::string::npos);
    CHECK(de.find("11.00") == std::string::npos);
}

TEST_CASE("render: a clock time is never split across the lines of a date label", "[render]") {
    Timeline tl = fx::timeline("Termine", "de", "Testagentur", date::year{2025} / 9 / 1);
    tl.events.push_back(fx::event("e1", "Die Sammlung beginnt", EventTime::calendar(Period::day(fx::day(2025, 9, 30)))));
    tl.events.back().when.minute_of_day = 20 * 60 + 30;
    tl.events.push_back(fx::event("e2", "Die Sammlung endet", EventTime::calendar(Period::day(fx::day(2025, 9, 30)))));
    tl.events.back().when.minute_of_day = 16 * 60;
    RenderOptions english;
    english.language = "en";
    for (const RenderOptions& options : {RenderOptions{}, english}) {
        const Layout l = layout_timeline(tl, options, measurer());
        for (const std::string id : {"e1", "e2"}) {
            const TextBlock& date = label_of(l, id).date;
            // Narrower and narrower: the line breaks move, the clock stays whole.
            for (const double wrap : {date.wrap_width, 120.0, 90.0, 60.0}) {
                const std::vector<TextLine> lines = measurer().lines(date.text, date.style, wrap, 6, false);
                const std::string clock = id == "e1" ? (options.language == "en" ? "8:30" : "20.30") : (options.language == "en" ? "4" : "16");
                const std::string suffix = options.language == "en" ? "p.m." : "Uhr";
                bool seen = false;
                for (const TextLine& line : lines) {
                    if (line.text.find(suffix) == std::string::npos) continue;
                    seen = true;
                    INFO(date.text << " at " << wrap << ": " << line.text);
                    CHECK(line.text.find(clock) != std::string::npos);
                }
                INFO(date.text << " at " << wrap << ": " << lines.size() << " lines");
                CHECK(seen);
            }
        }
    }
}

TEST_CASE("render: the credit line names a source the graphic's title names by its day, not by the title", "[render]") {
    const std::string title = "Liedermacher, Chansonnier und Verzauberer: Georg Clementi singt sich von Erfolg zu Erfolg";
    // As a source without a publication name is called: its title, cut.
    Timeline tl = fx::timeline(title, "de", "Liedermacher, Chansonnier und Verzauberer: Georg…", date::year{2015} / 7 / 7);
    tl.events.push_back(fx::event("e1", "Konzert auf Schloss Runkelstein", EventTime::calendar(Period::day(fx::day(2015, 7, 9)))));
    auto credit_of = [](const Layout& l) {
        for (const TextBlock& t : l.texts)
            if (t.role == TextRole::credit) return t.text;
        return std::string();
    };
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    CHECK(credit_of(l) == "Quelle: Artikel vom 07.07.2015");
    CHECK(credit_of(l).find("Liedermacher") == std::string::npos);
    // Named in full, or with the title given on its own, it is the same article.
    tl.sources[0].name = title;
    CHECK(credit_of(layout_timeline(tl, RenderOptions{}, measurer())) == "Quelle: Artikel vom 07.07.2015");
    // Another title (--title) leaves the article its name.
    RenderOptions titled;
    titled.title = "Sommerkonzerte in Bozen";
    CHECK(credit_of(layout_timeline(tl, titled, measurer())).starts_with("Quelle: Liedermacher, Chansonnier"));
    // A quotation as title, cut with its quote closed after the "…".
    tl.title = "\"Wir helfen, wo wir können\"";
    tl.sources[0].name = "\"Wir helfen, wo\u2026\"";
    CHECK(credit_of(layout_timeline(tl, RenderOptions{}, measurer())) == "Quelle: Artikel vom 07.07.2015");
    // A publication's name stays.
    tl.sources[0].name = "Dolomiten";
    CHECK(credit_of(layout_timeline(tl, RenderOptions{}, measurer())) == "Quelle: Dolomiten, 07.07.2015");
}

TEST_CASE("render: events of one day sit at their clock times where the day is wide, in time order", "[render]") {
    Timeline tl = fx::timeline("Adventsmärkte", "de", "Dolomiten", date::year{2013} / 11 / 29);
    const std::pair<const char*, int> times[] = {{"e1", 6 * 60}, {"e2", 10 * 60}, {"e3", 14 * 60 + 30}, {"e4", 17 * 60},
                                                 {"e5", 17 * 60 + 5}};
    for (const auto& [id, minute] : times) {
        tl.events.push_back(fx::event(id, std::string("Markt ") + id, EventTime::calendar(Period::day(fx::day(2013, 11, 30)))));
        tl.events.back().when.minute_of_day = minute;
    }
    tl.events.push_back(fx::event("e6", "Der Tag danach", EventTime::calendar(Period::day(fx::day(2013, 12, 1)))));
    for (const Orientation o : {Orientation::horizontal, Orientation::vertical}) {
        const Layout l = layout_timeline(tl, with(o, o == Orientation::vertical ? SizePreset::a4 : SizePreset::web), measurer());
        check_invariants(l, tl);
        REQUIRE(l.markers.size() == 6);
        auto at = [&](const char* id) {
            const Marker& m = marker_of(l, id);
            return o == Orientation::horizontal ? m.core.x + m.core.w / 2 : m.core.y + m.core.h / 2;
        };
        const double day0 = along_of(l, day_number(fx::day(2013, 11, 30))), day1 = along_of(l, day_number(fx::day(2013, 12, 1)));
        REQUIRE(day1 - day0 > 8 * l.unit);  // a wide day
        // Within half a step of a grid that keeps dots clear of each other.
        const double step = 2.2 * 0.38 * l.unit;
        CHECK(at("e1") == Approx(day0 + (day1 - day0) * 0.25).margin(step / 2 + 0.01));
        CHECK(at("e2") - at("e1") >= step - 0.01);
        CHECK(at("e3") - at("e2") >= step - 0.01);
        CHECK(at("e4") - at("e3") >= step - 0.01);
        // Five minutes apart: one dot, not two smeared into each other.
        CHECK(at("e4") == at("e5"));
        CHECK(at("e6") == Approx(along_of(l, day_number(fx::day(2013, 12, 1)) + 0.5)).margin(0.01));
    }
}

TEST_CASE("render: a range of two days on an axis of years is as long as a dot, not a speck", "[render]") {
    Timeline tl = fx::timeline("Almfeste", "de", "Dolomiten", date::year{2015} / 9 / 1);
    Period weekend = Period::day(fx::day(2012, 8, 25));
    EventTime two_days = EventTime::calendar(weekend);
    two_days.latest = fx::day(2012, 8, 26);
    tl.events.push_back(fx::event("e1", "Auf der Alm wird gefeiert", two_days));
    // Every few months a fest: an axis of two years without breaks.
    for (int k = 0; k < 6; ++k)
        tl.events.push_back(fx::event(fx::event_id(k + 2), "Fest",
                                      EventTime::calendar(Period::day(fx::day(2012 + (k * 4) / 12, unsigned(1 + (k * 4) % 12), 1)))));
    std::sort(tl.events.begin(), tl.events.end(), [](const Event& a, const Event& b) { return *a.when.earliest < *b.when.earliest; });
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    REQUIRE(l.segments.size() == 1);
    check_invariants(l, tl);
    const Marker& m = marker_of(l, "e1");
    REQUIRE(m.shape == MarkerShape::bar);
    CHECK(m.along_end - m.along_begin < 4);  // two days of three years
    CHECK(m.core.w == Approx(2 * 0.38 * l.unit));
}

TEST_CASE("render: events known by their year get yearly ticks, not months", "[render]") {
    Timeline tl = fx::timeline("Karriere", "de", "Dolomiten", date::year{2015} / 9 / 1);
    for (int year = 1996; year < 2008; ++year)
        tl.events.push_back(fx::event(fx::event_id(year), "Ein Jahr der Karriere", EventTime::calendar(Period::year(year))));
    // A quarter among them does not bring back half-year ticks.
    tl.events.push_back(fx::event("q", "Ein Quartal", EventTime::calendar(Period::quarter(2003, 3))));
    std::sort(tl.events.begin(), tl.events.end(), [](const Event& a, const Event& b) { return *a.when.earliest < *b.when.earliest; });
    for (const SizePreset size : {SizePreset::web, SizePreset::social, SizePreset::a4}) {
        // A print page has room for a tick every half year: it still ticks years.
        const Layout l = layout_timeline(tl, with(size == SizePreset::a4 ? Orientation::vertical : Orientation::automatic, size), measurer());
        check_invariants(l, tl);
        INFO(to_string(size));
        for (const std::string& tick : tick_texts(l)) {
            INFO(tick);
            CHECK(tick.size() >= 4);
            CHECK(std::all_of(tick.begin(), tick.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }));
        }
    }
}

TEST_CASE("render: a canvas of few events sets them in larger type, the title at its preset size", "[render]") {
    Timeline tl = fx::timeline("Konzert auf Schloss Runkelstein", "de", "Dolomiten", date::year{2015} / 7 / 7);
    tl.events.push_back(fx::event("e1", "Georg Clementi singt auf Schloss Runkelstein",
                                  EventTime::calendar(Period::day(fx::day(2015, 7, 9)))));
    auto title_size = [](const Layout& l) {
        for (const TextBlock& t : l.texts)
            if (t.role == TextRole::title) return t.style.size;
        return 0.0;
    };
    for (const SizePreset size : {SizePreset::web, SizePreset::social, SizePreset::a4}) {
        INFO(to_string(size));
        const Layout one = layout_timeline(tl, with(Orientation::automatic, size), measurer());
        check_invariants(one, tl);
        const Timeline many = fx::synthetic(40, 3);
        const Layout crowded = layout_timeline(many, with(Orientation::automatic, size), measurer());
        REQUIRE(one.labels.size() == 1);
        REQUIRE(crowded.labels.size() > 6);
        // One event: its headline at least 1.4 times the size a crowded canvas uses.
        CHECK(one.labels[0].headline.style.size >= 1.4 * crowded.labels[0].headline.style.size);
        CHECK(one.unit > crowded.unit);
        // The frame is the preset's: a title as long as on any other graphic.
        CHECK(title_size(one) == title_size(crowded));
    }
}

TEST_CASE("render: many sources in one lane get colours and a legend", "[render]") {
    Timeline tl = fx::seed_like();
    for (const char* name : {"Tass", "KCNA", "Yonhap", "Reuters"}) tl.sources.push_back(fx::source(name, name, date::year{2025} / 7 / 12));
    tl.events[0].mentions.front().source = 1;
    tl.events[1].mentions.front().source = 2;
    tl.events[4].mentions.front().source = 3;
    tl.events[6].mentions.front().source = 4;
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    check_invariants(l, tl);
    CHECK(l.lanes.size() == 1);
    REQUIRE(l.legend.size() == 5);
    // The legend is the credit: each source with its day, once, after "Quellen:".
    CHECK(l.legend[0].text.text == "Epoch Times, 13.07.2025");
    CHECK(l.legend[1].text.text == "Tass, 12.07.2025");
    std::vector<std::string> credits;
    for (const TextBlock& t : l.texts)
        if (t.role == TextRole::credit) credits.push_back(t.text);
    CHECK(credits == std::vector<std::string>{"Quellen:"});
    for (const TextBlock& t : l.texts)
        if (t.role == TextRole::credit) CHECK(t.box.y == Approx(l.legend[0].text.box.y).margin(1));
    CHECK(marker_of(l, "e2").colour == 2);
    // Long names are cut; the day stays whole.
    tl.sources[2].name = "Die Bürgerinnen und Bürger der Gemeinde haben am Sonntag über den neuen Haushalt abgestimmt";
    const Layout cut = layout_timeline(tl, RenderOptions{}, measurer());
    REQUIRE(cut.legend.size() == 5);
    CHECK(cut.legend[2].text.text.ends_with("\u2026, 12.07.2025"));
    // A name cut inside a quotation keeps the quote closed.
    tl.sources[2].name = "\u201EDie Bürgerinnen und Bürger der Gemeinde haben am Sonntag abgestimmt\u201C, sagte er";
    const Layout quoted = layout_timeline(tl, RenderOptions{}, measurer());
    REQUIRE(quoted.legend.size() == 5);
    INFO(quoted.legend[2].text.text);
    CHECK(quoted.legend[2].text.text.ends_with("\u2026\u201C, 12.07.2025"));
    // A name that would be cut within its first word is left out: the day names the source.
    tl.sources[2].name = "Am Gemeindeverwaltungsreformkommissionsvorsitzendenstellvertreterinnenwahlvorbereitungsausschuss "
                         "wurde abgestimmt";
    const Layout first_word = layout_timeline(tl, RenderOptions{}, measurer());
    REQUIRE(first_word.legend.size() == 5);
    CHECK(first_word.legend[2].text.text == "12.07.2025");
}

TEST_CASE("render: a headline cut inside a quotation ends with the quote closed", "[render]") {
    Timeline tl = fx::timeline("Filme", "de", "Dolomiten", date::year{2015} / 5 / 8);
    for (const std::string& quote : {std::string("\""), std::string("\u201E")}) {
        const std::string close = quote == "\"" ? "\"" : "\u201C";
        tl.events = {fx::event("e1", "Der Filmclub zeigt " + quote + "Südtirol unter dem Sternenbanner, einen Dokumentarfilm "
                                     "über die letzten Kriegstage in Bayern und in Tirol, mit Szenen aus vielen Archiven" + close,
                               EventTime::calendar(Period::day(fx::day(2015, 5, 8))))};
        RenderOptions two_lines;
        two_lines.max_headline_lines = 2;
        const Layout l = layout_timeline(tl, two_lines, measurer());
        const std::string& h = label_of(l, "e1").headline.text;
        INFO(h);
        CHECK(h.ends_with("\u2026" + close));
    }
}

TEST_CASE("render: 1,000 events as PNG, PDF and SVG keep the preset size", "[render][files]") {
    const Timeline tl = fx::synthetic(1000, 35);
    const std::string png = render_timeline(tl, RenderOptions{}, Format::png);
    write(scratch("many.png"), png);
    cairo_surface_t* image = cairo_image_surface_create_from_png(scratch("many.png").c_str());
    CHECK(cairo_image_surface_get_width(image) == 2400);
    CHECK(cairo_image_surface_get_height(image) == 1350);
    cairo_surface_destroy(image);
    RenderOptions a4 = with(Orientation::automatic, SizePreset::a4);
    a4.max_events = 120;
    const Rendered pdf = render_timeline_with_layout(tl, a4, Format::pdf);
    CHECK(pdf.pages > 3);
    write(scratch("many-a4.pdf"), pdf.bytes);
    CHECK(runs_clean("pdfinfo '" + scratch("many-a4.pdf").string() + "' | grep -q 'Pages: *" + std::to_string(pdf.pages) + "$'"));
    CHECK(runs_clean("pdfinfo '" + scratch("many-a4.pdf").string() + "' | grep -q 'Page size: *595.28 x 841.89 pts (A4)'"));
}

TEST_CASE("render: the leader geometry helpers tell crossing from touching and passing", "[render][leaders]") {
    CHECK(segments_meet({0, 0}, {10, 10}, {0, 10}, {10, 0}));       // an X
    CHECK_FALSE(segments_meet({0, 0}, {10, 0}, {0, 1}, {10, 1}));   // parallel
    CHECK(segments_meet({0, 0}, {10, 0}, {5, 0}, {5, 5}));          // a T touches
    CHECK_FALSE(segments_meet({0, 0}, {4, 0}, {5, -1}, {5, 1}));    // short of it
    const Box box{10, 10, 10, 10};
    CHECK(segment_enters({15, 0}, {15, 30}, box));                  // straight through
    CHECK_FALSE(segment_enters({10, 0}, {10, 30}, box));            // along its edge
    CHECK_FALSE(segment_enters({0, 0}, {9, 30}, box));              // beside it
    CHECK_FALSE(segment_enters({15, 0}, {15, 10}, box));            // ends on its edge
    const Leader straight{"e", {0, 0}, {0, 5}, {0, 5}, {0, 10}, {0, 30}};
    const std::vector<Point> path = leader_path(straight, 4);
    REQUIRE(path.size() == 6);
    CHECK(path.front() == Point{0, 0});
    CHECK(path[4] == Point{0, 10});
    CHECK(path.back() == Point{0, 30});
}

TEST_CASE("render: leaders to outer layers run through the gaps between inner labels", "[render][leaders]") {
    // One crowded month: many labels in several layers on a web canvas.
    Timeline tl = fx::timeline("Ein voller Monat", "de", "Zeitung", date::year{2025} / 3 / 31);
    for (int d = 1; d <= 24; ++d)
        tl.events.push_back(fx::event(fx::event_id(d), "Ereignis am Tag " + std::to_string(d) + " mit einer etwas längeren Zeile",
                                      EventTime::calendar(Period::day(date::year{2025} / 3 / unsigned(d)))));
    for (const SizePreset size : {SizePreset::web, SizePreset::social}) {
        RenderOptions o;
        o.size = size;
        const Layout l = layout_timeline(tl, o, measurer());
        check_invariants(l, tl);
        bool outer = false;
        for (std::size_t i = 0; i < l.labels.size(); ++i)
            if (l.labels[i].layer > 0) {
                outer = true;
                CHECK(l.leaders[i].end.x == l.leaders[i].to.x);  // straight through the inner layers
            }
        CHECK(outer);
    }
}

TEST_CASE("render: a vertical axis is as long as its events need, not the page", "[render]") {
    Timeline tl = fx::timeline("Ein Ereignis", "de", "Zeitung", date::year{2025} / 3 / 31);
    tl.events.push_back(fx::event("e1", "Der Gemeinderat beschließt den Haushalt", EventTime::calendar(Period::year(2024))));
    tl.events.push_back(fx::event("e2", "Die Bauarbeiten beginnen", EventTime::calendar(Period::day(date::year{2025} / 3 / 3))));
    for (const std::size_t events : {std::size_t(1), std::size_t(2)}) {
        Timeline t = tl;
        t.events.resize(events);
        RenderOptions o;
        o.size = SizePreset::a4;
        std::size_t pages = 0;
        layout_pages(t, o, measurer(), [&](const Layout& l) {
            ++pages;
            check_invariants(l, t);
            REQUIRE_FALSE(l.segments.empty());
            CHECK(l.orientation == Orientation::vertical);
            const double axis = l.segments.back().along_end - l.segments.front().along_begin;
            CHECK(axis < l.height / 3);
            CHECK(l.labels.size() == events);
        });
        CHECK(pages == 1);
    }
}
