// The drawing stage: a Layout painted with cairo (SVG, PDF, PNG) and pango.
#include <chronik/render.hpp>

#include "pango_text.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <array>
#include <cctype>
#include <map>
#include <cmath>
#include <fstream>
#include <stdexcept>

namespace chronik::render {

namespace {

struct Rgb {
    double r, g, b;
};

constexpr Rgb hex(unsigned v) { return {((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0}; }

struct Palette {
    Rgb background, ink, muted, band, tick, leader, lane_fill;
    std::array<Rgb, 5> lanes;  // markers and dates, one colour a lane
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

void set(cairo_t* cr, const Rgb& c, double alpha = 1) { cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha); }

class Painter {
public:
    // The context is deliberately not updated from the surface
    // (pango_cairo_update_context): unhinted metrics in canvas units are
    // what the layout measured, and cairo scales glyphs with the CTM anyway.
    Painter(cairo_t* cr, const Layout& l, const detail::PangoText& text)
        : cr_(cr), l_(l), p_(palette_for(l.options.theme)), text_(text), u_(l.unit) {}

    void paint() {
        set(cr_, p_.background);
        cairo_paint(cr_);
        lanes();
        axis();
        for (const Relation& r : l_.relations) relation(r);
        for (const Leader& ld : l_.leaders) leader(ld);
        for (const Marker& m : l_.markers) marker(m);
        for (const Label& lb : l_.labels) label(lb);
        for (const TextBlock& t : l_.texts) text(t, t.role == TextRole::title ? p_.ink : p_.muted);
    }

private:
    const Rgb& lane_colour(std::size_t lane) const { return p_.lanes[lane % p_.lanes.size()]; }

    void text(const TextBlock& t, const Rgb& colour) {
        const bool flush_end = t.flush_end && t.wrap_width > 0;
        PangoLayout* layout = text_.layout(t.text, t.style, t.wrap_width, t.max_lines, flush_end);
        set(cr_, colour);
        // Right-aligned lines end at the wrap width: place that at the box's right edge.
        cairo_move_to(cr_, flush_end ? t.box.right() - t.wrap_width : t.box.x, t.box.y);
        pango_cairo_show_layout(cr_, layout);
    }

    void rect(const Box& b) { cairo_rectangle(cr_, b.x, b.y, b.w, b.h); }

    void lanes() {
        const bool several = l_.lanes.size() > 1;
        for (std::size_t i = 0; i < l_.lanes.size(); ++i) {
            const Lane& ln = l_.lanes[i];
            if (!several) continue;
            if (i % 2 == 1) {  // every other lane tinted, so the eye keeps to its row
                set(cr_, p_.lane_fill);
                rect(ln.box);
                cairo_fill(cr_);
            }
            set(cr_, lane_colour(i), 0.6);
            cairo_set_line_width(cr_, 0.08 * u_);
            cairo_move_to(cr_, ln.line_from.x, ln.line_from.y);
            cairo_line_to(cr_, ln.line_to.x, ln.line_to.y);
            cairo_stroke(cr_);
            if (ln.title) text(*ln.title, lane_colour(i));
        }
    }

    void axis() {
        set(cr_, p_.band);
        for (const AxisSegment& s : l_.segments) rect(s.band);
        cairo_fill(cr_);
        // A broken axis: two slanted strokes in the gap.
        set(cr_, p_.muted);
        cairo_set_line_width(cr_, 0.1 * u_);
        const bool horizontal = l_.orientation == Orientation::horizontal;
        for (const Box& b : l_.breaks) {
            const double k = 0.22 * u_;
            for (const double at : {0.35, 0.65}) {
                if (horizontal) {
                    const double x = b.x + at * b.w;
                    cairo_move_to(cr_, x - k, b.bottom() + 0.15 * u_);
                    cairo_line_to(cr_, x + k, b.y - 0.15 * u_);
                } else {
                    const double y = b.y + at * b.h;
                    cairo_move_to(cr_, b.x - 0.15 * u_, y + k);
                    cairo_line_to(cr_, b.right() + 0.15 * u_, y - k);
                }
            }
        }
        cairo_stroke(cr_);
        set(cr_, p_.tick);
        cairo_set_line_width(cr_, 0.07 * u_);
        for (const Tick& t : l_.ticks) {
            cairo_move_to(cr_, t.from.x, t.from.y);
            cairo_line_to(cr_, t.to.x, t.to.y);
        }
        cairo_stroke(cr_);
        for (const Tick& t : l_.ticks)
            if (t.label) text(*t.label, p_.muted);
    }

    void leader(const Leader& ld) {
        set(cr_, p_.leader);
        cairo_set_line_width(cr_, 0.06 * u_);
        cairo_move_to(cr_, ld.from.x, ld.from.y);
        cairo_curve_to(cr_, ld.control1.x, ld.control1.y, ld.control2.x, ld.control2.y, ld.to.x, ld.to.y);
        cairo_stroke(cr_);
    }

    void arrow_head(Point tip, Point from, double size) {
        const double dx = tip.x - from.x, dy = tip.y - from.y;
        const double len = std::hypot(dx, dy);
        if (len < 1e-9) return;
        const double ux = dx / len, uy = dy / len;
        cairo_move_to(cr_, tip.x, tip.y);
        cairo_line_to(cr_, tip.x - size * ux + 0.55 * size * uy, tip.y - size * uy - 0.55 * size * ux);
        cairo_line_to(cr_, tip.x - size * ux - 0.55 * size * uy, tip.y - size * uy + 0.55 * size * ux);
        cairo_close_path(cr_);
        cairo_fill(cr_);
    }

    void relation(const Relation& r) {
        set(cr_, p_.muted);
        cairo_set_line_width(cr_, 0.07 * u_);
        const double dash[] = {0.25 * u_, 0.2 * u_};
        cairo_set_dash(cr_, dash, 2, 0);
        // The quadratic curve as a cubic one.
        const Point c1{r.from.x + 2.0 / 3 * (r.control.x - r.from.x), r.from.y + 2.0 / 3 * (r.control.y - r.from.y)};
        const Point c2{r.to.x + 2.0 / 3 * (r.control.x - r.to.x), r.to.y + 2.0 / 3 * (r.control.y - r.to.y)};
        cairo_move_to(cr_, r.from.x, r.from.y);
        cairo_curve_to(cr_, c1.x, c1.y, c2.x, c2.y, r.to.x, r.to.y);
        cairo_stroke(cr_);
        cairo_set_dash(cr_, nullptr, 0, 0);
        arrow_head(r.to, c2, 0.4 * u_);
    }

    // The uncertain margin: the marker's colour fading out away from the core.
    void fade(const Box& b, const Rgb& c, bool fade_towards_end, double alpha) {
        if (b.empty()) return;
        const bool horizontal = l_.orientation == Orientation::horizontal;
        cairo_pattern_t* g = horizontal ? cairo_pattern_create_linear(b.x, 0, b.right(), 0)
                                        : cairo_pattern_create_linear(0, b.y, 0, b.bottom());
        cairo_pattern_add_color_stop_rgba(g, fade_towards_end ? 0 : 1, c.r, c.g, c.b, alpha);
        cairo_pattern_add_color_stop_rgba(g, fade_towards_end ? 1 : 0, c.r, c.g, c.b, 0);
        cairo_set_source(cr_, g);
        rect(b);
        cairo_fill(cr_);
        cairo_pattern_destroy(g);
    }

    void marker(const Marker& m) {
        const Rgb& c = lane_colour(m.lane);
        const bool horizontal = l_.orientation == Orientation::horizontal;
        const double cx = m.core.x + m.core.w / 2, cy = m.core.y + m.core.h / 2;
        switch (m.shape) {
            case MarkerShape::point:
            case MarkerShape::relative: {
                const double r = std::min(m.core.w, m.core.h) / 2;
                cairo_new_path(cr_);
                cairo_arc(cr_, cx, cy, r, 0, 2 * M_PI);
                set(cr_, m.shape == MarkerShape::relative || m.approximate ? p_.background : c);
                cairo_fill_preserve(cr_);
                set(cr_, m.shape == MarkerShape::relative ? p_.muted : c);
                cairo_set_line_width(cr_, 0.12 * u_);
                if (m.shape == MarkerShape::relative || m.approximate) {
                    const double dash[] = {0.16 * u_, 0.12 * u_};
                    cairo_set_dash(cr_, dash, 2, 0);
                }
                cairo_stroke(cr_);
                cairo_set_dash(cr_, nullptr, 0, 0);
                return;
            }
            case MarkerShape::bar:
                fade(m.fade_before, c, false, 0.8);
                fade(m.fade_after, c, true, 0.8);
                set(cr_, c, m.approximate ? 0.55 : 1);
                rect(m.core);
                cairo_fill(cr_);
                if (m.approximate) {
                    set(cr_, c);
                    cairo_set_line_width(cr_, 0.08 * u_);
                    const double dash[] = {0.12 * u_, 0.12 * u_};
                    cairo_set_dash(cr_, dash, 2, 0);
                    rect(m.core);
                    cairo_stroke(cr_);
                    cairo_set_dash(cr_, nullptr, 0, 0);
                }
                return;
            case MarkerShape::open_start:
            case MarkerShape::open_end: {
                const bool start = m.shape == MarkerShape::open_start;
                const Box& f = start ? m.fade_before : m.fade_after;
                fade(f, c, !start, 0.8);
                set(cr_, c);
                rect(m.core);
                cairo_fill(cr_);
                // A faint arrow head at the open end says "and further".
                if (!f.empty()) {
                    set(cr_, c, 0.35);
                    const double mid_x = f.x + f.w / 2, mid_y = f.y + f.h / 2;
                    const Point tip = horizontal ? Point{start ? f.x : f.right(), mid_y}
                                                 : Point{mid_x, start ? f.y : f.bottom()};
                    const Point back = horizontal ? Point{tip.x + (start ? 1 : -1), tip.y}
                                                  : Point{tip.x, tip.y + (start ? 1 : -1)};
                    arrow_head(tip, back, 0.55 * u_);
                }
                return;
            }
        }
    }

    void label(const Label& lb) {
        // Opaque, so that leaders to outer layers pass behind inner labels.
        set(cr_, p_.background);
        rect(lb.box);
        cairo_fill(cr_);
        text(lb.date, lane_colour(lb.lane));
        text(lb.headline, p_.ink);
    }

    cairo_t* cr_;
    const Layout& l_;
    Palette p_;
    const detail::PangoText& text_;
    double u_;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string title_of(const Layout& l) {
    for (const TextBlock& t : l.texts)
        if (t.role == TextRole::title) return t.text;
    return {};
}

// cairo names the SVG's groups after its process-wide surface counter
// ("surface6" in a second render): number them by first appearance instead,
// so that every render of a layout gives the same bytes.
std::string number_surfaces(const std::string& svg) {
    constexpr std::string_view kName = "surface";
    std::map<std::string, std::string> renamed;
    std::string out;
    out.reserve(svg.size());
    std::size_t at = 0;
    for (std::size_t hit = svg.find(kName); hit != std::string::npos; hit = svg.find(kName, hit + 1)) {
        const bool named = hit > 0 && (svg[hit - 1] == '"' || svg[hit - 1] == '#');
        std::size_t end = hit + kName.size();
        while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
        if (!named || end == hit + kName.size()) continue;
        const std::string id = svg.substr(hit, end - hit);
        auto it = renamed.try_emplace(id, std::string(kName) + std::to_string(renamed.size() + 1)).first;
        out.append(svg, at, hit - at);
        out += it->second;
        at = end;
    }
    out.append(svg, at, std::string::npos);
    return out;
}

// cairo writes no <title> or <desc>: add them, for screen readers and search.
std::string with_svg_description(std::string svg, const Layout& l) {
    const auto open = svg.find("<svg");
    const auto end = open == std::string::npos ? open : svg.find('>', open);
    if (end == std::string::npos) return svg;
    std::string meta = "\n<title>" + xml_escape(title_of(l)) + "</title>\n<desc>" + xml_escape(l.description) + "</desc>";
    svg.insert(end + 1, meta);
    return svg;
}

void check(cairo_surface_t* surface) {
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface)));
}

void paint_on(cairo_surface_t* surface, const Layout& l, const detail::PangoText& text, double scale) {
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    Painter(cr, l, text).paint();
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(status));
}

// PDF dates from the data, never the clock, so that a rebuild is byte-identical.
std::string pdf_date(const Layout& l) {
    const date::sys_days d = l.published.value_or(date::sys_days{date::year{2000} / 1 / 1});
    return iso_date(d) + "T00:00:00Z";
}

std::string render_with(const Layout& l, Format format, const detail::PangoText& text) {
    std::string out;
    switch (format) {
        case Format::svg: {
            cairo_surface_t* s = cairo_svg_surface_create_for_stream(append, &out, l.width, l.height);
            check(s);
            cairo_svg_surface_set_document_unit(s, l.options.size == SizePreset::a4 ? CAIRO_SVG_UNIT_PT : CAIRO_SVG_UNIT_PX);
            paint_on(s, l, text, 1);
            cairo_surface_finish(s);
            check(s);
            cairo_surface_destroy(s);
            return with_svg_description(number_surfaces(out), l);
        }
        case Format::pdf: {
            cairo_surface_t* s = cairo_pdf_surface_create_for_stream(append, &out, l.width, l.height);
            check(s);
            const std::string date = pdf_date(l);
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title_of(l).c_str());
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "chronik");
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
            paint_on(s, l, text, 1);
            cairo_surface_finish(s);
            check(s);
            cairo_surface_destroy(s);
            return out;
        }
        case Format::png: {
            const double scale = l.options.png_scale > 0 ? l.options.png_scale : 1;
            cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, int(std::ceil(l.width * scale)),
                                                            int(std::ceil(l.height * scale)));
            check(s);
            paint_on(s, l, text, scale);
            cairo_surface_flush(s);
            const cairo_status_t status = cairo_surface_write_to_png_stream(s, append, &out);
            cairo_surface_destroy(s);
            if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(status));
            return out;
        }
    }
    return out;
}

}  // namespace

std::string render_layout(const Layout& l, Format format) {
    const detail::PangoText text(l.options.font_family);
    return render_with(l, format, text);
}

std::unique_ptr<TextMeasurer> make_pango_measurer(const std::string& font_family) {
    return std::make_unique<detail::PangoText>(font_family);
}

std::string render_timeline(const Timeline& timeline, const RenderOptions& options, Format format) {
    // One pango set-up for measuring and painting: the text is shaped once.
    const detail::PangoText text(options.font_family);
    return render_with(layout_timeline(timeline, options, text), format, text);
}

void render_file(const Timeline& timeline, const RenderOptions& options, const std::string& path) {
    const std::optional<Format> format = format_for_path(path);
    if (!format) throw std::invalid_argument(path + ": the extension names no graphic format (.svg, .pdf, .png)");
    const std::string bytes = render_timeline(timeline, options, *format);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(bytes.data(), std::streamsize(bytes.size())) || !out.flush())
        throw std::runtime_error(path + ": cannot write");
}

}  // namespace chronik::render
