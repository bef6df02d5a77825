#include "pango_text.hpp"

namespace chronik::render::detail {

PangoText::PangoText(const std::string& font_family) : family_(font_family) {
    // A font map of our own: the default one is shared per thread and its
    // context takes font options from whichever surface it last saw.
    font_map_ = pango_cairo_font_map_new();
    context_ = pango_font_map_create_context(font_map_);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
    pango_context_set_language(context_, pango_language_from_string("de"));
}

PangoText::~PangoText() {
    g_object_unref(context_);
    g_object_unref(font_map_);
}

PangoLayout* PangoText::layout(std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
                               bool flush_end) const {
    std::string key(text);
    key += '\x1f' + std::to_string(style.size) + (style.bold ? "b" : "r") + std::to_string(wrap_width) + "/" +
           std::to_string(max_lines) + (flush_end ? "e" : "s");
    auto it = layouts_.find(key);
    if (it == layouts_.end()) it = layouts_.emplace(std::move(key), make(text, style, wrap_width, max_lines, flush_end)).first;
    return it->second.get();
}

LayoutPtr PangoText::make(std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
                          bool flush_end) const {
    LayoutPtr layout(pango_layout_new(context_));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, family_.c_str());
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_text(layout.get(), text.data(), int(text.size()));
    if (wrap_width > 0) {
        pango_layout_set_width(layout.get(), int(wrap_width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD);
        pango_layout_set_height(layout.get(), -std::max(1, max_lines));  // negative: a number of lines
        pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        if (flush_end) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
    }
    return layout;
}

TextExtent PangoText::measure(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const {
    PangoLayout* layout = this->layout(text, style, wrap_width, max_lines);
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return {double(logical.x + logical.width) / PANGO_SCALE, double(logical.height) / PANGO_SCALE,
            pango_layout_get_line_count(layout)};
}



}  // namespace chronik::render::detail
