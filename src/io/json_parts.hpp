// What the library's JSON writers (the tagger's in src/io, the timeline's in
// src/export) write alike. Internal.
#pragma once

#include <chronik/calendar.hpp>

#include <nlohmann/json.hpp>

#include <optional>

namespace chronik::json_parts {

// "2024-08-01", or null for an open end.
inline nlohmann::ordered_json day_or_null(const std::optional<date::sys_days>& d) {
    return d ? nlohmann::ordered_json(iso_date(*d)) : nlohmann::ordered_json(nullptr);
}

}  // namespace chronik::json_parts
