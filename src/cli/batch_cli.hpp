// JSON-lines batches on the command line: chronik tag --jsonl and chronik
// build --jsonl (the records themselves are chronik/batch.hpp's).
#pragma once

#include <chronik/batch.hpp>

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}

namespace chronik::cli {

struct JsonlArgs {
    std::string input;  // FILE or "-"; empty: no batch
    unsigned jobs = 0;  // 0: the number of cores
    bool progress = false;
    bool no_progress = false;
};

// --jsonl, and for tag also --jobs, --progress, --no-progress. Returns --jsonl.
CLI::Option* add_jsonl_options(CLI::App* command, JsonlArgs& args, bool parallel);

// --jsonl takes the place of the input files, and the options named in
// `not_with_jsonl` do not apply to it: throws InputError when the arguments
// mix them or give neither files nor --jsonl.
void check_jsonl_use(const char* command, const JsonlArgs& args, bool has_files, bool has_other_options,
                     const char* not_with_jsonl);

// chronik tag --jsonl: one record a line to `output` ("" or "-": standard
// output), in input order whatever --jobs. Exit code 0, or 1 when a line
// failed (its record says why); throws InputError when the input cannot be
// read or the output not written.
int run_tag_jsonl(const JsonlArgs& args, const std::string& output);

// chronik build --jsonl: the articles of the readable lines. A line that
// cannot be read is reported on stderr ("chronik: FILE:LINE: …") and sets
// `failed`; the input that cannot be opened throws InputError.
std::vector<BatchArticle> read_jsonl_articles(const std::string& input, bool& failed);

}  // namespace chronik::cli
