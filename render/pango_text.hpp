// Text through pango, set up once so that measuring (layout stage) and
// painting (any cairo surface) agree to the last unit: no hinting, no
// rounding of glyph positions, sizes in canvas units.
#pragma once

#include <chronik/render.hpp>

#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <unordered_map>

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
    std::vector<TextLine> lines(std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
                                bool flush_end) const override;
    void release() const override;
    // Paints the text with its top left corner (of the wrap width) at
    // `origin`, line by line where lines() places them.
    void show(cairo_t* cr, Point origin, std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
              bool flush_end) const;

private:
    // A pango layout of the text, wrapped as measure() wraps it; owned by
    // this object. Layouts are kept, so that painting what was measured
    // does not shape the text again — also for lines flush right, which
    // are placed here rather than by a layout of their own. Not for use by
    // several threads at once.
    PangoLayout* layout(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const;
    LayoutPtr make(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const;

    mutable std::unordered_map<std::string, LayoutPtr> layouts_;

    std::string family_;
    PangoFontMap* font_map_ = nullptr;
    PangoContext* context_ = nullptr;
};

}  // namespace chronik::render::detail
