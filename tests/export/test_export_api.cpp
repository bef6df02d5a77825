// The export interface: format names, the JSON round trip and its reader's
// errors, determinism, stable keys.
#include "fixtures.hpp"

#include <chronik/export.hpp>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>

using namespace chronik;
using nlohmann::ordered_json;

namespace {

constexpr ExportFormat kAllFormats[] = {ExportFormat::json,     ExportFormat::ics,  ExportFormat::jsonfeed,
                                        ExportFormat::timelinejs, ExportFormat::markdown, ExportFormat::html,
                                        ExportFormat::timeml};

// Field by field, so that a failure names the field (the model types have no operator==).
void require_same(const Timeline& a, const Timeline& b) {
    CHECK(a.title == b.title);
    CHECK(a.language == b.language);
    CHECK(a.time_zone == b.time_zone);
    REQUIRE(a.sources.size() == b.sources.size());
    for (std::size_t i = 0; i < a.sources.size(); ++i) {
        INFO("source " << i);
        CHECK(a.sources[i].id == b.sources[i].id);
        CHECK(a.sources[i].name == b.sources[i].name);
        CHECK(a.sources[i].path == b.sources[i].path);
        CHECK(a.sources[i].published == b.sources[i].published);
        CHECK(a.sources[i].language == b.sources[i].language);
        CHECK(a.sources[i].url == b.sources[i].url);
    }
    REQUIRE(a.events.size() == b.events.size());
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        INFO("event " << a.events[i].id);
        const Event& x = a.events[i];
        const Event& y = b.events[i];
        CHECK(x.id == y.id);
        CHECK(x.headline == y.headline);
        CHECK(x.when == y.when);
        CHECK(x.salience == y.salience);
        CHECK(x.hidden == y.hidden);
        REQUIRE(x.mentions.size() == y.mentions.size());
        for (std::size_t k = 0; k < x.mentions.size(); ++k) {
            const EventMention& m = x.mentions[k];
            const EventMention& n = y.mentions[k];
            CHECK(m.source == n.source);
            CHECK(m.sentence == n.sentence);
            CHECK(m.sentence_begin == n.sentence_begin);
            CHECK(m.sentence_end == n.sentence_end);
            REQUIRE(m.anchors.size() == n.anchors.size());
            for (std::size_t j = 0; j < m.anchors.size(); ++j) {
                CHECK(m.anchors[j].text == n.anchors[j].text);
                CHECK(m.anchors[j].value == n.anchors[j].value);
                CHECK(m.anchors[j].begin == n.anchors[j].begin);
                CHECK(m.anchors[j].end == n.anchors[j].end);
            }
        }
    }
    REQUIRE(a.links.size() == b.links.size());
    for (std::size_t i = 0; i < a.links.size(); ++i) {
        CHECK(a.links[i].from == b.links[i].from);
        CHECK(a.links[i].to == b.links[i].to);
        CHECK(a.links[i].order == b.links[i].order);
        CHECK(a.links[i].from_cue == b.links[i].from_cue);
    }
    CHECK(a.notes == b.notes);
}

// The seed's JSON with one change made by `edit`, read back.
Timeline read_edited(const std::function<void(ordered_json&)>& edit) {
    ordered_json j = ordered_json::parse(export_timeline(fixtures::seed(), ExportFormat::json));
    edit(j);
    return read_timeline_json(j.dump());
}

}  // namespace

TEST_CASE("formats by name and by file extension", "[export]") {
    CHECK(format_from_name("json") == ExportFormat::json);
    CHECK(format_from_name("ics") == ExportFormat::ics);
    CHECK(format_from_name("jsonfeed") == ExportFormat::jsonfeed);
    CHECK(format_from_name("timelinejs") == ExportFormat::timelinejs);
    CHECK(format_from_name("md") == ExportFormat::markdown);
    CHECK(format_from_name("markdown") == ExportFormat::markdown);
    CHECK(format_from_name("HTML") == ExportFormat::html);
    CHECK(format_from_name("timeml") == ExportFormat::timeml);
    CHECK_FALSE(format_from_name("pdf"));
    CHECK_FALSE(format_from_name(""));
    for (const ExportFormat f : kAllFormats) CHECK(format_from_name(to_string(f)) == f);

    CHECK(format_from_path("out/timeline.json") == ExportFormat::json);
    CHECK(format_from_path("Kalender.ICS") == ExportFormat::ics);
    CHECK(format_from_path("chronik.md") == ExportFormat::markdown);
    CHECK(format_from_path("a.b/chronik.html") == ExportFormat::html);
    CHECK(format_from_path("chronik.htm") == ExportFormat::html);
    CHECK(format_from_path("seed.tml") == ExportFormat::timeml);
    CHECK_FALSE(format_from_path("feed"));           // no extension
    CHECK_FALSE(format_from_path("out.d/timeline"));  // the dot is in the folder
    CHECK_FALSE(format_from_path(".json"));           // a hidden file, not an extension
    CHECK_FALSE(format_from_path("chart.svg"));
}

TEST_CASE("the JSON export reads back to the same timeline", "[export][json]") {
    for (const auto& [name, timeline] : fixtures::all()) {
        INFO("fixture " << name);
        const std::string text = export_timeline(timeline, ExportFormat::json);
        const Timeline back = read_timeline_json(text);
        require_same(timeline, back);
        CHECK(export_timeline(back, ExportFormat::json) == text);
    }
}

TEST_CASE("the JSON export carries dates in every form a reader needs", "[export][json]") {
    const auto j = ordered_json::parse(export_timeline(fixtures::two_sources(), ExportFormat::json));
    CHECK(j["format"] == "chronik-timeline");
    CHECK(j["version"] == 1);
    const auto& approx = j["events"][1]["when"];
    CHECK(approx["kind"] == "calendar");
    CHECK(approx["timex3"] == "2023");
    CHECK(approx["edtf"] == "2023~");
    CHECK(approx["mod"] == "APPROX");
    CHECK(approx["granularity"] == "year");
    CHECK(approx["earliest"] == "2023-01-01");
    CHECK(approx["latest"] == "2023-12-31");
    CHECK(approx["display"] == "ca. 2023");
    const auto& before = j["events"][5]["when"];
    CHECK(before["edtf"] == "../2025-07-13");
    CHECK(before["earliest"].is_null());
    const auto& merged = j["events"][3];
    REQUIRE(merged["mentions"].size() == 2);
    CHECK(merged["mentions"][1]["source"] == "s2");
    CHECK(merged["mentions"][1]["anchors"][0]["value"] == "2024-08");
    CHECK(j["links"][0]["from"] == "s1-e2");
    CHECK(j["links"][0]["to"] == "s1-e7");
}

TEST_CASE("read_timeline_json rejects what is not a chronik timeline, saying where", "[export][json]") {
    using Catch::Matchers::Contains;
    CHECK_THROWS_WITH(read_timeline_json("{"), Contains("not JSON"));
    CHECK_THROWS_WITH(read_timeline_json(R"({"format": "chronik-timeline", "version": 1e999})"), Contains("not JSON"));
    CHECK_THROWS_WITH(read_timeline_json("[]"), Contains("$"));
    CHECK_THROWS_WITH(read_timeline_json(R"({"version": 1})"), Contains("$.format"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["version"] = 2; }), Contains("$.version"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j.erase("events"); }), Contains("$.events: missing"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["when"]["granularity"] = "monthly"; }),
                      Contains("$.events[1].when.granularity: unknown value 'monthly'"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["when"]["timex3"] = "2024-13"; }),
                      Contains("$.events[1].when.timex3"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["when"]["timex3"] = "2024-08-01"; }),
                      Contains("not a TIMEX3 value of granularity month"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][3]["when"]["timex3"] = "FUTURE_REF"; }),
                      Contains("does not fit kind past"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][0]["when"]["earliest"] = "2024-02-30"; }),
                      Contains("$.events[0].when.earliest"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][0]["mentions"][0]["source"] = "s9"; }),
                      Contains("no source with id 's9'"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["id"] = "s1-e1"; }),
                      Contains("id 's1-e1' is used twice"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][6]["when"]["time"] = "25:00"; }),
                      Contains("$.events[6].when.time: '25:00' is not a clock time"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["when"]["time"] = "20:30"; }),
                      Contains("$.events[1].when.time: a clock time needs a calendar day"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["salience"] = 2; }),
                      Contains("$.events[1].salience: expected a number from 0 to 1"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][1]["hidden"] = "yes"; }),
                      Contains("$.events[1].hidden: expected true or false"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["sources"][0]["url"] = "javascript:alert(1)"; }),
                      Contains("$.sources[0].url: 'javascript:alert(1)' is not an http(s) URL"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["time_zone"] = "Mars/Olympus"; }),
                      Contains("$.time_zone: unknown time zone 'Mars/Olympus'"));
    CHECK_THROWS_WITH(read_edited([](ordered_json& j) { j["events"][0]["mentions"][0]["sentence_begin"] = -1; }),
                      Contains("sentence_begin"));
    CHECK_THROWS_AS(read_edited([](ordered_json& j) { j["notes"][0] = 5; }), TimelineFormatError);
}

TEST_CASE("read_timeline_json reads every granularity chronik writes", "[export][json]") {
    const date::year_month_day day = date::year{2025} / 7 / 12;
    const Period periods[] = {
        Period::millennium(2),  Period::century(19),      Period::decade(199),
        Period::year(2024),     Period::year(-44),        Period::half(2024, 2),
        Period::quarter(2024, 3), Period::season(2024, Season::winter), Period::month(2024, 8),
        Period::iso_week(2025, 28), Period::weekend(2025, 28), Period::day(day),
        Period::part_of_day(day, PartOfDay::evening), Period::hour(day, 20), Period::minute(day, 20, 0),
        Period::minute(day, 20, 30),
    };
    Timeline t = fixtures::english();
    for (const Period& p : periods) {
        INFO("period " << p.timex3() << " " << to_string(p.granularity()));
        t.events[0].when.period = p;
        t.events[0].when.earliest = p.first_day();
        t.events[0].when.latest = p.last_day();
        t.events[0].when.minute_of_day = clock_minute(p);
        const Timeline back = read_timeline_json(export_timeline(t, ExportFormat::json));
        REQUIRE(back.events[0].when.period);
        CHECK(back.events[0].when.period->granularity() == p.granularity());
        CHECK(back.events[0].when == t.events[0].when);
    }
}

TEST_CASE("every export is deterministic", "[export]") {
    for (const auto& [name, timeline] : fixtures::all()) {
        for (const ExportFormat f : kAllFormats) {
            INFO(name << " as " << to_string(f));
            const std::string first = export_timeline(timeline, f);
            CHECK_FALSE(first.empty());
            CHECK(export_timeline(timeline, f) == first);
            const Timeline copy = timeline;
            CHECK(export_timeline(copy, f) == first);
        }
    }
}

TEST_CASE("the report counts what each format holds", "[export]") {
    const Timeline seed = fixtures::seed();
    for (const ExportFormat f : kAllFormats) {
        ExportReport report;
        report.left_out = {"stale"};  // the export starts a new report
        export_timeline(seed, f, &report);
        INFO(to_string(f));
        if (f == ExportFormat::ics || f == ExportFormat::timelinejs) {
            // Calendar and TimelineJS: vague and undated events only when asked for.
            CHECK(report.written == 5);
            CHECK(report.left_out == std::vector<std::string>{"s1-e3", "s1-e4", "s1-e6", "s1-e9"});
        } else {
            CHECK(report.written == seed.events.size());
            CHECK(report.left_out.empty());
        }
    }
}

TEST_CASE("event keys are stable and tell events of different articles apart", "[export]") {
    const auto ids = [](const Timeline& t) {
        std::vector<std::string> out;
        const auto feed = ordered_json::parse(export_timeline(t, ExportFormat::jsonfeed));
        for (const auto& item : feed["items"]) out.push_back(item["id"]);
        return out;
    };
    const Timeline seed = fixtures::seed();
    const auto keys = ids(seed);
    CHECK(std::set<std::string>(keys.begin(), keys.end()).size() == keys.size());
    for (const std::string& k : keys) CHECK(k.rfind("chronik-", 0) == 0);

    // Another event added, one headline edited: the other keys stay.
    Timeline changed = seed;
    changed.events.insert(changed.events.begin(), changed.events[4]);
    changed.events.front().id = "s1-e0";
    changed.events[3].headline = "anders";
    const auto changed_keys = ids(changed);
    CHECK(std::vector<std::string>(changed_keys.begin() + 1, changed_keys.end()) == keys);

    // "s1-e2" of another article is another event ...
    const Timeline english = fixtures::english();
    CHECK(english.events[1].id == seed.events[1].id);
    CHECK(ids(english)[1] != keys[1]);
    // ... and the same sentence of the same article, merged into another timeline, the same.
    const Timeline merged = fixtures::two_sources();
    CHECK(merged.events[3].id == seed.events[1].id);
    CHECK(ids(merged)[3] == keys[1]);
}

TEST_CASE("a timeline file whose offsets do not fit its sentences still exports", "[export][json]") {
    // Offsets are the file's word, not ours: an anchor beyond its sentence's
    // text is found by its text, or left untagged.
    const Timeline t = read_edited([](ordered_json& j) {
        for (auto& e : j["events"])
            for (auto& m : e["mentions"]) {
                m["sentence_end"] = m["sentence_begin"].get<long long>() + 100000;
                for (auto& a : m["anchors"]) {
                    a["begin"] = m["sentence_begin"].get<long long>() + 50000;
                    a["end"] = a["begin"].get<long long>() + a["text"].get<std::string>().size();
                }
            }
    });
    for (const ExportFormat f : kAllFormats) CHECK_NOTHROW(export_timeline(t, f));
    CHECK_THAT(export_timeline(t, ExportFormat::timeml), Catch::Matchers::Contains("<TIMEX3"));
}

TEST_CASE("editing: links to a removed event are dropped with a note, the rest reads", "[export][json][edit]") {
    const Timeline seed = fixtures::seed();
    const Timeline t = read_edited([](ordered_json& j) {
        // An editor deletes the meeting (s1-e7); two links named it.
        auto& events = j["events"];
        for (auto it = events.begin(); it != events.end(); ++it)
            if ((*it)["id"] == "s1-e7") {
                events.erase(it);
                break;
            }
    });
    CHECK(t.events.size() == seed.events.size() - 1);
    CHECK(t.links.size() == seed.links.size() - 2);
    REQUIRE(t.notes.size() == seed.notes.size() + 2);
    CHECK_THAT(t.notes.back(), Catch::Matchers::Contains("no event with id 's1-e7'"));
    for (const Link& l : t.links) CHECK((l.from < t.events.size() && l.to < t.events.size()));
    for (const ExportFormat f : kAllFormats) CHECK_NOTHROW(export_timeline(t, f));
}

TEST_CASE("editing: a hidden event is in the JSON only, edits to headline, date and time show", "[export][json][edit]") {
    const Timeline t = read_edited([](ordered_json& j) {
        j["events"][1]["hidden"] = true;                                  // the August offensive
        j["events"][4]["headline"] = "Pjöngjang bestätigt Truppen";       // April 2025
        j["events"][6]["when"]["timex3"] = "2025-07-11";                  // the meeting, a day earlier ...
        j["events"][6]["when"]["earliest"] = "2025-07-11";
        j["events"][6]["when"]["latest"] = "2025-07-11";
        j["events"][6]["when"]["time"] = "18:45";                         // ... at a time
    });
    CHECK(t.events[1].hidden);
    CHECK(t.events[6].when.minute_of_day == 18 * 60 + 45);
    // JSON keeps it, hidden, and reads back the same.
    const std::string json = export_timeline(t, ExportFormat::json);
    CHECK(ordered_json::parse(json)["events"][1]["hidden"] == true);
    CHECK(read_timeline_json(json).events[1].hidden);
    const std::string offensive = "Die Ukraine startet eine Offensive";
    for (const ExportFormat f : kAllFormats) {
        if (f == ExportFormat::json) continue;
        INFO(to_string(f));
        ExportReport report;
        const std::string out = export_timeline(t, f, ExportOptions{{true, true}, false, ""}, &report);
        CHECK(out.find(offensive) == std::string::npos);
        CHECK(out.find("Offensive in der russischen Grenzregion") == std::string::npos);
        CHECK(std::find(report.left_out.begin(), report.left_out.end(), "s1-e2") != report.left_out.end());
    }
    const std::string md = export_timeline(t, ExportFormat::markdown);
    CHECK_THAT(md, Catch::Matchers::Contains("Pjöngjang bestätigt Truppen."));
    CHECK_THAT(md, Catch::Matchers::Contains("**11. Juli 2025, 18.45 Uhr:**"));
    const std::string ics = export_timeline(t, ExportFormat::ics);
    CHECK_THAT(ics, Catch::Matchers::Contains("DTSTART;TZID=Europe/Berlin:20250711T184500"));
}

TEST_CASE("a chronology without dated events says so in its language", "[export]") {
    Timeline t = fixtures::seed();
    t.events.clear();
    t.links.clear();
    CHECK_THAT(export_timeline(t, ExportFormat::markdown), Catch::Matchers::EndsWith("\n\n*Keine datierten Ereignisse*\n"));
    CHECK_THAT(export_timeline(t, ExportFormat::html),
               Catch::Matchers::Contains("<p class=\"chronik-empty\">Keine datierten Ereignisse</p>"));
    Timeline en = fixtures::english();
    en.events.clear();
    en.links.clear();
    CHECK_THAT(export_timeline(en, ExportFormat::markdown), Catch::Matchers::Contains("*No dated events*"));
    // A chronology with events has no such sentence.
    CHECK_THAT(export_timeline(fixtures::seed(), ExportFormat::markdown),
               !Catch::Matchers::Contains("Keine datierten Ereignisse"));
}

TEST_CASE("a source that goes by the timeline's title is credited by its day, not by the title again", "[export]") {
    Timeline t = fixtures::seed();
    t.title = "Die Straßenarbeiter in den Gemeinden Ulten, Laurein und Proveis unternahmen einen Ausflug\u2026";
    t.sources[0].name = "Die Straßenarbeiter in den  Gemeinden Ulten\u2026";  // cut, with a double space
    for (const ExportFormat f : {ExportFormat::markdown, ExportFormat::html, ExportFormat::ics, ExportFormat::jsonfeed}) {
        INFO(to_string(f));
        const std::string out = export_timeline(t, f);
        CHECK_THAT(out, Catch::Matchers::Contains("Quelle: Artikel vom 13. Juli 2025"));
        CHECK_THAT(out, !Catch::Matchers::Contains("Quelle: Die Straßenarbeiter"));
    }
    // A source with a name of its own keeps it.
    CHECK_THAT(export_timeline(fixtures::seed(), ExportFormat::markdown), Catch::Matchers::Contains("Quelle: Epoch Times, 13. Juli 2025"));
}

TEST_CASE("wire copy's ASCII quotes reach readers as typographic quotes, without a second stop after them", "[export][en]") {
    Timeline t = fixtures::english();
    REQUIRE(!t.events.empty());
    REQUIRE(!t.events[0].mentions.empty());
    Event& e = t.events[0];
    const std::string sentence =
        "The spokeswoman said the country had ``very good intelligence'' linking the sites, and added: ``We have done that.''";
    e.mentions[0].sentence = sentence;
    e.headline = "The spokeswoman said the country had \u201cvery good intelligence\u201d linking the sites\u2026";  // cut
    for (const ExportFormat f : {ExportFormat::markdown, ExportFormat::html, ExportFormat::ics, ExportFormat::jsonfeed,
                                 ExportFormat::timelinejs}) {
        INFO(to_string(f));
        std::string out = export_timeline(t, f);
        // iCalendar folds long lines (CRLF and a space): unfolded, as a reader sees them.
        for (std::size_t at = out.find("\r\n "); at != std::string::npos; at = out.find("\r\n ", at)) out.erase(at, 3);
        CHECK_THAT(out, Catch::Matchers::Contains("\u201cvery good intelligence\u201d"));
        CHECK_THAT(out, !Catch::Matchers::Contains("``"));
    }
    // The chronology's entry is the whole sentence, closed by its own stop inside the quote.
    const std::string md = export_timeline(t, ExportFormat::markdown);
    CHECK_THAT(md, Catch::Matchers::Contains("We have done that.\u201d"));
    CHECK_THAT(md, !Catch::Matchers::Contains("We have done that.\u201d."));
    // TimeML carries the source's own characters.
    CHECK_THAT(export_timeline(t, ExportFormat::timeml), Catch::Matchers::Contains("``very good intelligence''"));
}
