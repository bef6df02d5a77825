// chronik — the command line: a thin layer over the library.
#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
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
            chronik::TagOptions options;
            if (published) {
                options.published = published;
                options.published_from = chronik::PublishedFrom::argument;
            } else if (doc.dct) {
                options.published = doc.dct;
                options.published_from = chronik::PublishedFrom::dct;
            }
            chronik::TaggedText tagged = chronik::tag_text(doc.text, options);
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
    } catch (const std::exception& e) {
        std::cerr << "chronik: internal error: " << e.what() << "\n";
        return 3;
    }
    return kInputError;
}
