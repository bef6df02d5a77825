// Requests per second of `chronik serve`'s POST /api/tag on the example
// article: starts `chronik serve --port 0 --quiet` on 127.0.0.1, sends a
// bounded number of requests from a few keep-alive clients (httplib's
// client), prints throughput and latency percentiles, stops the server.
//
// usage: chronik_bench_serve path/to/chronik ARTICLE [REQUESTS=2000] [CLIENTS=4] [PATH=/api/tag]
// Loopback only; a benchmark to run by hand, not a test.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

struct Server {
    pid_t pid = -1;
    int port = 0;
};

// Starts the server and reads the port from its first stderr line.
Server start(const std::string& chronik) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    const char* argv[] = {chronik.c_str(), "serve", "--port", "0", "--quiet", nullptr};
    Server s;
    if (posix_spawn(&s.pid, chronik.c_str(), &actions, nullptr, const_cast<char**>(argv), environ) != 0)
        throw std::runtime_error("cannot start " + chronik);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    std::string line;
    char c;
    while (read(fds[0], &c, 1) == 1 && c != '\n') line += c;
    close(fds[0]);  // later lines (the stop messages) go to a closed pipe: the server ignores SIGPIPE
    const auto at = line.find("127.0.0.1:");
    if (at == std::string::npos) throw std::runtime_error("chronik serve said: " + line);
    s.port = std::stoi(line.substr(at + 10));
    return s;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: chronik_bench_serve path/to/chronik ARTICLE [REQUESTS=2000] [CLIENTS=4] [PATH=/api/tag]\n";
        return 2;
    }
    const std::string chronik = argv[1];
    std::ifstream in(argv[2], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const int requests = argc > 3 ? std::clamp(std::atoi(argv[3]), 1, 100000) : 2000;
    const int clients = argc > 4 ? std::clamp(std::atoi(argv[4]), 1, 64) : 4;
    const std::string path = argc > 5 ? argv[5] : "/api/tag";
    const std::string body = path == "/api/timeline" ? nlohmann::json{{"articles", {{{"text", text.str()}}}}}.dump()
                                                     : nlohmann::json{{"text", text.str()}}.dump();

    const Server server = start(chronik);
    std::atomic<int> next{0};
    std::atomic<int> failures{0};
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(clients));
    // One warm-up request: the grammar is compiled on first use.
    httplib::Client("127.0.0.1", server.port).Post(path, body, "application/json");

    const auto begin = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int t = 0; t < clients; ++t) {
        threads.emplace_back([&, t] {
            httplib::Client client("127.0.0.1", server.port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            while (next.fetch_add(1) < requests) {
                const auto start = std::chrono::steady_clock::now();
                const auto res = client.Post(path, body, "application/json");
                const auto took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
                if (!res || res->status != 200) failures.fetch_add(1);
                latencies[static_cast<std::size_t>(t)].push_back(took.count());
            }
        });
    }
    for (auto& th : threads) th.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

    kill(server.pid, SIGTERM);
    int status = 0;
    waitpid(server.pid, &status, 0);

    std::vector<double> all;
    for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
    std::printf("%s: %d requests (%zu bytes each) from %d clients in %.2f s: %.0f requests/s; "
                "latency p50 %.2f ms, p99 %.2f ms; %d failed; server exit %d\n",
                path.c_str(), requests, body.size(), clients, seconds, requests / seconds, percentile(all, 0.5),
                percentile(all, 0.99), failures.load(), WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return failures.load() == 0 ? 0 : 1;
}
