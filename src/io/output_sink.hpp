// Output written as it is produced: a buffer of a few kilobytes in front of
// a stream, so that a writer's memory does not grow with what it writes.
// Internal to the library's writers.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace chronik::io {

class OutputSink {
public:
    explicit OutputSink(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }
    OutputSink(const OutputSink&) = delete;
    OutputSink& operator=(const OutputSink&) = delete;
    ~OutputSink() { flush(); }

    void put(char c) {
        buffer_ += c;
        if (buffer_.size() >= kFlushAt) flush();
    }
    void put(std::string_view s) {
        if (s.size() >= kFlushAt) {
            flush();
            out_.write(s.data(), std::streamsize(s.size()));
            return;
        }
        buffer_ += s;
        if (buffer_.size() >= kFlushAt) flush();
    }
    void flush() {
        if (!buffer_.empty()) out_.write(buffer_.data(), std::streamsize(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t kFlushAt = 1 << 16;
    std::ostream& out_;
    std::string buffer_;
};

}  // namespace chronik::io
