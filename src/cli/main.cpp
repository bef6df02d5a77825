// chronik — the command line: a thin layer over the library. The subcommands
// are in their own files (see cli.hpp); this lists them, parses the
// arguments and turns errors into the documented exit codes.
#include "cli.hpp"

#include <chronik/tagger.hpp>

#include <algorithm>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace chronik::cli;

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success (also for an input without expressions)\n"
    "  1  bad arguments, or an input that cannot be read or is not valid (its message names the file)\n"
    "  2  no publication date: none given with --published, no DCT, no dateline\n"
    "  3  internal error (a bug in chronik: please report it)\n";

// Edit distance, for suggesting the subcommand meant by a mistyped one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// The first word that is not an option must name a subcommand. Returns the
// message for one that does not, or "" when it does.
std::string unknown_command(int argc, char** argv, const std::vector<Command>& commands) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word.empty() || word[0] == '-') continue;
        std::string names, closest;
        std::size_t best = std::string::npos;
        for (const Command& c : commands) {
            const std::string& name = c.app->get_name();
            if (name == word) return "";
            names += (names.empty() ? "" : ", ") + name;
            const std::size_t d = edit_distance(word.substr(0, 64), name);
            if (d < best) best = d, closest = name;
        }
        std::string message = "unknown command '" + std::string(word.substr(0, 64)) + "'";
        if (best <= 2 || (word.size() >= 2 && closest.rfind(word, 0) == 0)) message += "; did you mean '" + closest + "'?";
        return message + " (commands: " + names + "; see chronik --help)";
    }
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "-h" || word == "--help" || word == "--help-all" || word == "--version") return "";
    }
    std::string names;
    for (const Command& c : commands) names += (names.empty() ? "" : ", ") + c.app->get_name();
    return "no command given: name one of " + names + " (see chronik --help)";
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"chronik — temporal expressions and timelines from news articles"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "chronik 0.1.0");
    app.footer(kExitCodes);

    // Every subcommand: add yours here (and its file to chronik_cli in src/cli/CMakeLists.txt).
    struct Entry {
        std::string_view name;
        Command (*add)(CLI::App&);
    };
    static constexpr Entry kCommands[] = {
        {"tag", add_tag_command},
        {"build", add_build_command},
        {"render", add_render_command},
        {"serve", add_serve_command},
    };
    // `chronik NAME …` declares only NAME's options: declaring all four
    // subcommands' (CLI11 builds every option's names and help) was a
    // quarter of the instructions of `chronik tag` on an empty file. Any
    // other first word (an option, a typo, nothing) gets them all, for the
    // overview help and the suggestions.
    std::vector<Command> commands;
    const auto add = [&](const Entry& e) {
        commands.push_back(e.add(app));
        if (commands.back().app->get_name() != e.name) throw std::logic_error("subcommand table: wrong name for " + std::string(e.name));
    };
    for (const Entry& e : kCommands)
        if (argc > 1 && argv[1] == e.name) add(e);
    if (commands.empty())
        for (const Entry& e : kCommands) add(e);
    for (const Command& c : commands) c.app->footer(kExitCodes);

    if (const std::string message = unknown_command(argc, argv, commands); !message.empty()) {
        report(message);
        return kInputError;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kInputError;
    }
    try {
        for (const Command& c : commands)
            if (*c.app) return c.run();
    } catch (const chronik::MissingPublicationDate& e) {
        report(e.what());
        return kNoPublicationDate;
    } catch (const chronik::InputError& e) {
        report(e.what());
        return kInputError;
    } catch (const std::exception& e) {
        report(std::string("internal error: ") + e.what());
        return kInternalError;
    }
    return kInputError;
}
