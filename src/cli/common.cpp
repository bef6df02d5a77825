// What the subcommands share: output files, publication dates, paths, and
// the graphic options of `build` and `render`.
#include "cli.hpp"
#include "graphics.hpp"

#include <chronik/calendar.hpp>
#include <chronik/export.hpp>
#include <chronik/tagger.hpp>

#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace chronik::cli {

void report(std::string_view message) { std::cerr << "chronik: " << message << "\n"; }

namespace {

// `write(stream)` into the file at `path`, or standard output for "" and "-".
template <class Write>
void stream_output(const std::string& path, Write&& write) {
    if (path.empty() || path == "-") {
        write(static_cast<std::ostream&>(std::cout));
        std::cout.flush();
        if (!std::cout) throw InputError("cannot write to standard output");
        return;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(path + ": cannot write");
    write(static_cast<std::ostream&>(out));
    if (!out.flush()) throw InputError(path + ": write failed");
}

}  // namespace

void write_output(const std::string& path, std::string_view content) {
    stream_output(path, [&](std::ostream& o) { o.write(content.data(), std::streamsize(content.size())); });
}

date::year_month_day parse_published(std::string_view option_text, std::string_view date_text) {
    const std::optional<date::year_month_day> d = parse_iso_date(date_text);
    if (!d)
        throw InputError("--published " + std::string(option_text) + ": " + std::string(date_text) +
                         " is not a calendar date (expected YYYY-MM-DD, e.g. 2025-07-13)");
    if (!publication_year_ok(*d))
        throw InputError("--published " + std::string(option_text) + ": the year " +
                         std::to_string(int(d->year())) + " is outside the years 1–9999 chronik resolves dates in");
    return *d;
}

void note_dct_problem(const SourceDocument& doc) {
    if (!doc.dct_problem.empty()) report(doc.source + ": " + doc.dct_problem + "; looking for a dateline instead");
}

std::string canonical_path(const std::string& path) {
    if (path == "-") return path;
    std::error_code ec;
    const fs::path p = fs::weakly_canonical(path, ec);
    return ec ? fs::absolute(path, ec).lexically_normal().string() : p.string();
}

void add_graphic_options(CLI::App* cmd, GraphicArgs& g) {
    cmd->add_option("--size", g.size, "graphic size: web (16:9), social (1:1), a4 (print)")
        ->check(CLI::IsMember({"web", "16:9", "social", "1:1", "a4", "print"}))
        ->capture_default_str();
    cmd->add_option("--theme", g.theme, "graphic theme")->check(CLI::IsMember({"light", "dark", "print"}))->capture_default_str();
    cmd->add_option("--orientation", g.orientation, "graphic orientation")
        ->check(CLI::IsMember({"auto", "horizontal", "vertical"}))
        ->capture_default_str();
    cmd->add_option("--font", g.font, "font family of the graphic")->capture_default_str();
    cmd->add_option("--label-language", g.language, "language of dates and labels (default: the articles')");
    cmd->add_option("--max-lines", g.max_lines, "most lines of a headline in the graphic")
        ->check(CLI::Range(1, 12))
        ->capture_default_str();
    cmd->add_option("--subtitle", g.subtitle, "subtitle of the graphic");
    cmd->add_option("--layout-json", g.layout_json, "also write the graphic's geometry as JSON to this file");
    cmd->add_flag("--no-hyphenation", g.no_hyphenation, "do not hyphenate headlines");
    cmd->add_option("--max-events", g.max_events,
                    "events on the graphic, the most salient first (default: as many as fit the canvas; "
                    "a PDF at --size a4 has every event, on as many pages as needed)")
        ->check(CLI::Range(1, 1000000));
}

render::RenderOptions render_options(const GraphicArgs& g) {
    render::RenderOptions o;
    o.size = *render::parse_size_preset(g.size);
    o.theme = *render::parse_theme(g.theme);
    o.orientation = *render::parse_orientation(g.orientation);
    o.font_family = g.font;
    o.language = g.language;
    o.max_headline_lines = g.max_lines;
    o.title = g.title;
    o.subtitle = g.subtitle;
    o.hyphenate = !g.no_hyphenation;
    o.max_events = g.max_events;
    return o;
}

void add_selection_options(CLI::App* cmd, SelectionArgs& s) {
    cmd->add_option("--include", s.include,
                    "also show these in the calendar, TimelineJS and graphics: undated, vague (früher/künftig); "
                    "comma-separated or repeated")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->check(CLI::IsMember({"undated", "vague"}));
    cmd->add_flag("--dated-only", s.dated_only, "chronologies (.md, .html): leave out the section of vague and undated events");
    cmd->add_option("--timezone", s.time_zone,
                    "time zone of the articles' clock times: an IANA name (default for German: Europe/Berlin), UTC, "
                    "or floating");
}

void check_selection(const SelectionArgs& s) {
    if (!s.time_zone.empty() && !known_time_zone(s.time_zone))
        throw InputError("--timezone " + s.time_zone +
                         ": unknown time zone (expected an IANA name such as Europe/Berlin, UTC, or floating)");
}

namespace {

// What --include asks for: the same in every output.
EventSelection selection_of(const SelectionArgs& s) {
    EventSelection out;
    for (const std::string& what : s.include) {
        if (what == "undated") out.undated = true;
        if (what == "vague") out.vague = true;
    }
    return out;
}

ExportOptions export_options(const SelectionArgs& s) {
    ExportOptions o;
    o.include = selection_of(s);
    o.dated_only = s.dated_only;
    o.time_zone = s.time_zone;
    return o;
}

}  // namespace

int write_timeline(const Timeline& timeline, const OutputArgs& out, const GraphicArgs& graphic,
                   const SelectionArgs& selection) {
    const bool to_stdout = out.output.empty() || out.output == "-";
    std::optional<ExportFormat> text_format;
    std::optional<render::Format> graphic_format;
    if (!out.format.empty()) {
        text_format = format_from_name(out.format);
        if (!text_format) graphic_format = render::parse_format(out.format);
    } else if (!to_stdout) {
        text_format = format_from_path(out.output);
        if (!text_format) graphic_format = render::format_for_path(out.output);
    } else {
        text_format = ExportFormat::json;
    }
    if (!text_format && !graphic_format) {
        report("cannot tell the output format of '" + (out.format.empty() ? out.output : out.format) +
               "': use -o with .json .ics .md .html .tml .svg .pdf .png, or --format "
               "json|ics|jsonfeed|timelinejs|markdown|html|timeml|svg|pdf|png");
        return kInputError;
    }
    // Nothing a reader would see: said here, and on the graphic or in the
    // chronology, rather than leaving an empty axis or list to explain itself.
    const EventSelection shown_events = selection_of(selection);
    if (std::none_of(timeline.events.begin(), timeline.events.end(),
                     [&](const Event& e) { return shown(e, shown_events); }))
        report("warning: no dated events in the input" +
               std::string(timeline.events.empty() ? "" : " (--include undated,vague shows the others)") +
               "; the output says so");
    if (text_format == ExportFormat::json) {
        // Streamed: the document is never held whole (a timeline of 20 MB
        // of news is 75 MB of JSON). Nothing here can fail but the writing.
        stream_output(out.output, [&](std::ostream& o) {
            export_timeline(o, timeline, ExportFormat::json, export_options(selection));
        });
        return kOk;
    }
    if (text_format) {
        ExportReport exported;
        const std::string content = export_timeline(timeline, *text_format, export_options(selection), &exported);
        if (!exported.left_out.empty())
            report(std::to_string(exported.left_out.size()) + " of " + std::to_string(timeline.events.size()) +
                   " events left out of the " + std::string(to_string(*text_format)) +
                   " output (hidden, or without a calendar date: vague or undated; see --include, --dated-only)");
        for (const std::string& note : exported.notes) report(note);
        write_output(out.output, content);
        return kOk;
    }
    if (to_stdout && (*graphic_format == render::Format::png || *graphic_format == render::Format::pdf)) {
        report("write PDF and PNG to a file with -o FILE");
        return kInputError;
    }
    render::RenderOptions options = render_options(graphic);
    options.selection = selection_of(selection);
    const Graphic drawn = draw_graphic(timeline, options, *graphic_format, !graphic.layout_json.empty());
    if (!graphic.layout_json.empty()) write_output(graphic.layout_json, drawn.layout_json);
    write_output(out.output, drawn.bytes);
    return kOk;
}

void add_genre_option(CLI::App* cmd, std::string& genre) {
    cmd->add_option("--genre", genre,
                    "news: dates count from the publication date; narrative: from the narrated time "
                    "(no publication date needed)")
        ->check(CLI::IsMember({"news", "narrative"}))
        ->capture_default_str();
}

Genre genre_of(const std::string& name) { return genre_named(name).value_or(Genre::news); }

}  // namespace chronik::cli
