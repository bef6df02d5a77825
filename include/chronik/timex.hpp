// TIMEX3 values (TimeML): what a temporal expression means, as a value type.
#pragma once

#include <chronik/calendar.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace chronik {

// The enumerator of E from `first` to `last` whose to_string is `name`:
// reading back the names chronik writes.
template <class E>
std::optional<E> enum_named(std::string_view name, E first, E last) {
    for (auto v = unsigned(first); v <= unsigned(last); ++v)
        if (to_string(E(v)) == name) return E(v);
    return std::nullopt;
}

enum class TimexType : std::uint8_t { date, time, duration, set };
std::string_view to_string(TimexType t);  // DATE TIME DURATION SET

// TimeML's mod attribute.
enum class Mod : std::uint8_t {
    none,
    start,
    mid,
    end,
    approx,
    before,
    after,
    on_or_before,
    on_or_after,
    less_than,
    more_than,
    equal_or_less,
    equal_or_more,
};
std::string_view to_string(Mod m);  // "" for none, START, MID, ...

enum class VagueRef : std::uint8_t { past, present, future };
std::string_view timex_code(VagueRef v);  // PAST_REF PRESENT_REF FUTURE_REF

// Units of durations and of relative shifts.
enum class Unit : std::uint8_t {
    second,
    minute,
    hour,
    part_of_day,  // an evening, a night (duration code from the part: PT2EV)
    day,
    weekend,
    week,
    month,
    quarter,
    half,
    season,
    year,
    decade,
    century,
    millennium,
};
std::string_view to_string(Unit u);

// A length of time: P3D, PT30M, PXY ("mehrere Jahre": amount unknown), P2DE;
// of two units, P2Y6M ("zwei Jahre und sechs Monate"), PT3H20M, P2DT3H.
struct Duration {
    std::optional<double> amount;  // nullopt: unspecified ("X")
    Unit unit = Unit::day;
    PartOfDay part = PartOfDay::evening;  // only for Unit::part_of_day
    // The part in a larger unit before this one ("zwei Jahre" of "zwei Jahre und sechs Monate").
    struct Part {
        double amount = 0;
        Unit unit = Unit::year;
        friend bool operator==(const Part&, const Part&) = default;
    };
    std::optional<Part> larger;

    std::string timex3() const;
    friend bool operator==(const Duration&, const Duration&) = default;
};

// A date or time with unknown parts, written with X: XXXX-XX-XX, XXXX-11-XX,
// XXXX-WXX-1 (Mondays), XXXX-XX-XXTXX:XX, T10:00.
struct PartialDate {
    std::optional<int> year;
    unsigned month = 0;    // 0: unknown
    unsigned day = 0;      // 0: unknown
    unsigned weekday = 0;  // ISO 1..7, 0: none (a weekday value is written week-based)
    bool has_time = false;
    std::optional<unsigned> hour, minute;
    std::optional<PartOfDay> part;
    std::optional<Season> season;  // XXXX-WI: the winters (a recurrence's pattern)
    bool date_omitted = false;  // write only the time part (T10:00)

    std::string timex3() const;
    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// A recurrence (TIMEX3 type SET): "jährlich" (P1Y), "jeden Montag" (XXXX-WXX-1).
struct Recurrence {
    std::variant<Duration, PartialDate> pattern;
    std::optional<unsigned> times;  // freq: "zweimal pro Woche" → 2X
    bool every = false;             // quant EVERY

    std::string timex3() const;
    std::string freq() const;   // "2X" or ""
    std::string quant() const;  // "EVERY" or ""
    friend bool operator==(const Recurrence&, const Recurrence&) = default;
};

using TimexValue = std::variant<Period, PartialDate, VagueRef, Duration, Recurrence>;

std::string timex3(const TimexValue& v);

}  // namespace chronik
