// English words and what they contribute to a temporal expression.
//
// Every sense here is used by a rule in rules.cpp; every rule has examples
// in corpus.txt. English months and weekdays are proper nouns: the rules ask
// for an upper-case initial where a word has another meaning ("may", "march",
// "sun", "sat", "wed").
#include "english.hpp"
#include "../senses.hpp"

#include <string>
#include <vector>

namespace chronik::lang::en {

namespace {

using namespace senses;
constexpr Sense past = S(Role::tense, int(Tense::past));
constexpr Sense future = S(Role::tense, int(Tense::future));
constexpr Sense present = S(Role::tense, int(Tense::present));
constexpr Sense weak(Sense cue) { return Sense{cue.role, cue.value, 1}; }
// Abbreviations hold only with their full stop ("Jan." January, "Jan" a name);
// weekday abbreviations carry flag 1, so that only dates take them ("Sun., March 2").
constexpr Sense month_abbr(int m) { return S(Role::month, m, Sense::needs_dot); }
constexpr Sense weekday_abbr(int d) { return S(Role::weekday, d, Sense::needs_dot | 1); }
constexpr Sense part(PartOfDay p, std::uint8_t flag = 0) { return S(Role::part_of_day, int(p), flag); }
constexpr Sense vague(VagueRef v) { return S(Role::vague, int(v)); }
constexpr Sense mod(Mod m, std::uint8_t flag = 0) { return S(Role::mod, int(m), flag); }
constexpr Sense holiday(Holiday h) { return S(Role::holiday, int(h)); }

const LexiconEntry kWords[] = {
    // ---- months
    {"january", S(Role::month, 1)},   {"jan", month_abbr(1)},   {"february", S(Role::month, 2)},
    {"feb", month_abbr(2)},           {"march", S(Role::month, 3)}, {"mar", month_abbr(3)},
    {"april", S(Role::month, 4)},     {"apr", month_abbr(4)},   {"may", S(Role::month, 5)},
    {"june", S(Role::month, 6)},      {"jun", month_abbr(6)},   {"july", S(Role::month, 7)},
    {"jul", month_abbr(7)},           {"august", S(Role::month, 8)}, {"aug", month_abbr(8)},
    {"september", S(Role::month, 9)}, {"sept", month_abbr(9)}, {"sep", month_abbr(9)},
    {"october", S(Role::month, 10)},  {"oct", month_abbr(10)},  {"november", S(Role::month, 11)},
    {"nov", month_abbr(11)},          {"december", S(Role::month, 12)}, {"dec", month_abbr(12)},

    // ---- weekdays, and their plurals of recurrence ("on Mondays")
    {"monday", S(Role::weekday, 1)},    {"tuesday", S(Role::weekday, 2)},  {"wednesday", S(Role::weekday, 3)},
    {"thursday", S(Role::weekday, 4)},  {"friday", S(Role::weekday, 5)},   {"saturday", S(Role::weekday, 6)},
    {"sunday", S(Role::weekday, 7)},
    {"mon", weekday_abbr(1)},  {"tue", weekday_abbr(2)},  {"tues", weekday_abbr(2)}, {"wed", weekday_abbr(3)},
    {"thu", weekday_abbr(4)},  {"thur", weekday_abbr(4)}, {"thurs", weekday_abbr(4)}, {"fri", weekday_abbr(5)},
    {"sat", weekday_abbr(6)},  {"sun", weekday_abbr(7)},
    {"mondays", S(Role::weekly, 1)},    {"tuesdays", S(Role::weekly, 2)},  {"wednesdays", S(Role::weekly, 3)},
    {"thursdays", S(Role::weekly, 4)},  {"fridays", S(Role::weekly, 5)},   {"saturdays", S(Role::weekly, 6)},
    {"sundays", S(Role::weekly, 7)},

    // ---- parts of the day (flag 1: a word that names the part by itself, "overnight")
    {"morning", part(PartOfDay::morning)},     {"mornings", part(PartOfDay::morning, 2)},
    {"noon", part(PartOfDay::midday)},          {"midday", part(PartOfDay::midday)},
    {"afternoon", part(PartOfDay::afternoon)}, {"afternoons", part(PartOfDay::afternoon, 2)},
    {"evening", part(PartOfDay::evening)},     {"evenings", part(PartOfDay::evening, 2)},
    {"night", part(PartOfDay::night)},         {"nights", part(PartOfDay::night, 2)},
    {"overnight", part(PartOfDay::night, 1)},
    {"tonight", bundled(S(Role::day_shift, 0))}, {"tonight", bundled(part(PartOfDay::night))},

    // ---- seasons
    {"spring", S(Role::season, int(Season::spring))}, {"summer", S(Role::season, int(Season::summer))},
    {"fall", S(Role::season, int(Season::fall))},     {"autumn", S(Role::season, int(Season::fall))},
    {"winter", S(Role::season, int(Season::winter))},

    // ---- holidays (one-word names; the others are rules)
    {"christmas", holiday(Holiday::christmas)}, {"easter", holiday(Holiday::easter)},
    {"thanksgiving", holiday(Holiday::thanksgiving)}, {"halloween", holiday(Holiday::halloween)},
    {"pentecost", holiday(Holiday::pentecost)},

    // ---- units (flag 1: plural)
    {"second", unit(Unit::second)},   {"seconds", unit(Unit::second, true)},
    {"minute", unit(Unit::minute)},   {"minutes", unit(Unit::minute, true)},
    {"hour", unit(Unit::hour)},       {"hours", unit(Unit::hour, true)},
    {"day", unit(Unit::day)},         {"days", unit(Unit::day, true)},
    {"week", unit(Unit::week)},       {"weeks", unit(Unit::week, true)},
    {"weekend", unit(Unit::weekend)}, {"weekends", unit(Unit::weekend, true)},
    {"month", unit(Unit::month)},     {"months", unit(Unit::month, true)},
    {"quarter", unit(Unit::quarter)}, {"quarters", unit(Unit::quarter, true)},
    {"year", unit(Unit::year)},       {"years", unit(Unit::year, true)},
    {"decade", unit(Unit::decade)},   {"decades", unit(Unit::decade, true)},
    {"century", unit(Unit::century)}, {"centuries", unit(Unit::century, true)},
    {"millennium", unit(Unit::millennium)}, {"millennia", unit(Unit::millennium, true)},
    {"half", S(Role::unit, int(Unit::half), 2)},  // flag 2: "the first half" (of a year)

    // ---- numbers (amount in tenths)
    // A numeral of several words adds up by the flags ("twenty-five", "nineteen ninety-six").
    {"a", amount(10)},
    {"an", amount(10)},
    {"one", numeral(10, Sense::units)},
    {"two", numeral(20, Sense::units)},
    {"three", numeral(30, Sense::units)},
    {"four", numeral(40, Sense::units)},
    {"five", numeral(50, Sense::units)},
    {"six", numeral(60, Sense::units)},
    {"seven", numeral(70, Sense::units)},
    {"eight", numeral(80, Sense::units)},
    {"nine", numeral(90, Sense::units)},
    {"ten", numeral(100, Sense::teens)},
    {"eleven", numeral(110, Sense::teens)},
    {"twelve", numeral(120, Sense::teens)},
    {"thirteen", numeral(130, Sense::teens)},
    {"fourteen", numeral(140, Sense::teens)},
    {"fifteen", numeral(150, Sense::teens)},
    {"sixteen", numeral(160, Sense::teens)},
    {"seventeen", numeral(170, Sense::teens)},
    {"eighteen", numeral(180, Sense::teens)},
    {"nineteen", numeral(190, Sense::teens)},
    {"twenty", numeral(200, Sense::tens)},
    {"thirty", numeral(300, Sense::tens)},
    {"forty", numeral(400, Sense::tens)},
    {"fifty", numeral(500, Sense::tens)},
    {"sixty", numeral(600, Sense::tens)},
    {"seventy", numeral(700, Sense::tens)},
    {"eighty", numeral(800, Sense::tens)},
    {"ninety", numeral(900, Sense::tens)},
    {"hundred", numeral(1000, Sense::multiplier)},
    {"thousand", numeral(10000, Sense::multiplier)},
    {"dozen", amount(120)},
    {"several", unspecified}, {"few", unspecified},      {"many", unspecified},    {"some", unspecified},
    {"couple", unspecified},  {"recent", unspecified},

    // ---- ordinals ("last" is also an offset, below)
    {"first", S(Role::ordinal, 1)},    {"second", S(Role::ordinal, 2)},   {"third", S(Role::ordinal, 3)},
    {"fourth", S(Role::ordinal, 4)},   {"fifth", S(Role::ordinal, 5)},    {"sixth", S(Role::ordinal, 6)},
    {"seventh", S(Role::ordinal, 7)},  {"eighth", S(Role::ordinal, 8)},   {"ninth", S(Role::ordinal, 9)},
    {"tenth", S(Role::ordinal, 10)},   {"eleventh", S(Role::ordinal, 11)}, {"twelfth", S(Role::ordinal, 12)},
    {"thirteenth", S(Role::ordinal, 13)}, {"fifteenth", S(Role::ordinal, 15)},
    {"twentieth", S(Role::ordinal, 20)}, {"twenty-first", S(Role::ordinal, 21)},
    {"last", S(Role::ordinal, -1)},    {"final", S(Role::ordinal, -1)},

    // ---- decades in words ("the nineties")
    {"twenties", S(Role::decade, 2)}, {"thirties", S(Role::decade, 3)}, {"forties", S(Role::decade, 4)},
    {"fifties", S(Role::decade, 5)},  {"sixties", S(Role::decade, 6)},  {"seventies", S(Role::decade, 7)},
    {"eighties", S(Role::decade, 8)}, {"nineties", S(Role::decade, 9)},

    // ---- shifts from the publication date
    {"last", S(Role::offset, -1)},     {"past", S(Role::offset, -1)},     {"previous", S(Role::offset, -1)},
    {"next", S(Role::offset, 1)},      {"coming", S(Role::offset, 1)},    {"this", S(Role::offset, 0)},
    {"current", S(Role::offset, 0)},   {"present", S(Role::offset, 0)},
    {"today", S(Role::day_shift, 0)},  {"yesterday", S(Role::day_shift, -1)}, {"tomorrow", S(Role::day_shift, 1)},

    // ---- shifts from the last mentioned date
    {"earlier", S(Role::anaphor, -1)}, {"prior", S(Role::anaphor, -1)},
    {"later", S(Role::anaphor, 1)},    {"same", S(Role::anaphor, 0)},
    {"following", S(Role::anaphor, 1)}, {"preceding", S(Role::anaphor, -1)},

    // ---- modifiers (flag 1: a noun, a boundary only in "the start of ...";
    // bare it is mostly a verb: "will start next month", "talks end today")
    {"early", mod(Mod::start)},        {"beginning", mod(Mod::start, 1)}, {"start", mod(Mod::start, 1)},
    {"mid", mod(Mod::mid)},            {"middle", mod(Mod::mid, 1)},      {"late", mod(Mod::end)},
    {"end", mod(Mod::end, 1)},         {"about", mod(Mod::approx)},       {"around", mod(Mod::approx)},
    {"roughly", mod(Mod::approx)},     {"approximately", mod(Mod::approx)}, {"nearly", mod(Mod::less_than)},
    {"almost", mod(Mod::less_than)},   {"barely", mod(Mod::less_than)},   {"over", mod(Mod::more_than)},
    {"least", mod(Mod::equal_or_more)}, {"more", mod(Mod::more_than)}, {"less", mod(Mod::less_than)},
    {"fewer", mod(Mod::less_than)}, {"only", mod(Mod::equal_or_less)},

    // ---- vague references
    {"now", vague(VagueRef::present)},      {"currently", vague(VagueRef::present)},
    {"nowadays", vague(VagueRef::present)}, {"recently", vague(VagueRef::past)},
    {"lately", vague(VagueRef::past)},

    // ---- recurrence
    {"every", S(Role::every)},  {"each", S(Role::every)},
    {"once", S(Role::times, 1)}, {"twice", S(Role::times, 2)},
    {"daily", S(Role::set_unit, int(Unit::day))},      {"weekly", S(Role::set_unit, int(Unit::week))},
    {"monthly", S(Role::set_unit, int(Unit::month))},  {"annually", S(Role::set_unit, int(Unit::year))},
    {"yearly", S(Role::set_unit, int(Unit::year))},    {"hourly", S(Role::set_unit, int(Unit::hour))},
    {"nightly", S(Role::set_unit, int(Unit::day))},

    // ---- tense cues: auxiliaries and past forms of frequent news verbs. Forms
    // that are also participles ("held", "made": "will be held") are weak
    // cues, which count only where no other cue is near.
    {"was", past},  {"were", past},  {"had", past},   {"did", past},   {"said", past},  {"told", past},
    {"came", past}, {"went", past},  {"took", past},  {"gave", past},  {"began", past}, {"rose", past},
    {"fell", past}, {"saw", past},   {"wrote", past}, {"spoke", past}, {"knew", past},  {"ago", past},
    {"became", past}, {"ran", past}, {"drew", past}, {"flew", past}, {"grew", past}, {"threw", past},
    {"broke", past}, {"chose", past}, {"drove", past}, {"arose", past}, {"shook", past}, {"stole", past},
    {"swore", past}, {"rode", past}, {"fled", past},
    {"has", weak(past)}, {"have", weak(past)}, {"been", weak(past)}, {"met", weak(past)}, {"held", weak(past)},
    {"made", weak(past)}, {"left", weak(past)}, {"lost", weak(past)}, {"won", weak(past)}, {"got", weak(past)},
    {"paid", weak(past)}, {"sold", weak(past)}, {"put", weak(past)}, {"cut", weak(past)},
    {"bought", weak(past)}, {"brought", weak(past)}, {"found", weak(past)}, {"thought", weak(past)},
    {"sent", weak(past)}, {"built", weak(past)}, {"led", weak(past)}, {"fought", weak(past)},
    {"spent", weak(past)}, {"caught", weak(past)}, {"felt", weak(past)}, {"kept", weak(past)},
    {"heard", weak(past)}, {"stood", weak(past)}, {"struck", weak(past)}, {"taught", weak(past)},
    // "would" reports a plan ("said he would fly to Paris on Monday"); a past
    // auxiliary right before a cue of the future goes with it ("were planning").
    {"will", future}, {"shall", future}, {"tomorrow", future}, {"would", future},
    {"scheduled", weak(future)}, {"expected", weak(future)}, {"plans", weak(future)}, {"upcoming", weak(future)},
    {"planning", weak(future)}, {"planned", weak(future)}, {"plan", weak(future)},
    {"is", weak(present)}, {"are", weak(present)},
};

}  // namespace

std::span<const LexiconEntry> lexicon() { return kWords; }

}  // namespace chronik::lang::en
