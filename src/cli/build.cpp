// chronik build: one ordered timeline from articles, in any export format or as a graphic.
#include "cli.hpp"

#include <chronik/build.hpp>
#include <chronik/document.hpp>

#include <map>
#include <memory>

namespace chronik::cli {

namespace {

struct BuildArgs {
    std::vector<std::string> files;
    std::vector<std::string> published;  // "DATE" for all, or "FILE=DATE"
    OutputArgs out;
    std::string title;
    std::string genre = "news";
    std::string language = "auto";
    GraphicArgs graphic;
};

int run_build(const BuildArgs& args) {
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
    for (const std::string& f : args.files) docs.push_back(read_document(f));

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
        inputs.push_back(in);
    }
    for (const auto& [key, typed] : named_as)
        if (!used.count(key)) throw InputError("--published " + typed + " names no input file (inputs: the FILE arguments)");

    BuildOptions options;
    options.title = args.title;
    options.genre = genre_of(args.genre);
    const Timeline timeline = build_timeline(inputs, options);
    for (const std::string& note : timeline.notes) report(note);
    return write_timeline(timeline, args.out, args.graphic);
}

}  // namespace

Command add_build_command(CLI::App& app) {
    auto args = std::make_shared<BuildArgs>();
    CLI::App* cmd = app.add_subcommand("build", "build one ordered timeline from articles and write it");
    cmd->add_option("files", args->files, "articles: UTF-8 text or TimeML; - for standard input")->required();
    add_repeated_option(cmd, "--published", args->published,
                        "publication date YYYY-MM-DD for all articles, or FILE=YYYY-MM-DD for one (repeatable); "
                        "default: each article's DCT or dateline");
    cmd->add_option("-o,--output", args->out.output,
                    "output file; its extension picks the format: .json .ics .md .html .tml .svg .pdf .png");
    cmd->add_option("--format", args->out.format,
                    "json, ics, jsonfeed, timelinejs, markdown, html, timeml, svg, pdf or png (default: from -o, else json)");
    cmd->add_option("--title", args->title, "timeline title (default: the first article's headline)");
    add_genre_option(cmd, args->genre);
    add_language_option(cmd, args->language);
    add_graphic_options(cmd, args->graphic);
    return {cmd, [args] { return run_build(*args); }};
}

}  // namespace chronik::cli
