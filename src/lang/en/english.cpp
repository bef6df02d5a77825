#include "english.hpp"

namespace chronik {

namespace lang::en {
namespace {

// Words that end in a dot without ending the sentence (single letters never end one: "U.S.", "a.m.").
constexpr std::string_view kAbbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
    "st", "ave", "blvd", "rd", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "nos",
    "vs", "etc", "approx", "dept", "est", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "ariz", "calif", "colo", "conn", "fla", "ill", "ind", "kan", "mass", "mich", "minn", "miss",
    "mo", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    "ala", "ark", "del", "ga", "ky", "la", "md", "n.j", "n.y", "u.s", "u.n", "u.k", "e.g", "i.e", "p.m", "a.m",
};

// Prepositions that open a temporal phrase: outside the TIMEX3 extent ("on Friday", "in 1990").
constexpr std::string_view kSignals[] = {
    "on", "in", "at", "since", "by", "during", "for", "from", "until", "till", "through", "throughout",
    "before", "after", "between", "within", "over", "to", "as", "around", "about",
};

constexpr std::string_view kPastSignals[] = {"since"};
// "until" names a deadline in news: "gave them until 9 a.m. Tuesday".
constexpr std::string_view kFutureSignals[] = {"until", "till"};

constexpr std::string_view kRangeWords[] = {"to", "through", "and", "-", "–", "/", "until", "till"};

// Short words frequent in any English text and rare in German (language detection;
// not "a", "an", "was", "will", which are German words or initials too).
constexpr std::string_view kFunctionWords[] = {
    "the", "and", "of", "to", "is", "that", "for", "it", "with", "as", "on", "be", "at", "by",
    "this", "had", "not", "are", "but", "from", "have", "they", "which", "were", "been", "has", "their",
    "said", "would", "there", "its", "or", "he", "she", "we", "you", "after", "than", "who", "about"};

// How English news narrates (the events stage).
constexpr std::string_view kBeforeCues[] = {"earlier", "previously", "before that", "beforehand", "prior to that",
                                            "first", "until then"};
constexpr std::string_view kAfterCues[] = {"later", "afterwards", "afterward", "then", "since then",
                                           "subsequently", "thereafter", "after", "eventually", "finally",
                                           "meanwhile"};
constexpr std::string_view kReportingVerbs[] = {
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "announced", "announces",
    "stated", "states", "added", "adds", "confirmed", "confirms", "wrote", "writes", "declared", "claimed",
    "noted", "explained", "stressed", "insisted", "quoted", "according"};
constexpr std::string_view kSourcePrepositions[] = {"according"};
constexpr std::string_view kReportedSpeech[] = {"allegedly", "reportedly", "purportedly"};
constexpr std::string_view kAnaphoricSubjects[] = {"this", "that", "it"};
constexpr std::string_view kHypothetical[] = {"if", "whether", "unless", "would", "could", "might"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this", "that", "these", "those", "his", "her",
                                             "its", "their", "our"};
constexpr std::string_view kConjunctions[] = {"and", "or", "as well as"};
constexpr std::string_view kFrameOpeners[] = {"as"};
constexpr std::string_view kSourceFrames[] = {"according"};
// Headlines (src/events/headline.cpp): the words constituents open and close with.
constexpr std::string_view kPrepositions[] = {
    "in", "on", "at", "for", "from", "to", "with", "by", "of", "about", "after", "before", "during", "since",
    "until", "till", "through", "throughout", "into", "onto", "over", "under", "between", "among", "against",
    "without", "within", "across", "along", "around", "behind", "beyond", "near", "toward", "towards", "upon",
    "via", "despite", "amid", "amidst", "off", "outside", "inside", "per", "like", "unlike", "besides"};
constexpr std::string_view kPronouns[] = {"i", "you", "he", "she", "it", "we", "they"};
constexpr std::string_view kRelativePronouns[] = {"who", "whom", "whose", "which", "where"};
constexpr std::string_view kSubordinators[] = {"because", "when", "while", "although", "though", "if",
                                               "whether", "unless", "once", "whereas", "after", "before",
                                               "since", "until", "as"};
constexpr std::string_view kClauseOpeners[] = {"and", "or", "but", "yet"};
constexpr std::string_view kConnectives[] = {"and", "or", "but", "yet", "also", "so", "however", "meanwhile"};
// "already on Monday", "as early as Tuesday", "earlier Sunday": they go with the date.
constexpr std::string_view kFocusParticles[] = {"already", "only", "just", "even", "earlier", "later", "early"};
constexpr std::string_view kTimeNouns[] = {"time", "period", "season", "year", "month", "week", "day",
                                           "night", "evening", "morning", "afternoon", "weekend", "quarter"};
constexpr std::string_view kParticles[] = {"however", "meanwhile", "meantime", "though", "indeed", "moreover",
                                           "furthermore", "nevertheless", "nonetheless", "instead", "also",
                                           "too", "still", "now"};
constexpr std::string_view kComplementizers[] = {"that", "whether", "if"};
constexpr std::string_view kSalutations[] = {"dear", "hello", "hi"};
constexpr std::string_view kStopWords[] = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about",
    "as", "is", "was", "were", "are", "be", "been", "has", "had", "have", "it", "its", "he", "she", "they",
    "we", "his", "her", "their", "that", "this", "which", "who", "not", "also", "said", "will", "would",
    "after", "before", "since", "into", "over", "than", "there", "but"};

// Regular verbs form their past with -ed: "announced", "reported".
constexpr std::string_view kPastSuffixes[] = {"ed"};
// After these a participle is passive or perfect ("will be held", "has been
// completed"): the auxiliary before it carries the tense, not the participle.
constexpr std::string_view kAuxiliaries[] = {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had"};

}  // namespace
}  // namespace lang::en

const LanguageData& english() {
    static const LanguageData data = [] {
        LanguageData d;
        d.code = "en";
        d.lexicon = lang::en::lexicon();
        d.rules = lang::en::rules();
        d.abbreviations = lang::en::kAbbreviations;
        d.signals = lang::en::kSignals;
        d.past_signals = lang::en::kPastSignals;
        d.future_signals = lang::en::kFutureSignals;
        d.range_words = lang::en::kRangeWords;
        d.function_words = lang::en::kFunctionWords;
        d.tense.past_verb_suffixes = lang::en::kPastSuffixes;
        d.tense.min_verb_length = 5;
        d.tense.window = 10;
        d.tense.past_suffix_in_window = true;
        d.tense.adjacent_verb_decides = true;
        d.tense.auxiliaries = lang::en::kAuxiliaries;
        d.tense.report_after_comma_yields = true;
        d.tense.verb_beyond_window = true;
        // News tells of weekdays past unless a cue says otherwise; a month
        // without year is the nearest one.
        d.defaults = ResolutionDefaults{};
        d.defaults.quarter_present = Direction::nearest;
        d.defaults.quarter_future = Direction::nearest;
        // A month or day without year in news is placed around the publication
        // date, not around a year named a sentence or two before: news moves
        // between the background ("the Dec. 21, 1988, bombing") and the present
        // ("agreed in April") from one sentence to the next.
        d.defaults.year_context_sentences = 0;
        // "5 1/2 hours" is PT5H30M in TimeML's English corpora.
        d.defaults.fractional_durations_in_smaller_unit = true;
        // "two decades" is P20Y there too.
        d.defaults.decades_in_years = true;
        d.narrative.before_cues = lang::en::kBeforeCues;
        d.narrative.after_cues = lang::en::kAfterCues;
        d.narrative.reporting_verbs = lang::en::kReportingVerbs;
        d.narrative.source_prepositions = lang::en::kSourcePrepositions;
        d.narrative.reported_speech = lang::en::kReportedSpeech;
        d.narrative.anaphoric_subjects = lang::en::kAnaphoricSubjects;
        d.narrative.hypothetical = lang::en::kHypothetical;
        d.narrative.determiners = lang::en::kDeterminers;
        d.narrative.conjunctions = lang::en::kConjunctions;
        d.narrative.frame_openers = lang::en::kFrameOpeners;
        d.narrative.source_frames = lang::en::kSourceFrames;
        d.narrative.stop_words = lang::en::kStopWords;
        d.narrative.prepositions = lang::en::kPrepositions;
        d.narrative.pronouns = lang::en::kPronouns;
        d.narrative.relative_pronouns = lang::en::kRelativePronouns;
        d.narrative.subordinators = lang::en::kSubordinators;
        d.narrative.clause_openers = lang::en::kClauseOpeners;
        d.narrative.connectives = lang::en::kConnectives;
        d.narrative.focus_particles = lang::en::kFocusParticles;
        d.narrative.time_nouns = lang::en::kTimeNouns;
        d.narrative.particles = lang::en::kParticles;
        d.narrative.complementizers = lang::en::kComplementizers;
        d.narrative.salutations = lang::en::kSalutations;
        return d;
    }();
    return data;
}

}  // namespace chronik
