// Hyphenation with a dictionary cut down to the words at hand: the same
// break points as the whole dictionary, for thousands of generated German words.
#include "fixtures.hpp"
#include "hyphenate.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace chronik::render::detail;

namespace {

const std::string kGermanDictionary = "/usr/share/hyphen/hyph_de_DE.dic";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

// German-looking text made up here: compounds of administrative nouns,
// verbs with separable and inseparable prefixes, inflections, umlauts and ß.
std::string generated_german_text(std::size_t sentences) {
    static const char* const heads[] = {
        "Bundes",   "Landes",   "Staats",     "Stadt",   "Verkehrs", "Wirtschafts", "Energie",  "Sicherheits",
        "Gesundheits", "Arbeits", "Wohnungs", "Bildungs", "Umwelt",  "Klima",       "Finanz",   "Außen",
        "Innen",    "Verteidigungs", "Justiz", "Kultur", "Sozial",   "Familien",    "Haushalts", "Steuer",
        "Renten",   "Grenz",    "Handels",    "Zoll",    "Friedens", "Kriegs",      "Flüchtlings", "Wahl",
        "Partei",   "Regierungs", "Oppositions", "Fraktions", "Gerichts", "Polizei", "Feuerwehr", "Kranken",
        "Pflege",   "Schul",    "Hochschul",  "Forschungs", "Technologie", "Daten", "Netz",     "Strom",
        "Gas",      "Wasser",   "Straßen",    "Schienen", "Flug",    "Hafen",       "Bahn",     "Übergangs",
        "Größen",   "Gemeinde", "Kreis",      "Europa",  "Welt",     "Nachbarschafts", "Zukunfts", "Jugend"};
    static const char* const nouns[] = {
        "minister",  "ministerin", "regierung", "politik", "gesetz",   "entwurf",   "haushalt",  "vertrag",
        "abkommen",  "verhandlung", "konferenz", "gipfel", "ausschuss", "behörde",  "amt",       "gericht",
        "urteil",    "verfahren",  "reform",    "krise",   "streit",   "debatte",   "beschluss", "plan",
        "programm",  "paket",      "fonds",     "bericht", "prüfung",  "kontrolle", "versorgung", "sicherheit",
        "entwicklung", "förderung", "verwaltung", "planung", "leitung", "präsident", "sprecher", "vertreter",
        "experte",   "wirtschaft", "straße",    "größe",   "übergang", "zusammenarbeit", "schutz", "kasse"};
    static const char* const noun_endings[] = {"", "", "s", "n", "en", "es", "e", "er", "innen"};
    static const char* const verb_prefixes[] = {"be",  "ver", "ent", "zer",  "er",    "ge",     "über", "unter",
                                                "durch", "wider", "ab", "an", "auf", "aus",  "ein",    "mit",
                                                "nach", "vor",  "zu",  "zurück", "weiter", "fest", "frei", "hoch"};
    static const char* const verb_stems[] = {"sprech", "schreib", "arbeit", "handl", "führ", "stell", "leg",  "setz",
                                             "schließ", "öffn",   "bring",  "halt",  "nehm", "geb",   "komm", "zieh",
                                             "schieb", "kämpf",  "teidig", "stütz", "stätig", "klär", "ford", "warn",
                                             "droh",   "hoff",   "lob",    "rechn", "zähl", "wähl",  "prüf", "plan"};
    static const char* const verb_endings[] = {"en", "t", "te", "ten", "end", "ung", "ungen", "er", "bar", "lich", "bares"};
    static const char* const small[] = {"der", "die", "das", "und", "mit", "nach", "über", "für", "gegen", "im", "am"};
    chronik::render::fixtures::Lcg rng{2025};
    auto pick = [&](const auto& list) { return std::string(list[rng.next(unsigned(std::size(list)))]); };
    auto noun = [&] {
        std::string w = pick(heads);
        if (rng.next(3) == 0) {  // a compound of three: "Landesverkehrsminister"
            std::string middle = pick(heads);
            middle[0] = char(std::tolower(static_cast<unsigned char>(middle[0])));
            if (middle.starts_with("\xC3\x9C")) middle.replace(0, 2, "\xC3\xBC");  // Ü → ü
            if (middle.starts_with("\xC3\x84")) middle.replace(0, 2, "\xC3\xA4");
            w += middle;
        }
        return w + pick(nouns) + pick(noun_endings);
    };
    auto verb = [&] { return pick(verb_prefixes) + pick(verb_stems) + pick(verb_endings); };
    std::string text;
    for (std::size_t s = 0; s < sentences; ++s) {
        const unsigned words = 5 + rng.next(8);
        for (unsigned k = 0; k < words; ++k) {
            const unsigned kind = rng.next(5);
            text += kind < 2 ? noun() : kind < 4 ? verb() : pick(small);
            text += k + 1 < words ? " " : ". ";
        }
    }
    return text;
}

// The words of a text in the dictionary's form, each once.
std::vector<std::string> dictionary_words(const std::string& text) {
    std::set<std::string> out;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        const std::optional<std::string> w = latin1_lower(word);
        REQUIRE(w);
        out.insert(*w);
        word.clear();
    };
    for (const char c : text) {
        if (c == ' ' || c == '.') flush();
        else word += c;
    }
    flush();
    return {out.begin(), out.end()};
}

std::size_t count_lines(const std::string& s) { return std::size_t(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("render: hyphenation: the cut-down German dictionary breaks thousands of words as the whole one does",
          "[render][hyphenate]") {
    if (!std::filesystem::exists(kGermanDictionary)) {
        WARN("hyphen-de is not installed");
        return;
    }
    const std::string text = generated_german_text(1500);
    const std::vector<std::string> words = dictionary_words(text);
    REQUIRE(words.size() > 3000);

    const std::string whole_text = read_file(kGermanDictionary);
    const std::string cut = patterns_for_words(whole_text, words);
    INFO(words.size() << " words; " << count_lines(cut) << " of " << count_lines(whole_text) << " lines kept");
    CHECK(count_lines(cut) < count_lines(whole_text) / 2);
    CHECK(cut.starts_with("ISO8859-1\n"));
    CHECK(cut.find("\nNEXTLEVEL\n") != std::string::npos);
    CHECK(cut.find("\nCOMPOUNDLEFTHYPHENMIN 2\n") != std::string::npos);
    CHECK(cut.find("\nNOHYPHEN -,'\n") != std::string::npos);

    const std::optional<HyphenDictionary> whole = HyphenDictionary::from_file(kGermanDictionary);
    const std::optional<HyphenDictionary> part = HyphenDictionary::from_text(cut);
    REQUIRE(whole);
    REQUIRE(part);
    std::size_t breaks = 0, differing = 0;
    for (const std::string& w : words) {
        const std::vector<Break> expected = whole->breaks(w);
        breaks += std::size_t(std::count(expected.begin(), expected.end(), Break::standard));
        if (part->breaks(w) != expected) {
            ++differing;
            UNSCOPED_INFO("differs: " << w);
        }
    }
    CHECK(differing == 0);
    CHECK(breaks > words.size());  // the comparison is not between empty results
}

TEST_CASE("render: hyphenation: a pattern left out keeps its part that occurs as a state", "[render][hyphenate]") {
    // "ab" is a state only because of "abz": in "xxabyy" the automaton
    // stands in "ab" after the b, where "b1" does not apply. Without that
    // state it would stand in "b" and break after the b.
    const std::string dictionary = "ISO8859-1\nb1\nabz\n";
    const std::string cut = patterns_for_words(dictionary, {"xxabyy"});
    CHECK(cut == "ISO8859-1\nab\nb1\n");
    const std::optional<HyphenDictionary> whole = HyphenDictionary::from_text(dictionary);
    const std::optional<HyphenDictionary> part = HyphenDictionary::from_text(cut);
    REQUIRE(whole);
    REQUIRE(part);
    CHECK(part->breaks("xxabyy") == whole->breaks("xxabyy"));
    const std::optional<HyphenDictionary> without_state = HyphenDictionary::from_text("ISO8859-1\nb1\n");
    REQUIRE(without_state);
    CHECK(without_state->breaks("xxabyy") != whole->breaks("xxabyy"));  // the case is real
}

TEST_CASE("render: hyphenation: boundary patterns stay for parts of compounds — comments and other words' patterns go",
          "[render][hyphenate]") {
    const std::string dictionary =
        "ISO8859-1\n% a comment\nLEFTHYPHENMIN 2\n.dampf1\nzy1pri\nNEXTLEVEL\n1f.\n.schif1\nqu1x\n";
    const std::string cut = patterns_for_words(dictionary, {"donaudampfschiff"});
    // ".dampf" and "f." match the part "dampf" of the compound, not the whole word.
    CHECK(cut == "ISO8859-1\nLEFTHYPHENMIN 2\n.dampf1\nNEXTLEVEL\n1f.\n.schif1\n");
}

TEST_CASE("render: hyphenation: German headlines get soft hyphens after the dictionary's break points", "[render][hyphenate]") {
    if (!std::filesystem::exists(kGermanDictionary)) {
        WARN("hyphen-de is not installed");
        return;
    }
    const std::vector<std::string> out =
        hyphenate({"Die Bundesregierung verhandelt", "KCNA und NATO", "kurz", "Schon\u00ADgetrennt"}, "de", "/usr/share/hyphen");
    REQUIRE(out.size() == 4);
    CHECK(out[0] == "Die Bun\u00ADdes\u00ADre\u00ADgie\u00ADrung ver\u00ADhan\u00ADdelt");
    CHECK(out[1] == "KCNA und NATO");          // acronyms and short words stay whole
    CHECK(out[2] == "kurz");
    CHECK(out[3] == "Schon\u00ADgetrennt");    // soft hyphens already there: left alone
    CHECK(hyphenate({"Bundesregierung"}, "xx", "/usr/share/hyphen") == std::vector<std::string>{"Bundesregierung"});
}
