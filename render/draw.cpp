// The drawing stage: a Layout painted with cairo and pango (PDF, PNG) or
// written as SVG, all through the one painter of canvas.hpp.
#include <chronik/render.hpp>

#include "canvas.hpp"
#include "pango_text.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cmath>
#include <fstream>
#include <optional>
#include <stdexcept>

namespace chronik::render {

namespace {

using detail::Colour;
using detail::Path;
using detail::Pen;

// A cairo context as a Canvas; texts through the pango layouts the layout
// stage measured.
class CairoCanvas final : public detail::Canvas {
public:
    // The pango context is deliberately not updated from the surface
    // (pango_cairo_update_context): unhinted metrics in canvas units are
    // what the layout measured, and cairo scales glyphs with the CTM anyway.
    CairoCanvas(cairo_t* cr, const detail::PangoText& text) : cr_(cr), text_(text) {}

    void background(const Colour& colour) override {
        set(colour);
        cairo_paint(cr_);
    }

    void fill(const Path& path, const Colour& colour) override {
        trace(path);
        set(colour);
        cairo_fill(cr_);
    }

    void fill(const Box& box, const detail::LinearGradient& g) override {
        cairo_pattern_t* pattern = cairo_pattern_create_linear(g.from.x, g.from.y, g.to.x, g.to.y);
        cairo_pattern_add_color_stop_rgba(pattern, 0, g.colour.r, g.colour.g, g.colour.b, g.colour.alpha);
        cairo_pattern_add_color_stop_rgba(pattern, 1, g.to_colour.r, g.to_colour.g, g.to_colour.b, g.to_colour.alpha);
        cairo_set_source(cr_, pattern);
        cairo_rectangle(cr_, box.x, box.y, box.w, box.h);
        cairo_fill(cr_);
        cairo_pattern_destroy(pattern);
    }

    void stroke(const Path& path, const Pen& pen) override {
        trace(path);
        stroke_with(pen);
    }

    void circle(Point centre, double radius, const Colour& fill, const Pen& outline) override {
        cairo_new_path(cr_);
        cairo_arc(cr_, centre.x, centre.y, radius, 0, 2 * M_PI);
        set(fill);
        cairo_fill_preserve(cr_);
        stroke_with(outline);
    }

    void text(const TextBlock& t, Point origin, const Colour& colour) override {
        set(colour);
        text_.show(cr_, origin, t.text, t.style, t.wrap_width, t.max_lines, t.flush_end);
    }

private:
    void set(const Colour& c) { cairo_set_source_rgba(cr_, c.r, c.g, c.b, c.alpha); }

    void trace(const Path& path) {
        cairo_new_path(cr_);
        for (const Path::Segment& s : path.segments()) {
            switch (s.op) {
                case Path::Op::move: cairo_move_to(cr_, s.p1.x, s.p1.y); break;
                case Path::Op::line: cairo_line_to(cr_, s.p1.x, s.p1.y); break;
                case Path::Op::curve: cairo_curve_to(cr_, s.p1.x, s.p1.y, s.p2.x, s.p2.y, s.p3.x, s.p3.y); break;
                case Path::Op::close: cairo_close_path(cr_); break;
            }
        }
    }

    void stroke_with(const Pen& pen) {
        set(pen.colour);
        cairo_set_line_width(cr_, pen.width);
        const double dash[] = {pen.dash_on, pen.dash_off};
        cairo_set_dash(cr_, dash, pen.dashed() ? 2 : 0, 0);
        cairo_stroke(cr_);
        cairo_set_dash(cr_, nullptr, 0, 0);
    }

    cairo_t* cr_;
    const detail::PangoText& text_;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void check(cairo_surface_t* surface) {
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface)));
}

void paint_on(cairo_surface_t* surface, const Layout& l, const detail::PangoText& text, double scale,
              bool show_page = false) {
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    CairoCanvas canvas(cr, text);
    detail::paint(l, canvas);
    if (show_page) cairo_show_page(cr);
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(status));
}

// PDF dates from the data, never the clock, so that a rebuild is byte-identical.
std::string pdf_date(const Layout& l) {
    const date::sys_days d = l.published.value_or(date::sys_days{date::year{2000} / 1 / 1});
    return iso_date(d) + "T00:00:00Z";
}

// A PDF written page by page: each page painted and handed to cairo, which
// writes it out, before the next is laid out.
class PdfWriter {
public:
    PdfWriter(std::string& out, double width, double height) : surface_(cairo_pdf_surface_create_for_stream(append, &out, width, height)) {
        check(surface_);
    }
    ~PdfWriter() { cairo_surface_destroy(surface_); }
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    void page(const Layout& l, const detail::PangoText& text) {
        if (pages_++ == 0) {
            const std::string date = pdf_date(l);
            cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, detail::title_of(l).c_str());
            cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "chronik");
            cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
            cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
        }
        paint_on(surface_, l, text, 1, true);
    }
    void finish() {
        cairo_surface_finish(surface_);
        check(surface_);
    }

private:
    cairo_surface_t* surface_;
    std::size_t pages_ = 0;
};

std::string render_with(const Layout& l, Format format, const detail::PangoText& text) {
    std::string out;
    switch (format) {
        case Format::svg: return detail::svg_document(l, text);
        case Format::pdf: {
            PdfWriter pdf(out, l.width, l.height);
            pdf.page(l, text);
            pdf.finish();
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
    return render_timeline_with_layout(timeline, options, format).bytes;
}

Rendered render_timeline_with_layout(const Timeline& timeline, const RenderOptions& options, Format format) {
    // One pango set-up for measuring and painting: the text is shaped once.
    const detail::PangoText text(options.font_family);
    if (format == Format::pdf && options.size == SizePreset::a4) {
        // Print: the chronology on as many pages as it needs, one at a time.
        Rendered out;
        std::optional<PdfWriter> pdf;
        layout_pages(timeline, options, text, [&](const Layout& page) {
            if (!pdf) {
                pdf.emplace(out.bytes, page.width, page.height);
                out.layout = page;
            }
            pdf->page(page, text);
            out.pages = page.pages;
        });
        pdf->finish();
        return out;
    }
    Rendered out{layout_timeline(timeline, options, text), {}, 1};
    out.bytes = render_with(out.layout, format, text);
    return out;
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
