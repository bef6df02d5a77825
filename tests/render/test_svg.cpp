// The SVG writer and the lines it takes from the measurer: text as text,
// one <tspan> a line where pango put it, drawn by librsvg where cairo draws it.
#include <chronik/render.hpp>

#include "files.hpp"
#include "fixtures.hpp"

#include <cairo.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace chronik;
using namespace chronik::render;
namespace fx = chronik::render::fixtures;
using namespace chronik::render::testing;

namespace {

std::size_t count(const std::string& haystack, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

// The text a reader gets back from the lines: words broken with '-' joined again.
std::string joined(const std::vector<TextLine>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string line = lines[i].text;
        const bool broken_word = i + 1 < lines.size() && line.ends_with('-');
        if (broken_word) line.pop_back();
        out += line;
        if (!broken_word && i + 1 < lines.size()) out += ' ';
    }
    return out;
}

// The bounds of the dark pixels (text on the light theme) inside a box.
std::optional<Box> ink_bounds(cairo_surface_t* image, const Box& within) {
    const int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
    const int stride = cairo_image_surface_get_stride(image);
    const unsigned char* data = cairo_image_surface_get_data(image);
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = std::max(0, int(within.y)); y < std::min(h, int(std::ceil(within.bottom()))); ++y)
        for (int x = std::max(0, int(within.x)); x < std::min(w, int(std::ceil(within.right()))); ++x) {
            const unsigned char* px = data + y * stride + x * 4;  // B, G, R, A
            if (std::min({px[0], px[1], px[2]}) > 160) continue;
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
        }
    if (x1 < 0) return std::nullopt;
    return Box{double(x0), double(y0), double(x1 - x0 + 1), double(y1 - y0 + 1)};
}

}  // namespace

TEST_CASE("render: text lines are pango's: '-' where a word breaks, none for soft hyphens elsewhere", "[render][svg]") {
    const std::string text = "Die Bun\u00ADdes\u00ADre\u00ADgie\u00ADrung ver\u00ADhan\u00ADdelt lange mit den Län\u00ADdern";
    const TextStyle style{14, false};
    const double wrap = 90;
    const std::vector<TextLine> lines = measurer().lines(text, style, wrap, 6, false);
    REQUIRE(lines.size() == std::size_t(measurer().measure(text, style, wrap, 6).lines));
    REQUIRE(lines.size() > 2);
    bool hyphenated = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(i << ": '" << lines[i].text << "'");
        CHECK(lines[i].text.find("\u00AD") == std::string::npos);
        CHECK_FALSE(lines[i].text.ends_with(' '));
        CHECK(lines[i].x == Approx(0));
        CHECK(lines[i].width <= wrap + 0.01);
        CHECK(lines[i].width > 0);
        if (i > 0) CHECK(lines[i].baseline > lines[i - 1].baseline);
        hyphenated = hyphenated || lines[i].text.ends_with('-');
    }
    CHECK(hyphenated);
    CHECK(joined(lines) == "Die Bundesregierung verhandelt lange mit den Ländern");

    // Flush right: the same lines, each ending at the wrap width unless pango kept a space after it.
    const std::vector<TextLine> right = measurer().lines(text, style, wrap, 6, true);
    REQUIRE(right.size() == lines.size());
    for (std::size_t i = 0; i < right.size(); ++i) {
        CHECK(right[i].text == lines[i].text);
        CHECK(right[i].baseline == lines[i].baseline);
        CHECK(right[i].width == Approx(lines[i].width));
        CHECK(right[i].x + right[i].width <= wrap + 0.01);
        if (right[i].text.ends_with('-') || i + 1 == right.size()) CHECK(right[i].x + right[i].width == Approx(wrap));
    }
}

TEST_CASE("render: text lines end in '…' where the line limit cuts the text — unwrapped text is one line", "[render][svg]") {
    const std::string text = "Die Bundesregierung beschließt nach langen Verhandlungen mit den Ländern einen Haushalt";
    const std::vector<TextLine> cut = measurer().lines(text, {14, false}, 120, 2, false);
    REQUIRE(cut.size() == 2);
    CHECK(cut.back().text.ends_with("\u2026"));
    const std::vector<TextLine> whole = measurer().lines("Jan. 2024", {12, true}, 0, 1, false);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].text == "Jan. 2024");
    CHECK(whole[0].width == Approx(measurer().measure("Jan. 2024", {12, true}, 0, 1).width));
}

TEST_CASE("render: the SVG holds every text block as <text> with a <tspan> a line, and no glyph outlines", "[render][svg]") {
    const Timeline tl = fx::seed_like();
    const Layout l = layout_timeline(tl, RenderOptions{}, measurer());
    const std::string svg = render_layout(l, Format::svg);

    std::size_t blocks = l.texts.size() + 2 * l.labels.size(), lines = 0;
    auto add_lines = [&](const TextBlock& t) {
        for (const TextLine& line : measurer().lines(t.text, t.style, t.wrap_width, t.max_lines, t.flush_end && t.wrap_width > 0))
            lines += line.text.empty() ? 0 : 1;
    };
    for (const TextBlock& t : l.texts) add_lines(t);
    for (const Label& lb : l.labels) {
        add_lines(lb.date);
        add_lines(lb.headline);
    }
    for (const Tick& t : l.ticks)
        if (t.label) {
            ++blocks;
            add_lines(*t.label);
        }
    CHECK(count(svg, "<text ") == blocks);
    CHECK(count(svg, "<tspan ") == lines);
    CHECK(count(svg, "<use") == 0);
    CHECK(count(svg, "<symbol") == 0);
    CHECK(svg.find("\u00AD") == std::string::npos);  // soft hyphens are for pango, not for the reader
    CHECK(svg.find(">tiger Beistandsklausel</tspan>") != std::string::npos);
    CHECK(svg.find("font-family=\"'DejaVu Sans', sans-serif\"") != std::string::npos);
    CHECK(svg.find("<title>Kim Jong Un: „Bedingungslose“ Unterstützung im Ukraine-Krieg</title>") != std::string::npos);
    CHECK(svg.find("width=\"1200\" height=\"675\" viewBox=\"0 0 1200 675\"") != std::string::npos);
    CHECK(svg.size() < 40000);
}

TEST_CASE("render: SVG font families fall back to a generic family of their kind — A4 is in points", "[render][svg]") {
    Timeline tl = fx::seed_like();
    tl.events.resize(2);
    tl.links.clear();
    for (const auto& [family, expected] : {std::pair{"DejaVu Serif", "'DejaVu Serif', serif"},
                                           std::pair{"DejaVu Sans Mono", "'DejaVu Sans Mono', monospace"},
                                           std::pair{"Bad'Name\\", "'BadName', sans-serif"}}) {
        RenderOptions opt;
        opt.font_family = family;
        opt.size = SizePreset::a4;
        const std::string svg = render_timeline(tl, opt, Format::svg);
        CHECK(svg.find(std::string("font-family=\"") + expected + "\"") != std::string::npos);
        CHECK(svg.find("width=\"595.28pt\" height=\"841.89pt\" viewBox=\"0 0 595.28 841.89\"") != std::string::npos);
    }
}

TEST_CASE("render: headline text in the SVG is escaped — 1,000 events make a small valid file", "[render][svg][files]") {
    Timeline tl = fx::synthetic(1000, 35);
    tl.events[0].headline = "Kopf <b>fett</b> & \"Zitat\"";
    // The graphic shows the most salient: this one, and the cut periods (which fade).
    tl.events[0].salience = 1;
    for (Event& e : tl.events)
        if (e.when.mod == Mod::start) e.salience = std::max(e.salience, 0.5);
    const std::string svg = render_timeline(tl, RenderOptions{}, Format::svg);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;b&gt;fett&lt;/b&gt; &amp; &quot;Zitat&quot;") != std::string::npos);
    CHECK(svg.size() < 3'000'000);
    CHECK(count(svg, "<linearGradient ") > 0);  // the fades of cut periods
    write(scratch("synthetic-1000.svg"), svg);
    CHECK(runs_clean("xmllint --noout '" + scratch("synthetic-1000.svg").string() + "'"));
}

TEST_CASE("render: librsvg draws the SVG's label text where cairo draws it", "[render][svg][files]") {
    if (!runs_clean("command -v rsvg-convert")) {
        WARN("rsvg-convert (librsvg2-bin) is not installed");
        return;
    }
    for (const Orientation o : {Orientation::horizontal, Orientation::vertical}) {
        RenderOptions opt;
        opt.orientation = o;
        opt.png_scale = 1;
        const Layout l = layout_timeline(fx::seed_like(), opt, measurer());
        const std::string name = "rsvg-" + std::string(to_string(o));
        write(scratch(name + ".svg"), render_layout(l, Format::svg));
        write(scratch(name + "-cairo.png"), render_layout(l, Format::png));
        REQUIRE(runs_clean("rsvg-convert -w " + std::to_string(int(l.width)) + " -h " + std::to_string(int(l.height)) +
                           " '" + scratch(name + ".svg").string() + "' -o '" + scratch(name + "-rsvg.png").string() + "'"));
        cairo_surface_t* cairo_png = cairo_image_surface_create_from_png(scratch(name + "-cairo.png").c_str());
        cairo_surface_t* rsvg_png = cairo_image_surface_create_from_png(scratch(name + "-rsvg.png").c_str());
        REQUIRE(cairo_surface_status(cairo_png) == CAIRO_STATUS_SUCCESS);
        REQUIRE(cairo_surface_status(rsvg_png) == CAIRO_STATUS_SUCCESS);
        // Labels are opaque: what is inside a label box is its text alone.
        for (const Label& lb : l.labels) {
            INFO(to_string(o) << " " << lb.event_id);
            const std::optional<Box> drawn = ink_bounds(cairo_png, lb.box);
            const std::optional<Box> written = ink_bounds(rsvg_png, lb.box);
            REQUIRE(drawn);
            REQUIRE(written);
            CHECK(written->x == Approx(drawn->x).margin(1.5));
            CHECK(written->y == Approx(drawn->y).margin(1.5));
            CHECK(written->right() == Approx(drawn->right()).margin(1.5));
            CHECK(written->bottom() == Approx(drawn->bottom()).margin(1.5));
        }
        cairo_surface_destroy(cairo_png);
        cairo_surface_destroy(rsvg_png);
    }
}
