// The example article end to end: its nine expressions (../shared/seed/README.md),
// with the phrase a reader names and its value, and the publication date found
// in the dateline.
#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace chronik;

TEST_CASE("seed article: nine expressions, dateline found", "[seed]") {
    const SourceDocument doc =
        read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
    const TaggedText t = tag_text(doc.text, TagOptions{});
    REQUIRE(t.published);
    CHECK(*t.published == date::year_month_day{date::year{2025}, date::month{7}, date::day{13}});
    CHECK(t.published_from == PublishedFrom::dateline);

    struct Expected {
        std::string phrase, type, value;
    };
    const std::vector<Expected> expected = {
        {"13. Juli 2025", "DATE", "2025-07-13"},   {"am Sonntag", "DATE", "2025-07-13"},
        {"am Samstag", "DATE", "2025-07-12"},      {"in sehr naher Zukunft", "DATE", "FUTURE_REF"},
        {"in Zukunft", "DATE", "FUTURE_REF"},      {"Im August 2024", "DATE", "2024-08"},
        {"in der Vergangenheit", "DATE", "PAST_REF"}, {"Im April", "DATE", "2025-04"},
        {"Im vergangenen Jahr", "DATE", "2024"},
    };
    REQUIRE(t.expressions.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Expression& x = t.expressions[i];
        const std::string phrase = doc.text.substr(x.phrase_begin, x.end - x.phrase_begin);
        INFO("expression " << i << ": " << phrase);
        CHECK(phrase == expected[i].phrase);
        CHECK(std::string(to_string(x.type)) == expected[i].type);
        CHECK(timex3(x.value) == expected[i].value);
    }
    // The "13. Juli 2025" glued to "Epoch Times" is found with its exact bytes.
    const auto at = doc.text.find("Times13. Juli 2025");
    REQUIRE(at != std::string::npos);
    CHECK(t.expressions[0].begin == at + 5);
}

TEST_CASE("seed article: no date from the post numbers", "[seed]") {
    const SourceDocument doc =
        read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
    const TaggedText t = tag_text(doc.text, TagOptions{});
    const auto posts = doc.text.find("[etd-related");
    REQUIRE(posts != std::string::npos);
    for (const Expression& x : t.expressions) CHECK((x.end < posts || x.begin > posts + 45));
}
