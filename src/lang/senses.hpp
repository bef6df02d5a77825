// Shorthands for writing a language's lexicon table (src/lang/<code>/lexicon.cpp):
// the senses a word can carry, spelled the same way in every language.
#pragma once

#include <chronik/grammar.hpp>

#include <cstdint>

namespace chronik::lang::senses {

constexpr Sense S(Role r, int v = 0, std::uint8_t flag = 0) { return Sense{r, static_cast<std::int16_t>(v), flag}; }
constexpr Sense unit(Unit u, bool plural = false) { return S(Role::unit, int(u), plural ? 1 : 0); }
// A sense that comes along whenever a pattern takes any sense of its word.
constexpr Sense bundled(Sense s) { return Sense{s.role, s.value, static_cast<std::uint8_t>(s.flag | Sense::bundle)}; }
constexpr Sense amount(int tenths) { return S(Role::amount, tenths); }
constexpr Sense unspecified = S(Role::amount, -1);
// A number word that joins others into one numeral (Sense::units, tens, teens, multiplier).
constexpr Sense numeral(int tenths, std::uint8_t joins) { return S(Role::amount, tenths, joins); }

}  // namespace chronik::lang::senses
