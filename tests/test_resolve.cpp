// Resolution against the publication date: month and year boundaries, leap
// years, movable feasts, tense, anaphora.
#include <chronik/resolve.hpp>
#include <chronik/tagger.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace chronik;
using namespace date;

namespace {

// The TIMEX3 value of the expression whose extent is `what` in `text`.
std::string value_of(const std::string& text, const std::string& what, year_month_day published) {
    TagOptions o;
    o.published = published;
    const TaggedText t = tag_text(text, o);
    const auto at = text.find(what);
    REQUIRE(at != std::string::npos);
    for (const Expression& x : t.expressions)
        if (x.begin == at && x.end == at + what.size()) return timex3(x.value);
    return "(not found)";
}

}  // namespace

TEST_CASE("Easter and the feasts that move with it", "[resolve]") {
    CHECK(easter_sunday(2024) == sys_days{2024_y / March / 31});
    CHECK(easter_sunday(2025) == sys_days{2025_y / April / 20});
    CHECK(easter_sunday(2000) == sys_days{2000_y / April / 23});
    CHECK(easter_sunday(2038) == sys_days{2038_y / April / 25});  // the latest possible
    CHECK(easter_sunday(2285) == sys_days{2285_y / March / 22});  // the earliest possible
    CHECK(value_of("Pfingsten 2025 ist spät.", "Pfingsten 2025", 2025_y / January / 10) == "2025-06-08");
    CHECK(value_of("Der Karfreitag 2024 ist frei.", "Karfreitag 2024", 2024_y / January / 10) == "2024-03-29");
    CHECK(value_of("Fronleichnam 2024 wird gefeiert.", "Fronleichnam 2024", 2024_y / January / 10) == "2024-05-30");
}

TEST_CASE("deictic days cross month and year boundaries", "[resolve]") {
    CHECK(value_of("Das war gestern.", "gestern", 2025_y / January / 1) == "2024-12-31");
    CHECK(value_of("Das war vorgestern.", "vorgestern", 2024_y / March / 1) == "2024-02-28");
    CHECK(value_of("Das ist morgen.", "morgen", 2024_y / February / 28) == "2024-02-29");
    CHECK(value_of("Das ist morgen.", "morgen", 2023_y / February / 28) == "2023-03-01");
    CHECK(value_of("Das war im vergangenen Monat.", "vergangenen Monat", 2025_y / January / 15) == "2024-12");
    CHECK(value_of("Das kommt nächstes Jahr.", "nächstes Jahr", 2024_y / December / 31) == "2025");
    CHECK(value_of("Das war letzte Woche.", "letzte Woche", 2025_y / January / 2) == "2024-W52");
}

TEST_CASE("weekdays follow the tense and the publication day", "[resolve]") {
    // Past tense: the one before; the publication day's own weekday is that day.
    CHECK(value_of("Er hatte ihn am Samstag getroffen.", "Samstag", 2025_y / July / 13) == "2025-07-12");
    CHECK(value_of("KCNA berichtete am Sonntag.", "Sonntag", 2025_y / July / 13) == "2025-07-13");
    CHECK(value_of("Am Freitag war Ruhe.", "Freitag", 2025_y / January / 1) == "2024-12-27");
    // Future: the next one.
    CHECK(value_of("Der Rat wird am Montag entscheiden.", "Montag", 2025_y / July / 13) == "2025-07-14");
    CHECK(value_of("Am kommenden Freitag wird gewählt.", "kommenden Freitag", 2024_y / December / 30) == "2025-01-03");
}

TEST_CASE("months without a year follow the tense", "[resolve]") {
    CHECK(value_of("Im April bestätigte Nordkorea die Entsendung.", "April", 2025_y / July / 13) == "2025-04");
    CHECK(value_of("Im Dezember hatte die Firma Verluste.", "Dezember", 2025_y / July / 13) == "2024-12");
    CHECK(value_of("Im Dezember wird gewählt.", "Dezember", 2025_y / July / 13) == "2025-12");
    CHECK(value_of("Im Januar soll es losgehen.", "Januar", 2024_y / November / 20) == "2025-01");
}

TEST_CASE("dates without a year near the publication date", "[resolve]") {
    CHECK(value_of("Die Rennen vom 18. Dezember wurden verlegt.", "18. Dezember", 2014_y / December / 16) == "2014-12-18");
    CHECK(value_of("Das Fest am 2. Januar war schön.", "2. Januar", 2024_y / December / 28) == "2025-01-02");
    CHECK(value_of("Am 29. Februar wird gefeiert.", "29. Februar", 2024_y / February / 10) == "2024-02-29");
    // A year written in the same sentence places the day.
    CHECK(value_of("Die Spiele 2024 in Paris beginnen am 26. Juli.", "26. Juli", 2023_y / November / 13) == "2024-07-26");
    // "seit": in the past, however near the date ahead is.
    CHECK(value_of("Seit dem 20. März gilt die Regel.", "20. März", 2024_y / March / 7) == "2023-03-20");
    // 29 February does not exist in 2023: the last one that did.
    CHECK(value_of("Am 29. Februar wurde gefeiert.", "29. Februar", 2023_y / March / 5) == "2020-02-29");
}

TEST_CASE("invalid dates are not tagged", "[resolve]") {
    TagOptions o;
    o.published = 2025_y / July / 13;
    const std::string text = "Am 31. April 2025 und am 30.02.2024 geschah nichts.";
    const TaggedText t = tag_text(text, o);
    for (const Expression& x : t.expressions) {
        INFO(text.substr(x.begin, x.end - x.begin) << " = " << timex3(x.value));
        CHECK(timex3(x.value).find("04-31") == std::string::npos);
        CHECK(timex3(x.value).find("02-30") == std::string::npos);
    }
}

TEST_CASE("anaphoric expressions count from the last date", "[resolve]") {
    const auto d = 2024_y / March / 15;
    CHECK(value_of("Am 30. Dezember 2023 begann es. Zwei Tage später war es vorbei.", "Zwei Tage später", d) ==
          "2024-01-01");
    CHECK(value_of("Im Juli 2020 ging er. Im Jahr darauf kam er zurück.", "Jahr darauf", d) == "2021");
    CHECK(value_of("Am 3. Juni 2019 kam er an. Am selben Tag reiste er ab.", "selben Tag", d) == "2019-06-03");
    CHECK(value_of("Im März wurde gebaut, am 5. war Richtfest.", "5.", d) == "2024-03-05");
}

TEST_CASE("intervals have earliest and latest days", "[resolve]") {
    TagOptions o;
    o.published = 2025_y / July / 13;
    const TaggedText t = tag_text("Im August 2024 und Ende 2024 und im Februar 2024.", o);
    REQUIRE(t.expressions.size() == 3);
    CHECK(t.expressions[0].earliest == sys_days{2024_y / August / 1});
    CHECK(t.expressions[0].latest == sys_days{2024_y / August / 31});
    CHECK(t.expressions[0].granularity == Granularity::month);
    CHECK(t.expressions[1].mod == Mod::end);
    CHECK(t.expressions[1].earliest > sys_days{2024_y / August / 31});
    CHECK(t.expressions[1].latest == sys_days{2024_y / December / 31});
    CHECK(t.expressions[2].latest == sys_days{2024_y / February / 29});
}

TEST_CASE("a phrase takes the prepositions before its expression", "[tagger]") {
    TagOptions o;
    o.published = 2025_y / March / 14;
    const std::string text = "Ab dem 1. Juli gilt es. Es bleibt bis zum 5. August. Er schwieg dem 3. Mai zum Trotz.";
    const TaggedText t = tag_text(text, o);
    REQUIRE(t.expressions.size() == 3);
    auto phrase = [&](const Expression& x) { return text.substr(x.phrase_begin, x.end - x.phrase_begin); };
    CHECK(phrase(t.expressions[0]) == "Ab dem 1. Juli");
    CHECK(phrase(t.expressions[1]) == "bis zum 5. August");
    // A determiner alone is not a preposition.
    CHECK(phrase(t.expressions[2]) == "3. Mai");
}

TEST_CASE("a dateline may open the first paragraph, set off by a dash", "[tagger]") {
    const TaggedText t = tag_text("Berlin, 14. März 2025 – Die Regierung will am Montag entscheiden.\n", TagOptions{});
    REQUIRE(t.published);
    CHECK(*t.published == 2025_y / March / 14);
    CHECK(t.published_from == PublishedFrom::dateline);
    // Without the dash, a date in the first sentence is an event, not a dateline.
    CHECK_THROWS_AS(tag_text("Die Regierung hatte am 14. März 2025 in Berlin lange über den Entwurf des neuen Gesetzes beraten.\n", TagOptions{}),
                    MissingPublicationDate);
}

TEST_CASE("the ends of a range come out in order", "[resolve]") {
    const auto wednesday = 2025_y / November / 12;
    // The closing end moves forward within its cycle ...
    CHECK(value_of("Die Ausstellung ist von Dienstag bis Sonntag geöffnet.", "Sonntag", wednesday) == "2025-11-16");
    CHECK(value_of("Vom 20. Dezember bis 6. Januar bleibt das Amt zu.", "6. Januar", wednesday) == "2026-01-06");
    // ... unless a past would then end after the publication date: then the
    // opening end moves back.
    CHECK(value_of("Von Oktober bis März hatte es kaum geschneit.", "Oktober", wednesday) == "2024-10");
    CHECK(value_of("Von Oktober bis März hatte es kaum geschneit.", "März", wednesday) == "2025-03");
    // Ends in order stay as they are; years written out are never moved.
    CHECK(value_of("Von Freitag bis Montag hatte es geregnet.", "Freitag", wednesday) == "2025-11-07");
    CHECK(value_of("Von Oktober 2030 bis März 2020 galt das nicht.", "März 2020", wednesday) == "2020-03");
}

TEST_CASE("a narrative counts from the narrated time, news from the publication date", "[resolve][narrative]") {
    const std::string text = "Im Juni 1815 zog Napoleon nach Norden. Am 18. Juni verlor er bei Waterloo. "
                             "Zwei Tage später war er in Paris. Im folgenden Jahr kam er nach St. Helena. "
                             "Heute erinnert ein Museum daran.";
    TagOptions o;
    o.published = 2011_y / February / 16;
    o.genre = Genre::narrative;
    const TaggedText narrative = tag_text(text, o);
    o.genre = Genre::news;
    const TaggedText news = tag_text(text, o);
    auto value = [&](const TaggedText& t, const std::string& what) {
        const auto at = text.find(what);
        for (const Expression& x : t.expressions)
            if (x.begin == at && x.end == at + what.size()) return timex3(x.value);
        return std::string("(not found)");
    };
    CHECK(value(narrative, "18. Juni") == "1815-06-18");
    CHECK(value(narrative, "Zwei Tage später") == "1815-06-20");
    CHECK(value(narrative, "folgenden Jahr") == "1816");
    CHECK(value(narrative, "Heute") == "PRESENT_REF");
    CHECK(value(news, "Heute") == "2011-02-16");
}

TEST_CASE("a narrative needs no publication date, news does", "[resolve][narrative]") {
    TagOptions o;
    o.genre = Genre::narrative;
    const std::string text = "Am 3. Mai brach der Aufstand aus. 1848 erreichte er Wien, am 13. März.";
    const TaggedText t = tag_text(text, o);
    CHECK_FALSE(t.published);
    REQUIRE(t.expressions.size() == 3);
    CHECK(timex3(t.expressions[0].value) == "XXXX-05-03");
    CHECK(timex3(t.expressions[1].value) == "1848");
    CHECK(timex3(t.expressions[2].value) == "1848-03-13");
    o.genre = Genre::news;
    CHECK_THROWS_AS(tag_text(text, o), MissingPublicationDate);
    CHECK(genre_named("narrative") == Genre::narrative);
    CHECK(genre_named("news") == Genre::news);
    CHECK_FALSE(genre_named("novel"));
}

TEST_CASE("a heading takes a narrative back to the time of its section", "[resolve][narrative]") {
    const std::string text = "1862\n\nDer Westen\n\nIm Mai 1863 fiel die Stadt.\n\nDer Osten\n\n"
                             "Im Juni kam es zur Schlacht.\n\n1864\n\nIm Mai begann der Feldzug.\n";
    TagOptions o;
    o.published = 2011_y / February / 16;
    o.genre = Genre::narrative;
    const TaggedText t = tag_text(text, o);
    std::vector<std::string> values;
    for (const Expression& x : t.expressions) values.push_back(timex3(x.value));
    // "Im Juni" opens the section "Der Osten" of 1862, not the May of 1863 told before it.
    CHECK(values == std::vector<std::string>{"1862", "1863-05", "1862-06", "1864", "1864-05"});
}
