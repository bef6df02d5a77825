// The HTTP side of `chronik serve`: cpp-httplib (Debian libcpp-httplib-dev)
// with a pool of worker threads; routes to the API functions and the
// compiled-in page, limits what a request may send, logs every request.
#include <chronik/serve.hpp>

#include "api.hpp"
#include "assets.hpp"

#include <httplib.h>

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace chronik::serve {

namespace {

using Clock = std::chrono::steady_clock;

// When the request the thread works on arrived (set before routing, read by
// the access log; each connection is served by one thread at a time).
thread_local std::optional<Clock::time_point> request_start;

std::string_view media_type_of(std::string_view path) {
    const auto dot = path.rfind('.');
    const std::string_view ext = dot == std::string_view::npos ? std::string_view() : path.substr(dot);
    if (ext == ".js") return "text/javascript; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".txt") return "text/plain; charset=utf-8";
    if (ext == ".svg") return "image/svg+xml";
    return "text/html; charset=utf-8";
}

void send(httplib::Response& res, const Reply& reply) {
    res.status = reply.status;
    for (const auto& [name, value] : reply.headers) res.set_header(name, value);
    if (!reply.filename.empty()) res.set_header("Content-Disposition", "inline; filename=\"" + reply.filename + "\"");
    res.set_content(reply.body, reply.content_type);
}

// After a response to a request whose body was not read whole, the
// connection cannot carry another request.
void close_after(const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value("Connection") != "close") res.set_header("Connection", "close");
}

// The request body, read as it arrives, up to `limit` bytes. httplib
// refuses a Content-Length above its payload limit itself but reads a
// chunked body of any size: this bounds both. 413 or 400 (a body that
// broke off) when it cannot be had.
struct Body {
    std::string bytes;
    int status = 200;
};

Body read_body(const httplib::ContentReader& reader, std::size_t limit, const httplib::Response& res) {
    Body body;
    bool too_large = false;
    const bool read = reader([&](const char* data, std::size_t size) {
        if (size > limit - body.bytes.size()) {
            too_large = true;
            return false;
        }
        body.bytes.append(data, size);
        return true;
    });
    if (too_large || res.status == 413) body.status = 413;
    else if (!read) body.status = 400;
    return body;
}

// An API route: a JSON body of at most `limit` bytes in (415, 413
// otherwise), a Reply out; whatever the library throws becomes a 500 with
// its message, never a dropped connection.
template <class F>
httplib::Server::HandlerWithContentReader api(std::size_t limit, F handle) {
    return [handle, limit](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
        if (!is_json_media_type(req.get_header_value("Content-Type"))) {
            close_after(req, res);
            send(res, error_reply(415, "send the request body as Content-Type: application/json"));
            return;
        }
        try {
            const Body body = read_body(reader, limit, res);
            if (body.status != 200) {
                close_after(req, res);
                send(res, error_reply(body.status, body.status == 413 ? "request body above the server's limit of " +
                                                                            std::to_string(limit) + " bytes"
                                                                      : std::string("the request body broke off")));
                return;
            }
            send(res, handle(req, body.bytes));
        } catch (const std::exception& e) {
            send(res, error_reply(500, std::string("internal error: ") + e.what()));
        } catch (...) {
            send(res, error_reply(500, "internal error"));
        }
    };
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
    std::string line = req.remote_addr + " \"" + req.method + " " + req.path;
    if (!req.params.empty()) {
        char sep = '?';
        for (const auto& [name, value] : req.params) {
            line += sep + name + "=" + value;
            sep = '&';
        }
    }
    line += "\" " + std::to_string(res.status) + " " + std::to_string(res.body.size()) + " B";
    if (request_start) {
        const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - *request_start).count();
        char ms[32];
        std::snprintf(ms, sizeof ms, " %.1f ms", double(micros) / 1000.0);
        line += ms;
        request_start.reset();
    }
    line += "\n";
    static std::mutex mutex;  // whole lines, not interleaved ones
    const std::lock_guard lock(mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
}

void configure(httplib::Server& server, const ServerOptions& options) {
    const auto threads = static_cast<std::size_t>(std::max(1, options.threads));
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_payload_max_length(options.max_request_bytes);
    server.set_read_timeout(options.timeout_seconds, 0);
    server.set_write_timeout(options.timeout_seconds, 0);
    // Headers and body are written separately: without this, Nagle's
    // algorithm holds the body back for the peer's delayed ACK (~40 ms).
    server.set_tcp_nodelay(true);
    // A kept-alive connection holds a worker: let idle ones go soon.
    server.set_keep_alive_timeout(2);
    server.set_keep_alive_max_count(100);

    // A client that asks before sending its body (curl does for large ones)
    // hears 413 at once; httplib would say 100 and refuse the body later.
    const std::size_t limit = options.max_request_bytes;
    server.set_expect_100_continue_handler([limit](const httplib::Request& req, httplib::Response& res) {
        if (req.has_header("Content-Length") && req.get_header_value<std::uint64_t>("Content-Length") > limit) {
            res.status = 413;
            return 413;
        }
        return 100;
    });
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        request_start = Clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Errors httplib answers itself (413 for a body above the limit, 404,
    // 400 for a malformed request) get the API's JSON body too.
    server.set_error_handler(httplib::Server::HandlerWithResponse([limit](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string message;
        switch (res.status) {
            case 404: message = "no such route: " + req.method + " " + req.path; break;
            case 413: message = "request body above the server's limit of " + std::to_string(limit) + " bytes"; break;
            case 400: message = "malformed HTTP request"; break;
            case 408: message = "the request took too long to arrive"; break;
            default: message = "HTTP status " + std::to_string(res.status); break;
        }
        send(res, error_reply(res.status, message));
        return httplib::Server::HandlerResponse::Handled;
    }));
    if (options.access_log) server.set_logger(log_request);

    server.Post("/api/tag", api(limit, [](const httplib::Request&, const std::string& body) { return tag_request(body); }));
    server.Post("/api/timeline",
                api(limit, [](const httplib::Request&, const std::string& body) { return timeline_request(body); }));
    server.Post("/api/render", api(limit, [](const httplib::Request& req, const std::string& body) {
        const QueryParameters query(req.params.begin(), req.params.end());
        return render_request(body, query);
    }));
    for (const char* route : {"/api/tag", "/api/timeline", "/api/render"}) {
        server.Get(route, [](const httplib::Request&, httplib::Response& res) {
            res.set_header("Allow", "POST");
            send(res, error_reply(405, "use POST with a JSON body"));
        });
    }
    for (const Asset& asset : assets()) {
        server.Get(std::string(asset.path), [asset](const httplib::Request&, httplib::Response& res) {
            res.set_header("Cache-Control", "no-cache");
            res.set_content(asset.bytes.data(), asset.bytes.size(), std::string(media_type_of(asset.path)).c_str());
        });
    }
}

}  // namespace

int run_server(const ServerOptions& options) {
    // SIGINT and SIGTERM are taken by one thread that stops the server; every
    // other thread (the workers start after this) has them blocked.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    // A client that goes away mid-response must not end the process.
    signal(SIGPIPE, SIG_IGN);

    httplib::Server server;
    configure(server, options);

    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.host);
        if (port < 0) port = 0;
    } else if (!server.bind_to_port(options.host, port)) {
        port = 0;
    }
    if (port == 0) {
        std::cerr << "chronik: cannot listen on " << options.host << ":" << options.port
                  << " (address in use, or not an address of this machine)\n";
        pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
        return 1;
    }

    std::atomic<bool> listening_done{false};
    std::thread stopper([&] {
        int signal_number = 0;
        sigwait(&stop_signals, &signal_number);
        if (!listening_done) std::cerr << "chronik: stopping (" << (signal_number == SIGINT ? "SIGINT" : "SIGTERM")
                                       << "), finishing the requests under way\n";
        // stop() is a no-op until listening has begun: repeat it until then.
        while (!listening_done) {
            server.stop();
            if (!listening_done) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });

    const std::string shown_host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    std::cerr << "chronik: serving on http://" << shown_host << ":" << port << "/ (Ctrl-C stops)" << std::endl;
    const bool ok = server.listen_after_bind();
    listening_done = true;
    pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper if no signal came
    stopper.join();
    std::cerr << "chronik: stopped\n";
    return ok ? 0 : 1;
}

}  // namespace chronik::serve
