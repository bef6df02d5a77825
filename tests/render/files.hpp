// What the render tests share: the measurer and the files they write for
// outside checkers (xmllint, pdfinfo, rsvg-convert).
#pragma once

#include <chronik/render.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace chronik::render::testing {

inline const TextMeasurer& measurer() {
    static const std::unique_ptr<TextMeasurer> m = make_pango_measurer("DejaVu Sans");
    return *m;
}

// A file in the test build's out/ folder.
inline std::filesystem::path scratch(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(CHRONIK_RENDER_TEST_DIR) / "out";
    std::filesystem::create_directories(dir);
    return dir / name;
}

inline void write(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

// Whether a shell command exits with 0; its output is not wanted.
// What a graphics desk says of a layout's leaders: one that crosses another
// (beyond the marker both leave), or runs through a label not its own.
inline std::vector<std::string> leader_problems(const Layout& l) {
    std::vector<std::string> out;
    std::vector<std::vector<Point>> paths;
    for (const Leader& ld : l.leaders) paths.push_back(leader_path(ld, 32));
    const double unit = l.unit;
    auto far_from = [&](const Point& p, const Point& o) { return std::hypot(p.x - o.x, p.y - o.y) > 0.6 * unit; };
    for (std::size_t i = 0; i < paths.size(); ++i) {
        for (std::size_t j = 0; j < l.labels.size(); ++j)
            for (std::size_t k = 0; j != i && k + 1 < paths[i].size(); ++k)
                if (segment_enters(paths[i][k], paths[i][k + 1], l.labels[j].box)) {
                    out.push_back("leader " + l.leaders[i].event_id + " runs behind label " + l.labels[j].event_id);
                    break;
                }
        for (std::size_t j = i + 1; j < paths.size(); ++j) {
            bool met = false;
            for (std::size_t a = 0; !met && a + 1 < paths[i].size(); ++a)
                for (std::size_t b = 0; !met && b + 1 < paths[j].size(); ++b)
                    met = far_from(paths[i][a], l.leaders[j].from) && far_from(paths[j][b], l.leaders[i].from) &&
                          far_from(paths[i][a], l.leaders[i].from) && far_from(paths[j][b], l.leaders[j].from) &&
                          segments_meet(paths[i][a], paths[i][a + 1], paths[j][b], paths[j][b + 1]);
            if (met) out.push_back("leader " + l.leaders[i].event_id + " crosses leader " + l.leaders[j].event_id);
        }
    }
    return out;
}

inline bool runs_clean(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()) == 0; }

}  // namespace chronik::render::testing
