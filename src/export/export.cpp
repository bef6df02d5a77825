// Format names, extensions and the dispatch to the writers.
#include "support.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>

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

namespace {

// The timeline without its hidden events (and the links that name them):
// what every reader-facing format starts from. Their ids go to `hidden`.
Timeline without_hidden(const Timeline& t, std::vector<std::string>& hidden) {
    Timeline out;
    out.title = t.title;
    out.language = t.language;
    out.time_zone = t.time_zone;
    out.sources = t.sources;
    out.notes = t.notes;
    std::vector<std::size_t> place(t.events.size(), SIZE_MAX);
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        if (t.events[i].hidden) {
            hidden.push_back(t.events[i].id);
            continue;
        }
        place[i] = out.events.size();
        out.events.push_back(t.events[i]);
    }
    for (const Link& l : t.links)
        if (l.from < place.size() && l.to < place.size() && place[l.from] != SIZE_MAX && place[l.to] != SIZE_MAX)
            out.links.push_back(Link{place[l.from], place[l.to], l.order, l.from_cue});
    return out;
}

bool uri_char(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(c) != std::string_view::npos;
}

}  // namespace

bool valid_source_url(std::string_view url) {
    const std::string lower = lower_ascii(url.substr(0, 8));
    std::size_t host = 0;
    if (lower.starts_with("https://")) host = 8;
    else if (lower.starts_with("http://")) host = 7;
    else return false;
    if (url.size() <= host || url.size() > 2000 || url[host] == '/' || url[host] == '?' || url[host] == '#') return false;
    return std::all_of(url.begin(), url.end(), uri_char);
}

bool known_time_zone(std::string_view name) { return exporting::known_zone(name); }

std::string export_timeline(const Timeline& timeline, ExportFormat format, ExportReport* report) {
    return export_timeline(timeline, format, ExportOptions{}, report);
}

void export_timeline(std::ostream& out, const Timeline& timeline, ExportFormat format, const ExportOptions& options,
                     ExportReport* report) {
    if (format == ExportFormat::json) {
        exporting::write_json(out, timeline);
        if (report) *report = ExportReport{timeline.events.size(), {}, {}};
        return;
    }
    const std::string text = export_timeline(timeline, format, options, report);
    out.write(text.data(), std::streamsize(text.size()));
}

std::string export_timeline(const Timeline& timeline, ExportFormat format, const ExportOptions& options,
                            ExportReport* report) {
    std::vector<std::string> left_out, notes;
    if (format == ExportFormat::json) {
        std::string out = exporting::write_json(timeline);
        if (report) *report = ExportReport{timeline.events.size(), {}, {}};
        return out;
    }
    const Timeline shown = without_hidden(timeline, left_out);
    exporting::Writing w{options, left_out, notes};
    std::string out;
    switch (format) {
        case ExportFormat::json: break;
        case ExportFormat::ics: out = exporting::write_ics(shown, w); break;
        case ExportFormat::jsonfeed: out = exporting::write_jsonfeed(shown); break;
        case ExportFormat::timelinejs: out = exporting::write_timelinejs(shown, w); break;
        case ExportFormat::markdown: out = exporting::write_markdown(shown, w); break;
        case ExportFormat::html: out = exporting::write_html(shown, w); break;
        case ExportFormat::timeml: out = exporting::write_timeml(shown); break;
    }
    if (report) {
        // In timeline order, hidden or not.
        std::map<std::string_view, std::size_t> order;
        for (std::size_t i = 0; i < timeline.events.size(); ++i) order.emplace(timeline.events[i].id, i);
        std::stable_sort(left_out.begin(), left_out.end(),
                         [&](const std::string& a, const std::string& b) { return order[a] < order[b]; });
        report->written = timeline.events.size() - left_out.size();
        report->left_out = std::move(left_out);
        report->notes = std::move(notes);
    }
    return out;
}

}  // namespace chronik
