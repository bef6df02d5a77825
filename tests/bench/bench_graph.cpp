// Ordering speed: N synthetic events (default 100,000) of mixed granularity
// over 35 years, a tenth of them undated with cue links, ordered by the
// graph stage.
//
//   chronik_bench_graph [N]
#include <chronik/graph.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace chronik;

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    std::mt19937_64 rng(42);  // fixed seed: the same events every run
    std::vector<Event> events(n);
    std::vector<std::uint64_t> positions(n);
    std::vector<Link> cues;
    const date::sys_days start{date::year{1990} / 1 / 1};
    for (std::size_t i = 0; i < n; ++i) {
        positions[i] = i;
        events[i].headline = std::string("event ").append(std::to_string(i));
        if (i % 10 == 9 && i > 0) {
            cues.push_back(Link{i - 1, i, Order::before, true});  // "Danach ..."
            continue;
        }
        const date::sys_days day = start + date::days{long(rng() % (35 * 365))};
        Period p = Period::day(day);
        switch (rng() % 4) {
            case 0: p = Period::containing(day, Granularity::year); break;
            case 1: p = Period::containing(day, Granularity::month); break;
            default: break;
        }
        events[i].when = EventTime::calendar(p);
    }
    const auto t0 = std::chrono::steady_clock::now();
    const Ordering o = order_events(events, positions, cues);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("ordered %zu events (%zu cue links, %zu graph edges) in %.3f s\n", n, cues.size(), o.links.size(), s);
    return o.order.size() == n ? 0 : 1;
}
