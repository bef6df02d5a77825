// SVG written directly from the layout: the painter's shapes as <path>,
// <circle> and gradient fills, its texts as <text> with one <tspan> a line
// where pango broke it. A thousandth of what cairo's SVG surface writes
// (every glyph a <use> of an outline), and the text stays text.
#include "canvas.hpp"

#include <chronik/document.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace chronik::render::detail {

namespace {

// Two decimals are finer than any device; they keep the file small.
void append_number(std::string& out, double v) {
    long long hundredths = std::llround(v * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, hundredths / 100).ptr;
    out.append(digits, end);
    if (const long long fraction = hundredths % 100; fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0) out += char('0' + fraction % 10);
    }
}

void append_colour(std::string& out, const Colour& c) {
    constexpr char kHex[] = "0123456789abcdef";
    out += '#';
    for (const double channel : {c.r, c.g, c.b}) {
        const long byte = std::lround(std::clamp(channel, 0.0, 1.0) * 255);
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
    }
}

// font-family: the options' family, then a generic family of its kind for
// viewers that lack it. Quotes and backslashes would end the CSS string.
std::string font_family_list(const std::string& family) {
    std::string name;
    for (const char c : family)
        if (c != '\'' && c != '\\' && static_cast<unsigned char>(c) >= ' ') name += c;
    const bool mono = name.find("Mono") != std::string::npos;
    const bool serif = !mono && name.find("Serif") != std::string::npos && name.find("Sans") == std::string::npos;
    return "'" + name + "', " + (mono ? "monospace" : serif ? "serif" : "sans-serif");
}

class SvgCanvas final : public Canvas {
public:
    SvgCanvas(std::string& out, const Layout& layout, const TextMeasurer& measurer)
        : out_(out), layout_(layout), measurer_(measurer) {}

    void background(const Colour& colour) override {
        out_ += "<rect";
        attribute("width", layout_.width);
        attribute("height", layout_.height);
        fill_attributes(colour);
        out_ += "/>\n";
    }

    void fill(const Path& path, const Colour& colour) override {
        open_path(path);
        fill_attributes(colour);
        out_ += "/>\n";
    }

    void fill(const Box& box, const LinearGradient& g) override {
        const std::string id = "fade" + std::to_string(++gradients_);
        out_ += "<defs><linearGradient id=\"" + id + "\" gradientUnits=\"userSpaceOnUse\"";
        attribute("x1", g.from.x);
        attribute("y1", g.from.y);
        attribute("x2", g.to.x);
        attribute("y2", g.to.y);
        out_ += '>';
        stop(0, g.colour);
        stop(1, g.to_colour);
        out_ += "</linearGradient></defs>\n";
        open_path(Path().rect(box));
        out_ += " fill=\"url(#" + id + ")\"/>\n";
    }

    void stroke(const Path& path, const Pen& pen) override {
        open_path(path);
        out_ += " fill=\"none\"";
        stroke_attributes(pen);
        out_ += "/>\n";
    }

    void circle(Point centre, double radius, const Colour& fill, const Pen& outline) override {
        out_ += "<circle";
        attribute("cx", centre.x);
        attribute("cy", centre.y);
        attribute("r", radius);
        fill_attributes(fill);
        stroke_attributes(outline);
        out_ += "/>\n";
    }

    // One <text> a block, one <tspan> a line at pango's place for it;
    // textLength holds each line to the width pango gave it, also in a
    // fallback font. xml:space keeps the spaces as pango set them, so no
    // white space may stand between the tspans.
    void text(const TextBlock& t, Point origin, const Colour& colour) override {
        out_ += "<text xml:space=\"preserve\"";
        attribute("font-size", t.style.size);
        if (t.style.bold) out_ += " font-weight=\"bold\"";
        fill_attributes(colour);
        out_ += '>';
        for (const TextLine& line : measurer_.lines(t.text, t.style, t.wrap_width, t.max_lines, t.flush_end)) {
            if (line.text.empty()) continue;
            out_ += "<tspan";
            attribute("x", origin.x + line.x);
            attribute("y", origin.y + line.baseline);
            attribute("textLength", line.width);
            out_ += '>';
            out_ += xml_escape(line.text);
            out_ += "</tspan>";
        }
        out_ += "</text>\n";
    }

private:
    void attribute(std::string_view name, double value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        append_number(out_, value);
        out_ += '"';
    }

    void colour_attribute(std::string_view name, const Colour& c) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        append_colour(out_, c);
        out_ += '"';
    }

    void fill_attributes(const Colour& c) {
        colour_attribute("fill", c);
        if (c.alpha < 1) attribute("fill-opacity", c.alpha);
    }

    void stroke_attributes(const Pen& pen) {
        colour_attribute("stroke", pen.colour);
        if (pen.colour.alpha < 1) attribute("stroke-opacity", pen.colour.alpha);
        attribute("stroke-width", pen.width);
        if (pen.dashed()) {
            out_ += " stroke-dasharray=\"";
            append_number(out_, pen.dash_on);
            out_ += ' ';
            append_number(out_, pen.dash_off);
            out_ += '"';
        }
    }

    void stop(double offset, const Colour& c) {
        out_ += "<stop";
        attribute("offset", offset);
        colour_attribute("stop-color", c);
        attribute("stop-opacity", c.alpha);
        out_ += "/>";
    }

    // <path d="…" with lines along an axis as H and V.
    void open_path(const Path& path) {
        out_ += "<path d=\"";
        Point at{}, start{};
        auto point = [&](Point p) {
            append_number(out_, p.x);
            out_ += ' ';
            append_number(out_, p.y);
        };
        for (const Path::Segment& s : path.segments()) {
            switch (s.op) {
                case Path::Op::move:
                    out_ += 'M';
                    point(s.p1);
                    at = start = s.p1;
                    break;
                case Path::Op::line:
                    if (s.p1.y == at.y && s.p1.x != at.x) {
                        out_ += 'H';
                        append_number(out_, s.p1.x);
                    } else if (s.p1.x == at.x) {
                        out_ += 'V';
                        append_number(out_, s.p1.y);
                    } else {
                        out_ += 'L';
                        point(s.p1);
                    }
                    at = s.p1;
                    break;
                case Path::Op::curve:
                    out_ += 'C';
                    point(s.p1);
                    out_ += ' ';
                    point(s.p2);
                    out_ += ' ';
                    point(s.p3);
                    at = s.p3;
                    break;
                case Path::Op::close:
                    out_ += 'Z';
                    at = start;
                    break;
            }
        }
        out_ += '"';
    }

    std::string& out_;
    const Layout& layout_;
    const TextMeasurer& measurer_;
    int gradients_ = 0;
};

}  // namespace

std::string svg_document(const Layout& layout, const TextMeasurer& measurer) {
    // A4 in points, as printed; the screen presets in CSS pixels.
    const std::string unit = layout.options.size == SizePreset::a4 ? "pt" : "";
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"";
    out.reserve(256 * (layout.labels.size() + layout.ticks.size() + 16));
    out += " width=\"";
    append_number(out, layout.width);
    out += unit + "\" height=\"";
    append_number(out, layout.height);
    out += unit + "\" viewBox=\"0 0 ";
    append_number(out, layout.width);
    out += ' ';
    append_number(out, layout.height);
    out += "\" font-family=\"" + xml_escape(font_family_list(layout.options.font_family)) + "\">\n";
    // For screen readers and search engines.
    out += "<title>" + xml_escape(title_of(layout)) + "</title>\n<desc>" + xml_escape(layout.description) + "</desc>\n";
    SvgCanvas canvas(out, layout, measurer);
    paint(layout, canvas);
    out += "</svg>\n";
    return out;
}

}  // namespace chronik::render::detail
