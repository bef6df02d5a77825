// Temporal forms: what the grammar of a language says an expression means,
// before it is anchored in time. Language-neutral: "month 8 of year 2024",
// "weekday 6, direction from tense", "year, offset -1", "3 days", "vague past".
#pragma once

#include <chronik/timex.hpp>

#include <cstdint>
#include <optional>

namespace chronik {

// What a relative expression counts from.
enum class Anchor : std::uint8_t {
    document,   // the publication date ("gestern", "im vergangenen Jahr")
    previous,   // the last date the text mentioned ("am Tag darauf", "am 5.")
    narrative,  // the last date in a past-tense narrative, else the publication
                // date ("Ende des Jahres": 1991 after "Erst 1991 erhielt ...")
    sentence,   // a date named before it in its sentence, at least as fine as its
                // unit, else the publication date ("im Oktober ..., nach 2,4
                // Prozent im Vormonat": September)
    utterance,  // the writer's present, in every genre: the publication date
                // ("heute", "gestern", "heuer"), where a narrative counts
                // everything else from the narrated time
    period,     // the reporting period: the last quarter or half the text named,
                // moved at its grain ("a year ago" after "the third quarter":
                // the third quarter a year before); else the publication date
};

// Which way a partial date (a weekday, a month without year) lies from its anchor.
enum class Direction : std::uint8_t { from_tense, past, future, nearest };

// How a duration or date relates to its reference ("vor", "seit", "bis", "in").
// `until` with a part of day is the part leading up to a day: "in der Nacht
// zum Sonntag" is the night of Saturday.
enum class Relation : std::uint8_t { none, ago, since, until, within, from, after, before };

// Movable and fixed feasts, by identity; their dates are computed by resolve.
enum class Holiday : std::uint8_t {
    none,
    new_year,       // 1 Jan
    epiphany,       // 6 Jan
    valentine,      // 14 Feb
    labour_day,     // 1 May
    assumption,     // 15 Aug
    german_unity,   // 3 Oct
    all_saints,     // 1 Nov
    st_nicholas,    // 6 Dec
    christmas_eve,  // 24 Dec
    christmas,      // 25 Dec
    boxing_day,     // 26 Dec
    new_years_eve,  // 31 Dec
    // Relative to Easter Sunday:
    carnival_monday,  // -48
    shrove_tuesday,   // -47
    ash_wednesday,    // -46
    palm_sunday,      // -7
    maundy_thursday,  // -3
    good_friday,      // -2
    easter,           // 0
    easter_monday,    // +1
    ascension,        // +39
    pentecost,        // +49
    whit_monday,      // +50
    corpus_christi,   // +60
    // Advent: the four Sundays before Christmas
    first_advent,
    // Periods
    christmas_season,  // 24-26 Dec
    easter_season,     // Good Friday to Easter Monday
    // Fixed and weekday-counted feasts of the United States
    independence_day,  // 4 Jul
    halloween,         // 31 Oct
    veterans_day,      // 11 Nov
    memorial_day,      // last Monday of May
    labor_day,         // first Monday of September
    thanksgiving,      // fourth Thursday of November
    election_day,      // the Tuesday after the first Monday of November
};

struct TemporalForm {
    TimexType type = TimexType::date;

    // Calendar fields, as written. 0 / nullopt: not given.
    std::optional<int> year;
    bool two_digit_year = false;    // "13.07.25"
    bool bc = false;                // "44 v. Chr.": year, decade and century count back from 1 AD
    std::optional<int> decade;      // 199 for "1990er", 9 for "90er" (century unknown)
    std::uint8_t month = 0;
    std::uint8_t day = 0;
    std::uint8_t weekday = 0;  // ISO 1..7
    std::uint8_t season = 0;   // Season
    std::uint8_t part = 0;     // PartOfDay
    std::optional<std::uint8_t> hour;
    std::optional<std::uint8_t> minute;
    Holiday holiday = Holiday::none;

    // Units, counts, ordinals and shifts.
    std::optional<Unit> unit;
    bool plural = false;            // "Jahren" rather than "Jahr"
    std::optional<double> amount;   // "drei", "30", "eineinhalb"
    // A duration of two units: the part in the larger one ("zwei Jahre" of
    // "zwei Jahre und sechs Monate"); amount and unit then hold the smaller.
    std::optional<double> larger_amount;
    std::optional<Unit> larger_unit;
    std::optional<int> ordinal;     // "ersten" 1, "dritten" 3, "letzten" -1
    std::optional<int> offset;      // "vergangenen" -1, "nächsten" +1, "diesem" 0, "gestern" -1
    Anchor anchor = Anchor::document;
    Direction direction = Direction::from_tense;
    Relation relation = Relation::none;

    // Vague reference, recurrence, modifier.
    std::optional<VagueRef> vague;
    bool every = false;               // "jeden"
    std::optional<unsigned> times;    // "zweimal"
    Mod mod = Mod::none;
    // A day in a list that takes its month from the date closing the list
    // ("3." in "am 3., 4. und 5. Juli"); without one it is no date.
    bool list_member = false;
    // Only a time expression under the news conventions (KRAUTS): "ehemalige",
    // "Ex-" are PAST_REF there, and no TIMEX at all in narratives (WikiWars).
    bool news_only = false;
    // A recurrence only where the clause is not told in the past: "nachts"
    // is every night in "Nachts ist es kalt", one night in "Er kam nachts".
    bool habitual = false;
    // The count has a fraction written as one ("5 1/2", "a minute and a half"), not as a decimal ("2.5").
    bool fraction = false;

    friend bool operator==(const TemporalForm&, const TemporalForm&) = default;
};

}  // namespace chronik
