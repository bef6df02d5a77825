// What each format promises its readers, checked on the written bytes:
// iCalendar lines and dates, JSON Feed items, TimelineJS date objects and
// placement, TimeML links, and the chronology appendix against golden files.
#include "fixtures.hpp"

#include <chronik/export.hpp>
#include <chronik/locale.hpp>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

using namespace chronik;
using nlohmann::ordered_json;

namespace {

// A content line of an .ics, unfolded, split at the first ':' outside quotes.
struct Property {
    std::string name;  // with parameters: "DTSTART;VALUE=DATE"
    std::string value;
};

std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < ics.size()) {
        const std::size_t end = ics.find("\r\n", pos);
        REQUIRE(end != std::string::npos);  // every line ends in CRLF
        lines.push_back(ics.substr(pos, end - pos));
        pos = end + 2;
    }
    return lines;
}

std::vector<Property> properties(const std::string& ics) {
    std::vector<std::string> logical;
    for (const std::string& line : physical_lines(ics)) {
        if (!line.empty() && line[0] == ' ')
            logical.back() += line.substr(1);
        else
            logical.push_back(line);
    }
    std::vector<Property> out;
    for (const std::string& line : logical) {
        const std::size_t colon = line.find(':');
        REQUIRE(colon != std::string::npos);
        out.push_back({line.substr(0, colon), line.substr(colon + 1)});
    }
    return out;
}

std::string unescape_ics_text(const std::string& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '\\' || i + 1 == v.size()) {
            out += v[i];
            continue;
        }
        const char c = v[++i];
        out += (c == 'n' || c == 'N') ? '\n' : c;
    }
    return out;
}

// The VEVENTs as maps of property name (without parameters) to value.
std::vector<std::map<std::string, std::string>> vevents(const std::string& ics) {
    std::vector<std::map<std::string, std::string>> events;
    bool inside = false;
    for (const Property& p : properties(ics)) {
        if (p.name == "BEGIN" && p.value == "VEVENT") {
            events.emplace_back();
            inside = true;
        } else if (p.name == "END" && p.value == "VEVENT") {
            inside = false;
        } else if (inside) {
            events.back()[p.name.substr(0, p.name.find(';'))] = p.value;
        }
    }
    return events;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::filesystem::path kGolden = std::filesystem::path(CHRONIK_EXPORT_TEST_DIR) / "golden";

}  // namespace

TEST_CASE("iCalendar: CRLF lines of at most 75 octets, folded between UTF-8 sequences", "[export][ics]") {
    for (const auto& [name, timeline] : fixtures::all()) {
        INFO(name);
        const std::string ics = export_timeline(timeline, ExportFormat::ics);
        CHECK(ics.find('\n') == ics.find("\r\n") + 1);
        std::size_t bare_lf = 0;
        for (std::size_t i = 0; i < ics.size(); ++i)
            if (ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r')) ++bare_lf;
        CHECK(bare_lf == 0);
        for (const std::string& line : physical_lines(ics)) {
            CHECK(line.size() <= 75);
            if (!line.empty() && line[0] == ' ') CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80);
        }
    }
    // The adversarial fixture's 500-character word needs several folds.
    const std::string ics = export_timeline(fixtures::adversarial(), ExportFormat::ics);
    CHECK(physical_lines(ics).size() > properties(ics).size() + 6);
}

TEST_CASE("iCalendar: one calendar, all-day spans with exclusive DTEND", "[export][ics]") {
    const std::string ics = export_timeline(fixtures::seed(), ExportFormat::ics);
    const auto props = properties(ics);
    std::map<std::string, int> count;
    for (const Property& p : props) ++count[p.name];
    CHECK(count["VERSION"] == 1);
    CHECK(count["PRODID"] == 1);
    CHECK(count["NAME"] == 1);
    CHECK(count["X-WR-CALNAME"] == 1);
    CHECK(props.front().name == "BEGIN");
    CHECK(props.back().value == "VCALENDAR");

    const auto events = vevents(ics);
    REQUIRE(events.size() == 5);
    // 2024 (year), 2024-08 (month), 2025-04 (month), 2025-07-12, 2025-07-13 (days)
    const std::pair<const char*, const char*> spans[] = {{"20240101", "20250101"}, {"20240801", "20240901"},
                                                         {"20250401", "20250501"}, {"20250712", "20250713"},
                                                         {"20250713", "20250714"}};
    const char* grains[] = {"year", "month", "month", "day", "day"};
    for (std::size_t i = 0; i < events.size(); ++i) {
        INFO("event " << i);
        CHECK(events[i].at("DTSTART") == spans[i].first);
        CHECK(events[i].at("DTEND") == spans[i].second);
        CHECK(events[i].at("X-CHRONIK-GRANULARITY") == grains[i]);
        CHECK(events[i].at("DTSTAMP") == "20250713T000000Z");
        CHECK(events[i].at("TRANSP") == "TRANSPARENT");
        CHECK(events[i].at("UID").rfind("chronik-", 0) == 0);
    }
    CHECK(events[1].at("X-CHRONIK-EDTF") == "2024-08");
    CHECK(unescape_ics_text(events[1].at("DESCRIPTION")) ==
          "August 2024: Im August 2024 hatte die Ukraine eine Offensive in der russischen Grenzregion Kursk "
          "gestartet.\nQuelle: Epoch Times, 13. Juli 2025");
}

TEST_CASE("iCalendar: open-ended and vague events are left out and reported", "[export][ics]") {
    ExportReport report;
    const std::string ics = export_timeline(fixtures::two_sources(), ExportFormat::ics, &report);
    CHECK(report.left_out == std::vector<std::string>{"s2-e5", "s2-e7"});  // "vor dem 13. Juli", "derzeit"
    CHECK(report.written == 7);
    const auto events = vevents(ics);
    REQUIRE(events.size() == 7);
    CHECK(events[1].at("X-CHRONIK-EDTF") == "2023~");  // ca. 2023: the year, marked approximate
    CHECK(events[2].at("DTSTART") == "20240101");      // Anfang 2024: the resolver's bounds
    CHECK(events[2].at("DTEND") == "20240501");
    CHECK(events[4].at("X-CHRONIK-GRANULARITY") == "quarter");
    CHECK(events[4].at("DTEND") == "20250101");
    CHECK(events[3].at("DTSTAMP") == "20250714T000000Z");  // merged: the later publication
}

TEST_CASE("iCalendar: TEXT values escaped, and unescaped they give the text back", "[export][ics]") {
    const Timeline t = fixtures::adversarial();
    const std::string ics = export_timeline(t, ExportFormat::ics);
    const auto events = vevents(ics);
    REQUIRE(events.size() == 3);
    CHECK(unescape_ics_text(events[2].at("SUMMARY")) == t.events[3].headline);  // folded between sequences
    CHECK(events[0].at("SUMMARY").find("\\; Semikolon\\, Komma \\\\ R") != std::string::npos);
    CHECK(unescape_ics_text(events[0].at("SUMMARY")) == t.events[0].headline);
    CHECK(unescape_ics_text(events[1].at("SUMMARY")) == "Tag mit ; und , und \\ und Zeilenende");
    const std::string description = unescape_ics_text(events[0].at("DESCRIPTION"));
    CHECK(description.find("dann, danach\nneue Zeile \\n kein Umbruch " + fixtures::long_word() + " Ende.") !=
          std::string::npos);
    CHECK(description.find('\r') == std::string::npos);
    for (const Property& p : properties(ics))
        if (p.name == "NAME") CHECK(unescape_ics_text(p.value) == "<script>alert(1)</script> & \"Chronik\"; A, B Zweite Zeile");
}

TEST_CASE("JSON Feed: an item per event with its publication date and _timeline", "[export][jsonfeed]") {
    const auto feed = ordered_json::parse(export_timeline(fixtures::seed(), ExportFormat::jsonfeed));
    CHECK(feed["version"] == "https://jsonfeed.org/version/1.1");
    CHECK(feed["language"] == "de");
    REQUIRE(feed["items"].size() == 9);
    const auto& month = feed["items"][1];
    CHECK(month["title"] == "Die Ukraine startet eine Offensive in der russischen Grenzregion Kursk");
    CHECK(month["date_published"] == "2025-07-13T00:00:00Z");
    CHECK(month["authors"] == ordered_json::parse(R"([{"name": "Epoch Times"}])"));
    CHECK(month["content_text"] ==
          "Im August 2024 hatte die Ukraine eine Offensive in der russischen Grenzregion Kursk gestartet.\n\n"
          "Quelle: Epoch Times, 13. Juli 2025");
    CHECK(month["_timeline"] == ordered_json::parse(R"({"start": "2024-08-01", "end": "2024-08-31",
        "granularity": "month", "edtf": "2024-08", "timex3": "2024-08", "kind": "calendar",
        "display": "August 2024", "time": null})"));
    const auto& past = feed["items"][3];
    CHECK(past["_timeline"]["start"].is_null());
    CHECK(past["_timeline"]["end"] == "2025-07-13");
    CHECK(past["_timeline"]["edtf"] == "../2025-07-13");
    CHECK(past["_timeline"]["kind"] == "past");
    const auto& undated = feed["items"][5];
    CHECK(undated["_timeline"]["edtf"].is_null());
    CHECK(undated["_timeline"]["display"] == "vor dem 12. Juli 2025");  // placed by its cue link
}

TEST_CASE("TimelineJS: numeric date objects, display dates, timeline order kept", "[export][timelinejs]") {
    for (const auto& [name, timeline] : fixtures::all()) {
        for (const bool all : {false, true}) {
            INFO(name << (all ? " with --include undated,vague" : ""));
            const ExportOptions options{{all, all}, false, ""};
            const auto data = ordered_json::parse(export_timeline(timeline, ExportFormat::timelinejs, options));
            CHECK(data["scale"] == "human");
            std::size_t expected = 0;
            for (const Event& e : timeline.events) expected += shown(e, options.include);
            REQUIRE(data["events"].size() == expected);
            std::vector<std::string> ids;
            for (const auto& slide : data["events"]) {
                for (const char* key : {"start_date", "end_date"}) {
                    if (!slide.contains(key)) continue;
                    for (const auto& [part, value] : slide[key].items()) {
                        INFO(key << "." << part);
                        CHECK(value.is_number_integer());
                    }
                }
                CHECK_FALSE(slide["display_date"].get<std::string>().empty());
                ids.push_back(slide["unique_id"]);
                CHECK(slide.contains("group") == (timeline.sources.size() > 1));
            }
            CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
        }
    }
    const auto seed = ordered_json::parse(export_timeline(fixtures::seed(), ExportFormat::timelinejs));
    const auto& e = seed["events"];
    REQUIRE(e.size() == 5);  // without früher, künftig and the two undated events
    // Month and year events span their days.
    CHECK(e[0]["start_date"] == ordered_json::parse(R"({"year": 2024})"));
    CHECK(e[0]["end_date"] == ordered_json::parse(R"({"year": 2024, "month": 12, "day": 31})"));
    CHECK(e[1]["start_date"] == ordered_json::parse(R"({"year": 2024, "month": 8})"));
    CHECK(e[1]["end_date"] == ordered_json::parse(R"({"year": 2024, "month": 8, "day": 31})"));
    CHECK(e[1]["display_date"] == "August 2024");
    CHECK(e[3]["start_date"] == ordered_json::parse(R"({"year": 2025, "month": 7, "day": 12})"));
    CHECK_FALSE(e[3].contains("end_date"));  // a day is a point
    CHECK(seed["title"]["text"]["text"] == "<p>Quelle: Epoch Times, 13. Juli 2025</p>");

    // Asked for, vague and undated events start where the text places them,
    // not at a neighbour's date: the cue's event, else their own bound.
    const auto all = ordered_json::parse(
        export_timeline(fixtures::seed(), ExportFormat::timelinejs, ExportOptions{{true, true}, false, ""}));
    const auto& a = all["events"];
    REQUIRE(a.size() == 9);
    CHECK(a[2]["start_date"] == ordered_json::parse(R"({"year": 2024, "month": 8, "day": 1})"));  // after the offensive
    CHECK(a[3]["display_date"] == "früher");
    CHECK(a[3]["start_date"] == ordered_json::parse(R"({"year": 2025, "month": 7, "day": 13})"));  // before the publication
    CHECK(a[5]["display_date"] == "vor dem 12. Juli 2025");
    CHECK(a[5]["start_date"] == a[6]["start_date"]);  // at the meeting its cue names
    CHECK(a[8]["display_date"] == "künftig");
    CHECK(a[8]["start_date"] == ordered_json::parse(R"({"year": 2025, "month": 7, "day": 13})"));
    for (const auto& slide : a) CHECK(slide["start_date"]["year"].get<int>() >= 2024);

    const auto two = ordered_json::parse(export_timeline(fixtures::two_sources(), ExportFormat::timelinejs));
    REQUIRE(two["events"].size() == 8);  // derzeit left out
    CHECK(two["events"][0]["start_date"] == ordered_json::parse(R"({"year": 1990})"));
    CHECK(two["events"][0]["end_date"] == ordered_json::parse(R"({"year": 1999})"));
    CHECK(two["events"][1]["display_date"] == "ca. 2023");
    CHECK(two["events"][4]["end_date"] == ordered_json::parse(R"({"year": 2024, "month": 12})"));
    CHECK(two["events"][7]["start_date"] ==
          ordered_json::parse(R"({"year": 2025, "month": 7, "day": 12, "hour": 20, "minute": 30})"));
    CHECK(two["events"][7]["display_date"] == "12. Juli 2025, 20.30 Uhr");
    CHECK(two["events"][0]["group"] == "Tagesschau");
    CHECK(two["events"][3]["group"] == "Epoch Times");
}

TEST_CASE("TimelineJS: groups only for a few sources", "[export][timelinejs]") {
    Timeline t = fixtures::two_sources();
    for (int n = 3; n <= 5; ++n) {
        t.sources.push_back(t.sources.back());
        t.sources.back().id = "s" + std::to_string(n);
        t.sources.back().name = "Blatt " + std::to_string(n);
        t.events[std::size_t(n)].mentions.front().source = std::size_t(n - 1);
        const auto data = ordered_json::parse(export_timeline(t, ExportFormat::timelinejs));
        INFO(n << " sources");
        for (const auto& slide : data["events"]) CHECK(slide.contains("group") == (n <= 4));
    }
}

TEST_CASE("source URLs become links in every reader-facing format", "[export][urls]") {
    Timeline t = fixtures::seed();
    t.sources[0].url = "https://www.example.org/artikel?id=7&x=(1)";
    const std::string url = t.sources[0].url;
    const std::string html_url = "https://www.example.org/artikel?id=7&amp;x=(1)";
    const std::string html = export_timeline(t, ExportFormat::html);
    CHECK_THAT(html, Catch::Matchers::Contains("(Quelle: <a href=\"" + html_url + "\">Epoch Times</a>, 13. Juli 2025)"));
    const std::string md = export_timeline(t, ExportFormat::markdown);
    CHECK_THAT(md, Catch::Matchers::Contains("*(Quelle: [Epoch Times](<https://www.example.org/artikel?id=7\\&x=(1)>), 13. Juli 2025)*"));
    const auto feed = ordered_json::parse(export_timeline(t, ExportFormat::jsonfeed));
    CHECK(feed["home_page_url"] == url);
    CHECK(feed["items"][0]["url"] == url);
    CHECK(feed["items"][0]["authors"][0]["url"] == url);
    const auto tl = ordered_json::parse(export_timeline(t, ExportFormat::timelinejs));
    const auto& slide = tl["events"][0];
    CHECK(slide["media"]["credit"] == "Quelle: <a href=\"" + html_url + "\">Epoch Times</a>, 13. Juli 2025");
    CHECK(slide["media"]["url"].get<std::string>().rfind("<blockquote>Im vergangenen Jahr", 0) == 0);
    CHECK_THAT(slide["text"]["text"].get<std::string>(), Catch::Matchers::Contains("<a href=\"" + html_url + "\">"));
    CHECK_THAT(tl["title"]["text"]["text"].get<std::string>(), Catch::Matchers::Contains("<a href="));
    const auto events = vevents(export_timeline(t, ExportFormat::ics));
    CHECK(events[0].at("URL") == url);
    // A URL chronik does not link is not written as a link anywhere.
    t.sources[0].url = "javascript:alert(1)";
    for (const ExportFormat f : {ExportFormat::html, ExportFormat::markdown, ExportFormat::timelinejs, ExportFormat::jsonfeed,
                                 ExportFormat::ics})
        CHECK(export_timeline(t, f).find("javascript") == std::string::npos);
    CHECK(valid_source_url("http://a.it/x"));
    CHECK_FALSE(valid_source_url("https://"));
    CHECK_FALSE(valid_source_url("https://a.it/x y"));
    CHECK_FALSE(valid_source_url("https://a.it/\"onmouseover=x"));
    CHECK_FALSE(valid_source_url("ftp://a.it/x"));
}

TEST_CASE("times of day: iCalendar DTSTART with the time in the articles' zone", "[export][ics][time]") {
    const Timeline t = fixtures::two_sources();  // "Um 20.30 Uhr am 12. Juli 2025", German
    auto timed = [](const std::string& ics) {
        for (const auto& e : vevents(ics))
            if (e.at("SUMMARY") == "Pressekonferenz in Wonsan") return e;
        FAIL("no timed VEVENT");
        return std::map<std::string, std::string>{};
    };
    const std::string berlin = export_timeline(t, ExportFormat::ics);
    CHECK_THAT(berlin, Catch::Matchers::Contains("\r\nDTSTART;TZID=Europe/Berlin:20250712T203000\r\n"));
    CHECK_THAT(berlin, Catch::Matchers::Contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\n"
                                                 "DTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"));
    CHECK(timed(berlin).at("DURATION") == "PT1H");
    CHECK(timed(berlin).count("DTEND") == 0);
    // The other events stay all-day.
    CHECK_THAT(berlin, Catch::Matchers::Contains("DTSTART;VALUE=DATE:20250712\r\n"));
    const std::string utc = export_timeline(t, ExportFormat::ics, ExportOptions{{}, false, "UTC"});
    CHECK_THAT(utc, Catch::Matchers::Contains("\r\nDTSTART:20250712T203000Z\r\n"));
    CHECK(utc.find("VTIMEZONE") == std::string::npos);
    const std::string tokyo = export_timeline(t, ExportFormat::ics, ExportOptions{{}, false, "Asia/Tokyo"});
    CHECK_THAT(tokyo, Catch::Matchers::Contains("DTSTART;TZID=Asia/Tokyo:20250712T203000"));
    CHECK_THAT(tokyo, Catch::Matchers::Contains("TZOFFSETTO:+0900"));
    CHECK_THROWS_AS(export_timeline(t, ExportFormat::ics, ExportOptions{{}, false, "Mars/Olympus"}), std::invalid_argument);
    // English articles have no usual zone: floating local time.
    Timeline english = t;
    english.language = "en";
    CHECK_THAT(export_timeline(english, ExportFormat::ics), Catch::Matchers::Contains("\r\nDTSTART:20250712T203000\r\n"));
    // A timeline's own zone (build --timezone) is kept.
    Timeline vienna = t;
    vienna.time_zone = "Europe/Vienna";
    CHECK_THAT(export_timeline(vienna, ExportFormat::ics), Catch::Matchers::Contains("TZID=Europe/Vienna:20250712T203000"));
}

TEST_CASE("times of day in chronologies, per language", "[export][time]") {
    Timeline t = fixtures::two_sources();
    const std::string md = export_timeline(t, ExportFormat::markdown);
    CHECK_THAT(md, Catch::Matchers::Contains("- **12. Juli 2025, 20.30 Uhr:** Pressekonferenz in Wonsan."));
    CHECK_THAT(export_timeline(t, ExportFormat::html),
               Catch::Matchers::Contains("<time class=\"chronik-date\" datetime=\"2025-07-12T20:30\">12. Juli 2025, 20.30 Uhr</time>"));
    t.language = "en";
    CHECK_THAT(export_timeline(t, ExportFormat::markdown), Catch::Matchers::Contains("- **12 July 2025, 8:30 p.m.:**"));
    CHECK(format_clock(8 * 60, german_locale()) == "8 Uhr");
    CHECK(format_clock(20 * 60 + 5, german_locale()) == "20.05 Uhr");
    CHECK(format_clock(0, english_locale()) == "12 a.m.");
    CHECK(format_clock(12 * 60 + 15, english_locale()) == "12:15 p.m.");
}

TEST_CASE("chronologies: vague and undated events in a section of their own, or left out", "[export][chronology]") {
    const Timeline t = fixtures::seed();
    const std::string md = export_timeline(t, ExportFormat::markdown);
    const auto section = md.find("\n## Ohne genaues Datum\n");
    REQUIRE(section != std::string::npos);
    // Every dated entry before it, every vague or undated one after it.
    for (const char* dated : {"**2024:**", "**August 2024:**", "**April 2025:**", "**12. Juli 2025:**", "**13. Juli 2025:**"}) {
        INFO(dated);
        CHECK(md.find(dated) < section);
    }
    for (const char* vague : {"**früher:**", "**künftig:**", "**vor dem 12. Juli 2025:**", "**ohne Datum:**"}) {
        INFO(vague);
        CHECK(md.find(vague) > section);
        CHECK(md.find(vague) != std::string::npos);
    }
    ExportReport report;
    const std::string dated = export_timeline(t, ExportFormat::markdown, ExportOptions{{}, true, ""}, &report);
    CHECK(dated.find("Ohne genaues Datum") == std::string::npos);
    CHECK(dated.find("früher") == std::string::npos);
    CHECK(report.left_out == std::vector<std::string>{"s1-e3", "s1-e4", "s1-e6", "s1-e9"});
    const std::string html = export_timeline(t, ExportFormat::html);
    CHECK_THAT(html, Catch::Matchers::Contains("<section class=\"chronik-undated\">\n<h2>Ohne genaues Datum</h2>"));
    CHECK_THAT(export_timeline(fixtures::english(), ExportFormat::markdown), Catch::Matchers::Contains("## Without an exact date"));
}

TEST_CASE("TimelineJS: every HTML field escaped", "[export][timelinejs]") {
    const auto data = ordered_json::parse(export_timeline(fixtures::adversarial(), ExportFormat::timelinejs));
    const auto& slide = data["events"][0];
    CHECK(slide["text"]["headline"] ==
          "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Anführung&quot; 'einfach'; Semikolon, Komma \\ Rückstrich");
    const std::string text = slide["text"]["text"];
    CHECK(text.find("<script") == std::string::npos);
    CHECK(text.find("dann, danach<br>neue Zeile") != std::string::npos);
    CHECK(slide["group"] == "Blatt &lt;b&gt;&amp;&lt;/b&gt; &quot;Zeitung&quot;; Ausgabe, Nord Spätausgabe");
    CHECK(data["title"]["text"]["headline"].get<std::string>().find('<') == std::string::npos);
}

TEST_CASE("TimelineJS: a timeline without any date is left out and reported", "[export][timelinejs]") {
    Timeline t = fixtures::english();
    t.sources.clear();
    for (Event& e : t.events) {
        e.when = EventTime{};
        e.mentions.clear();
    }
    ExportReport report;
    const auto data = ordered_json::parse(export_timeline(t, ExportFormat::timelinejs, &report));
    CHECK(data["events"].empty());
    CHECK(report.written == 0);
    CHECK(report.left_out.size() == 4);
}

TEST_CASE("TimeML: TLINKs per link and per dated event, relation types mapped", "[export][timeml]") {
    const std::string tml = export_timeline(fixtures::seed(), ExportFormat::timeml);
    CHECK(tml.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-07-13\"") != std::string::npos);
    CHECK(tml.find("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2024-08\">Im August 2024</TIMEX3>") != std::string::npos);
    CHECK(tml.find("<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PAST_REF\">in der Vergangenheit</TIMEX3>") !=
          std::string::npos);
    CHECK(tml.find("<EVENT eid=\"e7\" class=\"OCCURRENCE\">getroffen</EVENT>") != std::string::npos);
    CHECK(tml.find("relType=\"INCLUDES\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"") != std::string::npos);
    CHECK(tml.find("relType=\"SIMULTANEOUS\" eventInstanceID=\"ei4\" relatedToEventInstance=\"ei3\"") !=
          std::string::npos);  // overlaps
    CHECK(tml.find("relType=\"BEFORE\" eventInstanceID=\"ei6\" relatedToEventInstance=\"ei7\" origin=\"cue\"") !=
          std::string::npos);
    CHECK(tml.find("relType=\"IS_INCLUDED\" eventInstanceID=\"ei2\" relatedToTime=\"t2\"") != std::string::npos);
    // Undated events have no date to be included in.
    CHECK(tml.find("eventInstanceID=\"ei3\" relatedToTime") == std::string::npos);
    std::size_t makeinstances = 0;
    for (std::size_t at = tml.find("<MAKEINSTANCE"); at != std::string::npos; at = tml.find("<MAKEINSTANCE", at + 1))
        ++makeinstances;
    CHECK(makeinstances == 9);
}

TEST_CASE("TimeML: an event whose date no anchor names gets an empty TIMEX3", "[export][timeml]") {
    Timeline t = fixtures::english();
    t.events[3].mentions[0].anchors.clear();
    const std::string tml = export_timeline(t, ExportFormat::timeml);
    CHECK(tml.find("\n<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2025-07-12\"/>Lavrov met Kim") != std::string::npos);
    CHECK(tml.find("relType=\"IS_INCLUDED\" eventInstanceID=\"ei4\" relatedToTime=\"t4\"") != std::string::npos);
}

TEST_CASE("chronology appendix: Markdown and HTML match the reviewed golden files", "[export][golden]") {
    for (const auto& [name, timeline] : fixtures::all()) {
        for (const auto& [format, suffix] : {std::pair{ExportFormat::markdown, ".md"}, {ExportFormat::html, ".html"}}) {
            const auto path = kGolden / (name + suffix);
            INFO(path.string() << " (regenerate: chronik_export_fixtures DIR, review, copy)");
            REQUIRE(std::filesystem::exists(path));
            CHECK(export_timeline(timeline, format) == read_file(path));
        }
    }
}
