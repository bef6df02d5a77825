#include "graphics.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <vector>

namespace chronik::cli {

namespace {

namespace fs = std::filesystem;

fs::path own_directory() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

// Next to the CLI (the build tree), then where `cmake --install` puts it.
DrawFunction load_module() {
    const fs::path dir = own_directory();
    const std::array<fs::path, 2> candidates = {dir / CHRONIK_GRAPHICS_MODULE,
                                                dir / CHRONIK_GRAPHICS_FROM_BIN / CHRONIK_GRAPHICS_MODULE};
    std::string tried;
    for (const fs::path& p : candidates) {
        std::error_code ec;
        if (!fs::exists(p, ec)) {
            tried += (tried.empty() ? "" : ", ") + p.lexically_normal().string();
            continue;
        }
        void* handle = dlopen(p.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) throw GraphicsUnavailable(std::string("cannot load the graphics module: ") + dlerror());
        if (void* f = dlsym(handle, kDrawSymbol)) return reinterpret_cast<DrawFunction>(f);
        throw GraphicsUnavailable(p.string() + " is not chronik's graphics module");
    }
    throw GraphicsUnavailable("this chronik draws no graphics (SVG, PDF, PNG): built with CHRONIK_RENDER=OFF, "
                              "or its graphics module is missing (looked for " + tried + ")");
}

}  // namespace

Graphic draw_graphic(const Timeline& timeline, const render::RenderOptions& options, render::Format format,
                     bool with_layout) {
    static const DrawFunction draw = load_module();
    Graphic out;
    std::string error;
    if (!draw(sizeof(Timeline), sizeof(render::RenderOptions), timeline, options, format, with_layout, out, error))
        throw std::runtime_error(error);
    return out;
}

}  // namespace chronik::cli
