// German language data (internal to chronik; the public entry point is chronik::german()).
#pragma once

#include <chronik/grammar.hpp>

#include <span>

namespace chronik::lang::de {

std::span<const LexiconEntry> lexicon();
std::span<const RuleSpec> rules();
NarrativeRules narrative();  // events.cpp

}  // namespace chronik::lang::de
