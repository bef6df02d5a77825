// The CLI's graphics and its server: a module (chronik-graphics.so, built
// from graphics_module.cpp with chronik::render and chronik::serve, which
// draws) loaded on first use, so that the commands that neither draw nor
// serve never load cairo and pango.
#pragma once

#include <chronik/render.hpp>
#include <chronik/serve.hpp>
#include <chronik/tagger.hpp>
#include <chronik/timeline.hpp>

#include <stdexcept>
#include <string>

namespace chronik::cli {

// The graphics module is missing (a build with CHRONIK_RENDER=OFF, or an
// install without it); what() says so. An InputError: exit code 1.
class GraphicsUnavailable : public InputError {
public:
    using InputError::InputError;
};

struct Graphic {
    std::string bytes;
    std::string layout_json;  // with_layout only
};

Graphic draw_graphic(const Timeline& timeline, const render::RenderOptions& options, render::Format format,
                     bool with_layout);

// chronik serve, run by the module: serve::run_server's exit code.
int serve_with_module(const serve::ServerOptions& options);

// The module's entry point (resolved with dlsym). Returns false with
// `error` set when drawing threw, and `input_error` set when what it threw
// was an InputError (a LimitError such as a --max-events that does not
// fit): exceptions do not cross the module boundary, so the kind is passed
// on to keep its exit code (1, not 3). The sizes guard against a module
// from another build.
using DrawFunction = bool (*)(std::size_t timeline_size, std::size_t options_size, const Timeline& timeline,
                              const render::RenderOptions& options, render::Format format, bool with_layout,
                              Graphic& out, std::string& error, bool& input_error);
inline constexpr const char* kDrawSymbol = "chronik_cli_draw_graphic_v2";
using ServeFunction = bool (*)(std::size_t options_size, const serve::ServerOptions& options, int& exit_code,
                               std::string& error);
inline constexpr const char* kServeSymbol = "chronik_cli_serve_v1";

}  // namespace chronik::cli
