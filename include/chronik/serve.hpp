// `chronik serve`: the library behind a local HTTP API and the editor page.
// A front end like the command line: it only calls tag_text,
// build_timeline, export_timeline and render::render_*.
#pragma once

#include <cstddef>
#include <string>

namespace chronik::serve {

struct ServerOptions {
    std::string host = "127.0.0.1";  // loopback unless told otherwise
    int port = 8080;                 // 0: any free port (the one taken is printed)
    // Larger request bodies get 413 before they are read; every stage is
    // linear in its input, so this also bounds the time a request takes.
    std::size_t max_request_bytes = std::size_t{4} << 20;
    int threads = 8;              // worker threads: connections served at once
    int timeout_seconds = 10;     // reading a request, writing a response
    bool access_log = true;       // one line per request on stderr
};

// Serves until SIGINT or SIGTERM, then finishes the requests under way and
// returns 0; returns 1 when the address cannot be bound. Prints
// "chronik: serving on http://HOST:PORT/" to stderr once it accepts
// connections.
int run_server(const ServerOptions& options);

}  // namespace chronik::serve
