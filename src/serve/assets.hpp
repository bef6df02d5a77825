// The editor page's files and the example article, compiled into the binary
// (generated from src/serve/web/ and examples/ by embed.cmake) so that the
// page works offline and needs no install prefix.
#pragma once

#include <span>
#include <string_view>

namespace chronik::serve {

struct Asset {
    std::string_view path;   // as requested: "/", "/app.js", "/example.txt"
    std::string_view bytes;
};

std::span<const Asset> assets();

}  // namespace chronik::serve
