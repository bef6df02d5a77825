// What the render tests share: the measurer and the files they write for
// outside checkers (xmllint, pdfinfo, rsvg-convert).
#pragma once

#include <chronik/render.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

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
inline bool runs_clean(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()) == 0; }

}  // namespace chronik::render::testing
