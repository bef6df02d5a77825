// What building a timeline adds to tagging: each document is tagged, then
// built into a timeline (tagging included), round after round until N MB
// (default 50) have passed; prints both throughputs and the overhead.
//
//   chronik_bench_timeline [--mb N] FILE...
#include "corpus_args.hpp"

#include <chronik/build.hpp>
#include <chronik/tagger.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    BenchCorpus corpus;
    if (!read_bench_corpus(argc, argv, corpus)) return 1;
    const double target_mb = corpus.target_mb;
    const auto& docs = corpus.documents;
    const date::year_month_day fallback{date::year{2025}, date::month{7}, date::day{13}};
    const double target = target_mb * 1024 * 1024;
    // Both measured document by document, interleaved, so that the machine's
    // drift (clock, caches, other load) falls on both alike.
    double tag_seconds = 0, build_seconds = 0;
    std::size_t bytes = 0, expressions = 0, events = 0;
    using clock = std::chrono::steady_clock;
    while (double(bytes) < target) {
        for (const auto& d : docs) {
            const auto published = d.dct ? *d.dct : fallback;
            chronik::TagOptions o;
            o.published = published;
            const auto t0 = clock::now();
            expressions += chronik::tag_text(d.text, o).expressions.size();
            const auto t1 = clock::now();
            events += chronik::build_timeline(d, published).events.size();
            const auto t2 = clock::now();
            tag_seconds += std::chrono::duration<double>(t1 - t0).count();
            build_seconds += std::chrono::duration<double>(t2 - t1).count();
            bytes += d.text.size();
            if (double(bytes) >= target) break;
        }
    }
    const double mb = double(bytes) / (1024 * 1024);
    std::printf("tagging: %.1f MB/s (%zu expressions)\n", mb / tag_seconds, expressions);
    std::printf("tagging + events + graph: %.1f MB/s (%zu events)\n", mb / build_seconds, events);
    std::printf("building the timeline adds %.1f %% to the tagging time\n", (build_seconds / tag_seconds - 1.0) * 100.0);
    return 0;
}
