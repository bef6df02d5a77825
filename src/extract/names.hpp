// Names used in rule patterns and assignments, mapped to enum values.
#pragma once

#include <optional>
#include <string_view>

namespace chronik::names {

std::optional<int> role(std::string_view s);
std::optional<int> unit(std::string_view s);
std::optional<int> mod(std::string_view s);
std::optional<int> part(std::string_view s);
std::optional<int> vague(std::string_view s);
std::optional<int> season(std::string_view s);
std::optional<int> relation(std::string_view s);
std::optional<int> tense(std::string_view s);
std::optional<int> anchor(std::string_view s);
std::optional<int> direction(std::string_view s);
std::optional<int> type(std::string_view s);
std::optional<int> holiday(std::string_view s);

}  // namespace chronik::names
