// Tagging throughput and peak memory on a large amount of news text.
//
//   chronik_bench_tag [--mb N] [--language de|en] FILE...
//
// FILEs are plain text or TimeML (their TEXT is used, markup stripped). The
// texts are tagged document by document, round after round, until N MB
// (default 50) have been tagged; then throughput (MB/s, one core) and peak
// resident memory are printed. Memory stays bounded by one document: nothing
// accumulates across documents.
#include "corpus_args.hpp"

#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    BenchCorpus corpus;
    if (!read_bench_corpus(argc, argv, corpus)) return 1;
    const double target_mb = corpus.target_mb;
    std::size_t corpus_bytes = 0;
    for (const auto& d : corpus.documents) corpus_bytes += d.text.size();
    if (corpus_bytes == 0) return 1;
    const date::year_month_day fallback{date::year{2025}, date::month{7}, date::day{13}};

    const double target = target_mb * 1024 * 1024;
    std::size_t bytes = 0, expressions = 0, documents = 0;
    const auto t0 = std::chrono::steady_clock::now();
    while (double(bytes) < target) {
        for (const auto& d : corpus.documents) {
            chronik::TagOptions o;
            o.published = d.dct ? d.dct : fallback;
            o.language = corpus.language;
            const chronik::TaggedText t = chronik::tag_text(d.text, o);
            expressions += t.expressions.size();
            bytes += d.text.size();
            ++documents;
            if (double(bytes) >= target) break;
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double mb = double(bytes) / (1024 * 1024);
    std::printf("tagged %.1f MB in %zu documents (%zu expressions) in %.2f s\n", mb, documents, expressions, seconds);
    std::printf("throughput: %.1f MB/s (one core)\n", mb / seconds);
    std::printf("peak memory: %.1f MB (corpus in memory: %.1f MB)\n", double(usage.ru_maxrss) / 1024.0,
                double(corpus_bytes) / (1024 * 1024));
    return 0;
}
