#include "names.hpp"

#include <chronik/form.hpp>
#include <chronik/grammar.hpp>

#include <utility>

namespace chronik::names {

namespace {

template <typename E, std::size_t N>
std::optional<int> lookup(const std::pair<std::string_view, E> (&table)[N], std::string_view s) {
    for (const auto& [name, value] : table)
        if (name == s) return static_cast<int>(value);
    return std::nullopt;
}

// Names as to_string writes them.
template <class E>
std::optional<int> named(std::string_view s, E first, E last) {
    if (const auto e = enum_named(s, first, last)) return static_cast<int>(*e);
    return std::nullopt;
}

}  // namespace

std::optional<int> role(std::string_view s) {
    static constexpr std::pair<std::string_view, Role> table[] = {
        {"month", Role::month},         {"weekday", Role::weekday},     {"part", Role::part_of_day},
        {"season", Role::season},       {"holiday", Role::holiday},     {"unit", Role::unit},
        {"amount", Role::amount},       {"ordinal", Role::ordinal},     {"offset", Role::offset},
        {"day_shift", Role::day_shift}, {"year_shift", Role::year_shift}, {"anaphor", Role::anaphor},
        {"mod", Role::mod},             {"vague", Role::vague},         {"every", Role::every},
        {"times", Role::times},         {"relation", Role::relation},   {"set_unit", Role::set_unit},
        {"tense", Role::tense},         {"weekly", Role::weekly},       {"decade", Role::decade},
        {"word", Role::word},           {"anchor", Role::anchor}};
    return lookup(table, s);
}

std::optional<int> unit(std::string_view s) { return named(s, Unit::second, Unit::millennium); }

// Mod::none (written "") is not a name a rule can give.
std::optional<int> mod(std::string_view s) { return named(s, Mod::start, Mod::equal_or_more); }

std::optional<int> part(std::string_view s) {
    static constexpr std::pair<std::string_view, PartOfDay> table[] = {
        {"morning", PartOfDay::morning},     {"midday", PartOfDay::midday}, {"afternoon", PartOfDay::afternoon},
        {"evening", PartOfDay::evening},     {"night", PartOfDay::night},   {"daytime", PartOfDay::daytime},
        {"MO", PartOfDay::morning}, {"MI", PartOfDay::midday}, {"AF", PartOfDay::afternoon},
        {"EV", PartOfDay::evening}, {"NI", PartOfDay::night},  {"DT", PartOfDay::daytime}};
    return lookup(table, s);
}

std::optional<int> vague(std::string_view s) {
    static constexpr std::pair<std::string_view, VagueRef> table[] = {
        {"past", VagueRef::past}, {"present", VagueRef::present}, {"future", VagueRef::future}};
    return lookup(table, s);
}

std::optional<int> season(std::string_view s) {
    static constexpr std::pair<std::string_view, Season> table[] = {
        {"spring", Season::spring}, {"summer", Season::summer}, {"fall", Season::fall}, {"winter", Season::winter}};
    return lookup(table, s);
}

std::optional<int> relation(std::string_view s) {
    static constexpr std::pair<std::string_view, Relation> table[] = {
        {"none", Relation::none},     {"ago", Relation::ago},     {"since", Relation::since},
        {"until", Relation::until},   {"within", Relation::within}, {"from", Relation::from},
        {"after", Relation::after},   {"before", Relation::before}};
    return lookup(table, s);
}

std::optional<int> tense(std::string_view s) {
    static constexpr std::pair<std::string_view, Tense> table[] = {
        {"past", Tense::past}, {"present", Tense::present}, {"future", Tense::future}};
    return lookup(table, s);
}

std::optional<int> anchor(std::string_view s) {
    static constexpr std::pair<std::string_view, Anchor> table[] = {
        {"document", Anchor::document}, {"previous", Anchor::previous}, {"narrative", Anchor::narrative},
        {"sentence", Anchor::sentence}, {"utterance", Anchor::utterance}, {"period", Anchor::period}};
    return lookup(table, s);
}

std::optional<int> direction(std::string_view s) {
    static constexpr std::pair<std::string_view, Direction> table[] = {
        {"tense", Direction::from_tense}, {"past", Direction::past},
        {"future", Direction::future},    {"nearest", Direction::nearest}};
    return lookup(table, s);
}

std::optional<int> type(std::string_view s) { return named(s, TimexType::date, TimexType::set); }

std::optional<int> holiday(std::string_view s) {
    static constexpr std::pair<std::string_view, Holiday> table[] = {
        {"new_year", Holiday::new_year},           {"epiphany", Holiday::epiphany},
        {"valentine", Holiday::valentine},         {"labour_day", Holiday::labour_day},
        {"assumption", Holiday::assumption},       {"german_unity", Holiday::german_unity},
        {"all_saints", Holiday::all_saints},       {"st_nicholas", Holiday::st_nicholas},
        {"christmas_eve", Holiday::christmas_eve}, {"christmas", Holiday::christmas},
        {"boxing_day", Holiday::boxing_day},       {"new_years_eve", Holiday::new_years_eve},
        {"carnival_monday", Holiday::carnival_monday}, {"shrove_tuesday", Holiday::shrove_tuesday},
        {"ash_wednesday", Holiday::ash_wednesday}, {"palm_sunday", Holiday::palm_sunday},
        {"maundy_thursday", Holiday::maundy_thursday}, {"good_friday", Holiday::good_friday},
        {"easter", Holiday::easter},               {"easter_monday", Holiday::easter_monday},
        {"ascension", Holiday::ascension},         {"pentecost", Holiday::pentecost},
        {"whit_monday", Holiday::whit_monday},     {"corpus_christi", Holiday::corpus_christi},
        {"first_advent", Holiday::first_advent},   {"christmas_season", Holiday::christmas_season},
        {"easter_season", Holiday::easter_season},
        {"independence_day", Holiday::independence_day}, {"halloween", Holiday::halloween},
        {"veterans_day", Holiday::veterans_day},   {"memorial_day", Holiday::memorial_day},
        {"labor_day", Holiday::labor_day},         {"thanksgiving", Holiday::thanksgiving},
        {"election_day", Holiday::election_day}};
    return lookup(table, s);
}

}  // namespace chronik::names
