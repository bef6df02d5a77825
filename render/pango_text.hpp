// Text through pango, set up once so that measuring (layout stage) and
// painting (any cairo surface) agree to the last unit: no hinting, no
// rounding of glyph positions, sizes in canvas units.
#pragma once

#include <chronik/render.hpp>

#include <pango/pangocairo.h>

#include <memory>
#include <string>

namespace chronik::render::detail {

struct GObjectUnref {
    void operator()(void* p) const { g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

class PangoText final : public TextMeasurer {
public:
    explicit PangoText(const std::string& font_family);
    ~PangoText() override;
    PangoText(const PangoText&) = delete;
    PangoText& operator=(const PangoText&) = delete;

    TextExtent measure(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const override;
    // Ties the context to a cairo context's transformation before painting on it.
    void prepare(cairo_t* cr) const;
    // A pango layout of the text, wrapped as measure() wraps it.
    LayoutPtr layout(std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
                     bool flush_end = false) const;

private:

    std::string family_;
    PangoFontMap* font_map_ = nullptr;
    PangoContext* context_ = nullptr;
};

}  // namespace chronik::render::detail
