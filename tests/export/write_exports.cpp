// Writes every fixture in every format into a folder, for the checks by real
// consumers (python3-vobject, jsonschema, html5lib, cmark, TimelineJS in
// Chromium) and to regenerate the golden files:
//   chronik_export_fixtures OUT_DIR
// gives OUT_DIR/<fixture>.<suffix> with the suffixes below.
#include "built_fixtures.hpp"
#include "fixtures.hpp"

#include <chronik/export.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

struct Output {
    chronik::ExportFormat format;
    const char* suffix;
};

constexpr Output kOutputs[] = {
    {chronik::ExportFormat::json, "timeline.json"}, {chronik::ExportFormat::ics, "ics"},
    {chronik::ExportFormat::jsonfeed, "feed.json"}, {chronik::ExportFormat::timelinejs, "timelinejs.json"},
    {chronik::ExportFormat::markdown, "md"},        {chronik::ExportFormat::html, "html"},
    {chronik::ExportFormat::timeml, "tml"},
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::cerr << "usage: " << argv[0] << " OUT_DIR [SOURCE_DIR]\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    std::vector<chronik::fixtures::Built> fixtures;
    for (auto& [name, timeline] : chronik::fixtures::all()) fixtures.push_back({name, std::move(timeline)});
    // With the project's folder: also the timelines the whole chain builds from articles.
    if (argc == 3)
        for (auto& b : chronik::fixtures::built(argv[2])) fixtures.push_back(std::move(b));
    for (const auto& [name, timeline, options] : fixtures) {
        for (const Output& o : kOutputs) {
            const auto path = dir / (name + "." + o.suffix);
            std::ofstream out(path, std::ios::binary);
            out << chronik::export_timeline(timeline, o.format, options);
            if (!out) {
                std::cerr << "cannot write " << path << "\n";
                return 1;
            }
        }
    }
    return 0;
}
