// How German news narrates: the words the events stage reads (ordering
// cues, reporting frames, reported speech) and the words headlines are cut
// along (prepositions, clause openers, particles). Data only; the rules
// that use them are language-neutral (src/events).
#include "german.hpp"

namespace chronik::lang::de {
namespace {

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
constexpr std::string_view kAttributeNouns[] = {"jahrgang", "jahrgänge", "jg", "baujahr", "bj"};
constexpr std::string_view kAttributiveEndings[] = {"te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem"};
constexpr std::string_view kStopWords[] = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
    "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über",
    "unter", "vor", "hat", "hatte", "hatten", "haben", "ist", "war", "waren", "sind", "sei", "wird", "wurde",
    "auch", "nicht", "sich", "sein", "seine", "ihr", "ihre", "es", "er", "sie", "wir", "dass", "als", "wie",
    "so", "noch", "bereits", "schon", "nun", "um", "bis", "seit", "gegen"};

// Headlines.
constexpr std::string_view kPrepositions[] = {
    "an", "am", "ans", "auf", "aufs", "aus", "bei", "beim", "bis", "durch", "für", "gegen", "hinter", "in", "im",
    "ins", "mit", "nach", "neben", "ohne", "seit", "über", "um", "unter", "von", "vom", "vor", "während", "wegen",
    "zu", "zum", "zur", "zwischen", "trotz", "statt", "anstelle", "außer", "dank", "entlang", "gegenüber",
    "innerhalb", "außerhalb", "binnen", "laut", "samt", "seitens", "mittels", "per", "pro", "ab", "angesichts",
    "aufgrund", "infolge", "bezüglich", "einschließlich", "gemäß", "mithilfe", "oberhalb", "unterhalb"};
constexpr std::string_view kPronouns[] = {"ich", "du", "er", "sie", "es", "wir", "ihr", "man"};
constexpr std::string_view kRelativePronouns[] = {"der", "die", "das", "den", "dem", "deren", "dessen", "denen",
                                                  "welche", "welcher", "welches", "welchen", "welchem", "wo"};
constexpr std::string_view kSubordinators[] = {
    "dass", "weil", "da", "wenn", "als", "ob", "obwohl", "obgleich", "nachdem", "bevor", "ehe", "sobald",
    "solange", "sodass", "damit", "während", "indem", "falls", "sofern", "seitdem", "wobei", "wie", "um",
    "ohne", "statt", "anstatt", "zumal", "weshalb", "weswegen", "wogegen", "wohingegen"};
constexpr std::string_view kClauseOpeners[] = {"und", "oder", "aber", "denn", "sondern", "doch", "jedoch"};
constexpr std::string_view kConnectives[] = {"und", "oder", "aber", "denn", "doch", "sondern"};
constexpr std::string_view kFocusParticles[] = {"bereits", "schon", "erst", "noch", "auch", "gerade", "genau",
                                                "spätestens", "frühestens", "nur", "sogar", "zuletzt"};
constexpr std::string_view kTimeNouns[] = {"zeit", "zeitraum", "zeitspanne", "zeitpunkt", "saison", "spielzeit",
                                           "periode", "phase", "jahr", "jahre", "jahren", "jahres", "monat",
                                           "monats", "woche", "tag", "tages", "datum", "stichtag", "nacht", "abend",
                                           "morgen", "vormittag", "nachmittag", "wochenende"};
constexpr std::string_view kParticles[] = {
    "nämlich", "übrigens", "natürlich", "jedoch", "allerdings", "zudem", "außerdem", "ebenfalls", "bekanntlich",
    "indes", "eigentlich", "tatsächlich", "wohl", "ja", "also", "nunmehr", "mittlerweile", "zwar", "insgesamt",
    "jeweils", "bereits", "schon", "dabei", "bisher", "nun", "letztlich",
    "sicherlich", "freilich", "gleichzeitig", "gleichfalls", "hingegen", "dennoch", "trotzdem", "somit"};
constexpr std::string_view kGenitiveDeterminers[] = {"des", "der", "eines", "einer", "seines", "seiner",
                                                    "ihres", "ihrer", "dieses", "dieser"};
constexpr std::string_view kInfinitiveMarkers[] = {"zu"};
constexpr std::string_view kComplementizers[] = {"dass", "ob"};
constexpr std::string_view kSalutations[] = {"hallo", "liebe", "lieber", "liebes", "servus", "grüß", "hi", "geehrte",
                                             "geehrter", "geehrtes"};
// Nouns of support-verb constructions: the phrase is part of the verb.
constexpr std::string_view kSupportVerbNouns[] = {
    "verfügung", "kraft", "leben", "ende", "einsatz", "geltung", "sprache", "rede", "hilfe", "seite", "spitze",
    "ruhe", "folge", "frage", "last", "wort", "stande", "lage", "rechenschaft", "kenntnis", "verantwortung",
    "ausdruck", "austragung", "anwendung", "verhandlung", "betrieb", "angriff", "anspruch", "mittelpunkt",
    "vordergrund", "schluss", "abschluss", "verbindung", "erinnerung", "gefahr", "haft", "untersuchungshaft",
    "gericht", "teil", "plan", "weg", "hand", "griff", "sicht", "auge", "augen", "zug", "platz"};

}  // namespace

NarrativeRules narrative() {
    NarrativeRules n;
    n.before_cues = kBeforeCues;
    n.after_cues = kAfterCues;
    n.reporting_verbs = kReportingVerbs;
    n.source_prepositions = kSourcePrepositions;
    n.reported_speech = kReportedSpeech;
    n.anaphoric_subjects = kAnaphoricSubjects;
    n.hypothetical = kHypothetical;
    n.determiners = kDeterminers;
    n.conjunctions = kConjunctions;
    n.frame_openers = kFrameOpeners;
    n.source_frames = kSourceFrames;
    n.stop_words = kStopWords;
    n.attribute_nouns = kAttributeNouns;
    n.attributive_endings = kAttributiveEndings;
    n.prepositions = kPrepositions;
    n.pronouns = kPronouns;
    n.relative_pronouns = kRelativePronouns;
    n.subordinators = kSubordinators;
    n.clause_openers = kClauseOpeners;
    n.connectives = kConnectives;
    n.focus_particles = kFocusParticles;
    n.time_nouns = kTimeNouns;
    n.particles = kParticles;
    n.genitive_determiners = kGenitiveDeterminers;
    n.infinitive_markers = kInfinitiveMarkers;
    n.support_verb_nouns = kSupportVerbNouns;
    n.complementizers = kComplementizers;
    n.salutations = kSalutations;
    n.verb_second = true;
    n.capitalised_nouns = true;
    return n;
}

}  // namespace chronik::lang::de
