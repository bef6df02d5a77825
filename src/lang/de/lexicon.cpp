// German words and what they contribute to a temporal expression.
//
// Stems with `endings` stand for all their inflected forms. Every sense here
// is used by a rule in rules.cpp; every rule has examples in corpus.txt.
#include "german.hpp"
#include "../senses.hpp"

#include <string>
#include <vector>

namespace chronik::lang::de {

namespace {

constexpr std::string_view kAdj = "e|en|er|es|em";    // adjective endings
constexpr std::string_view kAdj0 = "|e|en|er|es|em";  // ... and the bare stem

using namespace senses;
constexpr Sense in_sentence = S(Role::anchor, int(Anchor::sentence));
constexpr Sense now = S(Role::anchor, int(Anchor::utterance));

const LexiconEntry kWords[] = {
    // ---- months (with Austrian and South Tyrolean forms)
    {"januar", S(Role::month, 1), "|s"},     {"jänner", S(Role::month, 1), "|s"},
    {"jan", S(Role::month, 1, Sense::needs_dot)},              {"februar", S(Role::month, 2), "|s"},
    {"feber", S(Role::month, 2), "|s"},      {"feb", S(Role::month, 2, Sense::needs_dot)},
    {"febr", S(Role::month, 2, Sense::needs_dot)},             {"märz", S(Role::month, 3), "|es"},
    {"maerz", S(Role::month, 3)},            {"mär", S(Role::month, 3, Sense::needs_dot)},
    {"april", S(Role::month, 4), "|s"},      {"apr", S(Role::month, 4, Sense::needs_dot)},
    {"mai", S(Role::month, 5), "|s"},        {"juni", S(Role::month, 6), "|s"},
    {"jun", S(Role::month, 6, Sense::needs_dot)},              {"juli", S(Role::month, 7), "|s"},
    {"jul", S(Role::month, 7, Sense::needs_dot)},              {"august", S(Role::month, 8), "|s"},
    {"aug", S(Role::month, 8, Sense::needs_dot)},              {"september", S(Role::month, 9), "|s"},
    {"sept", S(Role::month, 9, Sense::needs_dot)},             {"sep", S(Role::month, 9, Sense::needs_dot)},
    {"oktober", S(Role::month, 10), "|s"},   {"okt", S(Role::month, 10, Sense::needs_dot)},
    {"november", S(Role::month, 11), "|s"},  {"nov", S(Role::month, 11, Sense::needs_dot)},
    {"dezember", S(Role::month, 12), "|s"},  {"dez", S(Role::month, 12, Sense::needs_dot)},

    // ---- weekdays, and their adverbs of recurrence
    {"montag", S(Role::weekday, 1)},     {"dienstag", S(Role::weekday, 2)},
    {"mittwoch", S(Role::weekday, 3)},   {"donnerstag", S(Role::weekday, 4)},
    {"freitag", S(Role::weekday, 5)},    {"samstag", S(Role::weekday, 6)},
    {"sonnabend", S(Role::weekday, 6)},  {"sonntag", S(Role::weekday, 7)},
    {"montags", S(Role::weekly, 1)},     {"dienstags", S(Role::weekly, 2)},
    {"mittwochs", S(Role::weekly, 3)},   {"donnerstags", S(Role::weekly, 4)},
    {"freitags", S(Role::weekly, 5)},    {"samstags", S(Role::weekly, 6)},
    {"sonnabends", S(Role::weekly, 6)},  {"sonntags", S(Role::weekly, 7)},

    // ---- parts of the day ("morgen" is also tomorrow, below)
    {"morgen", S(Role::part_of_day, int(PartOfDay::morning))},
    {"früh", S(Role::part_of_day, int(PartOfDay::morning))},
    {"vormittag", S(Role::part_of_day, int(PartOfDay::morning))},
    {"mittag", S(Role::part_of_day, int(PartOfDay::midday))},
    {"nachmittag", S(Role::part_of_day, int(PartOfDay::afternoon))},
    {"abend", S(Role::part_of_day, int(PartOfDay::evening))},
    {"nacht", S(Role::part_of_day, int(PartOfDay::night))},
    // Adverbs and genitives (flag 1): "abends", "des Abends".
    {"morgens", S(Role::part_of_day, int(PartOfDay::morning), 1)},
    {"vormittags", S(Role::part_of_day, int(PartOfDay::morning), 1)},
    {"mittags", S(Role::part_of_day, int(PartOfDay::midday), 1)},
    {"nachmittags", S(Role::part_of_day, int(PartOfDay::afternoon), 1)},
    {"abends", S(Role::part_of_day, int(PartOfDay::evening), 1)},
    {"nachts", S(Role::part_of_day, int(PartOfDay::night), 1)},
    {"morgenstunden", S(Role::part_of_day, int(PartOfDay::morning))},
    {"vormittagsstunden", S(Role::part_of_day, int(PartOfDay::morning))},
    {"nachmittagsstunden", S(Role::part_of_day, int(PartOfDay::afternoon))},
    {"abendstunden", S(Role::part_of_day, int(PartOfDay::evening))},
    {"nachtstunden", S(Role::part_of_day, int(PartOfDay::night))},

    // ---- seasons
    {"frühling", S(Role::season, int(Season::spring)), "|s"},
    {"frühjahr", S(Role::season, int(Season::spring)), "|s|es"},
    {"sommer", S(Role::season, int(Season::summer)), "|s"},
    {"herbst", S(Role::season, int(Season::fall)), "|es|s"},
    {"winter", S(Role::season, int(Season::winter)), "|s"},
    // The months of a season (flag 1): "in den Sommermonaten" is every summer (rule set.season_months).
    {"sommermonate", S(Role::season, int(Season::summer), 1), "|n"},
    {"frühsommer", bundled(S(Role::season, int(Season::summer))), "|s"},
    {"frühsommer", bundled(S(Role::mod, int(Mod::start))), "|s"},
    {"hochsommer", bundled(S(Role::season, int(Season::summer))), "|s"},
    {"hochsommer", bundled(S(Role::mod, int(Mod::mid))), "|s"},
    {"spätsommer", bundled(S(Role::season, int(Season::summer))), "|s"},
    {"spätsommer", bundled(S(Role::mod, int(Mod::end))), "|s"},
    {"frühherbst", bundled(S(Role::season, int(Season::fall))), "|es|s"},
    {"frühherbst", bundled(S(Role::mod, int(Mod::start))), "|es|s"},
    {"spätherbst", bundled(S(Role::season, int(Season::fall))), "|es|s"},
    {"spätherbst", bundled(S(Role::mod, int(Mod::end))), "|es|s"},
    {"spätwinter", bundled(S(Role::season, int(Season::winter))), "|s"},
    {"spätwinter", bundled(S(Role::mod, int(Mod::end))), "|s"},
    {"wintermonate", S(Role::season, int(Season::winter), 1), "|n"},

    // ---- feasts
    {"neujahr", S(Role::holiday, int(Holiday::new_year)), "|s"},
    {"neujahrstag", S(Role::holiday, int(Holiday::new_year)), "|s|es"},
    {"dreikönigstag", S(Role::holiday, int(Holiday::epiphany)), "|s|es"},
    {"valentinstag", S(Role::holiday, int(Holiday::valentine)), "|s|es"},
    {"rosenmontag", S(Role::holiday, int(Holiday::carnival_monday)), "|s"},
    {"faschingsdienstag", S(Role::holiday, int(Holiday::shrove_tuesday)), "|s"},
    {"fastnachtsdienstag", S(Role::holiday, int(Holiday::shrove_tuesday)), "|s"},
    {"aschermittwoch", S(Role::holiday, int(Holiday::ash_wednesday)), "|s"},
    {"palmsonntag", S(Role::holiday, int(Holiday::palm_sunday)), "|s"},
    {"gründonnerstag", S(Role::holiday, int(Holiday::maundy_thursday)), "|s"},
    {"karfreitag", S(Role::holiday, int(Holiday::good_friday)), "|s"},
    {"ostern", S(Role::holiday, int(Holiday::easter))},
    {"ostersonntag", S(Role::holiday, int(Holiday::easter)), "|s"},
    {"ostermontag", S(Role::holiday, int(Holiday::easter_monday)), "|s"},
    {"himmelfahrt", S(Role::holiday, int(Holiday::ascension))},
    {"himmelfahrtstag", S(Role::holiday, int(Holiday::ascension)), "|s|es"},
    {"pfingsten", S(Role::holiday, int(Holiday::pentecost))},
    {"pfingstsonntag", S(Role::holiday, int(Holiday::pentecost)), "|s"},
    {"pfingstmontag", S(Role::holiday, int(Holiday::whit_monday)), "|s"},
    {"fronleichnam", S(Role::holiday, int(Holiday::corpus_christi)), "|s"},
    {"allerheiligen", S(Role::holiday, int(Holiday::all_saints))},
    {"nikolaustag", S(Role::holiday, int(Holiday::st_nicholas)), "|s|es"},
    {"heiligabend", S(Role::holiday, int(Holiday::christmas_eve)), "|s"},
    {"weihnachten", S(Role::holiday, int(Holiday::christmas))},
    {"weihnachtstag", S(Role::holiday, int(Holiday::christmas)), "|s|es"},
    {"christtag", S(Role::holiday, int(Holiday::christmas)), "|s|es"},
    {"stefanitag", S(Role::holiday, int(Holiday::boxing_day)), "|s|es"},
    {"stephanstag", S(Role::holiday, int(Holiday::boxing_day)), "|s|es"},
    {"silvester", S(Role::holiday, int(Holiday::new_years_eve))},
    {"silvestertag", S(Role::holiday, int(Holiday::new_years_eve)), "|s|es"},

    // ---- units (flag 1: plural)
    {"sekunde", unit(Unit::second)},           {"sekunden", unit(Unit::second, true)},
    {"minute", unit(Unit::minute)},            {"minuten", unit(Unit::minute, true)},
    {"stunde", unit(Unit::hour)},              {"stunden", unit(Unit::hour, true)},
    {"tag", unit(Unit::day), "|es|s"},         {"tage", unit(Unit::day, true), "|n"},
    {"arbeitstag", unit(Unit::day), "|es|s"},  {"arbeitstage", unit(Unit::day, true), "|n"},
    {"werktag", unit(Unit::day), "|es|s"},     {"werktage", unit(Unit::day, true), "|n"},
    {"woche", unit(Unit::week)},               {"wochen", unit(Unit::week, true)},
    {"wochenende", unit(Unit::weekend), "|s"}, {"wochenenden", unit(Unit::weekend, true)},
    {"monat", unit(Unit::month), "|s|es"},     {"monate", unit(Unit::month, true), "|n"},
    {"quartal", unit(Unit::quarter), "|s|es"}, {"quartale", unit(Unit::quarter, true), "|n"},
    {"trimester", unit(Unit::quarter), "|s"},
    {"halbjahr", unit(Unit::half), "|s|es"},   {"halbjahre", unit(Unit::half, true), "|n"},
    {"jahreshälfte", unit(Unit::half)},        {"jahreshälften", unit(Unit::half, true)},
    {"hälfte", S(Role::unit, int(Unit::half), 2)},  // flag 2: not by itself a half-year
    {"jahr", unit(Unit::year), "|es|s"},       {"jahre", unit(Unit::year, true), "|n"},
    {"jahrzehnt", unit(Unit::decade), "|s|es"}, {"jahrzehnte", unit(Unit::decade, true), "|n"},
    {"jahrhundert", unit(Unit::century), "|s"}, {"jahrhunderte", unit(Unit::century, true), "|n"},
    {"jh", S(Role::unit, int(Unit::century), Sense::needs_dot)}, {"jhd", S(Role::unit, int(Unit::century), Sense::needs_dot)},
    {"jhdt", S(Role::unit, int(Unit::century), Sense::needs_dot)},
        {"jahrtausend", unit(Unit::millennium), "|s"}, {"jahrtausende", unit(Unit::millennium, true), "|n"},
    // Adjectives of length, joined to a number word ("einwöchigen"). Not "-jährig":
    // "der 47-jährige", "die Dreijährige" give ages, which are not timexes.
    // (flag 4: joins a number word.)
    {"monatig", S(Role::unit, int(Unit::month), 4), kAdj},
    {"wöchig", S(Role::unit, int(Unit::week), 4), kAdj},     {"tägig", S(Role::unit, int(Unit::day), 4), kAdj},
    {"stündig", S(Role::unit, int(Unit::hour), 4), kAdj},    {"minütig", S(Role::unit, int(Unit::minute), 4), kAdj},

    // ---- numbers (amount in tenths)
    {"ein", amount(10), "|e|en|em|er|es"},  {"zwei", amount(20)},      {"drei", amount(30)},
    {"vier", amount(40)},                   {"fünf", amount(50)},      {"sechs", amount(60)},
    {"sieben", amount(70)},                 {"acht", amount(80)},      {"neun", amount(90)},
    {"zehn", amount(100)},                  {"elf", amount(110)},      {"zwölf", amount(120)},
    {"dreizehn", amount(130)},              {"vierzehn", amount(140)}, {"fünfzehn", amount(150)},
    {"sechzehn", amount(160)},              {"siebzehn", amount(170)}, {"achtzehn", amount(180)},
    {"neunzehn", amount(190)},              {"hundert", amount(1000)}, {"tausend", amount(10000)},
    {"eineinhalb", amount(15)},             {"anderthalb", amount(15)}, {"zweieinhalb", amount(25)},
    {"dreieinhalb", amount(35)},            {"viereinhalb", amount(45)}, {"fünfeinhalb", amount(55)},
    {"halb", amount(5), kAdj},              {"beide", amount(20), "|n"}, {"zwanzig", amount(200)},
    {"dreißig", amount(300)},               {"vierzig", amount(400)},  {"fünfzig", amount(500)},
    {"sechzig", amount(600)},               {"siebzig", amount(700)},  {"achtzig", amount(800)},
    {"neunzig", amount(900)},
    // ... and numbers nobody counted
    {"mehrer", unspecified, kAdj},  {"einig", unspecified, kAdj},     {"wenig", unspecified, kAdj},
    {"viel", unspecified, kAdj},    {"etlich", unspecified, kAdj},    {"zahlreich", unspecified, kAdj},
    {"paar", unspecified},          {"lange", unspecified},
    // ... and lengths nobody counted, in one word ("jahrelang", "langjährige")
    {"jahrelang", bundled(unspecified), kAdj0},     {"jahrelang", bundled(unit(Unit::year, true)), kAdj0},
    {"jahrzehntelang", bundled(unspecified), kAdj0}, {"jahrzehntelang", bundled(unit(Unit::decade, true)), kAdj0},
    {"monatelang", bundled(unspecified), kAdj0},    {"monatelang", bundled(unit(Unit::month, true)), kAdj0},
    {"wochenlang", bundled(unspecified), kAdj0},    {"wochenlang", bundled(unit(Unit::week, true)), kAdj0},
    {"tagelang", bundled(unspecified), kAdj0},      {"tagelang", bundled(unit(Unit::day, true)), kAdj0},
    {"stundenlang", bundled(unspecified), kAdj0},   {"stundenlang", bundled(unit(Unit::hour, true)), kAdj0},


    // ---- ordinals ("letzte" is also an offset, below)
    {"erst", S(Role::ordinal, 1), kAdj},     {"zweit", S(Role::ordinal, 2), kAdj},
    {"dritt", S(Role::ordinal, 3), kAdj},    {"viert", S(Role::ordinal, 4), kAdj},
    {"fünft", S(Role::ordinal, 5), kAdj},    {"sechst", S(Role::ordinal, 6), kAdj},
    {"siebt", S(Role::ordinal, 7), kAdj},    {"acht", S(Role::ordinal, 8), kAdj},
    {"neunt", S(Role::ordinal, 9), kAdj},    {"zehnt", S(Role::ordinal, 10), kAdj},
    {"elft", S(Role::ordinal, 11), kAdj},    {"zwölft", S(Role::ordinal, 12), kAdj},
    {"dreizehnt", S(Role::ordinal, 13), kAdj}, {"vierzehnt", S(Role::ordinal, 14), kAdj},
    {"fünfzehnt", S(Role::ordinal, 15), kAdj}, {"sechzehnt", S(Role::ordinal, 16), kAdj},
    {"siebzehnt", S(Role::ordinal, 17), kAdj}, {"achtzehnt", S(Role::ordinal, 18), kAdj},
    {"neunzehnt", S(Role::ordinal, 19), kAdj}, {"zwanzigst", S(Role::ordinal, 20), kAdj},
    {"einundzwanzigst", S(Role::ordinal, 21), kAdj},
    {"letzt", S(Role::ordinal, -1), kAdj},

    // ---- decades in words ("die Neunziger", "neunziger Jahre")
    {"zwanziger", S(Role::decade, 2), "|n"},  {"dreißiger", S(Role::decade, 3), "|n"},
    {"vierziger", S(Role::decade, 4), "|n"},  {"fünfziger", S(Role::decade, 5), "|n"},
    {"sechziger", S(Role::decade, 6), "|n"},  {"siebziger", S(Role::decade, 7), "|n"},
    {"achtziger", S(Role::decade, 8), "|n"},  {"neunziger", S(Role::decade, 9), "|n"},

    // ---- shifts from the publication date
    {"vergangen", S(Role::offset, -1), kAdj},   {"vorig", S(Role::offset, -1), kAdj},
    {"letzt", S(Role::offset, -1), kAdj},       {"nächst", S(Role::offset, 1), kAdj},
    {"kommend", S(Role::offset, 1), kAdj},      {"übernächst", S(Role::offset, 2), kAdj},
    {"vorletzt", S(Role::offset, -2), kAdj},    {"dies", S(Role::offset, 0), kAdj},
    {"laufend", S(Role::offset, 0), kAdj},      {"heutig", S(Role::offset, 0, 1), kAdj},
    {"gestrig", S(Role::offset, -1, 1), kAdj},  {"morgig", S(Role::offset, 1, 1), kAdj},
    // The writer's present: counted from the publication date even in a narrative.
    {"heute", bundled(S(Role::day_shift, 0))},       {"heute", bundled(now)},
    {"gestern", bundled(S(Role::day_shift, -1))},    {"gestern", bundled(now)},
    {"vorgestern", bundled(S(Role::day_shift, -2))}, {"vorgestern", bundled(now)},
    {"morgen", bundled(S(Role::day_shift, 1))},      {"morgen", bundled(now)},
    {"übermorgen", bundled(S(Role::day_shift, 2))},  {"übermorgen", bundled(now)},
    {"heuer", bundled(S(Role::year_shift, 0))},      {"heuer", bundled(now)},
    // The year, month, week before the one the sentence speaks of.
    {"vorjahr", bundled(S(Role::year_shift, -1)), "|s|es"}, {"vorjahr", bundled(in_sentence), "|s|es"},
    {"vormonat", bundled(S(Role::offset, -1)), "|s|es"},   {"vormonat", bundled(unit(Unit::month)), "|s|es"},
    {"vormonat", bundled(in_sentence), "|s|es"},
    {"vorwoche", bundled(S(Role::offset, -1))},            {"vorwoche", bundled(unit(Unit::week))},
    {"vorwoche", bundled(in_sentence)},
    // Boundaries of the current period.
    {"jahresende", bundled(S(Role::mod, int(Mod::end))), "|s"},     {"jahresende", bundled(unit(Unit::year)), "|s"},
    {"jahresanfang", bundled(S(Role::mod, int(Mod::start))), "|s"}, {"jahresanfang", bundled(unit(Unit::year)), "|s"},
    {"jahresbeginn", bundled(S(Role::mod, int(Mod::start))), "|s"}, {"jahresbeginn", bundled(unit(Unit::year)), "|s"},
    {"jahresmitte", bundled(S(Role::mod, int(Mod::mid)))},          {"jahresmitte", bundled(unit(Unit::year))},
    {"monatsende", bundled(S(Role::mod, int(Mod::end))), "|s"},     {"monatsende", bundled(unit(Unit::month)), "|s"},
    {"monatsanfang", bundled(S(Role::mod, int(Mod::start))), "|s"}, {"monatsanfang", bundled(unit(Unit::month)), "|s"},
    {"monatsbeginn", bundled(S(Role::mod, int(Mod::start))), "|s"}, {"monatsbeginn", bundled(unit(Unit::month)), "|s"},
    {"monatsmitte", bundled(S(Role::mod, int(Mod::mid)))},          {"monatsmitte", bundled(unit(Unit::month))},
    {"wochenbeginn", bundled(S(Role::mod, int(Mod::start))), "|s"}, {"wochenbeginn", bundled(unit(Unit::week)), "|s"},
    {"wochenanfang", bundled(S(Role::mod, int(Mod::start))), "|s"}, {"wochenanfang", bundled(unit(Unit::week)), "|s"},
    {"wochenmitte", bundled(S(Role::mod, int(Mod::mid)))},          {"wochenmitte", bundled(unit(Unit::week))},

    // ---- shifts from the last mentioned date
    {"zuvor", S(Role::anaphor, -1)},   {"davor", S(Role::anaphor, -1)},  {"vorher", S(Role::anaphor, -1)},
    {"früher", S(Role::anaphor, -1)},  {"darauf", S(Role::anaphor, 1)},  {"danach", S(Role::anaphor, 1)},
    {"später", S(Role::anaphor, 1)},   {"selb", S(Role::anaphor, 0), kAdj},
    {"derselb", S(Role::anaphor, 0), kAdj}, {"desselb", S(Role::anaphor, 0), kAdj},
    {"gleich", S(Role::anaphor, 0), kAdj},  {"folgend", S(Role::anaphor, 1), kAdj},
    {"darauffolgend", S(Role::anaphor, 1), kAdj}, {"nachfolgend", S(Role::anaphor, 1), kAdj},
    {"vortag", bundled(S(Role::anaphor, -1)), "|s|es"},   {"vortag", bundled(unit(Unit::day)), "|s|es"},
    {"folgetag", bundled(S(Role::anaphor, 1)), "|s|es"},  {"folgetag", bundled(unit(Unit::day)), "|s|es"},
    {"folgejahr", bundled(S(Role::anaphor, 1)), "|s|es"}, {"folgejahr", bundled(unit(Unit::year)), "|s|es"},
    {"folgemonat", bundled(S(Role::anaphor, 1)), "|s|es"}, {"folgemonat", bundled(unit(Unit::month)), "|s|es"},

    // ---- modifiers
    {"anfang", S(Role::mod, int(Mod::start)), "|s"},   {"beginn", S(Role::mod, int(Mod::start)), "|s"},
    {"mitte", S(Role::mod, int(Mod::mid))},            {"ende", S(Role::mod, int(Mod::end)), "|s"},
    {"etwa", S(Role::mod, int(Mod::approx))},          {"rund", S(Role::mod, int(Mod::approx))},
    {"ungefähr", S(Role::mod, int(Mod::approx))},      {"circa", S(Role::mod, int(Mod::approx))},
    {"ca", S(Role::mod, int(Mod::approx))},            {"zirka", S(Role::mod, int(Mod::approx))},
    {"knapp", S(Role::mod, int(Mod::less_than))},      {"fast", S(Role::mod, int(Mod::less_than))},
    {"beinahe", S(Role::mod, int(Mod::less_than))},    {"gut", S(Role::mod, int(Mod::more_than))},
    {"genau", S(Role::mod, int(Mod::equal_or_less))},
    {"exakt", S(Role::mod, int(Mod::equal_or_less))},  {"mindestens", S(Role::mod, int(Mod::equal_or_more))},
    {"höchstens", S(Role::mod, int(Mod::equal_or_less))},
    {"spätestens", S(Role::mod, int(Mod::on_or_before))}, {"frühestens", S(Role::mod, int(Mod::on_or_after))},

    // ---- vague references
    {"jetzt", S(Role::vague, int(VagueRef::present))},
    {"derzeit", S(Role::vague, int(VagueRef::present))},    {"zurzeit", S(Role::vague, int(VagueRef::present))},
    {"gegenwärtig", S(Role::vague, int(VagueRef::present)), kAdj0},
    {"momentan", S(Role::vague, int(VagueRef::present)), kAdj0},
    {"heutzutage", S(Role::vague, int(VagueRef::present))},
    {"jetzig", S(Role::vague, int(VagueRef::present)), kAdj},
    {"heutig", S(Role::vague, int(VagueRef::present)), kAdj},
    {"damals", S(Role::vague, int(VagueRef::past))},        {"kürzlich", S(Role::vague, int(VagueRef::past))},
    {"jüngst", S(Role::vague, int(VagueRef::past))},        {"unlängst", S(Role::vague, int(VagueRef::past))},
    {"neulich", S(Role::vague, int(VagueRef::past))},
    // "former" (flag 1): a time expression under the news conventions only (rule vague.former).
    {"ehemalig", S(Role::vague, int(VagueRef::past), 1), kAdj},
    {"einstig", S(Role::vague, int(VagueRef::past), 1), kAdj},
    {"bald", S(Role::vague, int(VagueRef::future))},
    {"folgezeit", S(Role::vague, int(VagueRef::future))},
    {"zukünftig", S(Role::vague, int(VagueRef::future)), kAdj0},

    // ---- recurrence
    {"jed", S(Role::every), kAdj},  {"alle", S(Role::every)},
    {"einmal", S(Role::times, 1)},  {"zweimal", S(Role::times, 2)},  {"dreimal", S(Role::times, 3)},
    {"viermal", S(Role::times, 4)}, {"fünfmal", S(Role::times, 5)},  {"sechsmal", S(Role::times, 6)},
    {"zehnmal", S(Role::times, 10)},
    {"täglich", S(Role::set_unit, int(Unit::day)), kAdj0},
    {"alltäglich", S(Role::set_unit, int(Unit::day)), kAdj0},
    {"tagtäglich", S(Role::set_unit, int(Unit::day)), kAdj0},
    {"wöchentlich", S(Role::set_unit, int(Unit::week)), kAdj0},
    {"monatlich", S(Role::set_unit, int(Unit::month)), kAdj0},
    {"vierteljährlich", S(Role::set_unit, int(Unit::quarter)), kAdj0},
    {"halbjährlich", S(Role::set_unit, int(Unit::half)), kAdj0},
    {"jährlich", S(Role::set_unit, int(Unit::year)), kAdj0},
    {"alljährlich", S(Role::set_unit, int(Unit::year)), kAdj0},
    {"stündlich", S(Role::set_unit, int(Unit::hour)), kAdj0},

    // ---- tense cues: auxiliaries and frequent strong past forms
    {"war", S(Role::tense, int(Tense::past)), "|en|st|t"},
    {"wurde", S(Role::tense, int(Tense::past)), "|n|st|t"},
    {"hatte", S(Role::tense, int(Tense::past)), "|n|st|t"},
    {"hat", S(Role::tense, int(Tense::past))},       {"haben", S(Role::tense, int(Tense::past))},
    {"habe", S(Role::tense, int(Tense::past))},      {"hätte", S(Role::tense, int(Tense::past)), "|n"},
    {"gewesen", S(Role::tense, int(Tense::past))},   {"worden", S(Role::tense, int(Tense::past))},
    {"kam", S(Role::tense, int(Tense::past)), "|en"},  {"gab", S(Role::tense, int(Tense::past)), "|en"},
    {"ging", S(Role::tense, int(Tense::past)), "|en"}, {"fand", S(Role::tense, int(Tense::past)), "|en"},
    {"stand", S(Role::tense, int(Tense::past)), "|en"}, {"traf", S(Role::tense, int(Tense::past)), "|en"},
    {"hielt", S(Role::tense, int(Tense::past)), "|en"}, {"sprach", S(Role::tense, int(Tense::past)), "|en"},
    {"lag", S(Role::tense, int(Tense::past)), "|en"},  {"blieb", S(Role::tense, int(Tense::past)), "|en"},
    {"fiel", S(Role::tense, int(Tense::past)), "|en"}, {"zog", S(Role::tense, int(Tense::past)), "|en"},
    {"nahm", S(Role::tense, int(Tense::past)), "|en"}, {"begann", S(Role::tense, int(Tense::past)), "|en"},
    {"gewann", S(Role::tense, int(Tense::past)), "|en"}, {"verlor", S(Role::tense, int(Tense::past))},
    {"schrieb", S(Role::tense, int(Tense::past)), "|en"}, {"rief", S(Role::tense, int(Tense::past)), "|en"},
    {"bot", S(Role::tense, int(Tense::past)), "|en"},  {"sah", S(Role::tense, int(Tense::past)), "|en"},
    {"lief", S(Role::tense, int(Tense::past)), "|en"}, {"starb", S(Role::tense, int(Tense::past)), "|en"},
    {"erhielt", S(Role::tense, int(Tense::past)), "|en"}, {"entschied", S(Role::tense, int(Tense::past)), "|en"},
    {"beschloss", S(Role::tense, int(Tense::past)), "|en"}, {"schloss", S(Role::tense, int(Tense::past)), "|en"},
    {"verließ", S(Role::tense, int(Tense::past)), "|en"}, {"ließ", S(Role::tense, int(Tense::past)), "|en"},
    {"trat", S(Role::tense, int(Tense::past)), "|en"},  {"wies", S(Role::tense, int(Tense::past)), "|en"},
    {"gelang", S(Role::tense, int(Tense::past))},       {"brach", S(Role::tense, int(Tense::past)), "|en"},
    {"flog", S(Role::tense, int(Tense::past)), "|en"},  {"floh", S(Role::tense, int(Tense::past)), "|en"},
    {"schlug", S(Role::tense, int(Tense::past)), "|en"}, {"stieg", S(Role::tense, int(Tense::past)), "|en"},
    {"sank", S(Role::tense, int(Tense::past)), "|en"},  {"fuhr", S(Role::tense, int(Tense::past)), "|en"},
    {"warf", S(Role::tense, int(Tense::past)), "|en"},  {"wuchs", S(Role::tense, int(Tense::past))},
    {"zwang", S(Role::tense, int(Tense::past)), "|en"}, {"verbot", S(Role::tense, int(Tense::past)), "|en"},
    {"unterschrieb", S(Role::tense, int(Tense::past)), "|en"},
    {"wird", S(Role::tense, int(Tense::future))},       {"werden", S(Role::tense, int(Tense::future))},
    {"soll", S(Role::tense, int(Tense::future)), "|en|te|ten"},
    {"will", S(Role::tense, int(Tense::future))},       {"voraussichtlich", S(Role::tense, int(Tense::future))},
    {"geplant", S(Role::tense, int(Tense::future))},
};

// "einundzwanzig" .. "neunundneunzig"
std::vector<LexiconEntry> compound_numbers(std::vector<std::string>& storage) {
    static constexpr std::pair<std::string_view, int> ones[] = {
        {"ein", 1}, {"zwei", 2}, {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9}};
    static constexpr std::pair<std::string_view, int> tens[] = {
        {"zwanzig", 20}, {"dreißig", 30}, {"vierzig", 40}, {"fünfzig", 50},
        {"sechzig", 60}, {"siebzig", 70}, {"achtzig", 80}, {"neunzig", 90}};
    storage.reserve(std::size(ones) * std::size(tens));
    for (const auto& [t, tv] : tens)
        for (const auto& [o, ov] : ones) storage.push_back(std::string(o) + "und" + std::string(t));
    std::vector<LexiconEntry> out;
    std::size_t k = 0;
    for (const auto& [t, tv] : tens)
        for (const auto& [o, ov] : ones) out.push_back({storage[k++], amount((tv + ov) * 10)});
    return out;
}

}  // namespace

std::span<const LexiconEntry> lexicon() {
    static std::vector<std::string> storage;
    static const std::vector<LexiconEntry> all = [] {
        std::vector<LexiconEntry> v(std::begin(kWords), std::end(kWords));
        for (const auto& e : compound_numbers(storage)) v.push_back(e);
        return v;
    }();
    return all;
}

}  // namespace chronik::lang::de
