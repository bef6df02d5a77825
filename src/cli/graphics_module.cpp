// The graphics module of the CLI: chronik::render behind one C entry point.
#include "graphics.hpp"

extern "C" __attribute__((visibility("default"))) bool chronik_cli_draw_graphic_v2(
    std::size_t timeline_size, std::size_t options_size, const chronik::Timeline& timeline,
    const chronik::render::RenderOptions& options, chronik::render::Format format, bool with_layout,
    chronik::cli::Graphic& out, std::string& error, bool& input_error) {
    input_error = false;
    if (timeline_size != sizeof(chronik::Timeline) || options_size != sizeof(chronik::render::RenderOptions)) {
        error = "the graphics module is from another build of chronik";
        return false;
    }
    try {
        chronik::render::Rendered drawn = chronik::render::render_timeline_with_layout(timeline, options, format);
        out.bytes = std::move(drawn.bytes);
        if (with_layout) out.layout_json = chronik::render::layout_json(drawn.layout);
        return true;
    } catch (const chronik::InputError& e) {
        error = e.what();
        input_error = true;
        return false;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}

extern "C" __attribute__((visibility("default"))) bool chronik_cli_serve_v1(std::size_t options_size,
                                                                           const chronik::serve::ServerOptions& options,
                                                                           int& exit_code, std::string& error) {
    if (options_size != sizeof(chronik::serve::ServerOptions)) {
        error = "the graphics module is from another build of chronik";
        return false;
    }
    try {
        exit_code = chronik::serve::run_server(options);
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}
