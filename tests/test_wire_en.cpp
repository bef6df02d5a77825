// An English wire story (tests/data/wire_en.txt, written for this test): its
// publication date comes from the dateline, and the dates it tells resolve
// against it — weekdays by tense, "last week", "over the weekend", "next
// month", "the summer of 2026".
#include <chronik/resolve.hpp>
#include <chronik/tagger.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace chronik;
using namespace date;

namespace {

std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(CHRONIK_SOURCE_DIR) + "/tests/data/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TaggedText tag_english(const std::string& text) {
    TagOptions o;
    o.language = &english();
    return tag_text(text, o);
}

// The TIMEX3 value (and mod) of the expression whose extent is `what`, the first after `after`.
std::string value_of(const std::string& text, const TaggedText& t, const std::string& what,
                     const std::string& after = {}) {
    const auto at = text.find(what, after.empty() ? 0 : text.find(after));
    REQUIRE(at != std::string::npos);
    for (const Expression& x : t.expressions)
        if (x.begin == at && x.end == at + what.size())
            return timex3(x.value) + (x.mod == Mod::none ? "" : " " + std::string(to_string(x.mod)));
    return "(not found)";
}

}  // namespace

TEST_CASE("an English wire story: the publication date from its dateline, its dates against it", "[en][dateline]") {
    const std::string text = read_fixture("wire_en.txt");
    const TaggedText t = tag_english(text);
    REQUIRE(t.published == year_month_day{2025_y / March / 14});  // a Friday
    CHECK(t.published_from == PublishedFrom::dateline);
    REQUIRE(t.dateline_begin);
    CHECK(*t.dateline_begin == text.find("March 14, 2025"));

    // Past tense: the Thursday before; future: the Monday after.
    CHECK(value_of(text, t, "Thursday", "union said") == "2025-03-13");
    CHECK(value_of(text, t, "Monday", "will meet") == "2025-03-17");
    CHECK(value_of(text, t, "last week") == "2025-W10");
    CHECK(value_of(text, t, "the weekend", "over") == "2025-W10-WE");
    CHECK(value_of(text, t, "next month") == "2025-04");
    CHECK(value_of(text, t, "the summer of 2026") == "2026-SU");
    CHECK(value_of(text, t, "late February") == "2025-02 END");
    // "for a second time" counts occurrences, it is no duration.
    const auto second = text.find("a second time");
    for (const Expression& x : t.expressions) CHECK_FALSE((x.begin <= second && x.end > second));
}

TEST_CASE("English datelines: agency lines, a date line above the lead, bylines", "[en][dateline]") {
    auto published = [](const std::string& text) -> std::string {
        TagOptions o;
        o.language = &english();
        try {
            const TaggedText t = tag_text(text, o);
            return t.published ? iso_date(*t.published) : "none";
        } catch (const MissingPublicationDate&) {
            return "none";
        }
    };
    const std::string lead = "The Senate voted on Thursday to extend the program for two more years, "
                             "its leader told reporters after a long debate.\n";
    CHECK(published("ROTTERDAM, March 14, 2025 (Reuters) - " + lead) == "2025-03-14");
    CHECK(published("Berlin, 14 March 2025 (dpa) \u2013 " + lead) == "2025-03-14");
    CHECK(published("March 14, 2025 at 10:15 a.m. EDT\n\nWASHINGTON (AP) \u2014 " + lead) == "2025-03-14");
    CHECK(published("Senate extends program\nBy Jane Doe, Associated Press\nUpdated 10:15 AM EDT, March 14, 2025\n\n"
                    "WASHINGTON (AP) \u2014 " + lead) == "2025-03-14");
    CHECK(published("By JANE DOE | Friday, March 14, 2025\n\nWASHINGTON (AP) \u2014 " + lead) == "2025-03-14");
    // Not datelines: a date inside the lead, a parenthesis that is no agency.
    CHECK(published("WASHINGTON (AP) \u2014 The Senate voted on March 14, 2025 to extend the program for two more "
                    "years, its leader told reporters after a long debate.\n") == "none");
    CHECK(published("ROTTERDAM, March 14, 2025 (the day the strike began, as the union leaders recalled) - " + lead) ==
          "none");
}
