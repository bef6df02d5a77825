// The CLI's graphics: drawn by a module (chronik-graphics.so, built from
// graphics_module.cpp with chronik::render) that is loaded on first use, so
// that the commands that do not draw never load cairo and pango.
#pragma once

#include <chronik/render.hpp>
#include <chronik/timeline.hpp>

#include <stdexcept>
#include <string>

namespace chronik::cli {

// The graphics module is missing (a build with CHRONIK_RENDER=OFF, or an
// install without it); what() says so.
class GraphicsUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Graphic {
    std::string bytes;
    std::string layout_json;  // with_layout only
};

Graphic draw_graphic(const Timeline& timeline, const render::RenderOptions& options, render::Format format,
                     bool with_layout);

// The module's entry point (resolved with dlsym). Returns false with
// `error` set when drawing threw. The sizes guard against a module from
// another build.
using DrawFunction = bool (*)(std::size_t timeline_size, std::size_t options_size, const Timeline& timeline,
                              const render::RenderOptions& options, render::Format format, bool with_layout,
                              Graphic& out, std::string& error);
inline constexpr const char* kDrawSymbol = "chronik_cli_draw_graphic_v1";

}  // namespace chronik::cli
