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
};

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

// How German news narrates (the events stage).
constexpr std::string_view kBeforeCues[] = {"zuvor", "davor", "vorher", "bis dahin", "vorab", "zunächst"};
constexpr std::string_view kAfterCues[] = {"danach", "anschließend", "seitdem", "seither", "daraufhin",
                                           "darauf", "später", "nachdem", "dann", "schließlich", "inzwischen"};
constexpr std::string_view kReportingVerbs[] = {
    "berichtet", "berichtete", "berichteten", "meldet", "meldete", "meldeten", "sagt", "sagte", "sagten",
    "erklärt", "erklärte", "erklärten", "teilt", "teilte", "teilten", "betont", "betonte", "betonten",
    "schreibt", "schrieb", "hieß", "heißt", "zitiert", "zitierte", "bestätigt", "berichten", "melden",
    "mitteilte", "mitgeteilt", "gesagt", "verlautete", "verkündete", "verkündet"};
constexpr std::string_view kSourcePrepositions[] = {"laut", "zufolge"};
constexpr std::string_view kReportedSpeech[] = {"habe", "hätten", "hätte", "sei", "seien", "werde", "würden",
                                                "könne", "müsse", "solle", "demnach", "angeblich"};
constexpr std::string_view kAnaphoricSubjects[] = {"das", "dies", "dieses", "davon"};
constexpr std::string_view kHypothetical[] = {"ob", "falls", "sofern"};
constexpr std::string_view kDeterminers[] = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                                             "einem", "einer", "eines", "sein", "seine", "ihr", "ihre"};
constexpr std::string_view kConjunctions[] = {"und", "sowie", "oder"};
constexpr std::string_view kFrameOpeners[] = {"wie"};
constexpr std::string_view kSourceFrames[] = {"so"};
constexpr std::string_view kStopWords[] = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
    "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über",
    "unter", "vor", "hat", "hatte", "hatten", "haben", "ist", "war", "waren", "sind", "sei", "wird", "wurde",
    "auch", "nicht", "sich", "sein", "seine", "ihr", "ihre", "es", "er", "sie", "wir", "dass", "als", "wie",
    "so", "noch", "bereits", "schon", "nun", "um", "bis", "seit", "gegen"};

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
        d.signals = lang::de::kSignals;
        d.range_words = lang::de::kRangeWords;
        d.past_signals = lang::de::kPastSignals;
        d.ordinal_dot = true;
        d.function_words = lang::de::kFunctionWords;
        d.tense.past_verb_suffixes = lang::de::kPastSuffixes;
        d.tense.present_verb_suffixes = lang::de::kPresentSuffixes;
        d.tense.min_verb_length = 5;
        d.tense.window = 12;
        d.defaults = ResolutionDefaults{};
        d.narrative.before_cues = lang::de::kBeforeCues;
        d.narrative.after_cues = lang::de::kAfterCues;
        d.narrative.reporting_verbs = lang::de::kReportingVerbs;
        d.narrative.source_prepositions = lang::de::kSourcePrepositions;
        d.narrative.reported_speech = lang::de::kReportedSpeech;
        d.narrative.anaphoric_subjects = lang::de::kAnaphoricSubjects;
        d.narrative.hypothetical = lang::de::kHypothetical;
        d.narrative.determiners = lang::de::kDeterminers;
        d.narrative.conjunctions = lang::de::kConjunctions;
        d.narrative.frame_openers = lang::de::kFrameOpeners;
        d.narrative.source_frames = lang::de::kSourceFrames;
        d.narrative.stop_words = lang::de::kStopWords;
        return d;
    }();
    return data;
}

}  // namespace chronik
