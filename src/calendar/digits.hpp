// Numbers written with leading zeros, for the writers of dates and times in
// the library. Internal.
#pragma once

#include <string>

namespace chronik::detail {

// v in decimal with leading zeros to `width` digits (a minus sign before them).
std::string zero_padded(long v, int width);

}  // namespace chronik::detail
