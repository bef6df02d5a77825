// chronik serve: a local HTTP API and the editor page (src/serve).
#include "cli.hpp"

#include <chronik/serve.hpp>

#include <memory>

namespace chronik::cli {

namespace {

struct ServeArgs {
    serve::ServerOptions server;
    std::size_t max_mb = serve::ServerOptions{}.max_request_bytes >> 20;
    bool quiet = false;
};

}  // namespace

Command add_serve_command(CLI::App& app) {
    auto args = std::make_shared<ServeArgs>();
    CLI::App* cmd = app.add_subcommand("serve", "a local HTTP API and the editor page (http://127.0.0.1:8080/)");
    serve::ServerOptions& s = args->server;
    cmd->add_option("--host", s.host, "address to listen on (other than loopback: reachable from the network)")
        ->capture_default_str();
    cmd->add_option("--port", s.port, "port to listen on; 0: any free port")->check(CLI::Range(0, 65535))->capture_default_str();
    cmd->add_option("--max-request-mb", args->max_mb, "largest request body in MiB (larger: 413)")
        ->check(CLI::Range(1, 1024))
        ->capture_default_str();
    cmd->add_option("--threads", s.threads, "worker threads (connections served at once)")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    cmd->add_option("--timeout", s.timeout_seconds, "seconds to read a request or write a response")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    cmd->add_flag("--quiet", args->quiet, "no access log on stderr");
    return {cmd, [args] {
                args->server.max_request_bytes = args->max_mb << 20;
                args->server.access_log = !args->quiet;
                return serve::run_server(args->server);
            }};
}

}  // namespace chronik::cli
