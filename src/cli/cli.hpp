// chronik's command line: what the subcommands share. Each subcommand lives in
// its own file (tag.cpp, build.cpp, render.cpp, …): an add_* function that
// declares its options on the app and returns the code that runs it. main.cpp
// only lists the subcommands and maps errors to exit codes.
#pragma once

#include <chronik/document.hpp>
#include <chronik/render.hpp>
#include <chronik/timeline.hpp>

#include <chronik/language.hpp>

#include <CLI/CLI.hpp>

#include <date/date.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace chronik::cli {

// Exit codes (documented in --help and the README).
enum ExitCode : int {
    kOk = 0,
    kInputError = 1,         // unreadable or invalid input, bad arguments
    kNoPublicationDate = 2,  // no --published, no DCT, no dateline
    kInternalError = 3,      // a bug in chronik
};

// A subcommand: its CLI11 app and what runs it once the arguments are parsed.
// The runner returns an exit code; it may throw InputError (exit 1) and
// MissingPublicationDate (exit 2), which main reports.
struct Command {
    CLI::App* app;
    std::function<int()> run;
};

Command add_tag_command(CLI::App& app);
Command add_build_command(CLI::App& app);
Command add_render_command(CLI::App& app);
Command add_serve_command(CLI::App& app);

// An option that takes one value per occurrence and may be repeated, so that
// it never swallows the positional arguments after it
// (`build --published 2025-07-13 a.txt`).
template <typename T>
CLI::Option* add_repeated_option(CLI::App* cmd, std::string name, std::vector<T>& into, std::string help) {
    return cmd->add_option(std::move(name), into, std::move(help))->allow_extra_args(false);
}

// "chronik: MESSAGE" on stderr.
void report(std::string_view message);

// Writes `content` to `path`, or to standard output for "" and "-".
// Throws InputError when the file cannot be written.
void write_output(const std::string& path, std::string_view content);

// A publication date given on the command line: YYYY-MM-DD, a real calendar
// day in the years the resolver counts in (1–9999). Throws InputError naming
// the option and what is wrong.
date::year_month_day parse_published(std::string_view option_text, std::string_view date_text);

// Warns when a document's DCT could not be read as a publication date, so
// that a missing publication date (exit 2) is explained by it.
void note_dct_problem(const SourceDocument& doc);

// --genre news|narrative (default news): what dates without year count from —
// the publication date, or the narrated time (a narrative needs no publication date).
void add_genre_option(CLI::App* cmd, std::string& genre);
Genre genre_of(const std::string& name);

// The path an input is matched by: its canonical form ("-" stays "-").
std::string canonical_path(const std::string& path);

// Options shared by `build` and `render` for graphics.
struct GraphicArgs {
    std::string size = "web";
    std::string theme = "light";
    std::string orientation = "auto";
    std::string font = "DejaVu Sans";
    std::string language;
    int max_lines = render::RenderOptions{}.max_headline_lines;
    std::string title;  // chronik render --title; build's --title names the timeline itself
    std::string subtitle;
    std::string layout_json;
    bool no_hyphenation = false;
    int max_events = 0;  // 0: as many as fit
};

void add_graphic_options(CLI::App* cmd, GraphicArgs& g);
render::RenderOptions render_options(const GraphicArgs& g);

// What reader-facing outputs show, shared by `build` and `render`:
// --include undated,vague, --dated-only, --timezone.
struct SelectionArgs {
    std::vector<std::string> include;  // "undated", "vague"
    bool dated_only = false;
    std::string time_zone;
};

void add_selection_options(CLI::App* cmd, SelectionArgs& s);
// Throws InputError for a --timezone the zone database does not know.
void check_selection(const SelectionArgs& s);

// Where a timeline goes and as what: -o PATH and --format NAME.
struct OutputArgs {
    std::string output;
    std::string format;
};

// Writes a timeline in the format the output path or --format names: an
// export format or a graphic. Returns an exit code.
int write_timeline(const Timeline& timeline, const OutputArgs& out, const GraphicArgs& graphic,
                   const SelectionArgs& selection = {});

// --language auto|de|en on tag and build: the grammar to read the articles with.
inline void add_language_option(CLI::App* cmd, std::string& language) {
    std::vector<std::string> choices{"auto"};
    for (const LanguageData* l : languages()) choices.emplace_back(l->code);
    cmd->add_option("--language", language,
                    "language of the articles: auto (TimeML xml:lang, else recognised from the text), " +
                        language_codes(", "))
        ->check(CLI::IsMember(choices))
        ->capture_default_str();
}

}  // namespace chronik::cli
