#include "batch_cli.hpp"

#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

namespace chronik::cli {

namespace {

// Lines read and tagged together; the records of a block are written in
// input order before the next block is read, so memory is bounded by a block.
constexpr std::size_t kBlockLines = 1024;
constexpr std::size_t kBlockBytes = std::size_t(32) << 20;

struct Input {
    std::unique_ptr<std::ifstream> file;
    std::istream* stream = nullptr;
    std::uintmax_t size = 0;  // bytes, 0 when unknown (standard input, a pipe)
};

Input open_input(const std::string& path) {
    Input in;
    if (path == "-") {
        in.stream = &std::cin;
        return in;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw InputError(path + ": is a directory");
    in.file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in.file) throw InputError(path + ": cannot open");
    in.stream = in.file.get();
    if (std::filesystem::is_regular_file(path, ec)) in.size = std::filesystem::file_size(path, ec);
    return in;
}

// Reads a line without its line break; false at the end of the input.
bool next_line(std::istream& in, std::string& line) {
    if (!std::getline(in, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string clock_time(double seconds) {
    const auto s = static_cast<std::uint64_t>(seconds + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llu:%02llu:%02llu", static_cast<unsigned long long>(s / 3600),
                  static_cast<unsigned long long>(s / 60 % 60), static_cast<unsigned long long>(s % 60));
    return buf;
}

// A progress line on stderr, redrawn at most ten times a second.
class Progress {
public:
    Progress(bool shown, std::uintmax_t total_bytes) : shown_(shown), total_(total_bytes) {}

    void update(std::uint64_t records, std::uint64_t failed, std::uintmax_t bytes, bool last = false) {
        if (!shown_) return;
        const auto now = std::chrono::steady_clock::now();
        if (!last && now - drawn_ < std::chrono::milliseconds(100)) return;
        drawn_ = now;
        const double elapsed = std::chrono::duration<double>(now - start_).count();
        std::string line = "\r" + grouped(records) + " records";
        if (failed) line += " (" + grouped(failed) + " failed)";
        if (elapsed > 0) {
            char rate[64];
            std::snprintf(rate, sizeof rate, "  %.0f/s  %.1f MB/s", records / elapsed, bytes / elapsed / 1e6);
            line += rate;
        }
        if (total_ > 0) {
            const double done = std::min(1.0, double(bytes) / double(total_));
            const int width = 24, filled = static_cast<int>(done * width);
            line += "  [" + std::string(filled, '#') + std::string(width - filled, '.') + "] " +
                    std::to_string(static_cast<int>(done * 100)) + "%";
            if (done > 0 && !last) line += "  ETA " + clock_time(elapsed * (1 - done) / done);
        }
        if (last) line += "  in " + clock_time(elapsed) + "\n";
        else line += "   ";
        std::cerr << line << std::flush;
    }

private:
    bool shown_;
    std::uintmax_t total_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point drawn_{};
};

struct Line {
    std::uint64_t number;
    std::string text;
};

// Tags the lines of a block on `jobs` threads; record i belongs to line i.
void tag_block(const std::vector<Line>& lines, std::vector<BatchRecord>& records, unsigned jobs) {
    records.assign(lines.size(), {});
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < lines.size();)
            records[i] = tag_batch_line(lines[i].text, lines[i].number);
    };
    std::vector<std::jthread> helpers;
    const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(jobs, lines.size()));
    for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
}

}  // namespace

CLI::Option* add_jsonl_options(CLI::App* command, JsonlArgs& args, bool parallel) {
    CLI::Option* jsonl = command->add_option(
        "--jsonl", args.input, "read articles as JSON lines from FILE (- for standard input): "
                               "{\"id\", \"text\", \"published\"?, \"language\"?, \"genre\"?" +
                                   std::string(parallel ? "" : ", \"name\"?, \"url\"?") + "}");
    if (!parallel) return jsonl;
    command->add_option("--jobs", args.jobs, "threads that tag at once (default: the number of cores)")
        ->check(CLI::Range(1u, 1024u));
    auto* on = command->add_flag("--progress", args.progress, "show a progress bar on stderr (default: when it is a terminal)");
    auto* off = command->add_flag("--no-progress", args.no_progress, "never show a progress bar");
    on->excludes(off);
    return jsonl;
}

void check_jsonl_use(const char* command, const JsonlArgs& args, bool has_files, bool has_other_options,
                     const char* not_with_jsonl) {
    if (args.input.empty() && !has_files)
        throw InputError(std::string(command) + ": give the input FILE... or --jsonl FILE");
    if (!args.input.empty() && has_other_options)
        throw InputError(std::string(command) + " --jsonl: each line has its own \"published\"; " + not_with_jsonl +
                         " do not apply");
}

int run_tag_jsonl(const JsonlArgs& args, const std::string& output) {
    Input in = open_input(args.input);
    std::ofstream file;
    std::ostream* out = &std::cout;
    if (!output.empty() && output != "-") {
        file.open(output, std::ios::binary | std::ios::trunc);
        if (!file) throw InputError(output + ": cannot write");
        out = &file;
    }
    const unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    const bool shown = args.progress || (!args.no_progress && isatty(STDERR_FILENO));
    Progress progress(shown, in.size);

    std::uint64_t line_number = 0, records = 0, failed = 0;
    std::uintmax_t bytes = 0;
    std::vector<Line> block;
    std::vector<BatchRecord> results;
    std::string text;
    bool more = true;
    while (more) {
        block.clear();
        std::size_t block_bytes = 0;
        while (block.size() < kBlockLines && block_bytes < kBlockBytes && (more = next_line(*in.stream, text))) {
            ++line_number;
            block_bytes += text.size() + 1;
            if (blank_line(text)) continue;
            block.push_back({line_number, std::move(text)});
            text.clear();
        }
        tag_block(block, results, jobs);
        std::string chunk;
        for (const BatchRecord& r : results) {
            chunk += r.json;
            chunk += '\n';
            failed += r.failed;
        }
        out->write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        records += results.size();
        bytes += block_bytes;
        progress.update(records, failed, bytes);
    }
    out->flush();
    progress.update(records, failed, bytes, true);
    if (!*out) throw InputError((output.empty() ? std::string("-") : output) + ": write failed");
    if (in.file && in.file->bad()) throw InputError(args.input + ": read failed");
    if (failed) report(std::to_string(failed) + " of " + std::to_string(records) + " lines failed (see their \"error\")");
    return failed ? kInputError : kOk;
}

std::vector<BatchArticle> read_jsonl_articles(const std::string& input, bool& failed) {
    Input in = open_input(input);
    std::vector<BatchArticle> articles;
    std::string line;
    for (std::uint64_t number = 1; next_line(*in.stream, line); ++number) {
        if (blank_line(line)) continue;
        try {
            articles.push_back(read_batch_article(line, number));
        } catch (const InputError& e) {
            report(input + ":" + std::to_string(number) + ": " + e.what());
            failed = true;
        }
    }
    return articles;
}

}  // namespace chronik::cli
