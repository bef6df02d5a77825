// chronik tag: the temporal expressions of articles, as JSON, TimeML or a listing.
#include "batch_cli.hpp"
#include "cli.hpp"

#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>

namespace fs = std::filesystem;

namespace chronik::cli {

namespace {

struct TagArgs {
    std::vector<std::string> files;
    std::string published;
    std::string format = "json";
    std::string output;
    std::string out_dir;
    JsonlArgs jsonl;
    std::string genre = "news";
    std::string language = "auto";
};

std::string output_name(const SourceDocument& doc, const std::string& format) {
    const std::string name = doc.source == "-" ? "stdin" : fs::path(doc.source).filename().string();
    if (format == "json") return name + ".json";
    if (format == "text") return name + ".txt";
    if (doc.timeml) return name;  // same name: the TimeML scorer pairs files by name
    const std::string ext = fs::path(name).extension().string();
    return ext == ".tml" || ext == ".xml" ? name : name + ".tml";
}

// A plain listing for people: one expression a line.
std::string to_text(const SourceDocument& doc, const TaggedText& t) {
    std::string out = doc.source + "  published " +
                      (t.published ? iso_date(*t.published) + " (" + std::string(to_string(t.published_from)) + ")"
                                   : std::string("-")) +
                      "\n";
    for (const auto& x : t.expressions) {
        std::string phrase = doc.text.substr(x.phrase_begin, x.end - x.phrase_begin);
        std::replace(phrase.begin(), phrase.end(), '\n', ' ');
        out += "  " + phrase + "  →  " + std::string(to_string(x.type)) + " " + timex3(x.value);
        if (x.mod != Mod::none) out += " mod=" + std::string(to_string(x.mod));
        if (x.earliest && x.latest && x.earliest != x.latest)
            out += "  [" + iso_date(*x.earliest) + " … " + iso_date(*x.latest) + "]";
        out += "\n";
    }
    return out;
}

// One document in the chosen format: a TimeML document, a listing, or JSON
// with this document alone.
void write_document(std::ostream& out, const std::string& format, const SourceDocument& doc, const TaggedText& tagged) {
    if (format == "timeml") {
        write_timeml(out, doc, tagged);
    } else if (format == "text") {
        const std::string listing = to_text(doc, tagged);
        out.write(listing.data(), std::streamsize(listing.size()));
    } else {
        JsonDocumentsWriter json(out);
        json.add(doc, tagged);
        json.finish();
    }
}

int run_tag(const TagArgs& args) {
    check_jsonl_use("tag", args.jsonl, !args.files.empty(),
                    !args.published.empty() || args.format != "json" || !args.out_dir.empty(),
                    "--published, --format and --out-dir");
    if (!args.jsonl.input.empty()) return run_tag_jsonl(args.jsonl, args.output);
    std::optional<date::year_month_day> published;
    if (!args.published.empty()) published = parse_published(args.published, args.published);
    if (args.format == "timeml" && args.files.size() > 1 && args.out_dir.empty()) {
        report("--format timeml writes one document per file; with several inputs use --out-dir DIR");
        return kInputError;
    }
    if (!args.out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(args.out_dir, ec);
        if (ec) {
            report("cannot create " + args.out_dir + ": " + ec.message());
            return kInputError;
        }
    }

    // Each input is written as soon as it is tagged, then dropped: memory
    // holds one document at a time. The output opens with the first document
    // that can be tagged, so that failing inputs leave no empty file behind.
    std::ofstream file_out;
    std::ostream* out = nullptr;
    auto output = [&]() -> std::ostream& {
        if (out) return *out;
        if (args.output.empty() || args.output == "-") return *(out = &std::cout);
        file_out.open(args.output, std::ios::binary | std::ios::trunc);
        if (!file_out) throw InputError(args.output + ": cannot write");
        return *(out = &file_out);
    };
    std::optional<JsonDocumentsWriter> json;

    int status = kOk;
    std::size_t written = 0;
    for (const std::string& file : args.files) {
        try {
            const SourceDocument doc = read_document(file);
            const Genre genre = genre_of(args.genre);
            if (!published && genre == Genre::news) note_dct_problem(doc);
            const LanguageData& language = choose_language(args.language, doc.language, doc.text);
            TagOptions options = tag_options_for(doc, published, &language);
            options.genre = genre;
            const TaggedText tagged = tag_text(doc.text, options);
            if (!args.out_dir.empty()) {
                const fs::path target = fs::path(args.out_dir) / output_name(doc, args.format);
                std::ofstream one(target, std::ios::binary | std::ios::trunc);
                if (!one) throw InputError(target.string() + ": cannot write");
                write_document(one, args.format, doc, tagged);
                if (!one.flush()) throw InputError(target.string() + ": write failed");
                continue;
            }
            if (args.format == "json") {
                if (!json) json.emplace(output());
                json->add(doc, tagged);
            } else {
                write_document(output(), args.format, doc, tagged);
            }
            ++written;
        } catch (const MissingPublicationDate& e) {
            report(file + ": " + e.what());
            status = std::max<int>(status, kNoPublicationDate);
        } catch (const InputError& e) {
            std::string what = e.what();
            if (what.rfind(file, 0) != 0) what = file + ": " + what;
            report(what);
            status = std::max<int>(status, kInputError);
        }
    }
    if (!args.out_dir.empty()) return status;
    if (written == 0 && status != kOk) return status;
    if (args.format == "json") {
        if (!json) json.emplace(output());
        json->finish();
    }
    if (!output().flush()) throw InputError((args.output.empty() ? std::string("standard output") : args.output) + ": write failed");
    return status;
}

}  // namespace

Command add_tag_command(CLI::App& app) {
    auto args = std::make_shared<TagArgs>();
    CLI::App* cmd = app.add_subcommand("tag", "find and resolve the temporal expressions of articles");
    cmd->add_option("files", args->files, "input files: UTF-8 text or TimeML; - for standard input")
        ->excludes(add_jsonl_options(cmd, args->jsonl, true));
    cmd->add_option("--published", args->published,
                    "publication date YYYY-MM-DD (default: the TimeML DCT, or a dateline in the text)");
    cmd->add_option("--format", args->format, "output format")
        ->check(CLI::IsMember({"json", "timeml", "text"}))
        ->capture_default_str();
    add_genre_option(cmd, args->genre);
    auto* out_opt = cmd->add_option("-o,--output", args->output, "output file (default: standard output)");
    auto* dir_opt = cmd->add_option("--out-dir", args->out_dir, "write one output per input into this directory");
    out_opt->excludes(dir_opt);
    add_language_option(cmd, args->language);
    return {cmd, [args] { return run_tag(*args); }};
}

}  // namespace chronik::cli
