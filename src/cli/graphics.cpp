#include "graphics.hpp"

#include <dlfcn.h>

#include <array>
#include <filesystem>

namespace chronik::cli {

namespace {

namespace fs = std::filesystem;

fs::path own_directory() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

// Next to the CLI (the build tree), then where `cmake --install` puts it.
void* open_module() {
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
        if (void* handle = dlopen(p.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
        throw GraphicsUnavailable(std::string("cannot load the graphics module: ") + dlerror());
    }
    throw GraphicsUnavailable("this chronik draws no graphics (SVG, PDF, PNG) and serves nothing: built with "
                              "CHRONIK_RENDER=OFF, or its graphics module is missing (looked for " + tried + ")");
}

template <typename Function>
Function entry(const char* symbol) {
    static void* const handle = open_module();
    if (void* f = dlsym(handle, symbol)) return reinterpret_cast<Function>(f);
    throw GraphicsUnavailable(std::string("the graphics module has no ") + symbol + ": it is from another chronik");
}

}  // namespace

Graphic draw_graphic(const Timeline& timeline, const render::RenderOptions& options, render::Format format,
                     bool with_layout) {
    const auto draw = entry<DrawFunction>(kDrawSymbol);
    Graphic out;
    std::string error;
    bool input_error = false;
    if (!draw(sizeof(Timeline), sizeof(render::RenderOptions), timeline, options, format, with_layout, out, error,
              input_error)) {
        if (input_error) throw InputError(error);
        throw std::runtime_error(error);
    }
    return out;
}

int serve_with_module(const serve::ServerOptions& options) {
    const auto run = entry<ServeFunction>(kServeSymbol);
    int exit_code = 0;
    std::string error;
    if (!run(sizeof(serve::ServerOptions), options, exit_code, error)) throw std::runtime_error(error);
    return exit_code;
}

}  // namespace chronik::cli
