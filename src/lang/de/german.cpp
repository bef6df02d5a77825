#include "german.hpp"

namespace chronik {

namespace lang::de {
namespace {

// Words that end in a dot without ending the sentence.
constexpr std::string_view kAbbreviations[] = {
    "dr", "prof", "nr", "bzw", "ca", "st", "str", "usw", "vgl", "evtl", "ggf", "inkl", "ing", "mag", "dipl",
    "abs", "art", "bd", "jh", "jhd", "jhs", "jan", "feb", "febr", "apr", "aug", "sept", "sep", "okt", "nov", "dez",
    "mio", "mrd", "tel", "hr", "fr", "hl", "etc", "chr", "gest", "geb", "verh", "min", "sek", "std", "tsd",
    "rd", "max", "mind", "ebd", "allg", "bzgl", "zzgl", "gegr", "insb", "jun", "sen", "kath", "ev", "sog",
    "bspw", "lt", "abt", "akad", "anm", "bhf", "bsp", "co", "dt", "engl", "franz", "hrsg", "ital", "kap",
    "lat", "nachf", "od", "orig", "pkt", "ref", "röm", "stv", "tägl",
    "u.a", "ua", "urspr", "usf", "verf", "vers", "vors", "zb", "ziff", "zit", "zt", "zus", "zzt", "inh",
    "abg", "red", "gem", "hg", "kl", "lfd", "mwst", "tab",
};

// Compounds ending in an abbreviation: "Speckbacherstr.", "Bahnhofstr.".
constexpr std::string_view kAbbreviationSuffixes[] = {"str"};

// Prepositions that open a temporal phrase.
constexpr std::string_view kSignals[] = {
    "am", "im", "an", "in", "um", "seit", "vor", "nach", "bis", "ab", "vom", "zum", "zur", "von", "gegen",
    "während", "innerhalb", "binnen", "zwischen",
};

constexpr std::string_view kPastSignals[] = {"seit"};

// Short words that are frequent in any German text and rare in English (language detection).
constexpr std::string_view kFunctionWords[] = {
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "sich", "auf",
    "für", "von", "zu", "im", "auch", "es", "sie", "wir", "ich", "er", "wird", "wurde", "hat",
    "haben", "dass", "nach", "bei", "aus", "noch", "wie", "über", "oder", "aber", "vor", "zum", "zur"};

constexpr std::string_view kRangeWords[] = {"bis", "zum", "zur", "und", "-", "–", "/", "auf"};

// Weak verbs form their past with -te: "bestätigte", "berichteten".
constexpr std::string_view kPastSuffixes[] = {"te", "ten"};
// The third person present: "trifft", "beginnt", "findet".
constexpr std::string_view kPresentSuffixes[] = {"t"};

}  // namespace
}  // namespace lang::de

const LanguageData& german() {
    static const LanguageData data = [] {
        LanguageData d;
        d.code = "de";
        d.lexicon = lang::de::lexicon();
        static constexpr CompoundSpec compounds[] = {
            {Role::weekday, Role::part_of_day},  // "Samstagabend"
            {Role::holiday, Role::part_of_day},  // "Silvesternacht"
            {Role::amount, Role::unit, 4},       // "einwöchigen", "dreitägige"
            {Role::decade, Role::unit, 1},       // "Neunzigerjahre"
        };
        d.compounds = compounds;
        d.rules = lang::de::rules();
        d.abbreviations = lang::de::kAbbreviations;
        d.abbreviation_suffixes = lang::de::kAbbreviationSuffixes;
        d.signals = lang::de::kSignals;
        d.range_words = lang::de::kRangeWords;
        d.past_signals = lang::de::kPastSignals;
        d.ordinal_dot = true;
        d.function_words = lang::de::kFunctionWords;
        d.tense.past_verb_suffixes = lang::de::kPastSuffixes;
        d.tense.present_verb_suffixes = lang::de::kPresentSuffixes;
        d.tense.min_verb_length = 5;
        d.tense.window = 12;
        d.tense.subject_first = true;
        d.defaults = ResolutionDefaults{};
        d.narrative = lang::de::narrative();  // events.cpp
        return d;
    }();
    return data;
}

}  // namespace chronik
