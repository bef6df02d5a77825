// chronik — the command line: a thin layer over the library.
#include <chronik/build.hpp>
#include <chronik/document.hpp>
#include <chronik/export.hpp>
#include <chronik/language.hpp>
#include <chronik/render.hpp>
#include <chronik/tagger.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Exit codes.
constexpr int kOk = 0;
constexpr int kInputError = 1;          // unreadable or invalid input, bad arguments
constexpr int kNoPublicationDate = 2;   // no --published, no DCT, no dateline

void write_file(const fs::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw chronik::InputError(path.string() + ": cannot write");
    out << content;
    if (!out.flush()) throw chronik::InputError(path.string() + ": write failed");
}

std::string output_name(const chronik::SourceDocument& doc, const std::string& format) {
    const std::string name = doc.source == "-" ? "stdin" : fs::path(doc.source).filename().string();
    if (format == "json") return name + ".json";
    if (format == "text") return name + ".txt";
    if (doc.timeml) return name;  // same name: the TimeML scorer pairs files by name
    const std::string ext = fs::path(name).extension().string();
    return ext == ".tml" || ext == ".xml" ? name : name + ".tml";
}

// A plain listing for people: one expression a line.
std::string to_text(const chronik::SourceDocument& doc, const chronik::TaggedText& t) {
    std::string out = doc.source + "  published " +
                      (t.published ? chronik::iso_date(*t.published) + " (" + std::string(to_string(t.published_from)) + ")"
                                   : std::string("-")) +
                      "\n";
    for (const auto& x : t.expressions) {
        std::string phrase = doc.text.substr(x.phrase_begin, x.end - x.phrase_begin);
        std::replace(phrase.begin(), phrase.end(), '\n', ' ');
        out += "  " + phrase + "  →  " + std::string(to_string(x.type)) + " " + chronik::timex3(x.value);
        if (x.mod != chronik::Mod::none) out += " mod=" + std::string(to_string(x.mod));
        if (x.earliest && x.latest && x.earliest != x.latest)
            out += "  [" + chronik::iso_date(*x.earliest) + " … " + chronik::iso_date(*x.latest) + "]";
        out += "\n";
    }
    return out;
}

struct TagArgs {
    std::vector<std::string> files;
    std::string published;
    std::string format = "json";
    std::string output;
    std::string out_dir;
    std::string language = "auto";
};

int run_tag(const TagArgs& args) {
    std::optional<date::year_month_day> published;
    if (!args.published.empty()) {
        published = chronik::parse_iso_date(args.published);
        if (!published) {
            std::cerr << "chronik: --published " << args.published
                      << " is not a calendar date (expected YYYY-MM-DD, e.g. 2025-07-13)\n";
            return kInputError;
        }
    }
    if (args.format == "timeml" && args.files.size() > 1 && args.out_dir.empty()) {
        std::cerr << "chronik: --format timeml writes one document per file; with several inputs use --out-dir DIR\n";
        return kInputError;
    }
    if (!args.out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(args.out_dir, ec);
        if (ec) {
            std::cerr << "chronik: cannot create " << args.out_dir << ": " << ec.message() << "\n";
            return kInputError;
        }
    }

    int status = kOk;
    std::vector<chronik::SourceDocument> docs;
    std::vector<chronik::TaggedText> results;
    docs.reserve(args.files.size());
    results.reserve(args.files.size());
    for (const std::string& file : args.files) {
        try {
            chronik::SourceDocument doc = chronik::read_document(file);
            const chronik::LanguageData& language = chronik::choose_language(args.language, doc.language, doc.text);
            chronik::TaggedText tagged = chronik::tag_text(doc.text, chronik::tag_options_for(doc, published, &language));
            if (!args.out_dir.empty()) {
                const fs::path target = fs::path(args.out_dir) / output_name(doc, args.format);
                std::string content;
                if (args.format == "timeml") content = chronik::to_timeml(doc, tagged);
                else if (args.format == "text") content = to_text(doc, tagged);
                else content = chronik::to_json({{&doc, &tagged}});
                write_file(target, content);
            } else {
                docs.push_back(std::move(doc));
                results.push_back(std::move(tagged));
            }
        } catch (const chronik::MissingPublicationDate& e) {
            std::cerr << "chronik: " << file << ": " << e.what() << "\n";
            status = std::max(status, kNoPublicationDate);
        } catch (const chronik::InputError& e) {
            std::string what = e.what();
            if (what.rfind(file, 0) != 0) what = file + ": " + what;
            std::cerr << "chronik: " << what << "\n";
            status = std::max(status, kInputError);
        }
    }
    if (!args.out_dir.empty()) return status;

    std::string content;
    if (args.format == "timeml") {
        if (!docs.empty()) content = chronik::to_timeml(docs.front(), results.front());
    } else if (args.format == "text") {
        for (std::size_t i = 0; i < docs.size(); ++i) content += to_text(docs[i], results[i]);
    } else {
        std::vector<chronik::TaggedDocument> view;
        for (std::size_t i = 0; i < docs.size(); ++i) view.push_back({&docs[i], &results[i]});
        content = chronik::to_json(view);
    }
    if (docs.empty() && status != kOk) return status;
    if (args.output.empty() || args.output == "-") {
        std::cout << content;
        std::cout.flush();
    } else {
        try {
            write_file(args.output, content);
        } catch (const chronik::InputError& e) {
            std::cerr << "chronik: " << e.what() << "\n";
            return kInputError;
        }
    }
    return status;
}

// Options shared by `build` and `render` for graphics.
struct GraphicArgs {
    std::string size = "web";
    std::string theme = "light";
    std::string orientation = "auto";
    std::string font = "DejaVu Sans";
    std::string language;
    int max_lines = chronik::render::RenderOptions{}.max_headline_lines;
    std::string title;  // chronik render --title; build's --title names the timeline itself
    std::string subtitle;
    std::string layout_json;
    bool no_hyphenation = false;
};

// --language auto|de|en: the grammar to read the articles with.
void add_language_option(CLI::App* cmd, std::string& language) {
    std::vector<std::string> choices{"auto"};
    for (const chronik::LanguageData* l : chronik::languages()) choices.emplace_back(l->code);
    cmd->add_option("--language", language,
                    "language of the articles: auto (TimeML xml:lang, else recognised from the text), " +
                        chronik::language_codes(", "))
        ->check(CLI::IsMember(choices))
        ->capture_default_str();
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
}

chronik::render::RenderOptions render_options(const GraphicArgs& g) {
    chronik::render::RenderOptions o;
    o.size = *chronik::render::parse_size_preset(g.size);
    o.theme = *chronik::render::parse_theme(g.theme);
    o.orientation = *chronik::render::parse_orientation(g.orientation);
    o.font_family = g.font;
    o.language = g.language;
    o.max_headline_lines = g.max_lines;
    o.title = g.title;
    o.subtitle = g.subtitle;
    o.hyphenate = !g.no_hyphenation;
    return o;
}

// Writes a timeline in the format the output path or --format names.
int write_output(const chronik::Timeline& timeline, const std::string& output, const std::string& format,
                 const GraphicArgs& graphic) {
    std::optional<chronik::ExportFormat> text_format;
    std::optional<chronik::render::Format> graphic_format;
    if (!format.empty()) {
        text_format = chronik::format_from_name(format);
        if (!text_format) graphic_format = chronik::render::parse_format(format);
    } else if (!output.empty() && output != "-") {
        text_format = chronik::format_from_path(output);
        if (!text_format) graphic_format = chronik::render::format_for_path(output);
    } else {
        text_format = chronik::ExportFormat::json;
    }
    if (!text_format && !graphic_format) {
        std::cerr << "chronik: cannot tell the output format of '" << (format.empty() ? output : format)
                  << "': use -o with .json .ics .md .html .tml .svg .pdf .png, or --format "
                     "json|ics|jsonfeed|timelinejs|markdown|html|timeml|svg|pdf|png\n";
        return kInputError;
    }
    std::string content;
    if (text_format) {
        chronik::ExportReport report;
        content = chronik::export_timeline(timeline, *text_format, &report);
        if (!report.left_out.empty())
            std::cerr << "chronik: " << report.left_out.size() << " of " << timeline.events.size() << " events left out of the "
                      << chronik::to_string(*text_format) << " output (no calendar date: vague or undated)\n";
    } else {
        if (output.empty() || output == "-") {
            if (*graphic_format == chronik::render::Format::png || *graphic_format == chronik::render::Format::pdf) {
                std::cerr << "chronik: write PDF and PNG to a file with -o FILE\n";
                return kInputError;
            }
        }
        const auto options = render_options(graphic);
        chronik::render::Rendered drawn = chronik::render::render_timeline_with_layout(timeline, options, *graphic_format);
        content = std::move(drawn.bytes);
        if (!graphic.layout_json.empty()) write_file(graphic.layout_json, chronik::render::layout_json(drawn.layout));
    }
    if (output.empty() || output == "-") {
        std::cout << content;
        std::cout.flush();
    } else {
        write_file(output, content);
    }
    return kOk;
}

struct BuildArgs {
    std::vector<std::string> files;
    std::vector<std::string> published;  // "DATE" for all, or "FILE=DATE"
    std::string format;
    std::string output;
    std::string title;
    std::string language = "auto";
};

int run_build(const BuildArgs& args, const GraphicArgs& graphic) {
    std::optional<date::year_month_day> all;
    std::map<std::string, date::year_month_day> per_file;
    for (const std::string& p : args.published) {
        const auto eq = p.rfind('=');
        const std::string date_text = eq == std::string::npos ? p : p.substr(eq + 1);
        const auto d = chronik::parse_iso_date(date_text);
        if (!d) {
            std::cerr << "chronik: --published " << p << ": " << date_text
                      << " is not a calendar date (expected YYYY-MM-DD, or FILE=YYYY-MM-DD)\n";
            return kInputError;
        }
        if (eq == std::string::npos) all = d;
        else per_file[p.substr(0, eq)] = *d;
    }
    std::vector<chronik::SourceDocument> docs;
    docs.reserve(args.files.size());
    try {
        for (const std::string& f : args.files) docs.push_back(chronik::read_document(f));
    } catch (const chronik::InputError& e) {
        std::cerr << "chronik: " << e.what() << "\n";
        return kInputError;
    }
    std::vector<chronik::ArticleInput> inputs;
    for (const auto& d : docs) {
        chronik::ArticleInput in{&d, all};
        try {
            in.language = &chronik::choose_language(args.language, d.language, d.text);
        } catch (const chronik::InputError& e) {
            std::cerr << "chronik: " << d.source << ": " << e.what() << "\n";
            return kInputError;
        }
        if (auto it = per_file.find(d.source); it != per_file.end()) in.published = it->second;
        inputs.push_back(in);
    }
    chronik::BuildOptions options;
    options.title = args.title;
    try {
        const chronik::Timeline timeline = chronik::build_timeline(inputs, options);
        for (const std::string& note : timeline.notes) std::cerr << "chronik: " << note << "\n";
        return write_output(timeline, args.output, args.format, graphic);
    } catch (const chronik::MissingPublicationDate& e) {
        std::cerr << "chronik: " << e.what() << "\n";
        return kNoPublicationDate;
    } catch (const chronik::InputError& e) {
        std::cerr << "chronik: " << e.what() << "\n";
        return kInputError;
    }
}

int run_render(const std::string& input, const std::string& output, const std::string& format,
               const GraphicArgs& graphic) {
    try {
        const chronik::SourceDocument doc = chronik::read_document(input);
        const chronik::Timeline timeline = chronik::read_timeline_json(doc.raw);
        if (output.empty() && format.empty()) {
            std::cerr << "chronik: render needs -o FILE (.svg, .pdf, .png) or --format\n";
            return kInputError;
        }
        return write_output(timeline, output, format, graphic);
    } catch (const chronik::InputError& e) {
        std::cerr << "chronik: " << e.what() << "\n";
        return kInputError;
    } catch (const chronik::TimelineFormatError& e) {
        std::cerr << "chronik: " << input << ": not a chronik timeline: " << e.what() << "\n";
        return kInputError;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"chronik — temporal expressions and timelines from news articles"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "chronik 0.1.0");

    TagArgs tag;
    CLI::App* tag_cmd = app.add_subcommand("tag", "find and resolve the temporal expressions of articles");
    tag_cmd->add_option("files", tag.files, "input files: UTF-8 text or TimeML; - for standard input")->required();
    tag_cmd->add_option("--published", tag.published,
                        "publication date YYYY-MM-DD (default: the TimeML DCT, or a dateline in the text)");
    tag_cmd->add_option("--format", tag.format, "output format")
        ->check(CLI::IsMember({"json", "timeml", "text"}))
        ->capture_default_str();
    auto* out_opt = tag_cmd->add_option("-o,--output", tag.output, "output file (default: standard output)");
    auto* dir_opt = tag_cmd->add_option("--out-dir", tag.out_dir, "write one output per input into this directory");
    out_opt->excludes(dir_opt);
    add_language_option(tag_cmd, tag.language);

    BuildArgs build;
    GraphicArgs build_graphic;
    CLI::App* build_cmd = app.add_subcommand("build", "build one ordered timeline from articles and write it");
    build_cmd->add_option("files", build.files, "articles: UTF-8 text or TimeML; - for standard input")->required();
    build_cmd->add_option("--published", build.published,
                          "publication date YYYY-MM-DD for all articles, or FILE=YYYY-MM-DD for one (repeatable); "
                          "default: each article's DCT or dateline");
    build_cmd->add_option("-o,--output", build.output,
                          "output file; its extension picks the format: .json .ics .md .html .tml .svg .pdf .png");
    build_cmd->add_option("--format", build.format,
                          "json, ics, jsonfeed, timelinejs, markdown, html, timeml, svg, pdf or png (default: from -o, else json)");
    build_cmd->add_option("--title", build.title, "timeline title (default: the first article's headline)");
    add_graphic_options(build_cmd, build_graphic);
    add_language_option(build_cmd, build.language);

    std::string render_input, render_output, render_format;
    GraphicArgs render_graphic;
    CLI::App* render_cmd = app.add_subcommand("render", "draw (or convert) a timeline saved as chronik JSON");
    render_cmd->add_option("timeline", render_input, "a timeline written by chronik build -o FILE.json")->required();
    render_cmd->add_option("-o,--output", render_output, "output file: .svg .pdf .png (or any export format)");
    render_cmd->add_option("--format", render_format, "svg, pdf, png, or an export format name");
    render_cmd->add_option("--title", render_graphic.title, "title of the graphic (default: the timeline's)");
    add_graphic_options(render_cmd, render_graphic);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kInputError;
    }
    try {
        if (*tag_cmd) return run_tag(tag);
        if (*build_cmd) return run_build(build, build_graphic);
        if (*render_cmd) return run_render(render_input, render_output, render_format, render_graphic);
    } catch (const std::exception& e) {
        std::cerr << "chronik: internal error: " << e.what() << "\n";
        return 3;
    }
    return kInputError;
}
