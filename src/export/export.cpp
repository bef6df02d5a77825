// Format names, extensions and the dispatch to the writers.
#include "support.hpp"

#include <array>

namespace chronik {

namespace {

constexpr std::array kFormats = {ExportFormat::json,     ExportFormat::ics,  ExportFormat::jsonfeed,
                                 ExportFormat::timelinejs, ExportFormat::markdown, ExportFormat::html,
                                 ExportFormat::timeml};

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

}  // namespace

std::string_view to_string(ExportFormat f) {
    switch (f) {
        case ExportFormat::json: return "json";
        case ExportFormat::ics: return "ics";
        case ExportFormat::jsonfeed: return "jsonfeed";
        case ExportFormat::timelinejs: return "timelinejs";
        case ExportFormat::markdown: return "markdown";
        case ExportFormat::html: return "html";
        case ExportFormat::timeml: return "timeml";
    }
    return "?";
}

std::optional<ExportFormat> format_from_name(std::string_view name) {
    const std::string n = lower_ascii(name);
    if (n == "md") return ExportFormat::markdown;
    for (const ExportFormat f : kFormats)
        if (n == to_string(f)) return f;
    return std::nullopt;
}

std::optional<ExportFormat> format_from_path(std::string_view path) {
    const auto slash = path.find_last_of('/');
    const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = file.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    const std::string ext = lower_ascii(file.substr(dot + 1));
    if (ext == "json") return ExportFormat::json;
    if (ext == "ics") return ExportFormat::ics;
    if (ext == "md") return ExportFormat::markdown;
    if (ext == "html" || ext == "htm") return ExportFormat::html;
    if (ext == "tml") return ExportFormat::timeml;
    return std::nullopt;
}

std::string export_timeline(const Timeline& timeline, ExportFormat format, ExportReport* report) {
    std::vector<std::string> left_out;
    std::string out;
    switch (format) {
        case ExportFormat::json: out = exporting::write_json(timeline); break;
        case ExportFormat::ics: out = exporting::write_ics(timeline, left_out); break;
        case ExportFormat::jsonfeed: out = exporting::write_jsonfeed(timeline); break;
        case ExportFormat::timelinejs: out = exporting::write_timelinejs(timeline, left_out); break;
        case ExportFormat::markdown: out = exporting::write_markdown(timeline); break;
        case ExportFormat::html: out = exporting::write_html(timeline); break;
        case ExportFormat::timeml: out = exporting::write_timeml(timeline); break;
    }
    if (report) {
        report->written = timeline.events.size() - left_out.size();
        report->left_out = std::move(left_out);
    }
    return out;
}

}  // namespace chronik
