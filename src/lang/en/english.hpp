// English language data (internal to chronik; the public entry point is chronik::english()).
#pragma once

#include <chronik/grammar.hpp>

#include <span>

namespace chronik::lang::en {

std::span<const LexiconEntry> lexicon();
std::span<const RuleSpec> rules();

}  // namespace chronik::lang::en
