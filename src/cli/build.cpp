// chronik build: one ordered timeline from articles, in any export format or as a graphic.
#include "batch_cli.hpp"
#include "cli.hpp"

#include <chronik/build.hpp>
#include <chronik/document.hpp>
#include <chronik/export.hpp>

#include <map>
#include <memory>

namespace chronik::cli {

namespace {

struct BuildArgs {
    std::vector<std::string> files;
    std::vector<std::string> published;  // "DATE" for all, or "FILE=DATE"
    OutputArgs out;
    std::string title;
    std::vector<std::string> sources;  // "FILE=NAME[,URL]"
    std::string genre = "news";
    std::string language = "auto";
    GraphicArgs graphic;
    JsonlArgs jsonl;
    SelectionArgs selection;
};

// chronik build --jsonl: the articles of the readable lines (the others are
// reported, and make the exit code 1).
int run_build_jsonl(const BuildArgs& args) {
    bool failed = false;
    const std::vector<BatchArticle> articles = read_jsonl_articles(args.jsonl.input, failed);
    BuildOptions options;
    options.title = args.title;
    const Timeline timeline = build_timeline(articles, options);
    for (const std::string& note : timeline.notes) report(note);
    const int written = write_timeline(timeline, args.out, args.graphic, args.selection);
    return written != kOk ? written : failed ? int(kInputError) : int(kOk);
}


struct SourceArg {
    std::string name, url;
};

// --source FILE=NAME[,URL]: FILE is matched by its canonical path against the
// inputs (at the first '=' before which an input's path stands, so names and
// URLs may hold '='); the URL starts at the first ",http://" or ",https://".
// Throws InputError for a value that names no input, an empty name, or a URL
// chronik does not link.
std::map<std::string, SourceArg> parse_sources(const std::vector<std::string>& values,
                                               const std::vector<SourceDocument>& docs) {
    std::map<std::string, std::string> inputs;  // canonical path → as given
    for (const auto& d : docs)
        if (d.source != "-") inputs.emplace(canonical_path(d.source), d.source);
    std::map<std::string, SourceArg> out;  // canonical path → source
    for (const std::string& v : values) {
        std::optional<std::string> input;
        std::string rest;
        for (std::size_t eq = v.find('='); eq != std::string::npos && !input; eq = v.find('=', eq + 1))
            if (inputs.count(canonical_path(v.substr(0, eq)))) {
                input = canonical_path(v.substr(0, eq));
                rest = v.substr(eq + 1);
            }
        if (!input) throw InputError("--source " + v + ": names none of the input files (expected FILE=NAME[,URL])");
        SourceArg arg;
        std::size_t comma = std::string::npos;
        for (std::size_t c = rest.find(','); c != std::string::npos && comma == std::string::npos; c = rest.find(',', c + 1)) {
            const std::string_view after = std::string_view(rest).substr(c + 1);
            if (after.starts_with("http://") || after.starts_with("https://")) comma = c;
        }
        arg.name = rest.substr(0, comma);
        if (comma != std::string::npos) {
            arg.url = rest.substr(comma + 1);
            if (!valid_source_url(arg.url))
                throw InputError("--source " + v + ": '" + arg.url +
                                 "' is not a URL chronik links to (http:// or https://, no spaces, quotes or angle brackets)");
        }
        if (arg.name.empty()) throw InputError("--source " + v + ": the name is empty (expected FILE=NAME[,URL])");
        out[*input] = std::move(arg);
    }
    return out;
}

int run_build(const BuildArgs& args) {
    check_selection(args.selection);
    check_jsonl_use("build", args.jsonl, !args.files.empty(), !args.published.empty(), "--published");
    if (!args.jsonl.input.empty()) return run_build_jsonl(args);
    // --published DATE for every article, or FILE=DATE for the file at that
    // path (matched by its canonical path, so "./a.txt" names "a.txt").
    std::optional<date::year_month_day> all;
    std::map<std::string, date::year_month_day> per_file;  // canonical path → date
    std::map<std::string, std::string> named_as;           // canonical path → as typed
    for (const std::string& p : args.published) {
        const auto eq = p.rfind('=');
        if (eq == std::string::npos) {
            all = parse_published(p, p);
            continue;
        }
        const std::string key = canonical_path(p.substr(0, eq));
        per_file[key] = parse_published(p, std::string_view(p).substr(eq + 1));
        named_as[key] = p;
    }
    std::vector<SourceDocument> docs;
    docs.reserve(args.files.size());
    for (const std::string& f : args.files) {
        docs.push_back(read_document(f));
        // A plain text's `raw` is a second copy of its text, which nothing
        // after reading needs (TimeML keeps it: its markup is in no other field).
        if (!docs.back().timeml) std::string().swap(docs.back().raw);
    }

    const auto sources = parse_sources(args.sources, docs);
    std::vector<ArticleInput> inputs;
    std::map<std::string, bool> used;
    for (const auto& d : docs) {
        ArticleInput in{&d, all};
        in.language = &choose_language(args.language, d.language, d.text);
        if (auto it = per_file.find(canonical_path(d.source)); it != per_file.end()) {
            in.published = it->second;
            used[it->first] = true;
        }
        if (!in.published && genre_of(args.genre) == Genre::news) note_dct_problem(d);
        if (auto it = sources.find(canonical_path(d.source)); it != sources.end()) {
            in.source_name = it->second.name;
            in.source_url = it->second.url;
        }
        inputs.push_back(in);
    }
    for (const auto& [key, typed] : named_as)
        if (!used.count(key)) throw InputError("--published " + typed + " names no input file (inputs: the FILE arguments)");

    BuildOptions options;
    options.title = args.title;
    options.time_zone = args.selection.time_zone;
    options.genre = genre_of(args.genre);
    const Timeline timeline = build_timeline(inputs, options);
    // The timeline holds all it shows: the texts go before it is written.
    inputs.clear();
    std::vector<SourceDocument>().swap(docs);
    for (const std::string& note : timeline.notes) report(note);
    return write_timeline(timeline, args.out, args.graphic, args.selection);
}

}  // namespace

Command add_build_command(CLI::App& app) {
    auto args = std::make_shared<BuildArgs>();
    CLI::App* cmd = app.add_subcommand("build", "build one ordered timeline from articles and write it");
    cmd->add_option("files", args->files, "articles: UTF-8 text or TimeML; - for standard input")
        ->excludes(add_jsonl_options(cmd, args->jsonl, false));
    add_repeated_option(cmd, "--published", args->published,
                        "publication date YYYY-MM-DD for all articles, or FILE=YYYY-MM-DD for one (repeatable); "
                        "default: each article's DCT or dateline");
    cmd->add_option("-o,--output", args->out.output,
                    "output file; its extension picks the format: .json .ics .md .html .tml .svg .pdf .png");
    cmd->add_option("--format", args->out.format,
                    "json, ics, jsonfeed, timelinejs, markdown, html, timeml, svg, pdf or png (default: from -o, else json)");
    cmd->add_option("--title", args->title, "timeline title (default: the first article's headline)");
    add_repeated_option(cmd, "--source", args->sources,
                        "FILE=NAME[,URL]: the name (and web address) of an input's source, for credits and links "
                        "(repeatable)");
    add_genre_option(cmd, args->genre);
    add_language_option(cmd, args->language);
    add_graphic_options(cmd, args->graphic);
    add_selection_options(cmd, args->selection);
    return {cmd, [args] { return run_build(*args); }};
}

}  // namespace chronik::cli
