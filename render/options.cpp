// Names of the render options, as the command line spells them.
#include <chronik/render.hpp>

#include <algorithm>
#include <cctype>

namespace chronik::render {

std::string_view to_string(SizePreset p) {
    switch (p) {
        case SizePreset::web: return "web";
        case SizePreset::social: return "social";
        case SizePreset::a4: return "a4";
    }
    return "?";
}

std::string_view to_string(Theme t) {
    switch (t) {
        case Theme::light: return "light";
        case Theme::dark: return "dark";
        case Theme::print: return "print";
    }
    return "?";
}

std::string_view to_string(Orientation o) {
    switch (o) {
        case Orientation::automatic: return "auto";
        case Orientation::horizontal: return "horizontal";
        case Orientation::vertical: return "vertical";
    }
    return "?";
}

std::string_view to_string(TextRole r) {
    switch (r) {
        case TextRole::title: return "title";
        case TextRole::subtitle: return "subtitle";
        case TextRole::date: return "label_date";
        case TextRole::headline: return "label_headline";
        case TextRole::tick: return "tick_label";
        case TextRole::lane: return "lane_title";
        case TextRole::credit: return "credit";
        case TextRole::note: return "note";
        case TextRole::legend: return "legend";
    }
    return "?";
}

std::string_view to_string(MarkerShape s) {
    switch (s) {
        case MarkerShape::point: return "point";
        case MarkerShape::bar: return "bar";
        case MarkerShape::open_start: return "open_start";
        case MarkerShape::open_end: return "open_end";
        case MarkerShape::relative: return "relative";
    }
    return "?";
}

namespace {
std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}
}  // namespace

std::optional<SizePreset> parse_size_preset(std::string_view s) {
    const std::string v = lower(s);
    if (v == "web" || v == "16:9") return SizePreset::web;
    if (v == "social" || v == "1:1") return SizePreset::social;
    if (v == "a4" || v == "print") return SizePreset::a4;
    return std::nullopt;
}

std::optional<Theme> parse_theme(std::string_view s) {
    const std::string v = lower(s);
    if (v == "light") return Theme::light;
    if (v == "dark") return Theme::dark;
    if (v == "print") return Theme::print;
    return std::nullopt;
}

std::optional<Orientation> parse_orientation(std::string_view s) {
    const std::string v = lower(s);
    if (v == "auto" || v == "automatic") return Orientation::automatic;
    if (v == "horizontal") return Orientation::horizontal;
    if (v == "vertical") return Orientation::vertical;
    return std::nullopt;
}

std::optional<Format> parse_format(std::string_view s) {
    const std::string v = lower(s);
    if (v == "svg") return Format::svg;
    if (v == "pdf") return Format::pdf;
    if (v == "png") return Format::png;
    return std::nullopt;
}

std::optional<Format> format_for_path(std::string_view path) {
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
    return parse_format(path.substr(dot + 1));
}

}  // namespace chronik::render
