// Events, ordering and the timeline builder.
#include <chronik/build.hpp>
#include <chronik/events.hpp>
#include <chronik/export.hpp>
#include <chronik/graph.hpp>
#include <chronik/locale.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace chronik;
using namespace date;

namespace {

SourceDocument text_document(std::string source, std::string text) { return parse_document(std::move(source), std::move(text)); }

std::string headline(const std::string& sentence, const std::string& time_phrase = "") {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> phrases;
    if (!time_phrase.empty()) {
        const auto at = sentence.find(time_phrase);
        REQUIRE(at != std::string::npos);
        phrases.emplace_back(std::uint32_t(at), std::uint32_t(at + time_phrase.size()));
    }
    return condense_headline(sentence, 0, phrases, german());
}

}  // namespace

TEST_CASE("seed: the events of the specification, in order, with their dates", "[timeline][seed]") {
    const SourceDocument doc = read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
    const Timeline t = build_timeline(doc);
    REQUIRE(t.sources.size() == 1);
    CHECK(t.sources[0].name == "Epoch Times");
    CHECK(t.title == "Kim Jong Un: „Bedingungslose“ Unterstützung im Ukraine-Krieg");
    // ../shared/seed/README.md, oldest first.
    const std::vector<std::string> when = {"2024",       "2024-08",    "",           "PAST_REF",  "2025-04",
                                           "",           "2025-07-12", "2025-07-13", "FUTURE_REF"};
    REQUIRE(t.events.size() == when.size());
    for (std::size_t i = 0; i < when.size(); ++i) {
        INFO("event " << i << ": " << t.events[i].headline);
        CHECK(t.events[i].when.timex3() == when[i]);
    }
    CHECK(t.events[1].headline == "Die Ukraine hatte eine Offensive in der russischen Grenzregion Kursk gestartet");
    CHECK(t.events[2].headline.rfind("Mithilfe des Einsatzes", 0) == 0);        // after the offensive
    CHECK(t.events[4].headline == "Nordkorea bestätigte die Entsendung von Soldaten nach Russland");
    CHECK(t.events[5].headline.rfind("Zuvor hatte Lawrow", 0) == 0);            // before the meeting
    CHECK(t.events[7].headline == "Die staatliche nordkoreanische Nachrichtenagentur KCNA berichtet");
    // The pledge KCNA reported on Sunday is told with the meeting it happened at, on Saturday.
    bool pledge_with_meeting = false;
    for (const auto& m : t.events[6].mentions) pledge_with_meeting |= m.sentence.find("zugesagt") != std::string::npos;
    CHECK(pledge_with_meeting);
    // The cue links: offensive → retaking, "Zuvor" → meeting.
    auto linked = [&](std::size_t from, std::size_t to) {
        return std::any_of(t.links.begin(), t.links.end(), [&](const Link& l) {
            return l.from == from && l.to == to && l.from_cue && l.order == Order::before;
        });
    };
    CHECK(linked(1, 2));
    CHECK(linked(5, 6));
    CHECK(t.notes.empty());
}

TEST_CASE("headlines drop time phrases and reporting frames where safe", "[timeline]") {
    CHECK(headline("Lawrow hatte Kim am Samstag in Pjöngjang getroffen.", "am Samstag") ==
          "Lawrow hatte Kim in Pjöngjang getroffen");
    // A fronted time phrase: the subject moves to the front.
    CHECK(headline("Im April bestätigte Nordkorea die Entsendung.", "Im April") == "Nordkorea bestätigte die Entsendung");
    CHECK(headline("Im Jahr 2024 hatten Russland und Nordkorea einen Vertrag geschlossen.", "Im Jahr 2024") ==
          "Russland und Nordkorea hatten einen Vertrag geschlossen");
    // Without a recognisable subject the fronted time phrase stays: no verb-first fragment.
    CHECK(headline("Gestern wurde gewählt.", "Gestern") == "Gestern wurde gewählt");
    CHECK(headline("Die Gespräche seien gut verlaufen, sagte Lawrow.") == "Die Gespräche seien gut verlaufen");
    CHECK(headline("Beide betonten ihre Einigkeit, wie das Außenministerium erklärte.") == "Beide betonten ihre Einigkeit");
    CHECK(headline("Der Vertrag gilt laut Tass ab sofort.") == "Der Vertrag gilt ab sofort");
    CHECK(headline("Putin hoffe auf Kontakte, so die Agentur Tass.") == "Putin hoffe auf Kontakte");
    const std::string long_sentence(300, 'x');
    const std::string words = "Das ist ein sehr langer Satz " + std::string(200, 'a') + " mit Ende.";
    CHECK(headline(words).size() <= 120 * 3);
    std::size_t chars = 0;
    for (unsigned char c : headline(words)) chars += (c & 0xC0) != 0x80;
    CHECK(chars <= kMaxHeadlineChars);
    CHECK(headline(words).find("…") != std::string::npos);
}

TEST_CASE("a date in a hypothetical clause dates nothing", "[timeline]") {
    const SourceDocument doc = text_document(
        "a.txt", "Auf die Frage, ob Truppen in Zukunft eingesetzt würden, verwies er auf Moskau. Am Montag kam er an.");
    const Timeline t = build_timeline(doc, 2025_y / July / 16);
    REQUIRE(t.events.size() == 1);
    CHECK(t.events[0].when.timex3() == "2025-07-14");
}

TEST_CASE("a report with two dates is dated by the earlier one", "[timeline]") {
    const SourceDocument doc =
        text_document("a.txt", "KCNA berichtete am Sonntag, Kim habe Lawrow am Samstag empfangen.");
    const Timeline t = build_timeline(doc, 2025_y / July / 13);
    REQUIRE(t.events.size() == 1);
    CHECK(t.events[0].when.timex3() == "2025-07-12");
}

TEST_CASE("a report that refers back to a dated sentence is no event of its own", "[timeline]") {
    // "Dies berichtete …" after a dated sentence says who told it: one event, the sitting.
    const Timeline after_dated = build_timeline(
        text_document("a.txt", "Die nächste Sitzung des Gemeinderates findet am 29. Juli statt. Dies berichtete der "
                               "Bürgermeister gestern."),
        2025_y / July / 13);
    REQUIRE(after_dated.events.size() == 1);
    CHECK(after_dated.events[0].when.timex3() == "2025-07-29");
    // After undated sentences the report dates what it refers back to: the report and its content.
    const Timeline after_undated = build_timeline(
        text_document("b.txt", "Die Polizei nahm den Mann in Meran fest. Das berichtete die Polizei am Samstag."),
        2025_y / July / 13);
    CHECK(after_undated.events.size() == 2);
}

TEST_CASE("a date that describes a thing dates no event", "[timeline]") {
    auto dates = [](std::string_view text) {
        std::vector<std::string> out;
        for (const Event& e : build_timeline(text_document("a.txt", std::string(text)), 2014_y / July / 8).events)
            out.push_back(e.when.timex3());
        return out;
    };
    // A determiner, the date, a participle, its noun: the founding describes the club.
    CHECK(dates("Der 1950 gegründete Verein feierte am Samstag sein Jubiläum.") == std::vector<std::string>{"2014-07-05"});
    CHECK(dates("Das am 5. Mai eröffnete Museum zählte am Sonntag den tausendsten Besucher.") ==
          std::vector<std::string>{"2014-07-06"});
    // A vintage or a year of birth as an attribute.
    CHECK(dates("Die Schützen, Jahrgang 1950, trafen sich am Sonntag.") == std::vector<std::string>{"2014-07-06"});
    CHECK(dates("Gereicht wurde ein Weißburgunder, Jahrgang 2013.").empty());
    // The same dates as the sentence's own time stay.
    CHECK(dates("Der Verein wurde 1950 gegründet.") == std::vector<std::string>{"1950"});
    CHECK(dates("Am 5. Mai eröffnete das Museum.") == std::vector<std::string>{"2014-05-05"});
}

TEST_CASE("ranges give one event spanning both ends", "[timeline]") {
    const SourceDocument doc = text_document("a.txt", "Er war von 1998 bis 2005 Bundeskanzler.");
    const Timeline t = build_timeline(doc, 2025_y / July / 13);
    REQUIRE(t.events.size() == 1);
    CHECK(t.events[0].when.edtf() == "1998/2005");
    CHECK(t.events[0].when.latest == sys_days{2005_y / December / 31});
}

TEST_CASE("two articles merge into one timeline — duplicates keep both sources", "[timeline]") {
    const SourceDocument a = text_document(
        "a.txt", "Am 3. Oktober 1990 trat die DDR der Bundesrepublik bei. Am 9. November 1989 fiel die Mauer in Berlin.");
    const SourceDocument b = text_document(
        "b.txt", "Am 9. November 1989 fiel die Mauer in Berlin. Im Jahr 2000 zog die Regierung nach Berlin um.");
    const Timeline t = build_timeline({ArticleInput{&a, 2024_y / March / 1}, ArticleInput{&b, 2024_y / March / 2}});
    REQUIRE(t.sources.size() == 2);
    CHECK(t.sources[1].published == 2024_y / March / 2);
    REQUIRE(t.events.size() == 3);
    CHECK(t.events[0].when.timex3() == "1989-11-09");
    CHECK(t.events[0].mentions.size() == 2);
    CHECK(t.events[0].mentions[0].source != t.events[0].mentions[1].source);
    CHECK(t.events[1].when.timex3() == "1990-10-03");
    CHECK(t.events[2].when.timex3() == "2000");
    CHECK(t.events[2].mentions[0].source == 1);
}

TEST_CASE("intervals relate by granularity", "[graph]") {
    const EventTime y2024 = EventTime::calendar(Period::year(2024));
    const EventTime aug = EventTime::calendar(Period::month(2024, 8));
    const EventTime sep = EventTime::calendar(Period::month(2024, 9));
    const EventTime q3 = EventTime::calendar(Period::quarter(2024, 3));
    const EventTime summer = EventTime::calendar(Period::season(2024, Season::summer));
    CHECK(interval_order(y2024, aug) == Order::includes);
    CHECK(interval_order(aug, sep) == Order::before);
    CHECK(interval_order(aug, aug) == Order::simultaneous);
    CHECK(interval_order(q3, summer) == Order::overlaps);
    EventTime vague;
    vague.kind = TimeKind::past;
    CHECK_FALSE(interval_order(vague, aug));
}

TEST_CASE("the order: by start, coarser first, then the text — cue links respected", "[graph]") {
    std::vector<Event> events(5);
    events[0].when = EventTime::calendar(Period::month(2024, 8));
    events[1].when = EventTime::calendar(Period::year(2024));
    events[2].when = EventTime::calendar(Period::day(2024_y / January / 1));
    events[3].when = EventTime{};  // undated: before event 0 by a cue
    events[4].when = EventTime::calendar(Period::year(2020));
    for (std::size_t i = 0; i < events.size(); ++i) events[i].headline = std::string("e").append(std::to_string(i));
    const std::vector<std::uint64_t> positions = {0, 1, 2, 3, 4};
    const Ordering o = order_events(events, positions, {Link{3, 0, Order::before, true}});
    // 2020, then 2024 (the year before its first day), 1 Jan 2024, the undated one, August 2024.
    CHECK(o.order == std::vector<std::size_t>{4, 1, 2, 3, 0});
    CHECK(o.notes.empty());
}

TEST_CASE("an undated event is dated by its first cue link to a calendar date — placing_links as the scan", "[timeline]") {
    Timeline t;
    t.language = "de";
    t.events.resize(6);
    t.events[0].when = EventTime::calendar(Period::month(2024, 8));
    t.events[1].when = EventTime{};  // after event 0 (its second link; the first names an undated event)
    t.events[2].when = EventTime::calendar(Period::day(2025_y / July / 12));
    t.events[3].when = EventTime{};  // before event 2
    t.events[4].when = EventTime{};  // no link places it
    t.events[5].when = EventTime{};
    t.links = {Link{4, 1, Order::before, true},  Link{0, 1, Order::before, true}, Link{3, 2, Order::before, true},
               Link{3, 0, Order::before, true},  Link{5, 2, Order::before, false}, Link{5, 9, Order::before, true},
               Link{2, 5, Order::includes, true}};
    const Locale& l = german_locale();
    CHECK(format_event_time(t, 1, l) == "nach " + format_period(Period::month(2024, 8), l));
    CHECK(format_event_time(t, 3, l).starts_with("vor"));
    CHECK(format_event_time(t, 3, l) != format_event_time(t, 1, l));
    CHECK(format_event_time(t, 4, l) == format_time(EventTime{}, l));
    CHECK(format_event_time(t, 5, l) == format_time(EventTime{}, l));  // not a cue, beyond the events, not before
    // One pass over the links gives what a scan for each event gives, in
    // any order of the links.
    for (int turn = 0; turn < 2; ++turn) {
        const std::vector<std::size_t> placing = placing_links(t);
        for (std::size_t i = 0; i < t.events.size(); ++i) CHECK(format_event_time(t, i, l, placing) == format_event_time(t, i, l));
        std::reverse(t.links.begin(), t.links.end());
    }
    CHECK(format_event_time(t, 3, l).starts_with("vor"));
}

TEST_CASE("contradictions drop the cue link and are reported", "[graph]") {
    std::vector<Event> events(2);
    events[0].when = EventTime::calendar(Period::year(2020));
    events[1].when = EventTime::calendar(Period::year(2024));
    events[0].headline = "early";
    events[1].headline = "late";
    // A cue says 2024 comes before 2020: the dates win.
    const Ordering o = order_events(events, {0, 1}, {Link{1, 0, Order::before, true}});
    CHECK(o.order == std::vector<std::size_t>{0, 1});
    REQUIRE(o.notes.size() == 1);
    CHECK(o.notes[0].find("late") != std::string::npos);
    for (const Link& l : o.links) CHECK_FALSE(l.from_cue);
}

TEST_CASE("building is deterministic", "[timeline]") {
    const SourceDocument doc = read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
    const Timeline a = build_timeline(doc);
    const Timeline b = build_timeline(doc);
    REQUIRE(a.events.size() == b.events.size());
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        CHECK(a.events[i].id == b.events[i].id);
        CHECK(a.events[i].headline == b.events[i].headline);
    }
}

TEST_CASE("event ids are unique even when sentences repeat", "[timeline]") {
    // Within one article, and across two identical articles whose undated
    // events are never merged.
    const std::string text = "Zuvor hatte es Streit gegeben. Am 9. November 1989 fiel die Mauer. Zuvor hatte es Streit gegeben. "
                             "Am 9. November 1989 fiel die Mauer.";
    const SourceDocument a = text_document("a.txt", text);
    const SourceDocument b = text_document("b.txt", text);
    const Timeline t = build_timeline({ArticleInput{&a, 2024_y / March / 1}, ArticleInput{&b, 2024_y / March / 1}});
    REQUIRE(t.events.size() >= 3);
    std::vector<std::string> ids;
    for (const Event& e : t.events) ids.push_back(e.id);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    // Stable: the same input gives the same ids.
    const Timeline again = build_timeline({ArticleInput{&a, 2024_y / March / 1}, ArticleInput{&b, 2024_y / March / 1}});
    REQUIRE(again.events.size() == t.events.size());
    for (std::size_t i = 0; i < t.events.size(); ++i) CHECK(again.events[i].id == t.events[i].id);
}

TEST_CASE("times of day: an article with 'um 20.30 Uhr' gives a timed event and a timed DTSTART", "[timeline][time]") {
    const SourceDocument doc = text_document(
        "konzert.txt",
        "Brixen. Am Samstag um 20.30 Uhr spielte das Orchester im Dom. Gegen 8 Uhr hatten am Samstag die Proben "
        "begonnen. Am Freitag wurde der Dom geschmückt.");
    const Timeline t = build_timeline(doc, 2025_y / July / 13);
    REQUIRE(t.events.size() == 3);
    // Friday, then Saturday 8:00 before Saturday 20:30, though the text tells 20:30 first.
    CHECK(t.events[0].when.timex3() == "2025-07-11");
    CHECK_FALSE(t.events[0].when.minute_of_day);
    CHECK(t.events[1].when.minute_of_day == 8 * 60);
    CHECK(t.events[2].when.timex3() == "2025-07-12");  // dated by the day, timed by the clock
    CHECK(t.events[2].when.minute_of_day == 20 * 60 + 30);
    const std::string ics = export_timeline(t, ExportFormat::ics);
    CHECK(ics.find("\r\nDTSTART;TZID=Europe/Berlin:20250712T203000\r\n") != std::string::npos);
    CHECK(ics.find("\r\nDTSTART;TZID=Europe/Berlin:20250712T080000\r\n") != std::string::npos);
    CHECK(ics.find("\r\nDTSTART;VALUE=DATE:20250711\r\n") != std::string::npos);
    CHECK(export_timeline(t, ExportFormat::markdown).find("**12. Juli 2025, 20.30 Uhr:**") != std::string::npos);
}

TEST_CASE("the same article given twice gives the events of one, from one source", "[timeline]") {
    const std::string text =
        "Am 3. Oktober 1990 trat die DDR der Bundesrepublik bei. Am 9. November 1989 fiel die Mauer in Berlin.";
    const SourceDocument a = text_document("a.txt", text);
    const SourceDocument copy = text_document("kopie/a.txt", text);
    const Timeline once = build_timeline({ArticleInput{&a, 2024_y / March / 1}});
    for (const Timeline& twice : {build_timeline({ArticleInput{&a, 2024_y / March / 1}, ArticleInput{&a, 2024_y / March / 1}}),
                                  build_timeline({ArticleInput{&a, 2024_y / March / 1}, ArticleInput{&copy, 2024_y / March / 2}})}) {
        CHECK(twice.sources.size() == 1);
        REQUIRE(twice.events.size() == once.events.size());
        for (std::size_t i = 0; i < once.events.size(); ++i) {
            CHECK(twice.events[i].id == once.events[i].id);
            CHECK(twice.events[i].mentions.size() == 1);
        }
        REQUIRE(twice.notes.size() == 1);
        CHECK(twice.notes[0].find("is the same article as a.txt: read once") != std::string::npos);
        CHECK(export_timeline(twice, ExportFormat::ics).size() == export_timeline(once, ExportFormat::ics).size());
    }
}

TEST_CASE("sources and titles: given names and URLs, TimeML DOCID and TITLE, datelines are no names", "[timeline][sources]") {
    const SourceDocument place = text_document("berlin.txt", "Streik legt Bahn lahm\nBERLIN, 13.07.2025 – Am Samstag streikten die Lokführer.");
    const Timeline p = build_timeline(place);
    CHECK(p.sources[0].name == "berlin");  // the place on the dateline is not the publication
    CHECK(p.title == "Streik legt Bahn lahm");
    const SourceDocument agency = text_document("x.txt", "Lokale Zeitung (dpa) 13.07.2025\nAm Samstag streikten die Lokführer.");
    CHECK(build_timeline(agency).sources[0].name == "Lokale Zeitung");

    // An agency text without a headline: the first sentence after "Place (agency)." is the title.
    const SourceDocument lead = text_document(
        "lead.txt", "Meran (ab). Am Samstag hat der Gemeinderat von Meran den neuen Haushalt beschlossen. Er gilt ab Januar.");
    const Timeline l = build_timeline(lead, 2025_y / July / 13);
    CHECK(l.title == "Am Samstag hat der Gemeinderat von Meran den neuen Haushalt beschlossen");
    // The first sentence after the dateline, as a reader would head the article.
    const std::pair<std::string_view, std::string_view> first_sentences[] = {
        // A place named after a saint is a dateline too, not the title.
        {"St. Jakob  (mt). Die Sammlung für die Flüchtlinge beginnt am Montag im Bauhof. Sie dauert zwei Tage.",
         "Die Sammlung für die Flüchtlinge beginnt am Montag im Bauhof"},
        {"St. Michael/Eppan . Der Gemeinderat hat am Montag getagt. Er beschloss den Haushalt.",
         "Der Gemeinderat hat am Montag getagt"},
        // A long first sentence is cut where a reader stops: before a colon
        // that ends a first part of its own (no ellipsis: nothing is missing) ...
        {"Lana. Der Sportverein  hat einen neuen Vorstand: Bei der Vollversammlung am Freitag im Vereinshaus wurden "
         "sieben Mitglieder für drei Jahre gewählt.",
         "Der Sportverein hat einen neuen Vorstand"},
        // ... after the last clause that fits ...
        {"Lana. Eine Familie mit zwei Kindern zahlt in Lana 80 Euro im Jahr, in Meran zahlt sie 120 Euro und in "
         "Bozen sogar 210 Euro für den Müll.",
         "Eine Familie mit zwei Kindern zahlt in Lana 80 Euro im Jahr\u2026"},
        // ... else after a word, not after an article or preposition.
        {"Lana. Sehr zufrieden zeigte sich der Trainer des Vereins nach dem Spiel mit der Leistung der Spieler am "
         "Samstag beim Turnier in Meran.",
         "Sehr zufrieden zeigte sich der Trainer des Vereins nach dem Spiel mit der Leistung der Spieler\u2026"},
        {"Meran. Die nächsten Sitzungen des Gemeinderates finden am 29. Jänner, am 10. und 11. Februar und am 11., "
         "18. und 25. März statt.",
         "Die nächsten Sitzungen des Gemeinderates finden am 29. Jänner, am 10. und 11. Februar\u2026"},
        // The first sentence of a longer quotation is a title with its quote closed.
        {"Meran. \"Wir helfen, wo wir können. Jeder ist willkommen\", sagte der Bürgermeister am Montag.",
         "\"Wir helfen, wo wir können\""},
        {"Meran. \u201EWir helfen, wo wir können. Jeder ist willkommen\u201C, sagte er am Montag.",
         "\u201EWir helfen, wo wir können\u201C"},
        // A quotation the sentence closes keeps its marks as they are.
        {"Meran. \"Wir helfen\", sagte der Bürgermeister am Montag. Er lud alle ein.",
         "\"Wir helfen\", sagte der Bürgermeister am Montag"},
    };
    for (const auto& [text, title] : first_sentences)
        CHECK(build_timeline(text_document("lead.txt", std::string(text)), 2025_y / July / 13).title == title);
    const SourceDocument tml = parse_document(
        "doc.tml",
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>4711_text.txt.xml</DOCID>\n<TITLE>Neue Br&#252;cke &amp; mehr</TITLE>\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-09-23\">2013-09-23</TIMEX3></DCT>\n<TEXT>\nBOZEN. Am "
        "Samstag wurde die Brücke eröffnet. Viele kamen.\n</TEXT>\n</TimeML>\n");
    const Timeline m = build_timeline(tml);
    // A catalogue number is no name: the article's title names the source.
    CHECK(m.sources[0].name == "Neue Brücke & mehr");
    CHECK(m.title == "Neue Brücke & mehr");
    const SourceDocument named_id = parse_document(
        "n.tml", "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>Reuters</DOCID>\n"
                 "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-09-25\">2013-09-25</TIMEX3></DCT>\n<TEXT>\nAm "
                 "Montag wurde die Straße gesperrt. Viele kamen.\n</TEXT>\n</TimeML>\n");
    CHECK(build_timeline(named_id).sources[0].name == "Reuters");  // a DOCID of words is a name
    const SourceDocument untitled = parse_document(
        "u.tml", "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wsj_0136</DOCID>\n"
                 "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-09-24\">2013-09-24</TIMEX3></DCT>\n<TEXT>\nAm "
                 "Montag hat der Gemeinderat von Meran nach einer langen und sehr kontroversen Debatte den neuen Haushalt "
                 "beschlossen. Er gilt ab Januar.\n</TEXT>\n</TimeML>\n");
    const std::string name = build_timeline(untitled).sources[0].name;
    CHECK(name.starts_with("Am Montag hat der Gemeinderat"));
    CHECK(name.ends_with("\u2026"));
    CHECK(name.size() < 70);

    // Several articles: a neutral title with their count and publication days, not the first one's headline.
    const Timeline merged = build_timeline({ArticleInput{&tml, std::nullopt}, ArticleInput{&untitled, std::nullopt}, ArticleInput{&named_id, std::nullopt}});
    CHECK(merged.title == "Chronik: 3 Artikel, 23.09.2013\u201325.09.2013");
    BuildOptions titled;
    titled.title = "Brücken und Straßen";
    CHECK(build_timeline({ArticleInput{&tml, std::nullopt}, ArticleInput{&untitled, std::nullopt}}, titled).title == "Brücken und Straßen");
    const SourceDocument same_day = parse_document("d.tml", "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x1</DOCID>\n"
                 "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-09-23\">2013-09-23</TIMEX3></DCT>\n<TEXT>\nAm "
                 "Sonntag wurde gefeiert.\n</TEXT>\n</TimeML>\n");
    CHECK(build_timeline({ArticleInput{&tml, std::nullopt}, ArticleInput{&same_day, std::nullopt}}).title == "Chronik: 2 Artikel, 23.09.2013");

    const Timeline named = build_timeline({ArticleInput{&lead, 2025_y / July / 13, "Meraner Stadtanzeiger", "https://example.org/m/1"}});
    CHECK(named.sources[0].name == "Meraner Stadtanzeiger");
    CHECK(named.sources[0].url == "https://example.org/m/1");
    CHECK(export_timeline(named, ExportFormat::html).find("<a href=\"https://example.org/m/1\">Meraner Stadtanzeiger</a>") !=
          std::string::npos);
}

namespace {

const Event& event_dated(const Timeline& t, const std::string& timex3) {
    const auto it = std::find_if(t.events.begin(), t.events.end(), [&](const Event& e) { return e.when.timex3() == timex3; });
    REQUIRE(it != t.events.end());
    return *it;
}

const Event& event_saying(const Timeline& t, const std::string& word) {
    const auto it = std::find_if(t.events.begin(), t.events.end(),
                                 [&](const Event& e) { return e.headline.find(word) != std::string::npos; });
    REQUIRE(it != t.events.end());
    return *it;
}

}  // namespace

TEST_CASE("salience: the lead's event outranks a quote, whatever their order", "[timeline][salience]") {
    // The quote told first: its lead position does not lift it above what the article asserts.
    const SourceDocument quoted_first = text_document(
        "a.txt",
        "„Wir werden am Dienstag feiern“, sagte der Bürgermeister. Am Montag hat der Gemeinderat das neue Budget "
        "beschlossen. Am Mittwoch beginnen die Bauarbeiten am Rathaus.");
    const Timeline a = build_timeline(quoted_first, 2025_y / March / 12);
    CHECK(event_dated(a, "2025-03-10").salience > event_saying(a, "feiern").salience);
    // The asserted event told first: it is the lead and the main report.
    const SourceDocument lead_first = text_document(
        "b.txt",
        "Am Montag hat der Gemeinderat das neue Budget beschlossen. „Wir werden am Dienstag feiern“, sagte der "
        "Bürgermeister. Am Mittwoch beginnen die Bauarbeiten am Rathaus.");
    const Timeline b = build_timeline(lead_first, 2025_y / March / 12);
    const Event& lead = event_dated(b, "2025-03-10");
    CHECK(lead.salience > event_saying(b, "feiern").salience);
    for (const Event& e : b.events) {
        CHECK(e.salience >= 0.0);
        CHECK(e.salience <= 1.0);
        CHECK(e.salience <= lead.salience);
    }
}

TEST_CASE("salience: a hypothetical ranks lower than what happens", "[timeline][salience]") {
    const SourceDocument doc = text_document(
        "a.txt",
        "Am Freitag entscheidet der Rat, ob das Konzert im Park stattfinden kann. Am Samstag eröffnet die Messe in "
        "Bozen.");
    const Timeline t = build_timeline(doc, 2025_y / March / 12);
    REQUIRE(t.events.size() == 2);
    CHECK(event_dated(t, "2025-03-14").salience < event_dated(t, "2025-03-15").salience);
    SalienceCues cues;
    const EventTime day = EventTime::calendar(Period::day(2025_y / March / 14));
    const double asserted = article_salience(day, cues);
    cues.hypothetical = true;
    CHECK(article_salience(day, cues) < asserted);
}

TEST_CASE("salience: an event more sources tell ranks higher", "[timeline][salience]") {
    const std::string shared = "Am 3. März 2025 hat die Stadt die neue Brücke über den Fluss eröffnet.";
    const SourceDocument a = text_document("a.txt", shared + " Am 4. März 2025 kamen viele Besucher in die Altstadt.");
    const SourceDocument b = text_document("b.txt", "Am 5. März 2025 streikten die Busfahrer in der Stadt. " + shared);
    const Timeline alone = build_timeline(a, 2025_y / March / 6);
    const Timeline both = build_timeline({ArticleInput{&a, 2025_y / March / 6}, ArticleInput{&b, 2025_y / March / 6}});
    const Event& bridge = event_dated(both, "2025-03-03");
    REQUIRE(bridge.mentions.size() == 2);
    CHECK(bridge.salience > event_dated(alone, "2025-03-03").salience);
    // The same cues, one source more.
    std::vector<Event> events(2);
    for (Event& e : events) {
        e.when = EventTime::calendar(Period::day(2025_y / March / 3));
        e.salience = 0.5;
        e.mentions.push_back(EventMention{.source = 0});
    }
    events[1].mentions.push_back(EventMention{.source = 1});
    weigh_salience(events);
    CHECK(events[1].salience > events[0].salience);
    CHECK(events[1].salience <= 1.0);
}

TEST_CASE("salience: exact dates outrank vague ones, and the score is deterministic", "[timeline][salience]") {
    CHECK(date_precision(EventTime::calendar(Period::day(2025_y / March / 3))) >
          date_precision(EventTime::calendar(Period::year(2025))));
    EventTime past;
    past.kind = TimeKind::past;
    CHECK(date_precision(EventTime::calendar(Period::year(2025))) > date_precision(past));
    const SourceDocument doc = read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
    const Timeline x = build_timeline(doc), y = build_timeline(doc);
    REQUIRE(x.events.size() == y.events.size());
    bool some = false;
    for (std::size_t i = 0; i < x.events.size(); ++i) {
        CHECK(x.events[i].salience == y.events[i].salience);
        some = some || x.events[i].salience > 0;
    }
    CHECK(some);
}

TEST_CASE("near-duplicates: the earliest earlier event of the same time with most words shared", "[timeline]") {
    // The search is blocked by time and headline stems; it must find what a
    // scan of every earlier event finds.
    const SourceDocument a = text_document(
        "a.txt", "Am 9. November 1989 fiel die Mauer in Berlin. Am 9. November 1989 feierten Tausende am Brandenburger Tor.");
    const SourceDocument b = text_document(
        "b.txt", "Am 9. November 1989 fiel in Berlin die Mauer. Am 10. November 1989 fiel die Mauer in Berlin.");
    const SourceDocument c =
        text_document("c.txt", "Im Jahr 2000 zog die Regierung um. Am 9. November 1989 fiel in Berlin die Mauer.");
    const Timeline t = build_timeline(
        {ArticleInput{&a, 2024_y / March / 1}, ArticleInput{&b, 2024_y / March / 2}, ArticleInput{&c, 2024_y / March / 3}});
    std::size_t wall = t.events.size(), other_day = t.events.size(), party = t.events.size();
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        if (e.when.timex3() == "2000") continue;
        if (e.when.timex3() == "1989-11-10") other_day = i;
        else if (e.headline.find("Mauer") != std::string::npos) wall = i;
        else party = i;
    }
    REQUIRE(wall < t.events.size());
    REQUIRE(other_day < t.events.size());
    REQUIRE(party < t.events.size());
    // a's, b's and c's reports of the same day are one event; the next day is another.
    CHECK(t.events[wall].mentions.size() == 3);
    CHECK(t.events[other_day].mentions.size() == 1);
    CHECK(t.events[party].mentions.size() == 1);
    CHECK(t.events[wall].mentions[0].source == 0);
    CHECK(t.events.size() == 4);
}

TEST_CASE("headline stems: word_overlap in parts", "[timeline]") {
    const LanguageData& de = german();
    const std::string a = "Die Mauer fiel am Abend in Berlin", b = "In Berlin fiel die Berliner Mauer", c = "Tausende feierten";
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{a, c}, std::pair{b, c}, std::pair{a, a}})
        CHECK(stem_overlap(content_stems(x, de), content_stems(y, de)) == word_overlap(x, y, de));
    const auto stems = content_stems(b, de);
    CHECK(std::is_sorted(stems.begin(), stems.end()));
    CHECK(std::adjacent_find(stems.begin(), stems.end()) == stems.end());
    CHECK(word_overlap(a, c, de) == 0.0);
    CHECK(word_overlap(a, b, de) >= 0.6);
}
