// How long 1,000 events take from Timeline to SVG and to PDF bytes (layout
// with pango measuring included). The German hyphenation dictionary and the
// fonts are loaded once per process; the first, cold render is reported apart.
#include <chronik/export.hpp>
#include <chronik/render.hpp>

#include "fixtures.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace chronik::render;

namespace {

double seconds_for(const chronik::Timeline& tl, const RenderOptions& opt, Format format, std::size_t& bytes) {
    const auto t0 = std::chrono::steady_clock::now();
    bytes = render_timeline(tl, opt, format).size();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    // `--write-json N FILE`: the synthetic timeline of N events as chronik
    // JSON, to measure `chronik render FILE -o X.pdf` under /usr/bin/time -v.
    if (argc == 4 && std::string_view(argv[1]) == "--write-json") {
        const chronik::Timeline tl = fixtures::synthetic(std::size_t(std::atoll(argv[2])), 35);
        std::FILE* out = std::fopen(argv[3], "wb");
        if (!out) return 1;
        const std::string json = chronik::export_timeline(tl, chronik::ExportFormat::json);
        const bool ok = std::fwrite(json.data(), 1, json.size(), out) == json.size();
        return std::fclose(out) == 0 && ok ? 0 : 1;
    }
    const std::size_t events = argc > 1 ? std::size_t(std::atoi(argv[1])) : 1000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const chronik::Timeline tl = fixtures::synthetic(events, 35);
    const RenderOptions opt;

    std::size_t bytes = 0;
    const double cold = seconds_for(tl, opt, Format::svg, bytes);
    std::printf("cold start (fonts, hyphenation dictionary, SVG): %.3f s\n", cold);
    for (const auto& [format, name, target] : {std::tuple{Format::svg, "SVG", 0.2}, std::tuple{Format::pdf, "PDF", 0.5}}) {
        std::vector<double> times;
        for (int r = 0; r < rounds; ++r) times.push_back(seconds_for(tl, opt, format, bytes));
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        std::printf("%zu events to %s: median %.3f s of %d (best %.3f s), %zu bytes; target < %.1f s: %s\n", events, name,
                    median, rounds, times.front(), bytes, target, median < target ? "met" : "MISSED");
    }
    const chronik::Timeline small = fixtures::seed_like();
    std::printf("seed-like timeline to PNG: %.3f s\n", seconds_for(small, opt, Format::png, bytes));
    return 0;
}
