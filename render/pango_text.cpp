#include "pango_text.hpp"

#include <algorithm>

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

void PangoText::release() const { layouts_.clear(); }

PangoLayout* PangoText::layout(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const {
    // The text, then the style and wrap as raw bytes (no number formatting:
    // this runs for every text measured).
    std::string key(text);
    const struct {
        double size, wrap;
        int lines;
        bool bold;
    } parts{style.size, wrap_width, max_lines, style.bold};
    key += '\x1f';
    key.append(reinterpret_cast<const char*>(&parts.size), sizeof parts.size);
    key.append(reinterpret_cast<const char*>(&parts.wrap), sizeof parts.wrap);
    key.append(reinterpret_cast<const char*>(&parts.lines), sizeof parts.lines);
    key += parts.bold ? 'b' : 'r';
    auto it = layouts_.find(key);
    if (it == layouts_.end()) it = layouts_.emplace(std::move(key), make(text, style, wrap_width, max_lines)).first;
    return it->second.get();
}

LayoutPtr PangoText::make(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const {
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
    }
    return layout;
}

TextExtent PangoText::measure(std::string_view text, const TextStyle& style, double wrap_width, int max_lines) const {
    PangoLayout* layout = this->layout(text, style, wrap_width, max_lines);
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return {double(logical.x + logical.width) / PANGO_SCALE, double(logical.height) / PANGO_SCALE,
            pango_layout_get_line_count(layout), pango_layout_is_ellipsized(layout) != FALSE};
}

namespace {

constexpr std::string_view kSoftHyphen = "\u00AD";

// Each line of a layout with where it starts and its baseline, in pango
// units from the top left corner of the wrap width. Flush right, a line
// starts where pango's PANGO_ALIGN_RIGHT would start it: its logical width
// (trailing space included) before the end of the wrap width.
template <typename OnLine>
void for_each_line(PangoLayout* layout, double wrap_width, bool flush_end, OnLine on_line) {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        const int x = flush_end && wrap_width > 0 ? int(wrap_width * PANGO_SCALE) - logical.width : logical.x;
        on_line(line, x, pango_layout_iter_get_baseline(iter), logical.width);
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

// What a line shows: its runs in text order, the run pango cut the text in
// as "…", soft hyphens dropped but where pango breaks the word after one.
std::string shown_text(const PangoLayoutLine* line, std::string_view text) {
    std::vector<const PangoGlyphItem*> runs;
    for (const GSList* r = line->runs; r; r = r->next) runs.push_back(static_cast<const PangoGlyphItem*>(r->data));
    std::sort(runs.begin(), runs.end(),
              [](const PangoGlyphItem* a, const PangoGlyphItem* b) { return a->item->offset < b->item->offset; });
    std::string out;
    for (const PangoGlyphItem* run : runs) {
        const PangoItem& item = *run->item;
        if (item.analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) {
            out += "\u2026";
            continue;
        }
        const std::string_view piece = text.substr(std::size_t(item.offset), std::size_t(item.length));
        for (std::size_t at = 0; at < piece.size();) {
            const std::size_t soft = std::min(piece.find(kSoftHyphen, at), piece.size());
            out += piece.substr(at, soft - at);
            at = soft + kSoftHyphen.size();
        }
        if (item.analysis.flags & PANGO_ANALYSIS_FLAG_NEED_HYPHEN) out += '-';
    }
    return out;
}

}  // namespace

std::vector<TextLine> PangoText::lines(std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
                                       bool flush_end) const {
    PangoLayout* layout = this->layout(text, style, wrap_width, max_lines);
    const std::string_view chars = pango_layout_get_text(layout);
    std::vector<TextLine> out;
    for_each_line(layout, wrap_width, flush_end, [&](PangoLayoutLine* line, int x, int baseline, int width) {
        TextLine shown{shown_text(line, chars), double(x) / PANGO_SCALE, double(baseline) / PANGO_SCALE,
                       double(width) / PANGO_SCALE};
        // A wrapped line keeps the space it broke at; it shows nothing there.
        const std::size_t kept = shown.text.find_last_not_of(' ') + 1;
        if (kept < shown.text.size()) {
            int shown_width = 0;
            pango_layout_line_index_to_x(line, line->start_index + line->length - int(shown.text.size() - kept), FALSE,
                                         &shown_width);
            shown.width = double(shown_width) / PANGO_SCALE;
            shown.text.resize(kept);
        }
        out.push_back(std::move(shown));
    });
    return out;
}

void PangoText::show(cairo_t* cr, Point origin, std::string_view text, const TextStyle& style, double wrap_width,
                     int max_lines, bool flush_end) const {
    for_each_line(layout(text, style, wrap_width, max_lines), wrap_width, flush_end,
                  [&](PangoLayoutLine* line, int x, int baseline, int) {
                      cairo_move_to(cr, origin.x + double(x) / PANGO_SCALE, origin.y + double(baseline) / PANGO_SCALE);
                      pango_cairo_show_layout_line(cr, line);
                  });
}

}  // namespace chronik::render::detail
