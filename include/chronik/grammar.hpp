// What a language gives the engine: a lexicon of word senses, rules as
// token patterns, sentence and tense knowledge. The engine itself knows no
// words of any language; each language folder (src/lang/de, ...) fills a
// LanguageData with tables, and keeps a corpus of examples beside them.
#pragma once

#include <chronik/form.hpp>

#include <cstdint>
#include <span>
#include <string_view>

namespace chronik {

// The part a word plays in a temporal expression.
enum class Role : std::uint8_t {
    month,        // value 1..12
    weekday,      // value ISO 1..7
    part_of_day,  // value PartOfDay
    season,       // value Season
    holiday,      // value Holiday
    unit,         // value Unit; flag 1 = plural form
    amount,       // value = amount * 10 ("eineinhalb" = 15)
    ordinal,      // value n; -1 = last
    offset,       // value signed shift ("vergangenen" -1, "nächsten" +1, "diesem" 0)
    day_shift,    // value signed days from the publication date ("gestern" -1)
    year_shift,   // value signed years from the publication date ("heuer" 0)
    anaphor,      // value signed shift from the last mentioned date ("Vortag" -1, "darauf" +1)
    mod,          // value Mod
    vague,        // value VagueRef
    every,        // "jeden", "jede", "alle"
    times,        // value n ("zweimal")
    relation,     // value Relation
    set_unit,     // value Unit: adverbs of recurrence ("jährlich")
    tense,        // value Tense: cue word for the clause's tense ("hatte", "wird")
    weekly,       // value ISO weekday: adverbs of recurrence ("montags")
    decade,       // value decade index: "neunziger" 9
    word,         // no meaning of its own: articles, fillers a pattern may name
    anchor,       // value Anchor: what the word counts from, bundled with its other senses ("Vormonat")
};

enum class Tense : std::uint8_t { unknown, past, present, future };

struct Sense {
    Role role;
    std::int16_t value = 0;
    std::uint8_t flag = 0;  // role-specific (units: 1 = plural); patterns test it as <role:flag>

    // Senses of one compound word that always go together: when a pattern
    // takes any sense of the word, the bundled ones come along
    // ("Vortag" = anaphor -1 + unit day, "Jahresende" = unit year + mod END).
    static constexpr std::uint8_t bundle = 0x80;
    // A sense that only holds when the word is followed directly by a full
    // stop: abbreviations ("Jan." is January, "Jan Kuppelwieser" a name).
    static constexpr std::uint8_t needs_dot = 0x40;
    static constexpr std::uint8_t markers = bundle | needs_dot;

    // How a number word joins the one before it in a numeral of several
    // words (flags of Role::amount senses; 0: a word that stands alone).
    // A rule decides which words may follow each other; these say how they add up.
    static constexpr std::uint8_t units = 1;       // one..nine: "twenty-five", "two thousand one"
    static constexpr std::uint8_t tens = 2;        // twenty..ninety: "nineteen ninety", "twenty twenty"
    static constexpr std::uint8_t teens = 3;       // ten..nineteen: "twenty ten"
    static constexpr std::uint8_t multiplier = 4;  // hundred, thousand: "two hundred"
};

// One sense of one word, lower case ("jänner" → month 1). With `endings`,
// `word` is a stem and each ending gives a form: {"erst", ordinal 1,
// "e|en|er|es|em"}; an empty alternative ("|s") keeps the bare stem.
struct LexiconEntry {
    std::string_view word;
    Sense sense;
    std::string_view endings = {};
};

// A rule: a token pattern and the type of what it finds.
//
// Pattern syntax, elements separated by spaces:
//   word        a literal word, matched case-insensitively ("am", "vor")
//   'x'         a literal punctuation token ('.', ',', '-'); 'a|b' for either; ''' the apostrophe
//   <role>      a word with a sense of that role; <role=v> with that value
//               (a number, or a unit / mod / part / vague name); <role:f>
//               or <role=v:f> also with that flag (<unit:1>: a plural);
//               <role&> only a sense of a compound word, <role!&> never one
//   #day #month #year #year2 #hour #minute #num #frac #ord #decade
//               (#frac: the digits after a decimal comma)
//               numbers by shape: #year is four digits, #year2 two, #minute
//               two digits 00..59, #ord one to three digits, #num up to six
//   %cap %lower %word %number %punct %any
//               a token by shape only
//   (a|b|c)     one token matching any of the alternatives
//   X?          optional element
//   ^X          X must follow the previous token without white space
//   ~X / _X     X must start with an upper-case / a lower-case letter
//   [ ... ]     the extent of the expression; without brackets, all of it
//   !X          (first or last element only) the token before / after must not match X
//   +X          (outside the extent) X's sense still goes into the form
// The senses and numbers of the extent's elements go into the form; `set`
// adds fixed assignments: "anchor=previous", "vague=past", "unit=day",
// "offset=1", "mod=END", "direction=future", "every", "relation=ago",
// "type=TIME"; "key?=value" only where the pattern gave no value; "sum": a
// literal word in the extent joins two parts of a duration, the larger first
// ("two years and six months"); "habit": a SET only where the clause is not
// told in the past (else a TIME or DATE in context: "nachts" in "Er kam nachts").
// A rule with `negative` set finds nothing: tokens in its extent are not
// temporal ("Nr. 2024", "Seite 13").
struct RuleSpec {
    std::string_view name;
    std::string_view pattern;
    TimexType type = TimexType::date;
    std::string_view set = {};
    bool negative = false;
};

// Words joined into one ("Samstag" + "abend" → "Samstagabend"): every word
// with the first role followed by every word with the second gets both senses.
struct CompoundSpec {
    Role first;
    Role second;
    // Only words whose second sense has this flag ("-wöchig" but not "Woche"); -1: any.
    int second_flag = -1;
};

// How the clause's tense is found without a part-of-speech tagger: cue words
// from the lexicon (Role::tense), and finite-verb endings checked on the word
// right after a sentence-initial expression (German verb-second order).
struct TenseRules {
    std::span<const std::string_view> past_verb_suffixes;     // "te", "ten"
    std::span<const std::string_view> present_verb_suffixes;  // "t": "trifft", "beginnt" (at the verb's place)
    std::size_t min_verb_length = 4;
    std::size_t window = 12;  // tokens either side of the expression
    // Without verb-second order (English) the finite verb can stand anywhere:
    // a lower-case word with a past ending in the window is a cue as well.
    bool past_suffix_in_window = false;
    // Verb-second with the subject first (German): in "Der Rat trifft sich am
    // Freitag" the finite verb follows the sentence-initial subject.
    bool subject_first = false;
    // Without verb-second order the verb a time phrase belongs to stands
    // right before it ("announced Wednesday", "met on Monday") or right
    // after it ("Friday announced"): that verb's tense decides before any
    // cue further off ("would" of another clause). A cue after a determiner
    // is a noun ("the plan"); a participle after one of `auxiliaries` is
    // passive ("will be held"), its auxiliary tells the tense.
    bool adjacent_verb_decides = false;
    std::span<const std::string_view> auxiliaries;  // "be", "been", "is", "was"
    // A reporting verb in a clause of its own after the phrase ("will leave
    // Thursday, Castro said") tells when the report was made, not when its
    // content happens: it counts only where no other cue is in the window.
    bool report_after_comma_yields = false;
    // With no cue in the window, the first one after it in the sentence
    // (a long phrase between the expression and its verb).
    bool verb_beyond_window = false;
};

// Which way a weekday, a month or a day without year goes from the
// publication date: with no tense cue in the clause, and with a verb in the
// present tense (a past or future cue decides by itself).
struct ResolutionDefaults {
    Direction weekday = Direction::past;
    Direction weekday_present = Direction::future;
    Direction month = Direction::nearest;
    Direction month_present = Direction::future;
    Direction day = Direction::nearest;  // "am 15. März"
    // A quarter or half by number ("the third quarter") with a verb in the
    // present or future tense: English news reports a quarter after it ends
    // ("third-quarter profit will be lower"), so the nearest one there.
    Direction quarter_present = Direction::future;
    Direction quarter_future = Direction::future;
    // A day without year this close to the publication date is that one,
    // whatever the tense ("die Rennen vom 18. und 19. Dezember wurden verlegt").
    unsigned near_days = 45;
    // Sentences back that an explicit year stays the context of a month or
    // day without year ("im März 1992 ... im April").
    unsigned year_context_sentences = 2;
    // A count with a written fraction as two whole units ("5 1/2 hours": PT5H30M,
    // the English convention) rather than a decimal (PT5.5H, the German one).
    // A decimal as written stays one ("2.5 hours": PT2.5H).
    bool fractional_durations_in_smaller_unit = false;
    // Decades and centuries as a span counted in years ("two decades": P20Y, the
    // convention of TimeML's English corpora) rather than in their own unit (P2DE).
    bool decades_in_years = false;
};

// What a word is to the narrative, as bit flags (a word can be several):
// filled from NarrativeRules and the tense cues, kept per token by the tagger.
enum WordClass : std::uint16_t {
    kBeforeCue = 1 << 0,
    kAfterCue = 1 << 1,
    kReporting = 1 << 2,
    kReportedSpeech = 1 << 3,
    kAnaphoric = 1 << 4,
    kHypothetical = 1 << 5,
    kDeterminer = 1 << 6,
    kConjunction = 1 << 7,
    kSourcePreposition = 1 << 8,
    kFrameOpener = 1 << 9,  // "wie": opens a trailing frame when a reporting verb follows
    kPastCue = 1 << 10,
    kFutureCue = 1 << 11,
    kKnownWord = 1 << 12,   // in the lexicon at all
    kSourceFrame = 1 << 13, // "so": opens a trailing source (", so die Agentur Tass")
    kSignal = 1 << 14,      // opens a temporal phrase ("am", "seit")
    kPastSignal = 1 << 15,  // ... one that puts what it names in the past ("seit")
};

// What a language tells the events stage about how news narrates: words
// that order a sentence against its neighbour, that frame a report, that
// mark reported or hypothetical content. All lower case.
struct NarrativeRules {
    std::span<const std::string_view> before_cues;        // "zuvor": this happened before the event just told
    std::span<const std::string_view> after_cues;         // "danach", "anschließend", "seitdem", "nachdem"
    std::span<const std::string_view> reporting_verbs;    // "berichtet", "sagte": a report about an event
    std::span<const std::string_view> source_prepositions;  // "laut" (+ source), a frame to drop from headlines
    std::span<const std::string_view> reported_speech;    // subjunctive forms of reported speech ("habe", "sei")
    std::span<const std::string_view> anaphoric_subjects; // "das", "dies": a report about the sentences before
    std::span<const std::string_view> hypothetical;       // "ob", "falls": what follows is not asserted
    std::span<const std::string_view> determiners;        // "der", "die", ... (to find a subject)
    std::span<const std::string_view> conjunctions;       // "und", "sowie"
    std::span<const std::string_view> frame_openers;      // "wie": ", wie KCNA berichtete"
    std::span<const std::string_view> source_frames;      // "so": ", so die Agentur Tass"
    std::span<const std::string_view> stop_words;         // not counted when comparing sentences
    // Dates that describe a thing, not when the event happened (they date no
    // event): after an attribute noun ("ein Weißburgunder, Jahrgang 2013"),
    // or between a determiner and a participle ending so before its noun
    // ("der 1950 gegründete Verein", "das am 5. Mai eröffnete Museum").
    std::span<const std::string_view> attribute_nouns;       // "jahrgang", "baujahr"
    std::span<const std::string_view> attributive_endings;   // "te", "ene": "gegründete", "erbauten", "geborene"

    // What headlines are cut from (src/events/headline.cpp): whole
    // constituents are dropped, so the words that open or close them.
    std::span<const std::string_view> prepositions;       // "für", "mit": never end a headline, go with their phrase
    std::span<const std::string_view> pronouns;           // "er", "sie", "man": a subject of one word
    std::span<const std::string_view> relative_pronouns;  // "der", "die", "welche": after a comma, open a relative clause
    std::span<const std::string_view> subordinators;      // "dass", "weil", "nachdem": open a subordinate clause
    std::span<const std::string_view> clause_openers;     // "aber", "denn", "und": a comma before them ends a clause
    std::span<const std::string_view> connectives;        // "und", "aber": dropped at the start of a headline
    std::span<const std::string_view> focus_particles;    // "bereits", "erst": go with the time phrase they precede
    std::span<const std::string_view> time_nouns;         // "Zeit", "Saison": "in der Saison 2007/08" is one time phrase
    std::span<const std::string_view> particles;          // "nämlich", "übrigens": dropped when a headline is long
    std::span<const std::string_view> genitive_determiners;  // "des", "der": a genitive goes with the noun before it
    std::span<const std::string_view> infinitive_markers;    // "zu": "…, den Sieg zu bestätigen" is no relative clause
    std::span<const std::string_view> support_verb_nouns;    // "Verfügung": "zur Verfügung stehen" keeps its phrase
    std::span<const std::string_view> complementizers;       // "dass", "ob": open a clause the verb before needs
    std::span<const std::string_view> salutations;           // "hallo", "liebe": "Hallo Anna, ..." opens a letter, no headline
    // Verb-second order (German): when a fronted phrase is dropped, the
    // subject that followed the finite verb moves before it.
    bool verb_second = false;
    // Nouns are capitalised (German): a run of capitalised words, articles
    // and adjectives is a noun phrase, and a headline of only that lacks its verb.
    bool capitalised_nouns = false;
};

struct LanguageData {
    std::string_view code;  // "de"
    std::span<const LexiconEntry> lexicon;
    std::span<const CompoundSpec> compounds;
    std::span<const RuleSpec> rules;
    std::span<const std::string_view> abbreviations;
    std::span<const std::string_view> abbreviation_suffixes;  // "str": "Speckbacherstr." does not end a sentence
    // Prepositions that open a temporal phrase ("am", "seit"): outside the
    // TIMEX3 extent, inside the phrase a reader names ("am Samstag").
    std::span<const std::string_view> signals;
    // Signals after which a date lies in the past whatever the tense ("seit Mai").
    std::span<const std::string_view> past_signals;
    // Signals of a deadline, after which a date lies ahead whatever the tense
    // ("until Tuesday morning", "postponed until mid-November").
    std::span<const std::string_view> future_signals;
    // What joins the two ends of a range ("vom 12. März bis 30. Juni 2024"):
    // the open end takes the year of the closed one.
    std::span<const std::string_view> range_words;
    bool ordinal_dot = false;
    // Frequent short words of the language ("der", "und"; "the", "and"): how
    // the language of a text is recognised.
    std::span<const std::string_view> function_words;
    TenseRules tense;
    ResolutionDefaults defaults;
    NarrativeRules narrative;
};

const LanguageData& german();
const LanguageData& english();
// Every language chronik knows, in a fixed order.
std::span<const LanguageData* const> languages();
// nullptr for a language chronik does not know ("de", "deu", "german", "en", "eng", "english", "en-US" ...).
const LanguageData* find_language(std::string_view code);

}  // namespace chronik
