// The picture: a Layout as fills, strokes and texts on a Canvas, in the
// theme's colours. Every format draws through this one painter.
#include "canvas.hpp"

#include <array>
#include <cmath>

namespace chronik::render::detail {

namespace {

constexpr Colour hex(unsigned v) {
    return {((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0, 1};
}

Colour with_alpha(Colour c, double alpha) {
    c.alpha = alpha;
    return c;
}

struct Palette {
    Colour background, ink, muted, band, tick, leader, lane_fill;
    std::array<Colour, 5> lanes;  // markers and dates, one colour a lane
};

Palette palette_for(Theme t) {
    switch (t) {
        case Theme::light:
            return {hex(0xFFFFFF), hex(0x1B1B1B), hex(0x5F6368), hex(0xECEDEF), hex(0xB8BCC2), hex(0x9AA0A6),
                    hex(0xF6F6F7), {hex(0xB3122E), hex(0x1F5F8B), hex(0x2E7D32), hex(0xA15C00), hex(0x6A3D9A)}};
        case Theme::dark:
            return {hex(0x15181C), hex(0xF1F3F4), hex(0xA8AFB7), hex(0x262B31), hex(0x4A525B), hex(0x6B737C),
                    hex(0x1B1F24), {hex(0xFF6B6B), hex(0x63A4FF), hex(0x7BD389), hex(0xFFB454), hex(0xC39BFF)}};
        case Theme::print:
            return {hex(0xFFFFFF), hex(0x000000), hex(0x4D4D4D), hex(0xE6E6E6), hex(0x999999), hex(0x808080),
                    hex(0xF4F4F4), {hex(0x000000), hex(0x404040), hex(0x6E6E6E), hex(0x262626), hex(0x595959)}};
    }
    return palette_for(Theme::light);
}

class Painter {
public:
    Painter(const Layout& l, Canvas& canvas) : l_(l), canvas_(canvas), p_(palette_for(l.options.theme)), u_(l.unit) {}

    void paint() {
        canvas_.background(p_.background);
        lanes();
        axis();
        for (const Relation& r : l_.relations) relation(r);
        for (const Leader& ld : l_.leaders) leader(ld);
        // Bands and bars first, so that no bar covers a point marker.
        for (const Marker& m : l_.markers)
            if (m.shape != MarkerShape::point && m.shape != MarkerShape::relative) marker(m);
        for (const Marker& m : l_.markers)
            if (m.shape == MarkerShape::point || m.shape == MarkerShape::relative) marker(m);
        for (const Label& lb : l_.labels) label(lb);
        for (const TextBlock& t : l_.texts) text(t, t.role == TextRole::title || t.role == TextRole::note ? p_.ink : p_.muted);
        for (const LegendEntry& e : l_.legend) {
            canvas_.fill(Path().rect(e.swatch), lane_colour(e.colour));
            text(e.text, p_.muted);
        }
    }

private:
    const Colour& lane_colour(std::size_t lane) const { return p_.lanes[lane % p_.lanes.size()]; }
    bool horizontal() const { return l_.orientation == Orientation::horizontal; }

    void text(const TextBlock& t, const Colour& colour) {
        const bool flush_end = t.flush_end && t.wrap_width > 0;
        // Right-aligned lines end at the wrap width: place that at the box's right edge.
        canvas_.text(t, {flush_end ? t.box.right() - t.wrap_width : t.box.x, t.box.y}, colour);
    }

    void lanes() {
        if (l_.lanes.size() < 2) return;
        for (std::size_t i = 0; i < l_.lanes.size(); ++i) {
            const Lane& ln = l_.lanes[i];
            // Every other lane tinted, so the eye keeps to its row.
            if (i % 2 == 1) canvas_.fill(Path().rect(ln.box), p_.lane_fill);
            canvas_.stroke(Path().move_to(ln.line_from).line_to(ln.line_to), {with_alpha(lane_colour(i), 0.6), 0.08 * u_});
            if (ln.title) text(*ln.title, lane_colour(i));
        }
    }

    void axis() {
        Path band;
        for (const AxisSegment& s : l_.segments) band.rect(s.band);
        if (!band.empty()) canvas_.fill(band, p_.band);
        // A broken axis: two slanted strokes in the gap.
        Path breaks;
        for (const Box& b : l_.breaks) {
            const double k = 0.22 * u_;
            for (const double at : {0.35, 0.65}) {
                if (horizontal()) {
                    const double x = b.x + at * b.w;
                    breaks.move_to({x - k, b.bottom() + 0.15 * u_}).line_to({x + k, b.y - 0.15 * u_});
                } else {
                    const double y = b.y + at * b.h;
                    breaks.move_to({b.x - 0.15 * u_, y + k}).line_to({b.right() + 0.15 * u_, y - k});
                }
            }
        }
        if (!breaks.empty()) canvas_.stroke(breaks, {p_.muted, 0.1 * u_});
        Path ticks;
        for (const Tick& t : l_.ticks) ticks.move_to(t.from).line_to(t.to);
        if (!ticks.empty()) canvas_.stroke(ticks, {p_.tick, 0.07 * u_});
        for (const Tick& t : l_.ticks)
            if (t.label) text(*t.label, p_.muted);
    }

    void leader(const Leader& ld) {
        Path path;
        path.move_to(ld.from).curve_to(ld.control1, ld.control2, ld.to);
        if (ld.end != ld.to) path.line_to(ld.end);
        canvas_.stroke(path, {p_.leader, 0.06 * u_});
    }

    void arrow_head(Point tip, Point from, double size, const Colour& colour) {
        const double dx = tip.x - from.x, dy = tip.y - from.y;
        const double len = std::hypot(dx, dy);
        if (len < 1e-9) return;
        const double ux = dx / len, uy = dy / len;
        canvas_.fill(Path()
                         .move_to(tip)
                         .line_to({tip.x - size * ux + 0.55 * size * uy, tip.y - size * uy - 0.55 * size * ux})
                         .line_to({tip.x - size * ux - 0.55 * size * uy, tip.y - size * uy + 0.55 * size * ux})
                         .close(),
                     colour);
    }

    void relation(const Relation& r) {
        // The quadratic curve as a cubic one.
        const Point c1{r.from.x + 2.0 / 3 * (r.control.x - r.from.x), r.from.y + 2.0 / 3 * (r.control.y - r.from.y)};
        const Point c2{r.to.x + 2.0 / 3 * (r.control.x - r.to.x), r.to.y + 2.0 / 3 * (r.control.y - r.to.y)};
        canvas_.stroke(Path().move_to(r.from).curve_to(c1, c2, r.to), {p_.muted, 0.07 * u_, 0.25 * u_, 0.2 * u_});
        arrow_head(r.to, c2, 0.4 * u_, p_.muted);
    }

    // The uncertain margin: the marker's colour fading out away from the core.
    void fade(const Box& b, const Colour& c, bool fade_towards_end, double alpha) {
        if (b.empty()) return;
        const Point from = horizontal() ? Point{b.x, 0} : Point{0, b.y};
        const Point to = horizontal() ? Point{b.right(), 0} : Point{0, b.bottom()};
        canvas_.fill(b, {from, to, with_alpha(c, fade_towards_end ? alpha : 0), with_alpha(c, fade_towards_end ? 0 : alpha)});
    }

    void marker(const Marker& m) {
        const Colour& c = lane_colour(m.colour);
        switch (m.shape) {
            case MarkerShape::point:
            case MarkerShape::relative: {
                const bool hollow = m.shape == MarkerShape::relative || m.approximate;
                Pen outline{m.shape == MarkerShape::relative ? p_.muted : c, 0.12 * u_};
                if (hollow) outline.dash_on = 0.16 * u_, outline.dash_off = 0.12 * u_;
                canvas_.circle({m.core.x + m.core.w / 2, m.core.y + m.core.h / 2}, std::min(m.core.w, m.core.h) / 2,
                               hollow ? p_.background : c, outline);
                return;
            }
            case MarkerShape::bar:
                if (m.coarse) return coarse_band(m, c);
                fade(m.fade_before, c, false, 0.8);
                fade(m.fade_after, c, true, 0.8);
                canvas_.fill(Path().rect(m.core), with_alpha(c, m.approximate ? 0.55 : 1));
                if (m.approximate) canvas_.stroke(Path().rect(m.core), {c, 0.08 * u_, 0.12 * u_, 0.12 * u_});
                return;
            case MarkerShape::open_start:
            case MarkerShape::open_end: {
                const bool start = m.shape == MarkerShape::open_start;
                const Box& f = start ? m.fade_before : m.fade_after;
                fade(f, c, !start, 0.8);
                canvas_.fill(Path().rect(m.core), c);
                // A faint arrow head at the open end says "and further".
                if (!f.empty()) {
                    const double mid_x = f.x + f.w / 2, mid_y = f.y + f.h / 2;
                    const Point tip = horizontal() ? Point{start ? f.x : f.right(), mid_y}
                                                   : Point{mid_x, start ? f.y : f.bottom()};
                    const Point back = horizontal() ? Point{tip.x + (start ? 1 : -1), tip.y}
                                                    : Point{tip.x, tip.y + (start ? 1 : -1)};
                    arrow_head(tip, back, 0.55 * u_, with_alpha(c, 0.35));
                }
                return;
            }
        }
    }

    // A period known only coarsely ("Frühjahr 2015", "2014"): a light band
    // with a bracket on its outer edge, so that it does not read as a
    // precise span.
    void coarse_band(const Marker& m, const Colour& c) {
        fade(m.fade_before, c, false, 0.22);  // a cut period ("Anfang 2024") fades into the rest of it
        fade(m.fade_after, c, true, 0.22);
        canvas_.fill(Path().rect(m.core), with_alpha(c, 0.22));
        const Box& b = m.core;
        Path bracket;
        if (horizontal()) {
            const bool outer_top = std::abs(m.anchor.y - b.y) < std::abs(m.anchor.y - b.bottom());
            const double outer = outer_top ? b.y : b.bottom(), inner = outer_top ? b.bottom() : b.y;
            bracket.move_to({b.x, inner}).line_to({b.x, outer}).line_to({b.right(), outer}).line_to({b.right(), inner});
        } else {
            const bool outer_left = std::abs(m.anchor.x - b.x) < std::abs(m.anchor.x - b.right());
            const double outer = outer_left ? b.x : b.right(), inner = outer_left ? b.right() : b.x;
            bracket.move_to({inner, b.y}).line_to({outer, b.y}).line_to({outer, b.bottom()}).line_to({inner, b.bottom()});
        }
        canvas_.stroke(bracket, {c, 0.1 * u_});
    }

    void label(const Label& lb) {
        // Opaque, so that leaders to outer layers pass behind inner labels.
        canvas_.fill(Path().rect(lb.box), p_.background);
        text(lb.date, lane_colour(lb.colour));
        text(lb.headline, p_.ink);
    }

    const Layout& l_;
    Canvas& canvas_;
    Palette p_;
    double u_;
};

}  // namespace

void paint(const Layout& layout, Canvas& canvas) { Painter(layout, canvas).paint(); }

std::string title_of(const Layout& layout) {
    for (const TextBlock& t : layout.texts)
        if (t.role == TextRole::title) return t.text;
    return {};
}

}  // namespace chronik::render::detail
