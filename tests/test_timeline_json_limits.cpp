// The timeline JSON reader at the edges of the calendar: every date and
// TIMEX3 value at years −9999 … 9999 (and past them) is either read — and
// then written in every export format — or refused with TimelineFormatError.
// Never another exception (the CLI's "internal error", exit 3).
#include <chronik/build.hpp>
#include <chronik/export.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstring>
#include <new>
#include <string>
#include <vector>

using namespace chronik;

namespace {

std::string year(int y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, y < 0 ? "-%04d" : "%04d", y < 0 ? -y : y);
    return buf;
}

// "read" / "refused": what the reader made of one timeline; anything else fails the test.
std::string outcome(const std::string& json) {
    Timeline t;
    try {
        t = read_timeline_json(json);
    } catch (const TimelineFormatError&) {
        return "refused";
    }
    for (const ExportFormat f : {ExportFormat::json, ExportFormat::ics, ExportFormat::jsonfeed, ExportFormat::timelinejs,
                                 ExportFormat::markdown, ExportFormat::html, ExportFormat::timeml}) {
        const std::string out = export_timeline(t, f);
        CHECK_FALSE(out.empty());
        if (f == ExportFormat::json) CHECK(export_timeline(read_timeline_json(out), ExportFormat::json) == out);
    }
    return "read";
}

}  // namespace

TEST_CASE("timeline JSON: dates at and past the calendar's edges are read or refused, never an internal error",
          "[export][json][limits]") {
    const SourceDocument doc = read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
    const nlohmann::ordered_json base = nlohmann::ordered_json::parse(export_timeline(build_timeline(doc), ExportFormat::json));
    REQUIRE(base["events"].size() >= 2);
    std::size_t read = 0, refused = 0;
    auto with_when = [&](nlohmann::ordered_json when) {
        nlohmann::ordered_json t = base;
        t["events"][0]["when"] = std::move(when);
        t["links"] = nlohmann::ordered_json::array();
        const std::string result = outcome(t.dump());
        (result == "read" ? read : refused) += 1;
        return result;
    };
    for (const int y : {-10000, -9999, -9998, -1, 0, 1, 9998, 9999, 10000}) {
        const std::string s = year(y);
        const std::vector<std::pair<const char*, std::string>> values = {
            {"year", s},
            {"half", s + "-H2"},
            {"quarter", s + "-Q4"},
            {"season", s + "-WI"},
            {"month", s + "-12"},
            {"month", s + "-01"},
            {"week", s + "-W52"},
            {"week", s + "-W53"},
            {"week", s + "-W01"},
            {"weekend", s + "-W52-WE"},
            {"day", s + "-12-31"},
            {"day", s + "-01-01"},
            {"part_of_day", s + "-12-31TNI"},
            {"hour", s + "-12-31T23:00"},
            {"minute", s + "-12-31T23:59"},
        };
        for (const auto& [granularity, value] : values)
            for (const char* mod : {"", "START", "END", "APPROX", "BEFORE", "AFTER"}) {
                nlohmann::ordered_json when = {{"kind", "calendar"}, {"timex3", value}, {"granularity", granularity}};
                when["mod"] = *mod ? nlohmann::ordered_json(mod) : nlohmann::ordered_json();
                INFO(value << " " << granularity << " " << mod);
                const std::string result = with_when(when);
                // Years the calendar has (−9999 … 9999) are read at year granularity.
                if (std::string(granularity) == "year" && y >= -9999 && y <= 9999) CHECK(result == "read");
                if (y < -9999 || y > 9999) CHECK(result == "refused");
            }
        // Windows and ends at the edges, for every kind.
        for (const char* kind : {"calendar", "past", "present", "future", "undated"}) {
            nlohmann::ordered_json when = {{"kind", kind}, {"earliest", s + "-01-01"}, {"latest", year(-y) + "-12-31"}};
            if (std::string(kind) == "calendar") {
                when["timex3"] = "2024";
                when["granularity"] = "year";
                when["until"] = {{"timex3", s + "-12-31"}, {"granularity", "day"}};
            }
            INFO(kind << " " << s);
            with_when(when);
        }
    }
    for (const auto& [granularity, value] :
         std::vector<std::pair<const char*, const char*>>{{"millennium", "9"}, {"century", "99"}, {"decade", "999"},
                                                          {"millennium", "0"}, {"century", "00"}, {"decade", "000"}})
        with_when({{"kind", "calendar"}, {"timex3", value}, {"granularity", granularity}});
    CHECK(read > 0);
    CHECK(refused > 0);
}

// Found by the build fuzzer: a source read with "published": null kept
// whatever bytes its memory held (date::year_month_day's default constructor
// leaves them), so the JSON read back sometimes gave it a date.
TEST_CASE("timeline JSON: a source without a publication date has none, whatever its memory held", "[export][json]") {
    alignas(Source) unsigned char memory[sizeof(Source)];
    std::memset(memory, 1, sizeof memory);  // bytes that read as a valid date (257-01-01)
    Source* s = new (memory) Source;
    CHECK_FALSE(s->published.ok());
    s->~Source();

    Timeline t;
    t.language = "de";
    Source undated;
    undated.id = "s1";
    undated.name = undated.path = "a.txt";
    undated.language = "de";
    t.sources.push_back(undated);
    const std::string json = export_timeline(t, ExportFormat::json);
    CHECK(json.find("\"published\": null") != std::string::npos);
    const Timeline back = read_timeline_json(json);
    REQUIRE(back.sources.size() == 1);
    CHECK_FALSE(back.sources[0].published.ok());
    CHECK(export_timeline(back, ExportFormat::json) == json);
}
