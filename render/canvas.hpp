// What the drawing stage asks of a drawing surface, and the one painter
// that turns a Layout into those requests. Two canvases implement it:
// cairo (PDF, PNG) and an SVG writer; both show the same picture because
// the colours, strokes and shapes are worked out once, here.
#pragma once

#include <chronik/render.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace chronik::render::detail {

struct Colour {
    double r = 0, g = 0, b = 0;  // 0 to 1
    double alpha = 1;
};

struct Pen {
    Colour colour;
    double width = 1;
    double dash_on = 0, dash_off = 0;  // 0: a solid line
    bool dashed() const { return dash_on > 0; }
};

// From `colour` at `from` to `to_colour` at `to`, and on beyond both ends.
struct LinearGradient {
    Point from, to;
    Colour colour, to_colour;
};

// Lines and cubic Bézier curves, in one or more closed or open subpaths.
class Path {
public:
    enum class Op : std::uint8_t { move, line, curve, close };
    struct Segment {
        Op op;
        Point p1, p2, p3;  // move and line: p1; curve: control points p1, p2 and end p3
    };

    Path& move_to(Point p) { return add({Op::move, p, {}, {}}); }
    Path& line_to(Point p) { return add({Op::line, p, {}, {}}); }
    Path& curve_to(Point c1, Point c2, Point to) { return add({Op::curve, c1, c2, to}); }
    Path& close() { return add({Op::close, {}, {}, {}}); }
    Path& rect(const Box& b) {
        return move_to({b.x, b.y}).line_to({b.right(), b.y}).line_to({b.right(), b.bottom()}).line_to({b.x, b.bottom()}).close();
    }
    const std::vector<Segment>& segments() const { return segments_; }
    bool empty() const { return segments_.empty(); }

private:
    Path& add(const Segment& s) {
        segments_.push_back(s);
        return *this;
    }
    std::vector<Segment> segments_;
};

class Canvas {
public:
    virtual ~Canvas() = default;
    // The whole surface, also where a device pixel reaches past the canvas.
    virtual void background(const Colour& colour) = 0;
    virtual void fill(const Path& path, const Colour& colour) = 0;
    virtual void fill(const Box& box, const LinearGradient& gradient) = 0;
    virtual void stroke(const Path& path, const Pen& pen) = 0;
    // A disc filled, then outlined; the dash pattern starts at 3 o'clock and runs clockwise.
    virtual void circle(Point centre, double radius, const Colour& fill, const Pen& outline) = 0;
    // A text block with its top left corner (of the wrap width, when the
    // lines are flush right) at `origin`.
    virtual void text(const TextBlock& block, Point origin, const Colour& colour) = 0;
};

// Paints the whole layout, back to front.
void paint(const Layout& layout, Canvas& canvas);

// The layout's title text; "" when it has none.
std::string title_of(const Layout& layout);

// The layout as an SVG document of its own: shapes, gradients and real
// <text> lines as `measurer` breaks them (selectable, searchable, read out
// by screen readers). Deterministic.
std::string svg_document(const Layout& layout, const TextMeasurer& measurer);

}  // namespace chronik::render::detail
