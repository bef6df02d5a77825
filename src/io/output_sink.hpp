// Output written as it is produced: a buffer of a few kilobytes in front of
// a stream, so that a writer's memory does not grow with what it writes.
// Internal to the library's writers.
#pragma once

#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace chronik::io {

class OutputSink {
public:
    explicit OutputSink(std::ostream& out) : out_(out), buffer_(new char[kSize]) {}
    OutputSink(const OutputSink&) = delete;
    OutputSink& operator=(const OutputSink&) = delete;
    ~OutputSink() { flush(); }

    // A plain array and a count: the writers put a few bytes at a time, and
    // std::string's append checked capacity and terminated the string on each.
    void put(char c) {
        if (size_ == capacity_) flush();
        buffer_[size_++] = c;
    }
    void put(std::string_view s) {
        if (s.size() > capacity_ - size_) {
            flush();
            if (s.size() >= capacity_) {
                out_.write(s.data(), std::streamsize(s.size()));
                return;
            }
        }
        std::memcpy(buffer_.get() + size_, s.data(), s.size());
        size_ += s.size();
    }
    // Room for n bytes at the buffer's end: the caller writes there, up to n
    // bytes, and then says where it stopped with commit(). (More than the
    // buffer holds makes it grow.)
    char* room(std::size_t n) {
        if (n > capacity_ - size_) {
            flush();
            if (n > capacity_) {
                buffer_.reset(new char[n]);
                capacity_ = n;
            }
        }
        return buffer_.get() + size_;
    }
    void commit(const char* end) { size_ = std::size_t(end - buffer_.get()); }

    void flush() {
        if (size_ > 0) out_.write(buffer_.get(), std::streamsize(size_));
        size_ = 0;
    }

    static constexpr std::size_t kSize = 1 << 16;  // the buffer's size

private:
    std::ostream& out_;
    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0;
    std::size_t capacity_ = kSize;
};

}  // namespace chronik::io
