// chronik render: draw (or convert) a timeline saved as chronik JSON.
#include "cli.hpp"

#include <chronik/document.hpp>
#include <chronik/export.hpp>

#include <memory>

namespace chronik::cli {

namespace {

struct RenderArgs {
    std::string input;
    OutputArgs out;
    GraphicArgs graphic;
    SelectionArgs selection;
};

int run_render(const RenderArgs& args) {
    check_selection(args.selection);
    const SourceDocument doc = read_document(args.input);
    Timeline timeline;
    try {
        timeline = read_timeline_json(doc.raw);
    } catch (const TimelineFormatError& e) {
        throw InputError(args.input + ": not a chronik timeline: " + e.what());
    }
    if (args.out.output.empty() && args.out.format.empty()) {
        report("render needs -o FILE (.svg, .pdf, .png) or --format");
        return kInputError;
    }
    // Links an editor left pointing at a removed event were dropped: say so.
    for (const std::string& note : timeline.notes)
        if (note.rfind("link ", 0) == 0) report(args.input + ": " + note);
    return write_timeline(timeline, args.out, args.graphic, args.selection);
}

}  // namespace

Command add_render_command(CLI::App& app) {
    auto args = std::make_shared<RenderArgs>();
    CLI::App* cmd = app.add_subcommand("render", "draw (or convert) a timeline saved as chronik JSON");
    cmd->add_option("timeline", args->input, "a timeline written by chronik build -o FILE.json")->required();
    cmd->add_option("-o,--output", args->out.output, "output file: .svg .pdf .png (or any export format)");
    cmd->add_option("--format", args->out.format, "svg, pdf, png, or an export format name");
    cmd->add_option("--title", args->graphic.title, "title of the graphic (default: the timeline's)");
    add_graphic_options(cmd, args->graphic);
    add_selection_options(cmd, args->selection);
    return {cmd, [args] { return run_render(*args); }};
}

}  // namespace chronik::cli
