// Runs the example corpus of every language (src/lang/<code>/corpus.txt): every
// example must be found by its rule with exactly the marked extent, type and
// value; every negative example must stay untagged; every rule must have examples.
#include <chronik/tagger.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace chronik;

namespace {

struct Example {
    std::string rule;
    std::size_t line = 0;
    std::optional<date::year_month_day> anchor;  // none: a narrative without publication date
    Genre genre = Genre::news;
    std::string sentence;  // braces removed
    std::size_t begin = 0, end = 0;  // the marked extent
    bool negative = false;
    std::string type, value, mod;
};

std::string trim(std::string s) {
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<Example> load_corpus(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    std::vector<Example> out;
    std::string line, rule;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            rule = line.substr(1, line.size() - 2);
            continue;
        }
        Example ex;
        ex.rule = rule;
        ex.line = number;
        const auto bar1 = line.find(" | ");
        const auto bar2 = line.rfind(" | ");
        INFO(path << ":" << number << ": " << line);
        REQUIRE(bar1 != std::string::npos);
        REQUIRE(bar2 > bar1);
        // "2024-03-15", "2024-03-15 narrative" or "- narrative".
        std::istringstream head(line.substr(0, bar1));
        std::string date_text, genre_text;
        head >> date_text >> genre_text;
        if (!genre_text.empty()) {
            const auto genre = genre_named(genre_text);
            REQUIRE(genre);
            ex.genre = *genre;
        }
        if (date_text != "-" || ex.genre != Genre::narrative) {
            const auto anchor = parse_iso_date(date_text);
            REQUIRE(anchor);
            ex.anchor = *anchor;
        }
        std::string marked = line.substr(bar1 + 3, bar2 - bar1 - 3);
        const auto open = marked.find('{');
        const auto close = marked.find('}');
        REQUIRE(open != std::string::npos);
        REQUIRE(close > open);
        ex.begin = open;
        ex.end = close - 1;
        ex.sentence = marked.substr(0, open) + marked.substr(open + 1, close - open - 1) + marked.substr(close + 1);
        std::istringstream expected(line.substr(bar2 + 3));
        expected >> ex.type;
        if (ex.type == "-") {
            ex.negative = true;
        } else {
            expected >> ex.value >> ex.mod;
        }
        out.push_back(ex);
    }
    return out;
}

std::string corpus_path(const LanguageData& language) {
    return std::string(CHRONIK_SOURCE_DIR) + "/src/lang/" + std::string(language.code) + "/corpus.txt";
}

void check_examples(const LanguageData& language) {
    const auto examples = load_corpus(corpus_path(language));
    REQUIRE(examples.size() > 100);
    for (const Example& ex : examples) {
        INFO(language.code << "/corpus.txt:" << ex.line << " [" << ex.rule << "] " << ex.sentence);
        TagOptions options;
        options.published = ex.anchor;
        options.genre = ex.genre;
        options.language = &language;
        const TaggedText tagged = tag_text(ex.sentence, options);
        if (ex.negative) {
            for (const Expression& x : tagged.expressions) {
                INFO("tagged: " << ex.sentence.substr(x.begin, x.end - x.begin) << " = " << timex3(x.value));
                CHECK((x.end <= ex.begin || x.begin >= ex.end));
            }
            continue;
        }
        const Expression* found = nullptr;
        for (const Expression& x : tagged.expressions)
            if (x.begin == ex.begin && x.end == ex.end) found = &x;
        if (!found) {
            std::string got;
            for (const Expression& x : tagged.expressions) {
                got.append("[").append(ex.sentence, x.begin, x.end - x.begin);
                got.append("=").append(timex3(x.value)).append("] ");
            }
            INFO("expressions found: " << got);
            CHECK(found != nullptr);
            continue;
        }
        CHECK(std::string(found->rule) == ex.rule);
        CHECK(std::string(to_string(found->type)) == ex.type);
        CHECK(timex3(found->value) == ex.value);
        CHECK(std::string(to_string(found->mod)) == ex.mod);
    }
}

void check_coverage(const LanguageData& language) {
    const auto examples = load_corpus(corpus_path(language));
    std::map<std::string, int> count;
    for (const Example& ex : examples) ++count[ex.rule];
    const Grammar& g = grammar_for(language);
    for (auto name : g.rule_names()) {
        INFO("rule " << name);
        CHECK(count[std::string(name)] > 0);
    }
    for (auto name : g.negative_rule_names()) {
        INFO("negative rule " << name);
        CHECK(count[std::string(name)] > 0);
    }
    // And no examples for rules that do not exist.
    std::set<std::string> known;
    for (auto name : g.rule_names()) known.emplace(name);
    for (auto name : g.negative_rule_names()) known.emplace(name);
    for (const auto& [name, n] : count) {
        INFO("corpus block [" << name << "]");
        CHECK(known.count(name) == 1);
    }
}

}  // namespace

TEST_CASE("German corpus: every example is found by its rule", "[corpus][de]") { check_examples(german()); }
TEST_CASE("German corpus: every rule has examples", "[corpus][de]") { check_coverage(german()); }
TEST_CASE("English corpus: every example is found by its rule", "[corpus][en]") { check_examples(english()); }
TEST_CASE("English corpus: every rule has examples", "[corpus][en]") { check_coverage(english()); }
