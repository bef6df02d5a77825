// Command line shared by the text benchmarks: [--mb N] [--language CODE] FILE...
#pragma once

#include <chronik/document.hpp>
#include <chronik/grammar.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct BenchCorpus {
    double target_mb = 50.0;
    const chronik::LanguageData* language = nullptr;  // --language (default: German)
    std::vector<chronik::SourceDocument> documents;  // the readable FILEs (TimeML: TEXT decoded)
};

// Reads the arguments and the files; prints usage and returns false when nothing can be read.
inline bool read_bench_corpus(int argc, char** argv, BenchCorpus& out) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--mb" && i + 1 < argc) {
            out.target_mb = std::atof(argv[++i]);
            continue;
        }
        if (arg == "--language" && i + 1 < argc) {
            out.language = chronik::find_language(argv[++i]);
            if (!out.language) {
                std::fprintf(stderr, "unknown language %s\n", argv[i]);
                return false;
            }
            continue;
        }
        try {
            out.documents.push_back(chronik::read_document(arg));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "skipping %s: %s\n", arg.c_str(), e.what());
        }
    }
    if (out.documents.empty()) std::fprintf(stderr, "usage: %s [--mb N] [--language CODE] FILE...\n", argc > 0 ? argv[0] : "bench");
    return !out.documents.empty();
}
